"""Planted edits: real BASIL sentences against a copy with one planted change.

Every sentence of clusters 0-49 (never 50-99: they are the held-out check) is
copied with each change it allows, one at a time:

- number: a counted quantity changed ("40 people" -> "52 people");
- date: a weekday, a day of the month or a month name changed;
- negation: "not" after an auxiliary ("was approved" -> "was not approved");
- opposite: an adjective or verb turned into its antonym ("rose" -> "fell"), or an
  evaluative word into a strongly opposite one ("praised" -> "condemned");
- entity: a nationality, country, city or organisation swapped for another;
- quote: a word inside a quotation turned into its opposite;
- degree: a phrase of distance or amount moved to the other end of its scale
  ("close to" -> "far from", "a lot of" -> "very little"), in a sentence without
  a negation;

and with traps that change nothing a reader would call a contradiction:

- trap-number / trap-date: the same value reworded ("three" for "3", "5 June" for
  "June 5");
- trap-synonym: a word replaced by a synonym ("said" -> "stated");
- trap-entity: the same place or body named another way ("United States" -> "U.S.");
- unchanged: the sentence against itself with a trailing space.

Each planted change is also tried with a synonym swapped elsewhere in the changed
copy ("date +synonym"): a reworded report, whose frame no longer matches word for word.

A planted change is found when a finding of its type is reported (a negation or
an opposite planted inside a quotation is a changed quotation, and the pipeline
reports it as a quote: it counts as either); a trap is a false alarm when anything
is reported. The word lists below are the benchmark's own, written independently of
the detectors' lexicons.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.segment import segment

OWN_CLUSTERS = 50
"""Clusters 0-49 are ours to read; 50-99 are a held-out check."""

Detector = Callable[[str, str], list[Conflict]]

NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January February March April May June July August September October November December"
).split()
_COUNTED = "percent|people|days|years|months|weeks|votes|members|times|states|hours|points"

OPPOSITES = (
    ("rose", "fell"), ("increased", "decreased"), ("raised", "lowered"),
    ("approved", "rejected"), ("supported", "opposed"), ("accepted", "declined"),
    ("won", "lost"), ("higher", "lower"), ("strong", "weak"), ("large", "small"),
    ("early", "late"), ("allowed", "banned"), ("agreed", "refused"), ("continued", "stopped"),
    ("opened", "closed"), ("public", "private"), ("legal", "illegal"),
    ("easy", "difficult"), ("new", "old"), ("first", "last"), ("full", "empty"),
    ("true", "false"), ("safe", "dangerous"), ("rich", "poor"), ("major", "minor"),
    ("include", "exclude"), ("included", "excluded"), ("confirmed", "denied"),
    ("expanded", "reduced"), ("long", "short"), ("more", "fewer"), ("began", "ended"),
)  # fmt: skip
"""Adjective and verb antonyms, the first of each pair found in the sentence is turned."""

EVALUATIVE = (
    ("praised", "condemned"), ("welcomed", "rejected"), ("hopeful", "grim"),
    ("success", "failure"), ("successful", "disastrous"), ("good", "bad"),
    ("great", "terrible"), ("important", "trivial"), ("positive", "negative"),
    ("popular", "unpopular"), ("best", "worst"), ("celebrated", "mourned"),
    ("applauded", "criticized"), ("happy", "sad"), ("better", "worse"),
    ("win", "defeat"), ("victory", "defeat"), ("support", "opposition"),
    ("peaceful", "violent"), ("honest", "dishonest"), ("fair", "unfair"),
    ("effective", "useless"), ("friendly", "hostile"), ("praise", "criticism"),
    ("critical", "supportive"), ("attacked", "defended"), ("criticized", "praised"),
    ("controversial", "uncontroversial"), ("crisis", "success"), ("threat", "benefit"),
)  # fmt: skip
"""Evaluative flips: a word of strong positive or negative tone to one of the other."""

_SYNONYMS = (
    ("said", "stated"), ("big", "large"), ("buy", "purchase"), ("help", "assist"),
    ("start", "begin"), ("started", "began"), ("told", "informed"), ("asked", "requested"),
    ("enough", "sufficient"), ("quickly", "rapidly"), ("also", "too"), ("need", "require"),
    ("show", "demonstrate"), ("shows", "demonstrates"), ("end", "finish"), ("try", "attempt"),
    ("plan", "proposal"), ("job", "position"), ("children", "kids"), ("about", "roughly"),
    ("called", "described"), ("important", "significant"), ("got", "received"),
    ("many", "numerous"), ("often", "frequently"), ("near", "close to"), ("wanted", "sought"),
)  # fmt: skip


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split(", "))


_DEMONYMS = _names(
    "American, Mexican, Canadian, British, Russian, Chinese, German, French, Iranian, "
    "Israeli, Syrian, Iraqi, Saudi, Japanese, Korean, Cuban, Brazilian, Argentine, "
    "Turkish, Indian, Pakistani, Afghan, Egyptian, Palestinian, Ukrainian, Italian, "
    "Spanish, Venezuelan, Australian"
)
_COUNTRIES = _names(
    "Mexico, Canada, Russia, China, Germany, France, Iran, Israel, Syria, Iraq, Japan, "
    "Cuba, Brazil, Argentina, Turkey, India, Pakistan, Afghanistan, Egypt, Ukraine, Italy, "
    "Spain, Venezuela, Australia, Britain, North Korea, South Korea, Saudi Arabia, Libya, "
    "Yemen"
)
_CITIES = _names(
    "Washington, New York, Chicago, Los Angeles, Boston, Miami, Houston, Dallas, Atlanta, "
    "Denver, Seattle, Philadelphia, Detroit, Baltimore, San Francisco, Phoenix, London, "
    "Paris, Moscow, Beijing, Berlin, Tokyo, Baghdad, Damascus, Tehran, Jerusalem, "
    "Cleveland, Charlotte, Orlando"
)
_STATES = _names(
    "California, Texas, Florida, Ohio, Virginia, Pennsylvania, Michigan, Georgia, Arizona, "
    "Nevada, Iowa, Wisconsin, Alabama, Oregon, Colorado, Kentucky, Missouri, Illinois, "
    "Indiana, Utah, Tennessee, Louisiana"
)
_ORGANISATIONS = _names(
    "FBI, CIA, NSA, EPA, IRS, NATO, Pentagon, White House, State Department, "
    "Justice Department, Supreme Court, Senate, House, Congress, Democrats, Republicans, "
    "United Nations, European Union, Planned Parenthood, NRA, Fox News, CNN, Google, "
    "Facebook, Twitter, Apple, Microsoft, Amazon"
)
ENTITY_GROUPS = (_DEMONYMS, _COUNTRIES, _CITIES, _STATES, _ORGANISATIONS)
_SAME_ENTITY = (
    ("United States", "U.S."), ("U.S.", "United States"), ("Britain", "the U.K."),
    ("United Nations", "U.N."), ("European Union", "EU"), ("Federal Bureau of Investigation",
    "FBI"), ("Environmental Protection Agency", "EPA"), ("Democratic Party", "Democrats"),
    ("Republican Party", "Republicans"), ("Department of Justice", "Justice Department"),
)  # fmt: skip

_QUOTED = re.compile(r'"([^"]{10,})"|\u201c([^\u201d]{10,})\u201d')
_NEGATED = re.compile(r"\bnot\b|n't|\bno\b|\bnever\b", re.IGNORECASE)


def _replace(sentence: str, start: int, end: int, new: str) -> str:
    return sentence[:start] + new + sentence[end:]


def _first_word(sentence: str, pairs: tuple[tuple[str, str], ...]) -> tuple[int, int, str] | None:
    """(start, end, replacement) of the earliest listed word in the sentence."""
    best = None
    for word, other in pairs:
        found = re.search(rf"(?<![\w'\u2019-]){re.escape(word)}(?![\w'\u2019-])", sentence)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), found.end(), other)
    return best


def _number_plants(sentence: str) -> Iterator[tuple[str, str]]:
    digits = re.search(rf"(?<![\d.,$])\b(\d{{1,3}}(?:,\d{{3}})*|\d+)\s+(?:{_COUNTED})\b", sentence)
    if digits:
        n = int(digits.group(1).replace(",", ""))
        yield "number", _replace(sentence, *digits.span(1), str(n + max(1, n // 10) * 3))
        if 1 < n <= 12:
            yield "trap-number", _replace(sentence, *digits.span(1), NUMBER_WORDS[n])


def _date_plants(sentence: str) -> Iterator[tuple[str, str]]:
    day = re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", sentence)
    if day:
        other = WEEKDAYS[(WEEKDAYS.index(day.group(1)) + 2) % 7]
        yield "date", _replace(sentence, *day.span(), other)
    month_day = re.search(rf"\b({'|'.join(MONTHS)}) (\d{{1,2}})\b", sentence)
    if month_day:
        d = int(month_day.group(2))
        yield "date", _replace(sentence, *month_day.span(2), str(d % 27 + 1))
        swapped = f"{d} {month_day.group(1)}"
        yield "trap-date", _replace(sentence, *month_day.span(), swapped)
    elif month := re.search(rf"\b(?:in|since|by|until|last|next|this) ({'|'.join(MONTHS)})\b",
                            sentence):  # fmt: skip
        other = MONTHS[(MONTHS.index(month.group(1)) + 3) % 12]
        yield "date", _replace(sentence, *month.span(1), other)


def _negation_plants(sentence: str) -> Iterator[tuple[str, str]]:
    aux = re.search(
        r"\b(is|are|was|were|has|have|had|will|would|can|could)\s+(?!not\b)[a-z]+", sentence
    )
    if aux and not _NEGATED.search(sentence):
        yield "negation", _replace(sentence, aux.end(1), aux.end(1), " not")


def _outside_quotes(sentence: str, start: int) -> bool:
    return not any(m.start() < start < m.end() for m in _QUOTED.finditer(sentence))


def _opposite_plants(sentence: str) -> Iterator[tuple[str, str]]:
    for pairs in (OPPOSITES, EVALUATIVE):
        found = _first_word(sentence, pairs)
        if found and _outside_quotes(sentence, found[0]):
            yield "opposite", _replace(sentence, *found)


def _entity_plants(sentence: str) -> Iterator[tuple[str, str]]:
    for group in ENTITY_GROUPS:
        for k, name in enumerate(group):
            found = re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", sentence)
            if found and _outside_quotes(sentence, found.start()):
                other = next(o for o in group[k + 1 :] + group[:k] if o not in sentence)
                yield "entity", _replace(sentence, *found.span(), other)
                break
    for name, same in _SAME_ENTITY:
        found = re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", sentence)
        if found:
            yield "trap-entity", _replace(sentence, *found.span(), same)
            break


def _quote_plants(sentence: str) -> Iterator[tuple[str, str]]:
    for quoted in _QUOTED.finditer(sentence):
        group = 1 if quoted.group(1) else 2
        inner = sentence[quoted.start(group) : quoted.end(group)]
        found = _first_word(inner, OPPOSITES + EVALUATIVE)
        if found:
            start, end, other = found
            offset = quoted.start(group)
            yield "quote", _replace(sentence, offset + start, offset + end, other)
            return


_DEGREES = (
    ("close to", "far from"), ("far from", "close to"), ("near the", "far from the"),
    ("a lot of", "very little"), ("lots of", "few"), ("plenty of", "little"),
    ("many", "few"), ("few", "many"), ("most", "few"), ("much", "little"),
)  # fmt: skip
"""Ends of scales of distance and amount, the benchmark's own pairs."""


def _degree_plants(sentence: str) -> Iterator[tuple[str, str]]:
    found = _first_word(sentence, _DEGREES)
    if found and not _NEGATED.search(sentence):
        yield "degree", _replace(sentence, *found)


def _synonym_plants(sentence: str) -> Iterator[tuple[str, str]]:
    found = _first_word(sentence, _SYNONYMS)
    if found:
        yield "trap-synonym", _replace(sentence, *found)


PLANTERS = (
    _number_plants, _date_plants, _negation_plants, _opposite_plants, _entity_plants,
    _quote_plants, _degree_plants, _synonym_plants,
)  # fmt: skip


def plants(sentence: str) -> list[tuple[str, str]]:
    """(kind, changed sentence) for every change this sentence allows."""
    return [plant for planter in PLANTERS for plant in planter(sentence)]


_ACCEPTED = {
    "negation": {"negation", "quote"},
    "opposite": {"opposite", "quote"},
    "quote": {"quote", "opposite"},
    "degree": {"opposite", "quote"},
}


def found_as(kind: str, found: list[Conflict]) -> bool:
    """Whether a planted change of ``kind`` was reported as such."""
    return any(c.type in _ACCEPTED.get(kind, {kind}) for c in found)


def basil_sentences(folder: Path, clusters: int) -> Iterator[str]:
    """Sentences of 40 to 400 characters of the first ``clusters`` (at most 50) clusters."""
    lines = (folder / "basil_clusters.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[: min(clusters, OWN_CLUSTERS)]:
        for record in json.loads(line)["articles"]:
            for sentence in segment(record["text"], ()):
                if 40 <= len(sentence.text) <= 400:
                    yield sentence.text


CALIBRATION_BUCKETS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def planted(folder: Path, clusters: int, detect: Detector, min_score: float, show: int = 0) -> None:
    """Print recall per planted type and false alarms per trap (findings at or above
    ``min_score``), and a calibration table over every finding at any score: true
    when it is of the planted type, false on a trap, an unchanged copy or another type."""
    scored: list[tuple[float, bool]] = []
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    misses: dict[str, list[str]] = {}
    for text in basil_sentences(folder, clusters):
        cases = [("unchanged", text + " "), *plants(text)]
        cases += [
            (f"{kind} +synonym", reworded)
            for kind, changed in cases
            if not kind.startswith("trap") and kind != "unchanged"
            for _, reworded in _synonym_plants(changed)
        ]
        for kind, changed in cases:
            totals[kind] += 1
            every = detect(text, changed)
            trap = kind.startswith("trap") or kind == "unchanged"
            scored += [(c.score, not trap and found_as(kind.split()[0], [c])) for c in every]
            found = [c for c in every if c.score >= min_score]
            hit = bool(found) if trap else found_as(kind.split()[0], found)
            hits[kind] += hit
            if hit == trap:
                note = found[0].message if found else "nothing"
                misses.setdefault(kind, []).append(f"{note}  ||  {text}  ||  {changed}")
    used = min(clusters, OWN_CLUSTERS)
    print(f"\nPlanted changes in BASIL sentences (clusters 0-{used - 1})")
    real = [k for k in sorted(totals) if not (k.startswith("trap") or k == "unchanged")]
    real.sort(key=lambda k: "+" in k)
    for kind in real + [k for k in sorted(totals) if k not in real]:
        what = "found" if kind in real else "false alarms"
        rate = hits[kind] / totals[kind]
        print(f"  {kind:17} {what:12} {hits[kind]:5}/{totals[kind]:5} = {rate:6.1%}")
        for example in misses.get(kind, [])[:show]:
            print(f"      {example}")
    found = sum(hits[k] for k in real if "+" not in k)
    planted_total = sum(totals[k] for k in real if "+" not in k)
    rate = found / planted_total
    print(f"  all planted       found        {found:5}/{planted_total:5} = {rate:6.1%}")
    _calibration(scored)


def _calibration(scored: list[tuple[float, bool]]) -> None:
    """Confidence bucket -> share of the findings in it that are true."""
    print("  calibration (every finding on planted changes, traps and copies, any score):")
    for low, high in itertools.pairwise(CALIBRATION_BUCKETS):
        bucket = [true for score, true in scored if low <= score < high]
        if bucket:
            bounds = f"{low:.1f}-{min(high, 1.0):.1f}"
            print(
                f"    {bounds}  count {len(bucket):5}  share true {sum(bucket) / len(bucket):.2f}"
            )
