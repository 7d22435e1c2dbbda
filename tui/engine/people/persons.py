"""People named in one article: their mentions, spellings and offices.

Each sentence gives runs of name words with their evidence (mentions.py). A run with
evidence makes a mention; mentions sharing a surname are one person. A run without
evidence ("Raimondo" alone) counts only when it carries the surname of a person already
found, or the given name of exactly one ("Hillary", "Xi" for "Xi Jinping"): this links
the mentions of one person inside the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from tui.engine.corpus import Article
from tui.engine.people.mentions import Evidence, OfficeRef, Run, sentence_runs
from tui.engine.textnorm import fold


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
    """One person of an article. The properties are computed once (cached): the name
    detectors ask them of every pair of people of two articles."""

    key: str
    """Folded surname: the mentions of one person in one article share it."""
    mentions: tuple[Mention, ...]

    @cached_property
    def spellings(self) -> tuple[str, ...]:
        """The surname as written ("Xi" alone for "Xi Jinping" is not a spelling of it)."""
        return tuple(dict.fromkeys(m.surname for m in self.mentions if m.key == self.key))

    @cached_property
    def given_names(self) -> frozenset[str]:
        return frozenset(m.given for m in self.mentions if m.given)

    @cached_property
    def offices(self) -> tuple[OfficeRef, ...]:
        """The current offices given to this person, first mention first."""
        return tuple(o for m in self.mentions for o in m.offices if o.current)

    @cached_property
    def office_labels(self) -> frozenset[str]:
        return frozenset(o.label for o in self.offices)


@lru_cache(maxsize=65536)
def name_key(surname: str) -> str:
    return "".join(c for c in fold(surname) if c.isalpha())


def find_people(article: Article) -> tuple[Person, ...]:
    """Every person of ``article`` with all their linked mentions, in order of first mention."""
    found: list[Run] = []
    waiting: list[Run] = []
    for sentence in article.content_sentences:
        for run, headline in sentence_runs(sentence):
            if run.evidence is not None:
                found.append(run)
            elif headline:
                waiting.extend(Run(run.sentence, [i]) for i in run.items if i.kind == "cap")
            else:
                waiting.append(run)
    people: dict[str, list[Mention]] = {}
    for run in found:
        mention = _mention(run, run.evidence or "link")
        people.setdefault(mention.key, []).append(mention)
    owner = _given_name_owners(people)
    for key in list(people):
        if key in owner and not any(m.given for m in people[key]):
            people[owner[key]].extend(people.pop(key))  # "President Xi" is "Xi Jinping"
    for run in waiting:
        mention = _mention(run, "link")
        target = mention.key if mention.key in people else owner.get(mention.key)
        if target in people:
            people[target].append(mention)
    return tuple(
        Person(key, tuple(sorted(mentions, key=lambda m: m.start)))
        for key, mentions in sorted(people.items(), key=lambda item: min(m.start for m in item[1]))
    )


def _given_name_owners(people: dict[str, list[Mention]]) -> dict[str, str]:
    """Given name -> the one person who bears it. A name written alone may be the first
    of a full name: "Hillary" for "Hillary Clinton", "Xi" for "Xi Jinping" (family name
    first)."""
    owners: dict[str, set[str]] = {}
    for key, mentions in people.items():
        for mention in mentions:
            if mention.given:
                owners.setdefault(name_key(mention.given), set()).add(key)
    return {
        given: next(iter(keys))
        for given, keys in owners.items()
        if len(keys) == 1 and given not in keys
    }


def _mention(run: Run, evidence: Evidence) -> Mention:
    names = [i for i in run.items if i.kind in ("cap", "initial")]
    caps = [i for i in names if i.kind == "cap"]
    surname = caps[-1]
    return Mention(
        sentence=run.sentence,
        start=names[0].start,
        end=names[-1].end,
        surname_start=surname.start,
        surname_end=surname.end,
        surname=surname.text,
        given=fold(caps[0].text) if len(caps) > 1 else None,
        offices=tuple(run.offices),
        evidence=evidence,
    )
