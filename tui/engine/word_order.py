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
how many they share.
"""

from __future__ import annotations

from collections.abc import Iterable

from tui.engine.textnorm import WORD_PATTERN, word_forms


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
    lefts = content_stems(left)
    rights = [as_left.get(stem, stem) for stem in content_stems(right)]
    common = set(lefts) & set(rights)
    if len(common) < 2:
        return 1.0
    return _common_subsequence(_firsts(lefts, common), _firsts(rights, common)) / len(common)


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
