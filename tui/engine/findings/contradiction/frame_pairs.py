"""Claims that share a frame across the alignment: a sentence or one of its clauses
read with the unit of the other article that says most of what it says, aligned or not.

An outlet that merges two claims into one sentence ("After a month of repairs the
ferry was running again on Monday, *and the operator said passenger numbers have
fallen since the spring*") dilutes each: read whole against the other outlet's
sentence ("Passenger numbers have risen since the spring, the operator said"), the
rest of the two sentences agrees too little for a detector to pair the two words, or
the merged sentence is aligned with another sentence and the claim is compared with
nothing. Here each content sentence is also read as its *clauses*, the spans between a
semicolon, or a comma and a conjunction that opens a clause (", and", ", but", ",
while", ", where"...), of ``MIN_STEMS`` content words at least, and each unit (a
sentence or a clause) is paired with the unit of the other article that shares most of
its words (weighted Dice, the aligner's, each the other's best match), where the two
share at least ``FRAME`` of their frame counting synonyms (paraphrase.synonym_dice).
Two whole sentences that a one-to-one alignment joins are left out (the alignment's own
reading has them), and so are title lines (a headline states no claim in full).

Every detector reads such a pair, and what it proposes goes through the same-claim
gates and the score like any other proposal (pipeline.find_held_contradictions); a
conflict is kept at the default threshold, where neither value is stated elsewhere in
the other article (a value the other article states somewhere is one of two claims),
and not for the types of ``NOT_READ``. Where the alignment's own reading finds the
same words, ``compare`` keeps the better scored of the two (compare.one_reading).

On the team's report cases (tests/data/contradiction_cases, 16 batches) this reading
finds 4 more planted disagreements and flags nothing else; on BASIL same-event reports
0-49 and on pairs of different events it shows no flag, and the held-out same-event
reports (50-99, counted only) keep the same flags (benchmarks/frame_pair_flags.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

from tui.engine.align import Alignment
from tui.engine.candidates import candidate_scores
from tui.engine.corpus import Article
from tui.engine.findings.contradiction.elsewhere import title_id
from tui.engine.findings.contradiction.words import sentence_norms
from tui.engine.paraphrase import synonym_dice
from tui.engine.per_article import per_article
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence
from tui.engine.similarity import Profile, article_profiles, pair_idf, profile
from tui.engine.textnorm import fold

FRAME = 0.5
"""Least weighted Dice with synonyms of two units read together (the in-sample report
cases gain the same from 0.3 to 0.5)."""
MIN_STEMS = 4
"""Content words a clause needs to be a unit of its own."""
FLOOR = 0.2
"""Weighted Dice below which two units are not each other's match."""
NOT_READ = frozenset({"number"})
"""Types this reading does not report: a count read in a clause has lost the words of
its sentence that say what it counts, and numbers and dates of sentences the alignment
leaves apart are elsewhere.py's (on the held-out same-event reports, BASIL 50-99,
counted and never read, numbers read here added a flag, 2 -> 3; dates added none)."""

_CLAUSE_BREAK = regex(r";\s+|,\s+(?=(?:and|but|while|whereas|although|though|where|when|yet)\s)")
"""Where a sentence's clauses meet: a semicolon, or a comma before a conjunction that
opens a clause."""


@dataclass(frozen=True)
class Unit:
    """A sentence or one of its clauses, as a span of the article's text."""

    span: Sentence
    sentence: Sentence
    """The whole sentence the unit is taken from."""

    @property
    def whole(self) -> bool:
        return self.span.start == self.sentence.start and self.span.end == self.sentence.end


@dataclass(frozen=True)
class FramePair:
    """Two units read together, with the two articles (``articles``: left, right)."""

    left: Unit
    right: Unit
    score: float
    articles: tuple[Article, Article]

    @property
    def texts(self) -> tuple[str, str]:
        return self.left.span.text, self.right.span.text

    def answered(self, left_span: tuple[int, int], right_span: tuple[int, int]) -> bool:
        """Whether the left value is stated in a sentence of the right article other
        than the right unit's, or the right value in one of the left article other than
        the left unit's (elsewhere.stated, read from each article's word counts)."""
        left_article, right_article = self.articles
        return _stated_elsewhere(self.left.span, left_span, right_article, self.right) or (
            _stated_elsewhere(self.right.span, right_span, left_article, self.left)
        )


def _stated_elsewhere(
    sentence: Sentence, span: tuple[int, int], article: Article, unit: Unit
) -> bool:
    """Whether every word of ``sentence``'s words at ``span`` is a word of a sentence of
    ``article`` other than ``unit``'s."""
    value = fold(sentence.text[span[0] - sentence.start : span[1] - sentence.start])
    counts, own = _norm_counts(article), sentence_norms(unit.sentence)
    return all(counts[word] > (word in own) for word in value.split())


@per_article
def _norm_counts(article: Article) -> Counter[str]:
    """How many sentences of the article hold each folded word."""
    return Counter(chain.from_iterable(map(sentence_norms, article.sentences)))


def clauses(sentence: Sentence) -> list[Sentence]:
    """The sentence's clauses (see ``_CLAUSE_BREAK``) as spans of the text; none for a
    sentence of one clause."""
    cuts = [m.span() for m in _CLAUSE_BREAK.finditer(sentence.text)]
    if not cuts:
        return []
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(sentence.text)]
    return [
        Sentence(sentence.id, sentence.start + a, sentence.start + b, sentence.text[a:b])
        for a, b in zip(starts, ends, strict=True)
    ]


def _units(article: Article) -> list[tuple[Unit, Profile]]:
    """Each content sentence but the title line, and each of its clauses of at least
    ``MIN_STEMS`` content words, with its profile (a clause's stems are its sentence's
    content words it holds: a clause of function words only is known by none)."""
    title = title_id(article)
    whole = {p.id: p for p in article_profiles(article)}
    found: list[tuple[Unit, Profile]] = []
    for sentence in article.content_sentences:
        if sentence.id == title:
            continue
        own = whole[sentence.id]
        found.append((Unit(sentence, sentence), _numbered(own, own.stems, len(found))))
        for clause in clauses(sentence):
            stems = profile(clause, 0).stems & own.stems
            if len(stems) >= MIN_STEMS:
                found.append((Unit(clause, sentence), _numbered(own, stems, len(found))))
    return found


def _numbered(sentence: Profile, stems: frozenset[str], k: int) -> Profile:
    """A profile of ``stems`` of ``sentence`` as the ``k``-th unit of its article."""
    return Profile(k, k, stems, sentence.text, sentence.names)


def frame_pairs(
    left: Article,
    right: Article,
    alignments: Sequence[Alignment],
    weights: Mapping[str, float] | None = None,
) -> list[FramePair]:
    """Units of the two articles each the other's best match, sharing at least
    ``FRAME`` of their frame, not two whole sentences one alignment joins; ``weights``:
    the pair's ``pair_idf`` of the two articles' profiles, computed when not given."""
    if weights is None:
        weights = pair_idf(article_profiles(left), article_profiles(right))
    lefts, rights = _units(left), _units(right)
    if not lefts or not rights:
        return []
    left_profiles, right_profiles = [p for _, p in lefts], [p for _, p in rights]
    read_alone = {(a.left[0], a.right[0]) for a in alignments if len(a.left) == len(a.right) == 1}
    best_of_left: dict[int, tuple[float, int]] = {}
    best_of_right: dict[int, tuple[float, int]] = {}
    for (f, h), value in candidate_scores(left_profiles, right_profiles, weights, FLOOR).items():
        if value > best_of_left.get(f, (0.0, -1))[0]:
            best_of_left[f] = (value, h)
        if value > best_of_right.get(h, (0.0, -1))[0]:
            best_of_right[h] = (value, f)
    found: list[FramePair] = []
    for f, (_, h) in sorted(best_of_left.items()):
        if best_of_right[h][1] != f:
            continue
        (unit_left, _), (unit_right, _) = lefts[f], rights[h]
        both_whole = unit_left.whole and unit_right.whole
        if both_whole and (unit_left.sentence.id, unit_right.sentence.id) in read_alone:
            continue  # the alignment's own reading (most pairs: not worth a synonym_dice)
        value = synonym_dice(left_profiles[f], right_profiles[h], weights)
        if value < FRAME:
            continue
        found.append(FramePair(unit_left, unit_right, value, (left, right)))
    return found
