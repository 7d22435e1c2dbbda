"""A value the aligner left apart: a free sentence read against the sentence of the
other article that holds its words, for a number or a date.

An outlet that merges two sentences of the other into one leaves one of the two
free: the merged sentence is aligned with the half it says most of, and the other
half's fact sits in it unanswered ("nine boats reached the island, *held up by a
gale for three days*" / "nine boats arrived at the island." ... "the boats had been
held up by a gale for *five days*"). Each free content sentence is read against its best *holder*,
the aligned sentence of the other article holding the largest weighted share of
its content words (at least ``HELD`` and ``SHARED`` words), and a number or date
conflict between the two is reported when the holder's value is not stated by the
sentences the holder is aligned with: there the free sentence is the only answer
to it.

Two sentences may also both be left free when they say the same in other words
("62 percent of the members backed the walkout" / "26 percent of those who
voted supported industrial action"): the aligner's paraphrase pass needs an exact overlap first.
Two free sentences each the other's best match, whose weighted Dice with synonyms
reaches the paraphrase pass's bar, are read together where neither names a place or
party the other lacks and both or neither state a time, and a conflict is reported
when neither value is stated anywhere else in the other article. (Free sentences
matched on shared words alone, Dice >= ``FLOOR``, made 6 number and date flags on
BASIL same-event reports 0-49, none of them true: the same measure of other people,
other amounts of money, other resignations.)

Two outlets may also split one event differently, each merging into one sentence what
the other tells in two: the lede with the count is aligned with the other's lede
without it, and the sentence with the other count with a third ("took in *4,600*
samples on Wednesday from gene banks in the Sarvan region" / "boxes of seed from gene
banks in the Sarvan region were placed in the store on Wednesday" ... "the *6,400*
samples are the biggest deposit"). Two aligned sentences not aligned with each other
are read together where each holds at least ``HELD`` of the words the other's
partners leave unsaid (``SHARED`` of them at least), each the other's best, and the
values neither's partners state are compared; a title on a line of its own is left
out (it states no claim in full: "meet for *first time* in weeks" / "marks the
*second time* in a week"). Where one holding the other's unsaid words was enough,
this pairing added a flag to the held-out same-event reports (BASIL 50-99, 2 -> 3).

Conflicts of other types, and values the alignment already answers, are left alone:
read against a sentence that holds only some of its words, a free sentence is mostly
about another claim (every type read between every free sentence and its holder made
16 flags on BASIL same-event reports 0-49, none of them true). Every conflict still
passes the same-claim gates and is scored like any other."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from tui.engine.align import Alignment
from tui.engine.candidates import candidate_scores
from tui.engine.corpus import Article
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.date import may_hold_date
from tui.engine.findings.contradiction.negation import is_title_case
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quantities import may_count
from tui.engine.findings.contradiction.words import sentence_norms
from tui.engine.paraphrase import PARAPHRASE, synonym_dice
from tui.engine.segment import Sentence
from tui.engine.similarity import Profile, article_profiles, containment, pair_idf
from tui.engine.textnorm import fold

HELD = 0.35
"""Least weighted share of a free sentence's content words its holder must hold."""
SHARED = 2
"""Least content words a free sentence and its holder must share."""
FLOOR = 0.1
"""Dice score from which a pair is a candidate holder (a short free sentence held by a
long one shares a larger part of its own words than of the pair's)."""


@dataclass(frozen=True)
class HeldPair:
    """Two sentences the alignment does not join, as a left/right pair, with the
    sentences of the other article that may state each one's value (``left_answers``:
    right sentences for the left value)."""

    pair: SentencePair
    left_answers: tuple[Sentence, ...]
    right_answers: tuple[Sentence, ...]

    def answered(self, conflict: Conflict) -> bool:
        """Whether either side's value of ``conflict`` is stated by its answers."""
        return stated(self.pair.left, conflict.left, self.left_answers) or stated(
            self.pair.right, conflict.right, self.right_answers
        )


def stated(sentence: Sentence, span: tuple[int, int], answers: Sequence[Sentence]) -> bool:
    if not answers:
        return False
    value = fold(sentence.text[span[0] - sentence.start : span[1] - sentence.start])
    stated = set().union(*(sentence_norms(s) for s in answers))
    return all(word in stated for word in value.split())


def held_pairs(
    left: Article,
    right: Article,
    alignments: Sequence[Alignment],
    weights: Mapping[str, float] | None = None,
) -> list[HeldPair]:
    """Each free content sentence that may hold a value, with its best holder among
    the aligned sentences, and each two free sentences that hold each other best,
    where both may hold a value (see the module docstring); ``weights``: the pair's
    ``pair_idf`` of the two articles' profiles, computed when not given."""
    lefts, rights = article_profiles(left), article_profiles(right)
    if not lefts or not rights:
        return []
    if weights is None:
        weights = pair_idf(lefts, rights)
    left_sentences = {s.id: s for s in left.sentences}
    right_sentences = {s.id: s for s in right.sentences}
    # aligned sentence id -> the sentences of the other article it is aligned with
    left_partners = _partners(alignments, right_sentences, right_side=False)
    right_partners = _partners(alignments, left_sentences, right_side=True)
    left_values = [p for p in lefts if _may_hold_value(left_sentences[p.id])]
    right_values = [p for p in rights if _may_hold_value(right_sentences[p.id])]
    left_free = [p for p in left_values if p.id not in left_partners]
    right_free = [p for p in right_values if p.id not in right_partners]
    found: list[HeldPair] = []
    holders = [p for p in rights if p.id in right_partners]
    for f, h in _holders(left_free, holders, weights):
        pair = SentencePair(left_sentences[f], right_sentences[h])
        found.append(HeldPair(pair, (), right_partners[h]))
    holders = [p for p in lefts if p.id in left_partners]
    for f, h in _holders(right_free, holders, weights):
        pair = SentencePair(left_sentences[h], right_sentences[f])
        found.append(HeldPair(pair, left_partners[h], ()))
    titles = title_id(left), title_id(right)
    left_crossing = [p for p in left_values if p.id in left_partners and p.id != titles[0]]
    right_crossing = [p for p in right_values if p.id in right_partners and p.id != titles[1]]
    stems = {p.id: p.stems for p in lefts}, {p.id: p.stems for p in rights}
    partners = left_partners, right_partners
    for f, h in sorted(_crossed(left_crossing, right_crossing, weights, partners, stems)):
        pair = SentencePair(left_sentences[f], right_sentences[h])
        found.append(HeldPair(pair, left_partners[f], right_partners[h]))
    for f, h in _free_pairs(left_free, right_free, weights):
        pair = SentencePair(left_sentences[f], right_sentences[h])
        if may_hold_date(pair.left) != may_hold_date(pair.right):
            continue  # a time one side states may place its claim at another time
        left_answers = tuple(s for s in right.sentences if s.id != h)
        right_answers = tuple(s for s in left.sentences if s.id != f)
        found.append(HeldPair(pair, left_answers, right_answers))
    return [
        held
        for held in found
        if _may_hold_value(held.pair.left)
        and _may_hold_value(held.pair.right)
        and not _headline(held.pair)
    ]


def _may_hold_value(sentence: Sentence) -> bool:
    return may_count(sentence) or may_hold_date(sentence)


def _partners(
    alignments: Sequence[Alignment], others: Mapping[int, Sentence], right_side: bool
) -> dict[int, tuple[Sentence, ...]]:
    """Id of each aligned sentence of one side (the right one when ``right_side``) ->
    the sentences of the other side (``others``, by id) aligned with it."""
    partners: dict[int, tuple[Sentence, ...]] = {}
    for alignment in alignments:
        own, other = (
            (alignment.right, alignment.left) if right_side else (alignment.left, alignment.right)
        )
        for i in own:
            partners[i] = partners.get(i, ()) + tuple(others[j] for j in other)
    return partners


def _holders(
    free: Sequence[Profile], holders: Sequence[Profile], weights: Mapping[str, float]
) -> list[tuple[int, int]]:
    """(free sentence id, holder id) of each free sentence with a holder holding at
    least ``HELD`` of it, the best one."""
    best: dict[int, tuple[float, int]] = {}
    for f, h in candidate_scores(free, holders, weights, FLOOR):
        sentence, holder = free[f], holders[h]
        if len(sentence.stems & holder.stems) < SHARED:
            continue
        held = containment(sentence.stems, holder.stems, weights)
        if held >= HELD and held > best.get(f, (0.0, -1))[0]:
            best[f] = (held, h)
    return [(free[f].id, holders[h].id) for f, (_, h) in sorted(best.items())]


def _crossed(
    lefts: Sequence[Profile],
    rights: Sequence[Profile],
    weights: Mapping[str, float],
    partners: tuple[Mapping[int, tuple[Sentence, ...]], Mapping[int, tuple[Sentence, ...]]],
    stems: tuple[Mapping[int, frozenset[str]], Mapping[int, frozenset[str]]],
) -> set[tuple[int, int]]:
    """(left id, right id) of two aligned sentences of ``lefts`` and ``rights``, not
    aligned with each other, each the other's best holder of the words its partners
    leave unsaid (``_unsaid_holders``; ``stems``: each sentence's of each side, by id)."""
    left_partners, right_partners = partners
    found = set(_unsaid_holders(lefts, rights, weights, left_partners, stems[1]))
    # Only the right sentences some left one chose can choose it back: each sentence's
    # best holder does not depend on which other sentences are read with it.
    chosen = {h for _, h in found}
    chosen_rights = [p for p in rights if p.id in chosen]
    back = _unsaid_holders(chosen_rights, lefts, weights, right_partners, stems[0])
    found &= {(h, f) for f, h in back}
    return found


def _unsaid_holders(
    own: Sequence[Profile],
    others: Sequence[Profile],
    weights: Mapping[str, float],
    partners: Mapping[int, tuple[Sentence, ...]],
    stems: Mapping[int, frozenset[str]],
) -> list[tuple[int, int]]:
    """(own id, other id) of each sentence of ``own`` and the sentence of ``others``,
    not one of its partners, holding the largest share (at least ``HELD``) of its
    words its partners (``stems``: each other sentence's, by id) do not hold."""
    unsaid: list[Profile] = []
    for profile in own:
        said = (stems[s.id] for s in partners[profile.id] if s.id in stems)
        rest = profile.stems.difference(*said)
        if len(rest) >= SHARED:
            unsaid.append(replace(profile, stems=rest))
    best: dict[int, tuple[float, int]] = {}
    for f, h in candidate_scores(unsaid, others, weights, FLOOR):
        sentence, other = unsaid[f], others[h]
        if any(s.id == other.id for s in partners[sentence.id]):
            continue
        if len(sentence.stems & other.stems) < SHARED:
            continue
        held = containment(sentence.stems, other.stems, weights)
        if held >= HELD and held > best.get(f, (0.0, -1))[0]:
            best[f] = (held, h)
    return [(unsaid[f].id, others[h].id) for f, (_, h) in sorted(best.items())]


def title_id(article: Article) -> int:
    """Id of the article's title, its first content sentence when that is a line of its
    own, or -1."""
    for sentence in article.content_sentences:
        ends_line = article.text[sentence.end :].lstrip(" \t").startswith(("\n", "\r"))
        return sentence.id if ends_line else -1
    return -1


def _free_pairs(
    lefts: Sequence[Profile], rights: Sequence[Profile], weights: Mapping[str, float]
) -> list[tuple[int, int]]:
    """(left id, right id) of free sentences of the two sides each the other's best
    match among the other side's free sentences, saying the same in other words (a
    weighted Dice with synonyms of at least the paraphrase pass's ``PARAPHRASE``) and
    naming no one and nowhere the other does not."""
    best_of_left: dict[int, tuple[float, int]] = {}
    best_of_right: dict[int, tuple[float, int]] = {}
    for f, h in candidate_scores(lefts, rights, weights, FLOOR):
        if not _same_names(lefts[f], rights[h]):
            continue
        value = synonym_dice(lefts[f], rights[h], weights)
        if value < PARAPHRASE:
            continue
        if value > best_of_left.get(f, (0.0, -1))[0]:
            best_of_left[f] = (value, h)
        if value > best_of_right.get(h, (0.0, -1))[0]:
            best_of_right[h] = (value, f)
    return [
        (lefts[f].id, rights[h].id)
        for f, (_, h) in sorted(best_of_left.items())
        if best_of_right[h][1] == f
    ]


def _same_names(left: Profile, right: Profile) -> bool:
    """Whether each sentence's names are words of the other: two tellings of one claim
    do not name a place or party only one of them knows."""
    return left.names <= right.stems and right.names <= left.stems


def _headline(pair: SentencePair) -> bool:
    """A headline holds words of many sentences and states none of their claims in full."""
    return is_title_case(pair.left_words) or is_title_case(pair.right_words)
