"""Opposites (JSON type ``opposite``): opposite words in two sentences that otherwise
say the same thing, from two lexical sources.

- Lexicon opposites (this module): opposite predicates ("rose"/"fell",
  "remain"/"have left") from the antonym tables.
- Tone opposites (opposite_tone.py): a word of strong positive tone where the other
  sentence has one of strong negative tone ("welcomed"/"rejected").
- Kind swaps (opposite_kind.py): one word turned into a word of another kind in an
  otherwise identical sentence ("a city"/"a county"), kinds from WordNet.
- Denying prefixes (opposite_affix.py): one word turned into its negative form in an
  otherwise identical sentence ("associated"/"disassociated").
- Degree (opposite_degree.py): a short run moved to the other end of a scale of
  degree, amount or distance ("close to"/"far from", "a lot of"/"very little").
- Change (opposite_change.py): the same amount moved up on one side and down on the
  other ("rose by 12 percent" / "12% fewer").
- Magnitude (opposite_magnitude.py): one thing of great size or gravity on one side and
  of little on the other ("a minor leak" / "a serious leak").
- Particles (opposite_particle.py): two-word verbs whose particles point opposite ways
  in one slot ("took on six apprentices" / "six apprentices were laid off").
- Contest (opposite_contest.py): the same named party the winner on one side and the
  loser on the other ("Kelso won against Brackley" / "Kelso lost to Brackley").

The sources that read words, not roles (tone to particles), are refused where the two
words tell one fact from each side (``one_fact_told_two_ways``): two comparisons of the
same things the other way round, or verbs of one contest giving its parties the same
outcomes.
- Trend (opposite_trend.py): a change one way on one side, a comparison with an
  earlier time the other way on the other ("rose this year" / "fewer than last year").

The lexicon pairs come from tui/engine/data/antonyms.txt and the tables derived from
WordNet (wordlists.ANTONYM_FILES; two-word verbs such as "voted down" / "approved" from
tools/build_phrasal_opposites.py), matched on lemma keys (so irregular forms count); a
verb with its particle is read as the verb alone too ("rising up" / "falling down"),
and never against a word that modifies a noun ("children move back home" / "with
grown children"). The comparatives and superlatives of their one-word entries
are opposites too where "than" follows them ("warmer than usual" / "colder than
usual"), unless the two compared things swapped sides (opposite_comparison.py). A
plural noun after a count is no verb of the lexicon ("nine *jobs*": "to job"). A
pair is reported only when neither word is negated (a negated antonym agrees: "did
not rise" / "fell") nor a verb of saying (WordNet makes "said" an indirect antonym
of "other"), neither sentence holds both words, the words around the two share
content ("... London"), or the two verbs are told in the other voice with their
parties in the same roles (voice.py), and the rest of the two sentences mostly agrees.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import chain
from pathlib import Path

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import Polarity, polarity
from tui.engine.findings.contradiction.opposite_affix import affix_opposites
from tui.engine.findings.contradiction.opposite_change import change_opposites
from tui.engine.findings.contradiction.opposite_comparison import terms_swapped
from tui.engine.findings.contradiction.opposite_contest import (
    contest_opposites,
    one_outcome_told,
)
from tui.engine.findings.contradiction.opposite_converse import are_converse, same_subject
from tui.engine.findings.contradiction.opposite_degree import degree_opposites
from tui.engine.findings.contradiction.opposite_kind import kind_swaps
from tui.engine.findings.contradiction.opposite_magnitude import magnitude_opposites
from tui.engine.findings.contradiction.opposite_particle import particle_opposites
from tui.engine.findings.contradiction.opposite_tone import tone_opposites
from tui.engine.findings.contradiction.opposite_trend import trend_opposites
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quantities import is_number_word
from tui.engine.findings.contradiction.slots import says
from tui.engine.findings.contradiction.voice import (
    VOICED_SCORE,
    agentless_passive,
    same_roles_across_voice,
)
from tui.engine.findings.contradiction.wordlists import (
    Phrase,
    antonym_entries,
    antonym_sources,
    antonyms,
    comparative_key,
    comparisons,
    inflects,
    opposite_firsts,
    reciprocal_antonyms,
)
from tui.engine.findings.contradiction.words import (
    AUXILIARIES,
    Word,
    agreement,
    clause_break,
    content_lemmas,
    lemma_counts,
    sentence_lemmas,
)
from tui.engine.prepared import prepared

CONTEXT = 4
MIN_AGREEMENT = 0.35

Occurrence = tuple[int, int]
"""(first word index, index after) of a lexicon phrase in a sentence."""


def phrases(side: Polarity) -> dict[Phrase, list[Occurrence]]:
    """Where each lexicon phrase occurs, outside negation cues and names."""
    table = antonyms()
    entries = antonym_entries()
    firsts = _first_lemmas()
    words = side.words
    negated = {k for n in side.negations for k in range(n.cue, n.heads[0])}
    found: dict[Phrase, list[Occurrence]] = {}
    for i, word in enumerate(words):
        if word.lemma not in firsts or word.capitalised_inside or i in negated:
            continue
        if counted_noun(words, i):
            continue  # "nine *jobs*" is no form of the verb "job" (to hire)
        for n in (2, 1):
            key = tuple(w.lemma for w in words[i : i + n])
            if n > 1 and i + 1 < len(words) and words[i + 1].break_before:
                continue  # "the Ossberg *pass, by* 31 votes": no phrase across a break
            if (
                len(key) == n
                and key in table
                and any(inflects(word.norm, entry) for entry in entries[key])
            ):
                graded = _analytic_comparative(words, i, key)
                if graded is not None:
                    found.setdefault(graded, []).append((i - 1, i + 1))
                else:
                    found.setdefault(key, []).append((i, i + n))
                if n == 1 or (key[0],) not in table:
                    break  # a verb with its particle is read as the verb alone too
    return found


def counted_noun(words: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` is a plural noun after a count ("nine *jobs*", "12 *stores*"):
    a verb of the lexicon spelled the same ("to job", "to store") is not meant, as a
    verb after a count above one takes no "-s"."""
    if not i or not words[i].norm.endswith("s") or words[i].break_before:
        return False
    count = words[i - 1].norm
    return count != "one" and (count.isdigit() or is_number_word(count))


def _analytic_comparative(words: Sequence[Word], i: int, key: Phrase) -> Phrase | None:
    """The key of the comparative of the one-word entry at ``i`` when "more" stands
    before it: "*more expensive*" is read as the comparative of "expensive", so it
    opposes "cheaper" as "dearer" would ("less expensive" agrees with "cheaper" and is
    left alone)."""
    if len(key) != 1 or not i or words[i - 1].norm != "more":
        return None
    table = antonyms()
    for entry in antonym_entries()[key]:
        graded = comparative_key(entry)
        if inflects(words[i].norm, entry) and graded is not None and graded in table:
            return graded
    return None


def compared(words: Sequence[Word], first: int, after: int) -> bool:
    """Whether a comparative compares: "than" follows it in its clause within
    THAN_REACH words ("warmer *than* usual", "warmer this season *than* ever"), or it
    is the complement of a verb of becoming or making, a comparison with the state
    before ("will *become* more expensive", "will *make* the plots cheaper from
    April"). "Her older sibling" names a relation between two parties, which the other
    side may tell from the other party ("the younger sister")."""
    for k in range(after, min(len(words), after + THAN_REACH + 1)):
        if clause_break(words, k) or words[k].norm in _OTHER_COMPARISON:
            break
        if words[k].norm == "than":
            return True
    if after < len(words) and not clause_break(words, after) and words[after].is_content:
        return False  # "made the *cheaper* option": a comparative before its noun
    for k in range(first - 1, max(-1, first - CHANGE_REACH - 1), -1):
        if words[k].norm in _BECOMING:
            return True
        if clause_break(words, k):
            break
    return False


THAN_REACH = 6
"""Words that may stand between a comparative and its "than" ("warmer *this season*
than", "deeper *at its northern end* than")."""
_OTHER_COMPARISON = frozenset("more less fewer rather".split())
"""Words whose own "than" may follow ("older sister earned *more* than")."""
CHANGE_REACH = 8
"""Words before a comparative within which its verb of becoming or making stands ("make
*plots in Grennock's council-run cemetery* cheaper")."""
_BECOMING = frozenset(
    "become becomes became becoming get gets got getting gotten grow grows grew growing"
    " grown turn turns turned turning make makes made making".split()
)


def _with_comparatives(lemmas: frozenset[str]) -> frozenset[str]:
    """A sentence's lemmas, with the comparative keys of its one-word entries where it
    holds "more" ("more expensive" may be read as "expensiver", ``phrases``)."""
    if "more" not in lemmas:
        return lemmas
    comparative = _comparative_lemmas()
    return lemmas.union(*(comparative[k] for k in lemmas if k in comparative))


@lru_cache(maxsize=1)
def _comparative_lemmas() -> dict[str, frozenset[str]]:
    """Lemma of each one-word lexicon entry -> the lemma keys of its comparatives that
    are lexicon phrases too: built once and then read ready from the cache (prepared.py;
    building it stems every entry again, 50-60 ms a run, in each of the two processes
    a long pair is compared in)."""
    sources = [*antonym_sources(), Path(__file__)]
    return prepared("comparative_lemmas", sources, _built_comparative_lemmas)


def _built_comparative_lemmas() -> dict[str, frozenset[str]]:
    table = antonyms()
    found: dict[str, set[str]] = {}
    for key, entries in antonym_entries().items():
        for entry in entries if len(key) == 1 else ():
            graded = comparative_key(entry)
            if graded is not None and graded != key and graded in table:
                found.setdefault(key[0], set()).add(graded[0])
    return {k: frozenset(v) for k, v in found.items()}


@lru_cache(maxsize=1)
def _first_lemmas() -> frozenset[str]:
    return frozenset(key[0] for key in antonyms())


def may_oppose(pair: SentencePair) -> bool:
    """Whether the right sentence may hold an opposite of a lexicon phrase the left
    holds, more often than the left does (``lexicon_opposites`` reports one word turned
    into the other), a quick test before the sentences are cut into words. The right
    holds the first word of an opposite and either the left lacks it, or the left
    holds it fewer times (the opposite stands on both sides in another use: "she
    *first* learned ... last year" / "she *last* learned ... last year"), or it is the
    first word of a phrase of more words whose every word the right holds, one of them
    more often than the left ("by 31 *votes*" / "*voted down*": the phrase is not the
    word alone)."""
    table = opposite_firsts()
    lefts = _with_comparatives(sentence_lemmas(pair.left))
    opposites = list(map(table.__getitem__, filter(table.__contains__, lefts)))
    if not opposites:
        return False
    rights = _with_comparatives(sentence_lemmas(pair.right))
    wanted = rights.intersection(chain.from_iterable(opposites))
    if not wanted:
        return False
    if not wanted <= lefts:
        return True
    left_counts, right_counts = lemma_counts(pair.left), lemma_counts(pair.right)
    if any(right_counts.get(k, 0) > left_counts.get(k, 0) for k in wanted):
        return True
    phrases_by_first = _phrase_rests()
    return any(
        rights.issuperset(rest)
        and any(right_counts.get(w, 0) > left_counts.get(w, 0) for w in rest)
        for k in wanted
        for rest in phrases_by_first.get(k, ())
    )


@lru_cache(maxsize=1)
def _phrase_rests() -> dict[str, tuple[frozenset[str], ...]]:
    """First lemma of each lexicon phrase of more than one word -> the lemmas of the
    rest of each such phrase."""
    found: dict[str, list[frozenset[str]]] = {}
    for key in antonyms():
        if len(key) > 1:
            found.setdefault(key[0], []).append(frozenset(key[1:]))
    return {first: tuple(rests) for first, rests in found.items()}


def opposite_conflicts(pair: SentencePair) -> list[Conflict]:
    """Lexicon opposites first, then tone opposites, kind swaps, denying prefixes,
    opposites of degree, changes told both ways, opposites of magnitude, opposite
    outcomes of a contest and changes against comparisons with an earlier time (where
    two overlap, the pipeline keeps the first)."""
    read_by_words = [
        *tone_opposites(pair),
        *kind_swaps(pair),
        *affix_opposites(pair),
        *degree_opposites(pair),
        *change_opposites(pair),
        *magnitude_opposites(pair),
        *particle_opposites(pair),
    ]
    return [
        *lexicon_opposites(pair),
        *(c for c in read_by_words if not one_fact_told_two_ways(pair, c)),
        *contest_opposites(pair),
        *trend_opposites(pair),
    ]


def one_fact_told_two_ways(pair: SentencePair, conflict: Conflict) -> bool:
    """Whether the two words of a proposal of a source that reads words, not roles,
    tell one fact from each side, as lexicon_opposites refuses them: two comparisons
    of the same things the other way round ("the 2026 crop was *smaller* than the 2025
    crop" / "the 2025 crop was *bigger* than the 2026 one"), or verbs of one contest
    that give its parties the same outcomes ("won against Ravensworth" / "Ravensworth
    were defeated by")."""
    li = word_range(pair.left_words, conflict.left)
    ri = word_range(pair.right_words, conflict.right)
    if li is None or ri is None:
        return False
    return terms_swapped(pair.left_words, li, pair.right_words, ri) or one_outcome_told(
        pair, li[1] - 1, ri[1] - 1
    )


def word_range(words: Sequence[Word], span: tuple[int, int]) -> Occurrence | None:
    """(first word index, index after) of the words inside a character span, or None
    when it holds none."""
    inside = [k for k, w in enumerate(words) if w.start >= span[0] and w.end <= span[1]]
    return (inside[0], inside[-1] + 1) if inside else None


def lexicon_opposites(pair: SentencePair) -> list[Conflict]:
    if not may_oppose(pair):
        return []
    left, right = polarity(pair.left), polarity(pair.right)
    lefts = phrases(left)
    rights = phrases(right)
    left_negated = left.negated
    right_negated = right.negated
    table = antonyms()
    reciprocal = reciprocal_antonyms()
    graded = comparisons()
    conflicts = []
    for key, left_places in lefts.items():
        for opposite in table[key]:
            # More of one word on the left and more of its opposite on the right:
            # one of them was turned into the other.
            if not (
                len(left_places) > len(rights.get(key, ()))
                and len(rights.get(opposite, ())) > len(lefts.get(opposite, ()))
            ):
                continue
            li, ri = max(
                ((a, b) for a in left_places for b in rights[opposite]),
                key=lambda ab: len(
                    _context(pair.left_words, ab[0]) & _context(pair.right_words, ab[1])
                ),
            )
            if set(range(*li)) & left_negated or set(range(*ri)) & right_negated:
                continue
            if says(key[0]) or says(opposite[0]):
                continue  # "any *other* condition" / "Manson *said*": saying opposes nothing
            if frozenset((key, opposite)) in graded and not (
                compared(pair.left_words, *li) and compared(pair.right_words, *ri)
            ):
                continue
            if verb_against_modifier(pair.left_words, li, pair.right_words, ri):
                continue  # "children *move back* home" / "with *grown* children"
            if terms_swapped(pair.left_words, li, pair.right_words, ri):
                continue  # "more this summer than in 2025" / "in 2025 less than this summer"
            voiced = same_roles_across_voice(pair.left_words, li[0], pair.right_words, ri[0])
            score = _agreement(pair, li, ri, frozenset((key, opposite)) in reciprocal, voiced)
            if score is None:
                continue
            if voiced:
                score = max(score, VOICED_SCORE)
            left_span = occurrence_span(pair.left_words, li)
            right_span = occurrence_span(pair.right_words, ri)
            contrast = pair.contrast("opposite", left_span, right_span)
            conflicts.append(Conflict("opposite", left_span, right_span, contrast, score))
    return conflicts


def verb_against_modifier(
    left: Sequence[Word], li: Occurrence, right: Sequence[Word], ri: Occurrence
) -> bool:
    """Whether a verb and its particle on one side ("move back") stands against a word
    that modifies a noun on the other ("with *grown* children"): a two-word verb is the
    predicate of its clause, a modifier says what a thing is like, and the two fill no
    one slot."""
    if (li[1] - li[0] > 1) == (ri[1] - ri[0] > 1):
        return False
    words, (first, after) = (right, ri) if li[1] - li[0] > 1 else (left, li)
    if first == 0 or after >= len(words) or clause_break(words, after):
        return False
    before = words[first - 1]
    return (
        not before.is_content
        and before.norm not in AUXILIARIES
        and not clause_break(words, first)
        and words[after].is_content
    )


def _agreement(
    pair: SentencePair, li: Occurrence, ri: Occurrence, reciprocal: bool, voiced: bool
) -> float | None:
    """The score when the rest of the two sentences agrees, else None. Reciprocal
    opposites and converse verbs must not tell one fact from each side
    (``told_from_each_side``): "Obama won" / "McCain lost" agree, and so do "Harlow lost
    to Dunmore at home" / "Dunmore beat Harlow away". Two verbs ``voiced``, told in the
    other voice with their parties checked in their roles (voice.py), need no shared
    words beside them, nor that test where the passive names its agent (with none, the
    party a converse verb names may be the other one): the voice moved the words around them ("has
    *opened a wing*" / "a wing ... *has been closed*")."""
    agent_named = voiced and not (
        agentless_passive(pair.left_words, li[0]) or agentless_passive(pair.right_words, ri[0])
    )
    if (
        not agent_named
        and (reciprocal or are_converse(pair.left_words[li[0]], pair.right_words[ri[0]]))
        and told_from_each_side(pair.left_words, li, pair.right_words, ri)
    ):
        return None  # "the mill has been sold to Nordvik" / "Aldercroft has bought the mill"
    near_left = _context(pair.left_words, li)
    near_right = _context(pair.right_words, ri)
    rest = agreement(
        content_lemmas(pair.left_words, range(*li)), content_lemmas(pair.right_words, range(*ri))
    )
    if not (voiced or near_left & near_right) or rest < MIN_AGREEMENT:
        return None
    return round(min(0.95, 0.55 + 0.4 * rest), 2)


def told_from_each_side(
    left: Sequence[Word], li: Occurrence, right: Sequence[Word], ri: Occurrence
) -> bool:
    """Whether a reciprocal pair tells one fact from each of its parties: converse verbs
    whose subjects differ ("helps customers buy" / "a company that sells"; the same
    subject is an opposite: "the museum bought" / "was sold by the museum"), or, where
    no subject can be read, no shared word before the two or the parties swapped."""
    same = same_subject(left, li[0], right, ri[0])
    if same is not None:
        return not same
    return not (words_before(left, li) & words_before(right, ri)) or parties_swapped(left, right)


def parties_swapped(left: Sequence[Word], right: Sequence[Word]) -> bool:
    """Whether each sentence opens with a named party the other names later: the same
    relation told from the other party ("X beat Y" / "Y lost to X")."""
    left_first, right_first = _named_opening(left), _named_opening(right)
    if left_first is None or right_first is None or left_first == right_first:
        return False
    return any(w.lemma == left_first for w in right) and any(w.lemma == right_first for w in left)


def _named_opening(words: Sequence[Word]) -> str | None:
    """The lemma of the sentence's first content word when it is capitalised (a name
    most likely: "Harlow lost", not "the home side lost")."""
    first = next((w for w in words if w.is_content), None)
    return first.lemma if first is not None and first.text[:1].isupper() else None


def _context(words: Sequence[Word], place: Occurrence) -> set[str]:
    first, after = place
    window = [*words[max(0, first - CONTEXT) : first], *words[after : after + CONTEXT]]
    return {w.lemma for w in window if w.is_content}


def words_before(words: Sequence[Word], place: Occurrence) -> set[str]:
    return {w.lemma for w in words[max(0, place[0] - CONTEXT) : place[0]] if w.is_content}


def occurrence_span(words: Sequence[Word], place: Occurrence) -> tuple[int, int]:
    """The antonym's words, with an auxiliary right before them ("have left")."""
    first, after = place
    if first and words[first - 1].norm in AUXILIARIES and not words[first].break_before:
        first -= 1
    return words[first].start, words[after - 1].end
