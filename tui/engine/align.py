"""Sentence alignment between two articles that reorder, split, merge and paraphrase.

1. *Words*: every content sentence is reduced to the stems of its content
   words (``similarity``), weighted by how rare they are in this pair of
   articles; spelling variants of a name count as one word (``name_variants``).
2. *Candidates*: an inverted index over the right article's stems, probed with
   each left sentence's most selective stems, yields the pairs worth scoring
   (``candidates``); no loop ever visits all n x m pairs. A pair must share two
   content words (or all of one side's) to count.
3. *Confident pairs*: a maximum-weight one-to-one matching (``matching``) over
   the candidate pairs scoring at least ``STRONG``; weights are squared scores,
   so one clear pair beats two doubtful ones.
4. *Anchored pairs, splits and merges* (``grouping``): weaker candidates (at
   least ``WEAK``) are accepted when they continue a matched pair in both
   articles' order, and a sentence next to an alignment joins it when the other
   side holds most of its informative words; no side of an alignment ever
   holds more than three sentences.
5. *Paraphrases* (``paraphrase``): two still unaligned candidates that share a
   fair part of their words are aligned when synonyms (WordNet) lift their
   overlap to a match, and grown like the pairs of step 4.
6. *Gaps* (``gaps``): a free sentence between two aligned neighbours is aligned
   with the one free sentence between their partners when they share a word or
   a synonym.

Boilerplate sentences are never aligned. Each alignment's score is the weighted
Dice overlap of its two sides (or, for a verbatim or near copy, the character
similarity when higher); its kind comes from character-level similarity.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from tui.engine.candidates import candidate_scores
from tui.engine.gaps import fill_gaps
from tui.engine.grouping import Group, Grouping
from tui.engine.matching import max_weight_matching
from tui.engine.name_variants import unify_name_variants
from tui.engine.paraphrase import paraphrase_pairs
from tui.engine.segment import Sentence
from tui.engine.similarity import (
    Profile,
    comparable_text,
    dice,
    edit_similarity,
    pair_idf,
    profiles,
)

AlignmentKind = Literal["verbatim", "near", "paraphrase"]

STRONG = 0.3
"""Score a pair needs to be matched on its own evidence."""
WEAK = 0.15
"""Score a pair needs when a neighbouring pair supports it, or to join a group."""
VERBATIM = 0.97
NEAR = 0.8


@dataclass(frozen=True, slots=True)
class Alignment:
    """Sentences of the left and right article that say the same thing."""

    left: tuple[int, ...]
    """``Sentence.id`` values, in text order; one to three of them."""
    right: tuple[int, ...]
    score: float
    """In [0, 1]: how much of the two sides' informative words they share."""
    kind: AlignmentKind

    def __reduce__(self) -> tuple[type[Alignment], tuple[object, ...]]:
        """Pickled as its constructor's arguments: a long pair's alignments go to the
        forked child (``forked.py``), and a slots dataclass's own state functions take
        twice as long."""
        return Alignment, (self.left, self.right, self.score, self.kind)


def align(
    left: Sequence[Sentence],
    right: Sequence[Sentence],
    idf: Mapping[str, float] | None = None,
) -> list[Alignment]:
    """Align the content sentences of two articles; ids are ``Sentence.id``."""
    return align_profiles(profiles(left), profiles(right), idf)


def align_profiles(
    lefts: Sequence[Profile],
    rights: Sequence[Profile],
    idf: Mapping[str, float] | None = None,
) -> list[Alignment]:
    """``align`` from the sentences' profiles (an article's are computed once and
    reused by every pair it is compared in)."""
    if not lefts or not rights:
        return []
    rights = unify_name_variants(lefts, rights)
    weights = pair_idf(lefts, rights) if idf is None else _complete(idf, lefts, rights)
    scores = {
        pair: score
        for pair, score in candidate_scores(lefts, rights, weights, WEAK).items()
        if _enough_in_common(lefts[pair[0]], rights[pair[1]])
    }
    confident = max_weight_matching({p: s * s for p, s in scores.items() if s >= STRONG})
    grouping = Grouping(confident, (lefts, rights), weights)
    grouping.extend(scores)
    taken = (set(grouping.owner[0]), set(grouping.owner[1]))
    paraphrases = paraphrase_pairs(lefts, rights, weights, scores, taken)
    if paraphrases:
        grouping.add_pairs(paraphrases)
        grouping.extend(_near(scores, paraphrases))
    fill_gaps(grouping, (lefts, rights), weights)
    grouping.join_free_neighbours()
    alignments = [_alignment(g, lefts, rights, weights) for g in grouping.groups]
    return sorted(alignments, key=lambda a: (a.left, a.right))


NEIGHBOURHOOD = 2
"""How far from a second-pass pair a candidate may lie to anchor on it or join it."""


def _near(
    scores: Mapping[tuple[int, int], float], pairs: Sequence[tuple[int, int]]
) -> dict[tuple[int, int], float]:
    """The candidates within ``NEIGHBOURHOOD`` sentences of ``pairs`` on either side: all
    that can grow them (the rest were settled by the first ``extend``)."""
    reach = range(-NEIGHBOURHOOD, NEIGHBOURHOOD + 1)
    lefts = {i + d for i, _ in pairs for d in reach}
    rights = {j + d for _, j in pairs for d in reach}
    return {(i, j): s for (i, j), s in scores.items() if i in lefts or j in rights}


def _enough_in_common(left: Profile, right: Profile) -> bool:
    """Two content words in common, or all of one side's: one shared word ("go", a
    name) gives two short sentences a high score, but does not make them match."""
    shared = len(left.stems & right.stems)
    return shared >= 2 or shared == min(len(left.stems), len(right.stems))


def _complete(
    idf: Mapping[str, float], lefts: Sequence[Profile], rights: Sequence[Profile]
) -> dict[str, float]:
    """``idf`` for every stem of both articles; a stem it lacks gets its highest weight."""
    unseen = max(idf.values(), default=1.0)
    stems = {stem for p in (*lefts, *rights) for stem in p.stems}
    return {stem: idf.get(stem, unseen) for stem in stems}


def _union(positions: Sequence[int], side: Sequence[Profile]) -> frozenset[str]:
    if len(positions) == 1:  # most alignments: the sentence's own (immutable) set
        return side[positions[0]].stems
    return frozenset().union(*(side[p].stems for p in positions))


def _alignment(
    group: Group,
    lefts: Sequence[Profile],
    rights: Sequence[Profile],
    weights: Mapping[str, float],
) -> Alignment:
    left, right = group.members
    score = dice(_union(left, lefts), _union(right, rights), weights)
    left_words = comparable_text(" ".join(lefts[p].text for p in left))
    right_words = comparable_text(" ".join(rights[p].text for p in right))
    edit = edit_similarity(left_words, right_words)
    kind: AlignmentKind = (
        "verbatim"
        if left_words == right_words or edit >= VERBATIM
        else "near"
        if edit >= NEAR
        else "paraphrase"
    )
    return Alignment(
        left=tuple(lefts[p].id for p in left),
        right=tuple(rights[p].id for p in right),
        score=round(max(score, edit if kind != "paraphrase" else 0.0), 4),
        kind=kind,
    )
