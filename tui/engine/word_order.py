"""Whether two sentences use the words they share in the same order.

Two reports that state one claim tell it in the same order: who, what they did,
to what ("Etheridge ... grabbed ... man ... asked ... Obama ... agenda" on both
sides), whatever else each adds. Two sentences that only share names and topic use
those words in other roles, and so in another order ("the lawsuit from Nebraska and
Oklahoma argues that Colorado ..." / "Nebraska, Oklahoma file suit against Colorado
over marijuana"; "no law enforcement had contacted him about the photo" / "declined
to answer questions about the photo ... instead of having law enforcement ...").
On the pairs the aligner's paraphrase pass proposed between real reports of one
event, this order separates the two better than how many words are shared.

``shared_in_order`` measures it: each sentence's content words in text order
(synonyms of the other side's words read as those words), the words both hold (at
their first occurrence), and the longest common subsequence of the two orders over
how many they share. A rewrite moves who said it to the other end of the sentence
without changing the claim ("the weather service said the heat would ease" / "relief
is expected ..., according to the weather service"): when a sentence's first or last clause (up to a
comma, semicolon, colon or dash) is an attribution, the sentence is also read with
that clause (at most ``ATTRIBUTION_WORDS`` content words) at the other end, and the
better reading counts. Other clauses keep
their place, and words their order inside every clause, so the same words in other
roles stay out of order.
"""

from __future__ import annotations

from collections.abc import Iterable

from tui.engine.prepared_regex import regex
from tui.engine.textnorm import WORD_PATTERN, word_forms

CLAUSE_BOUNDARY = regex(r"[,;:]\s|\s[-–—]+\s")
"""Where a clause ends inside a sentence: a comma, semicolon or colon, or a dash."""
ATTRIBUTION = frozenset("said says say told tells added adds stated announced".split())
"""Verbs that end an attribution ("X said")."""
ATTRIBUTION_WORDS = 4
"""Content words an attribution holds at most: who, and the verb; a longer clause
with "said" in it is a claim of its own."""


def content_stems(text: str) -> list[str]:
    """The stems of ``text``'s content words (stopwords left out), in text order."""
    stems = []
    for word in WORD_PATTERN.findall(text):
        _, stem, stopword = word_forms(word)
        if not stopword:
            stems.append(stem)
    return stems


def shared_in_order(left: str, right: str, synonyms: Iterable[tuple[str, str]] = ()) -> float:
    """Share of the content words both texts hold that they hold in the same order, in
    [0, 1]; ``synonyms`` are (left stem, right stem) pairs counted as one word. Fewer
    than two words in common give no order to compare: 1.0."""
    as_left = {right_stem: left_stem for left_stem, right_stem in synonyms}
    left_readings = _readings(left)
    right_readings = [[as_left.get(stem, stem) for stem in r] for r in _readings(right)]
    common = set(left_readings[0]) & set(right_readings[0])
    if len(common) < 2:
        return 1.0
    lefts = [_firsts(reading, common) for reading in left_readings]
    rights = [_firsts(reading, common) for reading in right_readings]
    in_order = max(
        [_common_subsequence(reading, rights[0]) for reading in lefts]
        + [_common_subsequence(lefts[0], reading) for reading in rights[1:]]
    )
    return in_order / len(common)


def _readings(text: str) -> list[list[str]]:
    """``text``'s content stems in text order, then, when its first or last clause is an
    attribution, with that clause moved to the other end."""
    clauses = CLAUSE_BOUNDARY.split(text)
    readings = [content_stems(text)]
    if len(clauses) > 1:
        if _attribution(clauses[-1]):
            readings.append(content_stems(" ".join([clauses[-1], *clauses[:-1]])))
        if _attribution(clauses[0]):
            readings.append(content_stems(" ".join([*clauses[1:], clauses[0]])))
    return readings


def _attribution(clause: str) -> bool:
    """Whether ``clause`` only says who said it: "according to X", or "X said" with at
    most one word after the verb ("X said Tuesday", "he told reporters")."""
    words = [word.lower() for word in WORD_PATTERN.findall(clause)]
    return (
        len(content_stems(clause)) <= ATTRIBUTION_WORDS
        and bool(words)
        and (words[0] == "according" or not ATTRIBUTION.isdisjoint(words[-2:]))
    )


def _firsts(stems: list[str], keep: set[str]) -> list[str]:
    """The stems of ``keep`` in the order of their first occurrence in ``stems``."""
    return list(dict.fromkeys(stem for stem in stems if stem in keep))


def _common_subsequence(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two short sequences."""
    row = [0] * (len(b) + 1)
    for item in a:
        diagonal = 0
        for k, other in enumerate(b):
            above = row[k + 1]
            row[k + 1] = diagonal + 1 if item == other else max(above, row[k])
            diagonal = above
    return row[-1]
