"""Names of one pattern: two names that end alike or open alike, each with words of its
own the other sentence never gives ("the *Kerrin* Male Voice Choir" / "the *Dunmore*
Male Voice Choir", "the *Harlow* Knights" / "the *Corby* Knights", "Hotel *Miramare*" /
"Hotel *Belvista*").

entity_typed.py reads a name as one the other sentence never names only when none of
its distinct words stands there; a name that shares its pattern with the other side's
name ("Male Voice Choir", "Hotel") then counts as named, and the swap of the words
that tell the two apart is never proposed. Two such names are two things of one kind
when the words they share make a pattern of names of a kind of thing (a noun a name
is given as, or a plural noun: "Choir", "Hotel", "Knights") and each holds a word the
other sentence lacks. A person's name is never read so (entity_agents.is_person), nor
two names that share a surname-like word ("Xi *Mizufelo*" / "Gadute *Mizufelo*"):
the people findings tell people apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.entity_agents import is_person
from tui.engine.findings.contradiction.entity_types import Run, distinct_words, noun_type
from tui.engine.findings.contradiction.kinds import base_forms, senses
from tui.engine.findings.contradiction.words import POSSESSIVE_ENDINGS, Word

_LINKS = frozenset(("of", "the", "and", "de", "&"))


def variant_runs(
    words: Sequence[Word], runs: Sequence[Run], others: Sequence[Word], other_runs: Sequence[Run]
) -> list[Run]:
    """The runs of ``words`` that share a word with a run of ``others`` while each of
    the two holds a distinct word the other sentence lacks (the module docstring)."""
    mine, theirs = _sentence_parts(words), _sentence_parts(others)
    candidates = [
        run for run in other_runs if not is_person(others, run) and _private(others, run, mine)
    ]
    if not candidates:
        return []
    return [
        run
        for run in runs
        if not is_person(words, run)
        and _private(words, run, theirs)
        and any(_shared(words, run, others, other) for other in candidates)
    ]


def _parts(word: Word) -> set[str]:
    """The parts of a word's norm split at hyphens, without a possessive ("Al-Rimal":
    "al", "rimal")."""
    norm = word.norm
    for ending in POSSESSIVE_ENDINGS:
        norm = norm.removesuffix(ending)
    return {part for part in norm.split("-") if part}


def _sentence_parts(words: Sequence[Word]) -> frozenset[str]:
    return frozenset(part for word in words for part in _parts(word))


def _private(words: Sequence[Word], run: Run, other_parts: frozenset[str]) -> bool:
    """Whether a distinct word of the name has a part the other sentence lacks."""
    return any(_parts(word) - other_parts for word in distinct_words(words, run))


def _run_parts(words: Sequence[Word], run: Run) -> list[tuple[str, Word]]:
    """The parts of the name's words in order, each with its word, links left out."""
    return [
        (part, word)
        for word in words[run[0] : run[1] + 1]
        if word.norm not in _LINKS
        for part in sorted(_parts(word), key=word.norm.find)
    ]


def _shared(words: Sequence[Word], run: Run, others: Sequence[Word], other: Run) -> bool:
    """Whether the two names end alike or open alike (``_pattern``), the rest of each
    its own: "*Kerrin* Male Voice Choir" / "*Dunmore* Male Voice Choir", "Hotel
    *Miramare*" / "Hotel *Belvista*"; not "Valenabo Kusesi" / "Gaku Valenabo"."""
    mine, theirs = _run_parts(words, run), _run_parts(others, other)
    suffix = _common_ends(mine[::-1], theirs[::-1])
    prefix = _common_ends(mine, theirs)
    if suffix and suffix < len(mine) and suffix < len(theirs):
        return _pattern([word for _, word in mine[len(mine) - suffix :]])
    if prefix and prefix < len(mine) and prefix < len(theirs):
        return _pattern([word for _, word in mine[:prefix]])
    return False


def _common_ends(mine: list[tuple[str, Word]], theirs: list[tuple[str, Word]]) -> int:
    """How many parts the two lists share from their start."""
    count = 0
    for (a, _), (b, _) in zip(mine, theirs, strict=False):
        if a != b:
            break
        count += 1
    return count


def _pattern(shared: list[Word]) -> bool:
    """Whether the words two names share make a pattern of names of a kind of thing,
    not a surname two people bear ("Xi *Mizufelo*" / "Gadute *Mizufelo*"): a noun a
    name is given as among them ("Choir", "Hotel", "Museum", "Club":
    entity_types.noun_type) or a plural of a noun ("Knights", "Rovers"), none of them
    written in capitals ("*US* Felisora")."""
    if any(word.text.isupper() for word in shared):
        return False
    return any(noun_type(word) is not None or _plural_noun(word.norm) for word in shared)


def _plural_noun(norm: str) -> bool:
    """A plural of a noun WordNet knows ("knights": "knight")."""
    return norm.endswith("s") and any(senses(base, "n") for base in base_forms(norm, "n")[1:])
