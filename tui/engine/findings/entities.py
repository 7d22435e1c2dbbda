"""People named in one article: their mentions, spellings and offices.

A mention is a run of capitalised words ("Gina Raimondo", "John A. Smith Jr.") that the
text marks as a person: a title or office in front ("Treasury Secretary Bessent",
"Sen. Smith", "U.S. Secretary of Commerce Gina Raimondo"), an office in apposition
("Bessent, the Treasury Secretary"), a known given name ("Howard Lutnick"), or a speech
verb after it ("Yellen said"). A run with none of these ("Raimondo" alone) counts only
when it carries the surname of a person already found, which links the mentions of one
person inside the article. Places, nations, demonyms, organisations, days and months
(data/places.txt) never start or join a run.

Headlines and captions (most words capitalised, no closing stop) capitalise ordinary
words, so there only a title in front or a known surname makes a mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from wordfreq import zipf_frequency

from tui.engine.corpus import Article
from tui.engine.findings.name_lexicon import given_names as given_name_lexicon
from tui.engine.findings.name_lexicon import offices, places
from tui.engine.segment import Sentence
from tui.engine.textnorm import STOPWORDS, fold

Evidence = Literal["title", "apposition", "given name", "initial", "speech", "link"]
WordKind = Literal[
    "office", "place", "honorific", "org", "cap", "initial", "particle", "suffix", "other"
]

COMMON_ZIPF = 3.5
"""A capitalised word at least this frequent in English (wordfreq) that opens a sentence
is more likely an ordinary word than a name."""
MAX_NAME_WORDS = 4

_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_PARTICLES = frozenset(
    "al el bin ibn abu de da di du del della der den van von la le dos das st".split()
)
_SUFFIXES = frozenset("Jr Sr II III IV".split())
_SPEECH = frozenset(
    """said says told added asked wrote tweeted argued noted stated insisted warned replied
    responded recalled acknowledged admitted explained declared countered contended urged
    testified announced""".split()
)
_APPOSITION_LEAD = re.compile(r"\s*,\s*(?:(?:the|a|an|who\s+is|who\s+was|now)\s+)?")
_CLOSING = ".!?\"'\u201d\u2019)"


@dataclass(frozen=True, slots=True)
class OfficeRef:
    """An office as one mention gives it: "U.S. Secretary of Commerce" -> Commerce Secretary."""

    label: str
    unique: bool
    country: str | None
    """Country code ("US"), another qualifier in front ("ford"), or None when unsaid."""
    current: bool
    """False when a modifier makes it another or a past office ("former", "deputy")."""
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    sentence: int
    start: int
    end: int
    """The name without titles or suffix: "Gina Raimondo"."""
    surname_start: int
    surname_end: int
    surname: str
    given: str | None
    """Folded given name (first of two or more name words), or None."""
    offices: tuple[OfficeRef, ...]
    evidence: Evidence

    @property
    def key(self) -> str:
        return name_key(self.surname)


@dataclass(frozen=True)
class Person:
    key: str
    """Folded surname: the mentions of one person in one article share it."""
    mentions: tuple[Mention, ...]

    @property
    def spellings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.surname for m in self.mentions))

    @property
    def given_names(self) -> frozenset[str]:
        return frozenset(m.given for m in self.mentions if m.given)

    @property
    def offices(self) -> tuple[OfficeRef, ...]:
        """The current offices given to this person, first mention first."""
        return tuple(o for m in self.mentions for o in m.offices if o.current)

    @property
    def office_labels(self) -> frozenset[str]:
        return frozenset(o.label for o in self.offices)


def name_key(surname: str) -> str:
    return "".join(c for c in fold(surname) if c.isalpha())


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str
    kind: WordKind
    span: int = -1
    """Index of the office, place or honorific match holding the word."""


@dataclass(slots=True)
class _Run:
    sentence: int
    words: list[_Word]
    offices: list[OfficeRef] = field(default_factory=list)
    evidence: Evidence | None = None


def find_people(article: Article) -> tuple[Person, ...]:
    """Every person of ``article`` with all their linked mentions, in order of first mention."""
    found: list[_Run] = []
    waiting: list[_Run] = []
    for sentence in article.content_sentences:
        for run, headline in _sentence_runs(sentence):
            if run.evidence is not None:
                found.append(run)
            elif headline:
                waiting.extend(_single_words(run))
            else:
                waiting.append(run)
    people: dict[str, list[Mention]] = {}
    for run in found:
        mention = _mention(run, run.evidence or "link")
        people.setdefault(mention.key, []).append(mention)
    for run in waiting:
        mention = _mention(run, "link")
        if mention.key in people:
            people[mention.key].append(mention)
    return tuple(
        Person(key, tuple(sorted(mentions, key=lambda m: m.start)))
        for key, mentions in sorted(people.items(), key=lambda item: min(m.start for m in item[1]))
    )


def _single_words(run: _Run) -> Iterator[_Run]:
    for word in run.words:
        if word.kind == "cap":
            yield _Run(run.sentence, [word])


def _mention(run: _Run, evidence: Evidence) -> Mention:
    names = [w for w in run.words if w.kind in ("cap", "initial", "particle")]
    caps = [w for w in names if w.kind == "cap"]
    surname = caps[-1]
    given = fold(caps[0].text) if len(caps) > 1 else None
    return Mention(
        sentence=run.sentence,
        start=names[0].start,
        end=names[-1].end,
        surname_start=surname.start,
        surname_end=surname.end,
        surname=surname.text,
        given=given,
        offices=tuple(run.offices),
        evidence=evidence,
    )


def _sentence_runs(sentence: Sentence) -> Iterator[tuple[_Run, bool]]:
    text = sentence.text
    matches = _matches(text)
    words = _words(text, matches)
    headline = _is_headline(text, words)
    for first, last in _run_bounds(text, words):
        run_words = [_absolute(w, sentence.start) for w in words[first : last + 1]]
        run = _Run(sentence.id, run_words)
        if not _plausible(run_words, words, first, headline):
            continue
        titles = _titles_before(text, words, matches, first, sentence.start)
        if titles is not None:
            run.offices, run.evidence = titles, "title"
        elif not headline:
            run.offices, run.evidence = _apposition(text, words, matches, last, sentence.start)
            if run.evidence is None:
                run.evidence = _name_evidence(text, words, first, last)
        if headline and run.evidence is None:
            yield run, True
        else:
            yield _trimmed(run, headline), False


def _absolute(word: _Word, offset: int) -> _Word:
    return _Word(word.start + offset, word.end + offset, word.text, word.kind, word.span)


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    kind: Literal["office", "place", "honorific"]
    text: str


def _matches(text: str) -> list[_Match]:
    """Office, place and honorific matches, earlier kinds winning overlaps."""
    lexicon = offices()
    found: list[_Match] = []
    taken = bytearray(len(text))
    for pattern, kind in (
        (lexicon.pattern, "office"),
        (places().pattern, "place"),
        (lexicon.honorifics, "honorific"),
    ):
        for hit in pattern.finditer(text):
            start, end = hit.span()
            if not any(taken[start:end]):
                found.append(_Match(start, end, kind, hit.group()))  # type: ignore[arg-type]
                taken[start:end] = b"\x01" * (end - start)
    return sorted(found, key=lambda m: m.start)


def _words(text: str, matches: Sequence[_Match]) -> list[_Word]:
    owner = [-1] * len(text)
    for i, match in enumerate(matches):
        owner[match.start : match.end] = [i] * (match.end - match.start)
    words = []
    for m in _WORD.finditer(text):
        start, end, token = m.start(), m.end(), m.group()
        possessive = _POSSESSIVE.search(token)
        if possessive and possessive.start() > 0:
            end -= len(possessive.group())
            token = token[: len(token) - len(possessive.group())]
        span = owner[start]
        if span >= 0:
            words.append(_Word(start, end, token, matches[span].kind, span))
        else:
            words.append(_Word(start, end, token, _kind(text, end, token)))
    return words


def _kind(text: str, end: int, token: str) -> WordKind:
    if token in _SUFFIXES:
        return "suffix"
    if token in _PARTICLES:
        return "particle"
    if not token[0].isupper():
        return "other"
    if len(token) == 1:
        return "initial" if text[end : end + 1] == "." else "other"
    if token in places().org_words:
        return "org"
    if token.isupper() or token in places().time_words:
        return "other"
    return "cap"


def _run_bounds(text: str, words: Sequence[_Word]) -> Iterator[tuple[int, int]]:
    """(first, last) word index of each maximal run of name words."""
    i = 0
    while i < len(words):
        if words[i].kind not in ("cap", "initial"):
            i += 1
            continue
        j = i
        while j + 1 < len(words) and _joins(text, words[j], words[j + 1]):
            j += 1
        while words[j].kind in ("particle", "suffix") and j > i:
            j -= 1
        yield i, j
        i = j + 1


def _joins(text: str, word: _Word, following: _Word) -> bool:
    if following.kind not in ("cap", "initial", "particle", "suffix"):
        return False
    gap = text[word.end : following.start]
    if word.kind == "initial":
        gap = gap[1:] if gap.startswith(".") else gap
    if following.kind == "suffix":
        gap = gap.lstrip(",")
    return gap in (" ", "-") or (gap.isspace() and gap.count("\n") <= 1)


def _plausible(run: Sequence[_Word], words: Sequence[_Word], first: int, headline: bool) -> bool:
    """Drop runs that are organisations, bare initials, or a capitalised opening word."""
    caps = [w for w in run if w.kind == "cap"]
    if not caps or (len(caps) > MAX_NAME_WORDS and not headline):
        return False
    following = first + len(run)
    if following < len(words) and words[following].kind == "org":
        return False  # "Ford Motor Company", "Morgan Stanley Bank"
    if first == 0 and len(caps) == 1:
        opener = fold(caps[0].text)
        if opener in STOPWORDS or (
            zipf_frequency(opener, "en") >= COMMON_ZIPF and not given_name_lexicon().known(opener)
        ):
            return False
    return True


def _titles_before(
    text: str, words: Sequence[_Word], matches: Sequence[_Match], first: int, offset: int
) -> list[OfficeRef] | None:
    """Offices and honorifics right before the run ("U.S. Trade Representative Ambassador"),
    or None when there are none."""
    chain: list[int] = []
    i = first - 1
    while i >= 0 and words[i].kind in ("office", "honorific", "place"):
        gap = text[words[i].end : words[i + 1].start]
        if not (gap.isspace() or re.fullmatch(r"['\u2019]s\s+|-", gap)):
            break
        chain.append(i)
        i -= 1
    if not any(words[k].kind in ("office", "honorific") for k in chain):
        return None
    spans = sorted({words[k].span for k in chain if words[k].kind == "office"})
    countries = [words[k].text for k in chain if words[k].kind == "place"]
    qualifier = (
        words[i].text if i > 0 and words[i].kind in ("cap", "org") and i + 1 in chain else None
    )
    return [_office_ref(text, matches[s], countries, qualifier, offset) for s in spans]


def _office_ref(
    text: str, match: _Match, countries: Sequence[str], qualifier: str | None, offset: int
) -> OfficeRef:
    office, implied = offices().lookup(match.text)
    named = next((c for c in map(places().country_of, countries) if c), None)
    country = named or implied or (fold(qualifier) if qualifier else None)
    before = re.search(r"([\w.]+)[\s\-]+$", text[max(0, match.start - 20) : match.start])
    current = not (before and fold(before.group(1)).rstrip(".") in offices().modifiers)
    return OfficeRef(
        office.label, office.unique, country, current, match.start + offset, match.end + offset
    )


def _apposition(
    text: str, words: Sequence[_Word], matches: Sequence[_Match], last: int, offset: int
) -> tuple[list[OfficeRef], Evidence | None]:
    """An office after the name: "Bessent, the Treasury Secretary," (not the title of the
    next name in a list: "Bessent, Commerce Secretary Lutnick")."""
    end = words[last].end
    lead = _APPOSITION_LEAD.match(text, end)
    if lead is None or lead.end() == end:
        return [], None
    k = next((j for j in range(last + 1, len(words)) if words[j].start >= lead.end()), None)
    countries = []
    while k is not None and k < len(words) and words[k].kind == "place":
        countries.append(words[k].text)
        k += 1
    if k is None or k >= len(words) or words[k].kind != "office":
        return [], None
    span = words[k].span
    after = k
    while after < len(words) and words[after].span == span:
        after += 1
    if after < len(words) and words[after].kind in ("cap", "honorific"):
        gap = text[words[after - 1].end : words[after].start]
        if gap.isspace():
            return [], None
    return [_office_ref(text, matches[span], countries, None, offset)], "apposition"


def _name_evidence(text: str, words: Sequence[_Word], first: int, last: int) -> Evidence | None:
    caps = [w for w in words[first : last + 1] if w.kind == "cap"]
    if len(caps) > 1 and given_name_lexicon().known(fold(caps[0].text)):
        return "given name"
    if len(caps) > 1 and any(w.kind == "initial" for w in words[first + 1 : last + 1]):
        return "initial"
    if last + 1 < len(words):
        following = words[last + 1]
        gap = text[words[last].end : following.start]
        if following.text in _SPEECH and gap.strip(" ,") == "":
            return "speech"
    return None


def _is_headline(text: str, words: Sequence[_Word]) -> bool:
    """Title case without a closing stop: a headline, a caption, a section title."""
    if text.rstrip()[-1:] in _CLOSING:
        return False
    long_words = [w for w in words if len(w.text) > 3]
    if not long_words:
        return True
    capitalised = sum(1 for w in long_words if w.text[0].isupper())
    return capitalised / len(long_words) >= 0.5


def _trimmed(run: _Run, headline: bool) -> _Run:
    """In a headline, cut ordinary capitalised words off the end of a titled name."""
    if not headline:
        return run
    words = list(run.words)
    while len([w for w in words if w.kind == "cap"]) > 1 and words[-1].kind == "cap":
        word = fold(words[-1].text)
        if zipf_frequency(word, "en") < COMMON_ZIPF - 0.5:
            break
        words.pop()
    run.words = words
    return run
