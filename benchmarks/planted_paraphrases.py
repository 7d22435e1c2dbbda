"""Planted disagreements in real paraphrases: one fact changed on one side of two
sentences that state the same thing in other words.

``planted_edits.py`` plants a change into a copy of the same sentence, so the frame
around it agrees word for word; a report reworded by another outlet does not. Here
the pairs are real rewordings:

- ``msr-train`` / ``msr-test``: MSR paraphrase pairs labelled 1 (train for
  development; test is the check: read its figures, never its misses);
- ``basil``: the sentence pairs the aligner joins (one sentence a side) between
  same-event BASIL reports of clusters 0-49 (never 50-99: the held-out check).

Where both sentences carry the same value of a kind, possibly written differently
("23" / "twenty-three" is not planted, but "3" / "three" is read as one value):

- number: a count or amount ("23 homes", "$2.5 billion", "4.4%", "three");
- date: a weekday, a month, a day of a month, a year;
- entity: a nationality, country, city, state or organisation (the lists of
  ``planted_edits``, with a few other spellings of one name: "U.S." / "United States");
- opposite: a word of ``planted_edits``' antonym and evaluative pairs ("rose",
  "praised") outside quotation marks, not capitalised inside the sentence (a name:
  "New Jersey");
- quote: such a word inside a quotation both sides quote it in;

one occurrence is changed on ONE side (chosen at random, seeded by the pair) into
another value of the same kind, written in the same style (digits stay digits with
the same decimals and separators, a word stays a word, a weekday another weekday, an
evaluative word its opposite).

- negation: where neither sentence holds a negation, "not" is inserted after an
  auxiliary on one side ("had been sent" -> "had not been sent", an adverb after it
  passed over) whose verb (or adjective) the other side holds in meaning: the same
  lemma key, or a WordNet synonym whose main sense is one (``tui.engine.synonyms``:
  "chosen" / "selected").

A plant is *found* when a finding (score >= MIN_SCORE) overlaps the changed words on
the changed side and the same value's words on the other (for a negation: the shared
verb): of any type, and of the planted type (a negation or an opposite inside a
quotation is reported as a changed quotation, and a quote plant as an opposite: either
counts, as in ``planted_edits``). The untouched pairs are the traps: a trap with any
finding is a false alarm (the detectors' baseline on paraphrases).

Usage (from the project root):
    .venv/bin/python benchmarks/planted_paraphrases.py [--external DIR]
        [--source msr-train|msr-test|basil ...] [--show N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from basil_candidates import basil_article, same_event_pairs
from planted_edits import (
    ENTITY_GROUPS,
    EVALUATIVE,
    MONTHS,
    NUMBER_WORDS,
    OPPOSITES,
    WEEKDAYS,
    found_as,
)

from tui.engine.compare import compare
from tui.engine.findings.contradiction.conflict import Conflict, spans_overlap
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.findings.contradiction.wordlists import lemma_key
from tui.engine.segment import Sentence
from tui.engine.synonyms import senses_of
from tui.engine.textnorm import STOPWORDS

DEFAULT_EXTERNAL = Path("../shared/eval/external")
SOURCES = ("msr-train", "basil")
MIN_SCORE = 0.5
OWN_CLUSTERS = range(50)
"""Clusters 50-99 are a held-out check: never read here."""
KINDS = ("number", "date", "entity", "opposite", "quote", "negation")

_ALIASES = (
    ("United States", "U.S.", "US", "America"),
    ("Britain", "U.K.", "UK", "United Kingdom"),
    ("United Nations", "U.N.", "UN"),
    ("European Union", "EU", "E.U."),
)
"""Other spellings of one name: a value both sides carry, written differently."""
_ORGANISATIONS = (
    ("FBI", "CIA", "NSA", "EPA", "IRS", "Pentagon", "White House", "State Department",
     "Justice Department"),
    ("Supreme Court", "Senate", "House", "Congress"),
    ("Democrats", "Republicans"),
    ("NATO", "United Nations", "European Union"),
    ("Google", "Facebook", "Twitter", "Apple", "Microsoft", "Amazon"),
    ("Fox News", "CNN"),
    ("Planned Parenthood", "NRA"),
)  # fmt: skip
"""The organisations of ``planted_edits`` by kind: one is swapped for another of its kind."""
GROUPS = (*ENTITY_GROUPS[:-1], *_ORGANISATIONS)
_ABBREVIATED = {
    "U.S.": "U.K.", "US": "UK", "U.K.": "U.S.", "UK": "US", "U.N.": "NATO", "UN": "NATO",
    "EU": "NATO", "E.U.": "NATO",
}  # fmt: skip
"""A swap for an abbreviated name, written alike ("U.S. troops" -> "U.K. troops")."""
_SCALES = (1.5, 0.6, 2.0, 1.3, 0.7, 3.0)
"""Factors a planted amount is moved by (each far beyond rounding)."""


@dataclass(frozen=True)
class Value:
    """One value a sentence carries: its kind, a key equal for one value however it is
    written, its span and the text of a replacement of the same kind and style."""

    kind: str
    key: str
    start: int
    end: int
    style: str


_NUMBER = re.compile(r"(?<![\w.,/:-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w/:-]|[.,]\d)")
_WORD_NUMBER = re.compile(r"(?<![\w-])(" + "|".join(NUMBER_WORDS[2:]) + r")\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_SHORT_MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTH_DAY = re.compile(
    rf"\b({'|'.join(MONTHS)}|(?:{_SHORT_MONTHS})\.) (\d{{1,2}})\b"
    rf"|\b(\d{{1,2}}) ({'|'.join(MONTHS)})\b"
)
_RELATIVE_OR_CLOCK = re.compile(
    r"\b(\d+|" + "|".join(NUMBER_WORDS[2:]) + r")(?= (?:days?|weeks?|months?|years?) ago\b"
    r"| ?[ap]\.?m\b)",
    re.IGNORECASE,
)
"""A count of a date relative to the report ("five years ago") or a clock time ("7
p.m."): a date, its number changed as a number is."""
_MONTH = re.compile(rf"\b({'|'.join(MONTHS)})\b")
_YEAR = re.compile(r"(?<![\w.,$-])(19[5-9]\d|20[0-4]\d)(?![\w-]|[.,]\d)")
_OPPOSITE_OF: dict[str, str] = {}
for _a, _b in (*OPPOSITES, *EVALUATIVE):
    _OPPOSITE_OF.setdefault(_a, _b)
    _OPPOSITE_OF.setdefault(_b, _a)
_EVALUATED = re.compile(
    r"(?<![\w'\u2019-])(" + "|".join(map(re.escape, _OPPOSITE_OF)) + r")(?![\w'\u2019-])",
    re.IGNORECASE,
)
_QUOTATION = re.compile(r'"[^"]{10,}"|\u201c[^\u201d]{10,}\u201d')
_NEGATED = re.compile(r"\bnot\b|n't|\bno\b|\bnever\b|\bcannot\b", re.IGNORECASE)
_AUXILIARY = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|did|does|do)\s+"
    r"(?:(?:been|be)\s+)?(?:[a-z]+ly\s+)?([a-z]{3,})\b"
)
_WORD = re.compile(r"[A-Za-z]{3,}")
_NOT_VERBS = frozenset(
    "still already also only just even ever yet nearly almost about unable without nothing "
    "someone something".split()
)
"""Words after an auxiliary whose denial is no denial of the act ("has *not still*")."""


def values(text: str) -> list[Value]:
    """Every number, date and entity the text carries, without overlaps (dates first:
    the day of "June 10" is a date, not a count)."""
    found: list[Value] = []

    def add(value: Value) -> None:
        if not any(value.start < v.end and v.start < value.end for v in found):
            found.append(value)

    for m in _MONTH_DAY.finditer(text):
        month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        span = m.span(2) if m.group(1) else m.span(3)
        add(Value("date", f"{month[:3]} {int(day)}", *span, "day"))
    for m in _RELATIVE_OR_CLOCK.finditer(text):
        word = m.group(1).lower()
        number = float(word) if word.isdigit() else NUMBER_WORDS.index(word)
        style = "digits" if word.isdigit() else "word"
        add(Value("date", f"{number:g} {text[m.end() : m.end() + 6]}", *m.span(), style))
    for m in _MONTH.finditer(text):
        add(Value("date", m.group(1), *m.span(), "month"))
    for m in _WEEKDAY.finditer(text):
        add(Value("date", m.group(1), *m.span(), "weekday"))
    for m in _YEAR.finditer(text):
        add(Value("date", m.group(1), *m.span(), "year"))
    for m in _NUMBER.finditer(text):
        number = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        add(Value("number", f"{number:g}", *m.span(), "digits"))
    for m in _WORD_NUMBER.finditer(text):
        add(Value("number", f"{NUMBER_WORDS.index(m.group(1).lower()):g}", *m.span(), "word"))
    for group in GROUPS:
        for name in sorted(group, key=len, reverse=True):
            for m in re.finditer(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text):
                add(Value("entity", _canonical(name), *m.span(), "name"))
    for aliases in _ALIASES:
        for name in aliases:
            for m in re.finditer(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text):
                add(Value("entity", aliases[0], *m.span(), "name"))
    quotations = [m.span() for m in _QUOTATION.finditer(text)]
    for m in _EVALUATED.finditer(text):
        if m.group(1)[0].isupper() and text[: m.start()].strip(" \"'\u201c\u2018"):
            continue  # a capital inside the sentence: a name ("New Jersey", "First Amendment")
        quoted = any(start < m.start() < end for start, end in quotations)
        add(Value("quote" if quoted else "opposite", m.group(1).lower(), *m.span(), "opposite"))
    return sorted(found, key=lambda v: v.start)


def _canonical(name: str) -> str:
    return next((a[0] for a in _ALIASES if name in a), name)


def replacement(text: str, value: Value, rng: random.Random, avoid: str) -> str | None:
    """Another value of the same kind and style as ``value`` (not one ``avoid`` holds)."""
    old = text[value.start : value.end]
    if value.style == "digits":
        return _other_amount(old, rng)
    if value.style == "word":
        n = NUMBER_WORDS.index(old.lower())
        other = NUMBER_WORDS[n + rng.choice((2, 3, 4)) if n <= 8 else n - rng.choice((3, 4, 5))]
        return other.capitalize() if old[0].isupper() else other
    if value.style == "day":
        return str((int(old) + rng.randrange(3, 20) - 1) % 28 + 1)
    if value.style == "year":
        return str(int(old) + rng.choice((-2, -1, 1, 2)))
    if value.style == "weekday":
        return WEEKDAYS[(WEEKDAYS.index(old) + rng.choice((1, 2, 5, 6))) % 7]
    if value.style == "month":
        return MONTHS[(MONTHS.index(old) + rng.randrange(2, 11)) % 12]
    if value.style == "opposite":
        other = _OPPOSITE_OF[old.lower()]
        if re.search(rf"\b{re.escape(other)}\b", avoid, re.IGNORECASE):
            return None  # the pair holds both words already
        return other.capitalize() if old[0].isupper() else other
    if old in _ABBREVIATED:
        return _ABBREVIATED[old] if _ABBREVIATED[old] not in avoid else None
    group = next((g for g in GROUPS if _canonical(old) in g or old in g), None)
    if group is None:  # another spelling of a country ("United States", "America")
        group = next(g for g in GROUPS if "Mexico" in g)
    others = [o for o in group if o not in avoid and _canonical(o) != value.key]
    return rng.choice(others) if others else None


def _other_amount(old: str, rng: random.Random) -> str | None:
    """Another amount written alike: the same decimals, thousands separators if the
    old one had them (or the new one is large enough to want them)."""
    whole, _, decimals = old.partition(".")
    number = float(whole.replace(",", "") + ("." + decimals if decimals else ""))
    for factor in rng.sample(_SCALES, len(_SCALES)):
        new = number * factor
        text = f"{new:,.{len(decimals)}f}" if "," in whole else f"{new:.{len(decimals)}f}"
        if float(text.replace(",", "")) != number and (new >= 1 or number < 1):
            return text
    return None


@dataclass(frozen=True)
class Plant:
    """A pair of sentences, one with a changed value: ``spans`` are the changed words
    (left, right) in the planted pair."""

    kind: str
    left: str
    right: str
    spans: tuple[tuple[int, int], tuple[int, int]]


def plants(left: str, right: str, rng: random.Random) -> Iterator[Plant]:
    """One plant per kind the two sentences share a value of (the shared value and the
    side to change chosen by ``rng``), then a negation where one can be planted."""
    yield from _value_plants(left, right, rng)
    negation = _negation_plant(left, right, rng)
    if negation is not None:
        yield negation


def _value_plants(left: str, right: str, rng: random.Random) -> Iterator[Plant]:
    lefts, rights = values(left), values(right)
    for kind in KINDS:
        shared = [
            (a, b)
            for a in lefts
            if a.kind == kind
            for b in rights
            if b.kind == kind and a.key == b.key
        ]
        if not shared:
            continue
        a, b = rng.choice(shared)
        change_left = rng.random() < 0.5
        text, value = (left, a) if change_left else (right, b)
        new = replacement(text, value, rng, left + " " + right)
        if new is None:
            continue
        changed = text[: value.start] + new + text[value.end :]
        span = (value.start, value.start + len(new))
        if change_left:
            yield Plant(kind, changed, right, (span, (b.start, b.end)))
        else:
            yield Plant(kind, left, changed, ((a.start, a.end), span))


def _negation_plant(left: str, right: str, rng: random.Random) -> Plant | None:
    """ "not" after an auxiliary on one side, before a verb the other side holds in
    meaning; None where either sentence holds a negation or no such verb is found."""
    if _NEGATED.search(left) or _NEGATED.search(right):
        return None
    sites = [(True, site, other) for site, other in _negation_sites(left, right)]
    sites += [(False, site, other) for site, other in _negation_sites(right, left)]
    if not sites:
        return None
    change_left, (insert_at, verb_end), other = rng.choice(sites)
    text = left if change_left else right
    changed = text[:insert_at] + " not" + text[insert_at:]
    span = (insert_at + 1, verb_end + len(" not"))
    if change_left:
        return Plant("negation", changed, right, (span, other))
    return Plant("negation", left, changed, (other, span))


def _negation_sites(text: str, other: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """((where "not" goes, end of the verb), span of the verb in ``other``) for each
    auxiliary of ``text`` before a verb ``other`` holds in meaning."""
    words = [
        (m.span(), lemma_key(m.group().lower()))
        for m in _WORD.finditer(other)
        if not _no_act(m.group().lower())
    ]
    sites = []
    for m in _AUXILIARY.finditer(text):
        verb = m.group(2)
        if _no_act(verb):
            continue
        key = lemma_key(verb)
        same = next((span for span, lemma in words if lemma == key), None)
        if same is None:
            same = next((span for span, lemma in words if _synonyms(key, lemma)), None)
        if same is not None:
            sites.append(((m.end(1), m.end(2)), same))
    return sites


def _no_act(word: str) -> bool:
    """A word whose denial denies no act: a function word, an adverb ("*not still*",
    "*not fully*"), a denial itself ("*not unable*", "*not nothing*") or a pronoun."""
    return word in STOPWORDS or word in _NOT_VERBS or word.endswith("ly")


def _synonyms(a: str, b: str) -> bool:
    """Two lemma keys of which a main sense is one (stricter than the aligner's test, so
    a plant is not set against a word of a rare shared sense)."""
    senses, others = senses_of(a), senses_of(b)
    return senses is not None and others is not None and bool(senses.main & others.main)


def detect(left: str, right: str, alignment: float = 1.0) -> list[Conflict]:
    """Findings of the pipeline on two sentences (score >= MIN_SCORE)."""
    found = sentence_conflicts(
        Sentence(0, 0, len(left), left), Sentence(0, 0, len(right), right), alignment
    )
    return [c for c in found if c.score >= MIN_SCORE]


def msr_pairs(folder: Path, split: str) -> Iterator[tuple[str, str, float]]:
    """(left, right, alignment score) of the MSR pairs of ``split`` labelled 1."""
    lines = (folder / f"msr_paraphrase_{split}.txt").read_text(encoding="utf-8-sig")
    for line in lines.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) == 5 and parts[0] == "1":
            yield parts[3], parts[4], 1.0


def basil_pairs(folder: Path) -> Iterator[tuple[str, str, float]]:
    """The sentence pairs the aligner joins one to one between same-event reports of
    clusters 0-49 (boilerplate and identical sentences left out)."""
    for _, left_record, right_record in same_event_pairs(folder, OWN_CLUSTERS):
        left, right = basil_article(left_record), basil_article(right_record)
        for alignment in compare(left, right).alignments:
            if len(alignment.left) != 1 or len(alignment.right) != 1:
                continue
            a = left.sentences[alignment.left[0]]
            b = right.sentences[alignment.right[0]]
            if not (a.boilerplate or b.boilerplate) and a.text != b.text:
                yield a.text, b.text, alignment.score


def pairs_of(folder: Path, source: str) -> Iterator[tuple[str, str, float]]:
    if source == "basil":
        return basil_pairs(folder)
    return msr_pairs(folder, source.removeprefix("msr-"))


def found(plant: Plant, conflicts: list[Conflict]) -> tuple[bool, bool]:
    """(a finding of any type, one of the planted type) overlapping both changed spans."""
    left_span, right_span = plant.spans
    over = [
        c
        for c in conflicts
        if spans_overlap(c.left, left_span) and spans_overlap(c.right, right_span)
    ]
    return bool(over), found_as(plant.kind, over)


def evaluate(folder: Path, source: str, seed: int, show: int) -> None:
    totals: Counter[str] = Counter()
    any_type: Counter[str] = Counter()
    of_type: Counter[str] = Counter()
    misses: dict[str, list[str]] = {}
    traps = alarms = 0
    for index, (left, right, score) in enumerate(pairs_of(folder, source)):
        traps += 1
        alarms += bool(detect(left, right, score))
        rng = random.Random(f"{seed}:{source}:{index}")
        for plant in plants(left, right, rng):
            totals[plant.kind] += 1
            hit_any, hit_type = found(plant, detect(plant.left, plant.right, score))
            any_type[plant.kind] += hit_any
            of_type[plant.kind] += hit_type
            if not hit_type:
                misses.setdefault(plant.kind, []).append(_shown(plant))
    print(f"\nPlanted in paraphrases: {source} (seed {seed}), {traps} pairs")
    for kind in KINDS:
        n = max(totals[kind], 1)
        print(
            f"  {kind:8} planted {totals[kind]:5}  found {any_type[kind]:5} = "
            f"{any_type[kind] / n:6.1%}  as {kind} {of_type[kind]:5} = {of_type[kind] / n:6.1%}"
        )
        for example in misses.get(kind, [])[:show]:
            print(f"      {example}")
    all_found = sum(of_type.values())
    print(
        f"  all      planted {sum(totals.values()):5}  found as planted {all_found:5} = "
        f"{all_found / max(sum(totals.values()), 1):6.1%}"
    )
    print(f"  traps (untouched pairs) flagged {alarms:5}/{traps:5} = {alarms / max(traps, 1):6.1%}")


def _shown(plant: Plant) -> str:
    (ls, le), (rs, re_) = plant.spans
    left = f"{plant.left[:ls]}[[{plant.left[ls:le]}]]{plant.left[le:]}"
    right = f"{plant.right[:rs]}[[{plant.right[rs:re_]}]]{plant.right[re_:]}"
    return f"{left}  ||  {right}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument(
        "--source", nargs="+", default=list(SOURCES), choices=("msr-train", "msr-test", "basil")
    )
    parser.add_argument("--show", type=int, default=0, help="misses to print per type")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not (args.external / "msr_paraphrase_train.txt").exists():
        print(f"{args.external}: no MSR paraphrase files; pass --external DIR", file=sys.stderr)
        return 2
    if "msr-test" in args.source and args.show:
        print("msr-test is the check: its misses are not shown", file=sys.stderr)
        return 2
    for source in args.source:
        evaluate(args.external, source, args.seed, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
