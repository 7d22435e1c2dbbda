"""Negation: the same claim made in one sentence and denied in the other.

A cue (lexicon: "not", "n't", "no", "never", "failed to", "denied that", "ruled
out", ...; any case, so a title-case headline's "Not" counts) negates the words
after it up to the end of its clause (punctuation or a clause word such as
"but", "which"), eight words at most. The claim it denies is the first content
word of that scope (adverbs in -ly skipped): "did not *demonstrate* a calm ...",
"has no *signs*"; a name only where the scope holds nothing else ("is not from
*Nextlevelism*"). A conflict is reported when the other sentence holds the same
word (same lemma) outside any negation scope, next to the same context, or where
the rest of the two sentences differs, in a clause whose own arguments agree
(clause_frame.py); a WordNet synonym of the claim ("was not *chosen*" / "was
*selected*"), or a predicate of two words WordNet gives the same sense ("won't
*rise*" / "will *go up*"), a verb of "re-" and its verb with "again" ("will not
*reopen*" / "will *open* again"), or a light verb with the noun of its act and that
noun's verb ("did not *give its approval*" / "*approved*"), only in such a clause.
Where none of these is found, reworded_denials.py reads the verb of the other sentence
that stands where the denied one stands, with the same arguments, as its claim unless
the two are opposed ("failed to *reach*" / "*made it onto*": reworded_predicates.py),
through the gates here (``reframed_claim``). A
refusal of permission ("was *refused permission to* dock") denies the act a permitting
verb allows ("*allowed* the ship to dock"), not one somebody agreed to do. An
infinitive asserts its act under a verb the denying sentence says too, as a verb or
its noun ("*intended* to sell" / "had no *intention* of selling"). A negator right
before a cue of several words cancels it ("have not ruled out", "did not fail to"),
and a claim reported as someone's claim or allegation asserts nothing.

A verb of denial governs what follows it: a clause ("*denied that* it had used fur")
or a gerund ("*denied taking* money"); so does a verb of avoidance ("*avoided paying*")
and one of prevention with its object ("*prevented the blaze from* spreading";
implicatives.py). A cue followed by a word of time denies a time, not an act ("but
*not before* two men boarded"), and one whose clause goes on with "until" ("did not
arrive *until* noon") denies its act only against the act said to last until a time.

Where the other sentence grants a denied clause with the opposite verb of saying
("*admitted that* fur had gone into"), the two verbs are what differ, however the two
clauses are worded. Where "no" denies a thing the other sentence counts ("*No*
inmates escaped" / "*Several* inmates escaped"), the count is part of what differs.

A compound in "-free" denies its first part without a cue: "a *smoke-free* city"
says what "no smoke" does, so a sentence holding it never affirms that part.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from tui.engine.findings.contradiction.asserting_words import asserting_word
from tui.engine.findings.contradiction.clause_frame import CLAUSE_WORDS, frames_agree, opens_clause
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.facts import facts_of
from tui.engine.findings.contradiction.implicatives import (
    GERUND_DENIALS,
    PREVENTIONS,
    denies_a_time,
    denies_an_act,
    limited,
    limited_later,
    prevention_length,
    prevention_scope_end,
    verb_cue,
)
from tui.engine.findings.contradiction.joined_clauses import part_agreement
from tui.engine.findings.contradiction.negative_subjects import (
    PRONOUN_CUES,
    NegativeSubject,
    negative_subject,
)
from tui.engine.findings.contradiction.outcome_verbs import GRANT, REFUSE, verbs_of
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.predicates import (
    agree_in_meaning,
    has_senses,
    implies_act,
    phrasal_predicate,
)
from tui.engine.findings.contradiction.qualifiers import qualified_apart
from tui.engine.findings.contradiction.quotations import quoted_spans
from tui.engine.findings.contradiction.reworded_predicates import reworded_predicate
from tui.engine.findings.contradiction.slots import says
from tui.engine.findings.contradiction.voice import BE
from tui.engine.findings.contradiction.wordlists import (
    Phrase,
    antonyms,
    lemma_key,
    negation_cues,
)
from tui.engine.findings.contradiction.words import (
    AUXILIARIES,
    Word,
    agreement,
    clause_break,
    content_lemmas,
    sentence_norms,
    sentence_words,
    shared_in_meaning,
    with_auxiliary,
)
from tui.engine.people.lexicon import places
from tui.engine.segment import Sentence

MAX_SCOPE = 8
"""Words a cue negates at most."""
HEADS = 2
"""Content words of a scope that may be the negated claim (see ``Negation.heads``)."""
LIST_REACH = 3
"""A word this close after a cue, even past a comma, may still be negated by it."""
MIN_AGREEMENT = 0.35
"""Least overlap of the rest of the two sentences (content lemmas) for a conflict."""
CLOSE_AGREEMENT = 0.5
"""Overlap above which the words right around the claim need not match as well."""
CONTEXT = 4
"""Words either side of a claim that make its local context."""
TITLE_WORDS = 3
TITLE_SHARE = 0.6
"""A sentence of at least TITLE_WORDS words after the first, this share capitalised,
is a title-case headline."""


_NOT_ADVERBS = frozenset(
    "ally rally tally rely fly family assembly anomaly monopoly italy july early likely "
    "unlikely daily weekly monthly yearly costly friendly elderly holy ugly only".split()
)
_CONDITIONS = frozenset(
    "if unless whether speculate speculated speculation rumored rumoured rumor rumour "
    "claim claims allegation allegations accusation accusations".split()
)
"""Words that make a clause a supposition rather than a claim ("denied *claims* that
Britain had reneged" asserts no reneging)."""
_NEGATORS = frozenset(("not", "never", "cannot"))
IMPLICATIVES = frozenset("agree decide vote manage opt choose consent".split())
"""Verbs whose infinitive is the act committed to or done ("*agreed* to withdraw",
"*managed* to escape"), unlike "tried to", "hoped to": what a refusal or a failure
("refused to withdraw", "failed to escape") denies."""
INTENTS = frozenset(
    "plan intend expect due set schedule pledge vow promise threaten aim prepare ready"
    " willing".split()
)
"""Words that put an act ahead as intended, scheduled or agreed to ("*plans to* appeal",
"is *due to* appear", "is *ready to* reopen talks"): a future negation of the act ("will
not appeal") denies it, a negation in the past ("did not appeal") speaks of another
time."""
_FUTURE_AUXILIARIES = frozenset(("will", "would"))
_FUTURE_CUES = frozenset(("won't", "wont", "wouldn't", "wouldnt"))
DETERMINER_CUES = frozenset("no none nobody nothing without".split())
_NOMINAL_ENDINGS = ("ing", "ings", "ion", "ions", "ment", "ments")
_RELATIVES = frozenset("who which that".split())
_OBJECT_CUES = frozenset("no nothing none nobody".split())
_FREE_OF = "-free"
"""The ending of a compound that denies its first part ("smoke-free", "tax-free")."""


@dataclass(frozen=True, slots=True)
class Negation:
    cue: int
    """Index of the cue's first word."""
    heads: tuple[int, ...]
    """Indexes of the first content words in scope (adverbs skipped): the negated claim,
    and (after "no", "without"...) a fallback when the first is ambiguous: "no
    *motorcycle* rider ... on a motorcycle" falls back to "rider"."""
    scope: range
    until: bool = False
    """Whether the cue's clause goes on with "until" ("did not arrive *until* noon"): it
    denies the act only against the act said to last until a time (implicatives.py)."""
    object_only: bool = False
    """Whether the cue is a pronoun a verb takes as its object and its heads only
    qualify it ("found *nothing* inside the *wreck*"): what it denies is the verb's
    object, which no noun of the other sentence affirms (``_object_pronoun``)."""


def negations(words: Sequence[Word]) -> list[Negation]:
    headline = is_title_case(words)
    found = []
    for cue, after in _cues(words):
        # "nobody who pressured anyone": a relative clause belongs to the negated pronoun
        relative_ok = words[cue].norm in PRONOUN_CUES
        scope_end = after
        while (
            scope_end < len(words)
            and scope_end - after < MAX_SCOPE
            and not (scope_end > after and words[scope_end].break_before)
            and not (scope_end > after and opens_clause(words, scope_end))
            and (
                words[scope_end].norm not in CLAUSE_WORDS
                or (relative_ok and words[scope_end].norm in _RELATIVES)
            )
        ):
            scope_end += 1
        candidates = [
            k
            for k in range(after, scope_end)
            if words[k].is_content and not _is_adverb(words[k].norm) and not _future(words, k)
        ]
        heads = tuple(
            k
            for k in candidates
            if not (words[k].capitalised_inside and not headline and not _nation(words[k]))
        )[:HEADS]
        if not heads:  # a scope of names only: "is not from *Nextlevelism*"
            heads = tuple(candidates[:1])
        if words[cue].norm in PREVENTIONS:
            scope_end = prevention_scope_end(words, after, scope_end)
        if heads and not words[after].break_before and not denies_a_time(words, after):
            until = limited_later(words, scope_end)
            object_only = _object_pronoun(words, cue, after)
            if object_only and heads[0] == after:  # "found nothing *unusual*"
                heads, object_only = heads[:1], False
            found.append(Negation(cue, heads, range(cue, scope_end), until, object_only))
    return found


def _object_pronoun(words: Sequence[Word], cue: int, after: int) -> bool:
    """Whether the pronoun cue at ``cue`` ("nothing", "nobody") is the object of the
    content word right before it, no auxiliary after it ("*found nothing* inside",
    not "said nobody *was* hurt"). Only a word right after it ("found nothing
    *unusual*") then says what is denied; nouns further on qualify it."""
    return (
        words[cue].norm in PRONOUN_CUES
        and cue > 0
        and words[cue - 1].is_content
        and not words[cue].break_before
        and after < len(words)
        and words[after].norm not in AUXILIARIES
    )


def _nation(word: Word) -> bool:
    """A country or its people named in one word ("is not *American*"): a capital
    that names no person, so it may be the claim a cue denies."""
    return places().country_of(word.text) is not None


def is_title_case(words: Sequence[Word]) -> bool:
    """A headline in title case ("I'm Not Going To Pay"): most words capitalised, so a
    capital says nothing of a name and every word may be the negated claim."""
    inside = [w for w in words[1:] if w.text[:1].isalpha()]
    capitals = sum(1 for w in inside if w.capitalised_inside)
    return len(inside) >= TITLE_WORDS and capitals >= TITLE_SHARE * len(inside)


def _future(words: Sequence[Word], k: int) -> bool:
    """ "going" of "not going to pay": a future, the claim is the verb after it."""
    return words[k].norm == "going" and k + 1 < len(words) and words[k + 1].norm == "to"


def _is_adverb(norm: str) -> bool:
    """ "directly", "fully": skipped when looking for the negated claim."""
    return norm.endswith("ly") and not norm.endswith("ply") and norm not in _NOT_ADVERBS


def _cues(words: Sequence[Word]) -> list[tuple[int, int]]:
    """(first index, index after the cue) of every negation cue."""
    cues, exceptions = _by_first_word()
    norms = list(map(_NORM, words))
    starts = _cue_or_exception_starts()
    # a cue or an exception can only start at a word a cue or an exception starts with
    places = [i for i, norm in enumerate(norms) if norm in starts or norm.endswith("n't")]
    if not places:
        return []
    excused: set[int] = set()
    for i in places:
        for exception in exceptions.get(norms[i], ()):
            if tuple(norms[i : i + len(exception)]) == exception:
                excused.update(range(i, i + len(exception)))
    found = []
    after = 0
    for i in places:
        if i < after or i in excused:
            continue
        norm = norms[i]
        length = next(
            (len(c) for c in cues.get(norm, ()) if tuple(norms[i : i + len(c)]) == c),
            1 if norm.endswith("n't") or norm == "cannot" or denies_an_act(norms, i) else 0,
        ) or (_denied_report(norms, i) or prevention_length(words, i))
        if length and not _is_number_sign(words, i):
            found.append((i, i + length))
            after = i + length
    return _without_double_negations(found, norms)


DENIAL_VERBS = frozenset(
    "deny denies denied denying dismiss dismisses dismissed dismissing reject rejects "
    "rejected rejecting refute refutes refuted refuting rebut rebuts rebutted "
    "rebutting".split()
)
"""Verbs that deny what a report they govern says ("*dismissed* reports that ...")."""
REPORT_NOUNS = frozenset(
    "report reports claim claims suggestion suggestions rumour rumours rumor rumors "
    "speculation allegation allegations talk".split()
)
"""Nouns of a report whose content follows in a clause or after "of"."""
_REPORTED = frozenset(("that", "of"))
REPORT_MODIFIERS = 1
"""Words that may stand between the verb and the report ("denied *press* reports")."""


def _denied_report(norms: Sequence[str], i: int) -> int:
    """The length of a denial of a report at word ``i`` ("*denied reports that* it would
    close", "*dismissing talk of* a merger"), up to the word that opens its content, or
    0: the report's content is asserted with the other polarity, as after "denied
    that", so it is in the cue's scope."""
    if norms[i] not in DENIAL_VERBS:
        return 0
    for noun in range(i + 1, min(i + 2 + REPORT_MODIFIERS, len(norms) - 1)):
        if norms[noun] in REPORT_NOUNS:
            return noun + 2 - i if norms[noun + 1] in _REPORTED else 0
    return 0


def _gerund_denied(words: Sequence[Word], cue: int) -> bool:
    """``denies_an_act`` of the words at ``cue``."""
    return denies_an_act([w.norm for w in words[cue : cue + 2]], 0)


def _without_double_negations(
    found: list[tuple[int, int]], norms: list[str]
) -> list[tuple[int, int]]:
    """The cues but a negator right before a cue of several words or a verb of denial,
    avoidance or prevention, and that cue: "have *not ruled out* the possibility", "did
    *not fail to* act", "have *not avoided* calling" affirm what they deny twice."""
    cancelled: set[int] = set()
    for (first, after), (second, end) in itertools.pairwise(found):
        several = end - second > 1 or verb_cue(norms[second])
        if second == after and several and _negator(norms[first]) and after - first == 1:
            cancelled.update((first, second))
    return [cue for cue in found if cue[0] not in cancelled]


def _negator(norm: str) -> bool:
    """ "not", "never", "cannot" or a word in "n't"."""
    return norm in _NEGATORS or norm.endswith("n't")


_NORM = attrgetter("norm")


@lru_cache(maxsize=1)
def _by_first_word() -> tuple[dict[str, list[tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]:
    """Cues and exceptions by their first word, longest first."""
    tables: tuple[dict[str, list[tuple[str, ...]]], ...] = ({}, {})
    for table, runs in zip(tables, negation_cues(), strict=True):
        for run in sorted(runs, key=len, reverse=True):
            table.setdefault(run[0], []).append(run)
    return tables[0], tables[1]


def _is_number_sign(words: Sequence[Word], i: int) -> bool:
    """ "No. 2": an abbreviation of "number", not a negation."""
    return words[i].text == "No" and i + 1 < len(words) and words[i + 1].norm[:1].isdigit()


def negation_conflicts(pair: SentencePair) -> list[Conflict]:
    """Claims negated on one side and affirmed on the other, both directions."""
    if not (may_negate(pair.left) or may_negate(pair.right)):
        return []
    left, right = polarity(pair.left), polarity(pair.right)
    found = _all_against(left, right)
    found += [(other, span, score) for span, other, score in _all_against(right, left)]
    return [
        Conflict(
            "negation",
            left_span,
            right_span,
            pair.contrast("polarity differs", left_span, right_span),
            score,
        )
        for left_span, right_span, score in found
    ]


def may_negate(sentence: Sentence) -> bool:
    """Whether a sentence holds a word a negation cue starts with (a quick test that
    spares cutting sentences without one into words)."""
    norms = sentence_norms(sentence)
    if not norms.isdisjoint(_cue_starts()):
        return True
    return "n't" in "".join(norms) and any(norm.endswith("n't") for norm in norms)


@lru_cache(maxsize=1)
def _cue_starts() -> frozenset[str]:
    """Every word a cue starts with, "cannot" and the verbs that deny a report included
    (``_cues``)."""
    return frozenset([*_by_first_word()[0], "cannot", *DENIAL_VERBS, *GERUND_DENIALS, *PREVENTIONS])


@lru_cache(maxsize=1)
def _cue_or_exception_starts() -> frozenset[str]:
    """Every word a cue or an exception to one starts with, "cannot" included."""
    return _cue_starts() | _by_first_word()[1].keys()


def _all_against(
    negated: Polarity, affirmed: Polarity
) -> list[tuple[tuple[int, int], tuple[int, int], float]]:
    return [c for n in negated.negations if (c := _against(n, negated, affirmed)) is not None]


def reframed_claim(negation: Negation, negated: Polarity, affirmed: Polarity) -> DenialSpans | None:
    """The conflict between ``negation`` and the ``affirmed`` sentence where its claim is
    found there by its frame alone, in a verb no lexicon ties to the denied one
    (reworded_predicates.py; reworded_denials.py runs it), else None."""
    return _against(negation, negated, affirmed, reframe=True)


def reads_claim(negation: Negation, negated: Polarity, affirmed: Polarity) -> bool:
    """Whether this detector finds the claim ``negation`` denies affirmed in the other
    sentence (reported_denials.py leaves such a cue to it: one disagreement, one
    finding)."""
    return _against(negation, negated, affirmed) is not None


@dataclass(frozen=True)
class Polarity:
    """One sentence's words with its negations worked out once."""

    words: tuple[Word, ...]
    negations: tuple[Negation, ...]
    negated: frozenset[int]
    """Indexes of every word a cue negates: its scope, and the verb before a negative
    object ("gave *no* details" says that nothing was given)."""
    free_of: frozenset[str]
    """Lemmas the sentence denies in a "-free" compound ("smoke-free": smoke)."""
    quoted: tuple[tuple[int, int], ...]
    """The sentence's quoted passages (quotations.py)."""

    def in_quotation(self, k: int) -> bool:
        """Whether word ``k`` stands inside a quoted passage."""
        start = self.words[k].start
        return any(first <= start < last for first, last in self.quoted)

    @property
    def unusable(self) -> frozenset[int]:
        """Indexes of the words that affirm nothing: negated or quoted."""
        quoted = (k for k in range(len(self.words)) if self.in_quotation(k))
        return self.negated.union(quoted)


def polarity(sentence: Sentence) -> Polarity:
    facts = facts_of(sentence)
    found = facts.polarity
    if found is None:
        found = facts.polarity = _read_polarity(sentence)
    return found


DenialSpans = tuple[tuple[int, int], tuple[int, int], float]
"""The denying span, the affirming span and the score of one denial read against an
affirmation in other words."""


def denied_either_way(
    pair: SentencePair,
    may_deny: Callable[[Sentence, Sentence], bool],
    against: Callable[[Polarity, Polarity], DenialSpans | None],
) -> list[Conflict]:
    """Negation conflicts of a reading that denies on one side what the other affirms in
    words of its own (failed_acts.py, ruled_out_plans.py), tried with each sentence as
    the denying one. ``may_deny(denying, affirming)`` is the cheap test that spares the
    common pair being cut into words."""
    found = []
    for denying, affirming, flip in _either_way(pair):
        if not may_deny(denying, affirming):
            continue
        spans = against(polarity(denying), polarity(affirming))
        if spans is not None:
            found.append(_denial(pair, spans, flip))
    return found


def cues_denied_either_way(
    pair: SentencePair, read: Callable[[Negation, Polarity, Polarity], DenialSpans | None]
) -> list[Conflict]:
    """Negation conflicts of a reading of each denial cue of one side against the other
    sentence (reported_denials.py, reworded_denials.py), tried with each sentence as the
    denying one: ``read(cue, denying, affirming)``."""
    found = []
    for denying, affirming, flip in _either_way(pair):
        if not may_negate(denying):
            continue
        negated, affirmed = polarity(denying), polarity(affirming)
        for negation in negated.negations:
            spans = read(negation, negated, affirmed)
            if spans is not None:
                found.append(_denial(pair, spans, flip))
    return found


def _either_way(pair: SentencePair) -> tuple[tuple[Sentence, Sentence, bool], ...]:
    """(denying, affirming, whether the denying one is the right) for both directions."""
    return ((pair.left, pair.right, False), (pair.right, pair.left, True))


def _denial(pair: SentencePair, spans: DenialSpans, flip: bool) -> Conflict:
    """The negation conflict of one denial read against an affirmation, its spans put
    on the sides they stand on."""
    denied, affirmed, score = spans
    left, right = (affirmed, denied) if flip else (denied, affirmed)
    return Conflict("negation", left, right, pair.contrast("polarity differs", left, right), score)


def _read_polarity(sentence: Sentence) -> Polarity:
    words = sentence_words(sentence)
    found = negations(words)
    free_of = frozenset(
        lemma_key(w.norm[: -len(_FREE_OF)]) for w in words if w.norm.endswith(_FREE_OF)
    )
    positions = frozenset(_positions(words, found))
    return Polarity(words, tuple(found), positions, free_of, quoted_spans(sentence))


def _positions(words: Sequence[Word], found: list[Negation]) -> set[int]:
    positions: set[int] = set()
    for negation in found:
        positions.update(negation.scope)
        if negation.cue and words[negation.cue].norm in _OBJECT_CUES:
            positions.add(negation.cue - 1)
    return positions


def _against(
    negation: Negation, negated: Polarity, affirmed: Polarity, reframe: bool = False
) -> tuple[tuple[int, int], tuple[int, int], float] | None:
    """(negated span, affirmed span, score) of the conflict between ``negation`` and
    the ``affirmed`` sentence, if there is one; with ``reframe``, only where the claim
    is found by its frame alone (reworded_predicates.py), else never so.

    The claim is the first head that the negated sentence does not also affirm
    elsewhere and the affirmed sentence holds ("no *man* running" / "three men
    running" falls back to "running"); the affirmed sentence must hold it outside
    any negation, in a clause that asserts it, with enough of the rest of the two
    sentences in common."""
    words = negated.words
    if negation.object_only:
        return None
    answered = _answered_denial(negation, negated, affirmed)
    if answered is not None:
        return None if reframe else answered
    heads = negation.heads if words[negation.cue].norm in DETERMINER_CUES else negation.heads[:1]
    if any(words[h].lemma in affirmed.free_of for h in heads):
        return None  # "no smoke" / "smoke-free": the same denial
    held = {w.lemma for w in affirmed.words}
    head = next(
        (
            h
            for h in heads
            if all(k in negated.negated for k, w in enumerate(words) if _same_claim(words[h], w))
            and (words[h].lemma in held or h == heads[-1])
            and (h == heads[0] or not words[h].capitalised_inside)
        ),
        None,
    )
    if head is None:
        return None
    if words[negation.cue].norm == "no" and _predicate_unsaid(words, head, affirmed.words, held):
        return None
    one_word = _one_word_cue(words, negation.cue)
    subject = negative_subject(words, negation.cue, one_word)
    if subject is not None and not _subject_act_said(words, subject, affirmed, held):
        return None
    matches = [k for k, w in enumerate(affirmed.words) if w.lemma == words[head].lemma]
    reworded = not matches and words[head].lemma not in held
    if reframe and (not reworded or words[negation.cue].norm in DETERMINER_CUES):
        return None
    ends: dict[int, int] = {}
    claim_end = head
    if reworded:
        ends = _synonyms(words, head, affirmed.words)
        if reframe and ends:
            ends = {}  # a word of the claim is read: not by its frame alone
        elif reframe:
            denial = (negation.cue, head)
            ends = reworded_predicate(words, denial, affirmed.words, affirmed.unusable)
        matches = list(ends)
        if phrasal_predicate(words, head) is not None:
            claim_end = head + 1  # "did not *call off*": the particle is the claim's
        if (noun := light_object(words, head)) is not None and ends:
            claim_end = noun  # "did not *give its approval*"
    if not matches or any(k in affirmed.negated for k in matches):
        return None
    if any(0 < k - n.cue <= LIST_REACH for k in matches for n in affirmed.negations):
        return None  # "aren't combined, written out": a list the cue still covers
    near_negated = _context(words, negation.cue, head)

    def shared_context(m: int) -> int:
        return len(near_negated & _context(affirmed.words, m, ends.get(m, m)))

    k = max(matches, key=shared_context)
    last = ends.get(k, k)
    if _no_longer(words, negation.cue) and _ceased(affirmed.words, k):
        return None  # "no longer stops there" / "has stopped calling there": one fact
    infinitive = k > 0 and affirmed.words[k - 1].norm == "to"
    rest = max(
        agreement(
            content_lemmas(words, range(negation.cue, head + 1)),
            content_lemmas(affirmed.words, range(k, last + 1)),
        ),
        part_agreement(words, (negation.cue, head), affirmed.words, (k, last)),
    )
    # a negative subject's act said of the same things is the claim's own context
    near = bool(near_negated & _context(affirmed.words, k, last)) or subject is not None
    future = future_negation(words, negation.cue)
    giver = _permitting(affirmed.words, k) if infinitive else None
    if _denies_permission(words, negation) and infinitive and giver is None:
        return None  # "refused permission to film" / "agreed to film": another's act
    licensed = giver is not None and _denies_permission(words, negation)
    same_footing = words[head - 1].norm == "to" or (
        k >= 2 and _governor_said(affirmed.words, k, words[negation.cue : head])
    )
    if not licensed and not same_footing and _unasserted(affirmed.words, k, future):
        # "a request to send figures", "the agreed time to return": an infinitive no
        # verb commits to asserts no act, however much the rest of the sentences agree,
        # unless the denial is of an infinitive too ("his job is *not to* defeat her" /
        # "his job is to defeat her") or of its governor ("had no *intention* of
        # selling" / "*intended* to sell")
        return None
    sentences_agree = rest >= MIN_AGREEMENT and (near or rest >= CLOSE_AGREEMENT)
    if not (sentences_agree and not reworded) and (
        words[negation.cue].norm in DETERMINER_CUES
        or _graded(words, negation.cue, head)
        or negated.in_quotation(negation.cue)
        or affirmed.in_quotation(k)
        or not (reframe or frames_agree(words, (negation.cue, head), affirmed.words, (k, last)))
    ):
        # a synonym, or a claim the rest does not anchor: its clause must agree, and a
        # quoted clause says nothing of who spoke (two speakers may say opposite things)
        return None
    if hypothetical(words, negation.cue) or hypothetical(affirmed.words, k):
        return None
    if negation.until and not limited(affirmed.words, last):
        return None  # "did not arrive until noon" / "arrived at noon": the act was done
    if words[negation.cue].norm not in DETERMINER_CUES and qualified_apart(
        words, claim_end, negation.scope.stop, affirmed.words, last
    ):
        return None  # "did not arrive on time" / "arrived late": how, not whether
    if not licensed and _infinitive_of_other_verb(affirmed.words, k, words, future):
        return None
    start = giver if licensed and giver is not None else _claim_start(affirmed.words, k)
    if infinitive and start == k and k >= 2 and _governor_said(affirmed.words, k, words):
        start = k - 2  # "*intended to* sell" / "had no intention of selling"
    if words[negation.cue].norm in DETERMINER_CUES:
        start = _counted_from(affirmed.words, start, {w.norm for w in words})
        if words[negation.cue].norm in PRONOUN_CUES:
            start = _counted_subject(affirmed.words, start, {w.norm for w in words})
    granted = _possibility(affirmed, k, last) if words[negation.cue].norm in _RULING_OUT else None
    if granted is not None:
        if past_deliberation(affirmed.words, granted):
            return None  # "considered a run before opting against it": what a ruling out ends
        start = last = granted
    cue_words = tuple(w.norm for w in words[negation.cue : negation.cue + 2])
    start, last = _with_asserting_word(cue_words, affirmed, start, last)
    if words[negation.cue].norm == "no" and one_word:
        claim_end, start, last = _with_predicate(
            words, negation.cue, claim_end, affirmed, start, last
        )
    score = round(min(0.95, 0.6 + 0.35 * rest), 2)
    answer = _answering_verb(words, negation.cue, affirmed)
    if answer is not None:  # "*denied* that the bridge had closed" / "*confirmed* that ..."
        return (
            (words[with_auxiliary(words, negation.cue)].start, words[negation.cue].end),
            (
                affirmed.words[with_auxiliary(affirmed.words, answer)].start,
                affirmed.words[answer].end,
            ),
            score,
        )
    return (
        (words[with_auxiliary(words, negation.cue)].start, words[claim_end].end),
        (
            affirmed.words[with_auxiliary(affirmed.words, start)].start,
            affirmed.words[last].end,
        ),
        score,
    )


_CESSATION = ("stop",)
"""The verb whose WordNet senses (cease, quit, halt, discontinue...) end an act."""


def _no_longer(words: Sequence[Word], cue: int) -> bool:
    """Whether the cue at ``cue`` is "no longer": it says an act has ended."""
    return words[cue].norm == "no" and cue + 1 < len(words) and words[cue + 1].norm == "longer"


def _ceased(words: Sequence[Word], k: int) -> bool:
    """Whether the affirmed word at ``k`` is a verb of ending with its gerund ("has
    *stopped* calling", "*ceased* printing") or that gerund: it says what "no longer"
    says, that the act has ended."""
    pairs = ((k, k + 1), (k - 1, k))
    return any(
        0 <= verb
        and gerund < len(words)
        and words[gerund].norm.endswith("ing")
        and not words[gerund].break_before
        and (words[verb].lemma in _CESSATION or agree_in_meaning(_CESSATION, (words[verb].lemma,)))
        for verb, gerund in pairs
    )


def _with_asserting_word(
    cue: tuple[str, ...], affirmed: Polarity, start: int, last: int
) -> tuple[int, int]:
    """The affirmed span ``start``..``last`` widened to the word that asserts the
    opposite of the cue (asserting_words.py: "*regularly* sells" against "never"):
    to take it in where it stands within ``ASSERTING_REACH`` words of the claim, or
    that word alone where it stands further away ("the workers ... had *all* been")."""
    k = asserting_word(cue, affirmed.words, start, last, affirmed.negated)
    if k is None:
        return start, last
    if start - ASSERTING_REACH <= k < start:
        return k, last
    if last < k <= last + ASSERTING_REACH:
        return start, k
    return k, k


ASSERTING_REACH = 3
"""Words between the claim and the word asserting the opposite within which a span
takes in both."""


def _with_predicate(
    words: Sequence[Word], cue: int, claim_end: int, affirmed: Polarity, start: int, last: int
) -> tuple[int, int, int]:
    """The two spans of a thing "no" denies widened to the verb that says what of it:
    "found no trace" denies a finding, so against "*Traces* of listeria were found"
    the words that differ are "no trace" and "Traces of listeria were found", not the
    noun alone, which both sentences name; "*No buyer* has yet been *found*" against
    "*has found* a buyer". Only where the other sentence holds that verb (same lemma)
    outside any negation, in the claim's clause within ``PREDICATE_REACH`` words; else
    the spans as they were. A span opens with the cue, its noun or a verb's auxiliary,
    never a bare verb ("Tom Vale *faced* questions"), so the subject before it is still
    read (holders.py). Returns the negated span's last word and the affirmed span's
    first and last."""
    verb = _denied_predicate(words, cue, claim_end)
    if verb is None:
        return claim_end, start, last
    other = affirmed.words
    near = [
        j
        for j in range(max(0, start - PREDICATE_REACH), min(len(other), last + PREDICATE_REACH + 1))
        if other[j].lemma == words[verb].lemma
        and j not in affirmed.negated
        and not any(clause_break(other, b) for b in range(min(j, start) + 1, max(j, last) + 1))
    ]
    if not near:
        return claim_end, start, last
    j = min(near, key=lambda j: min(abs(j - start), abs(j - last)))
    if j < start and with_auxiliary(other, j) == j:
        return claim_end, start, last  # "Tom Vale *faced* questions": a bare verb
    return max(claim_end, verb), min(start, j), max(last, j)


PREDICATE_REACH = 8
"""Words between a noun and the verb of its clause, at most ("*Damage* to the Pottery
Lane kiln chimney *was found*")."""
_PREDICATE_FILLERS = frozenset((*AUXILIARIES, "yet", "ever", "also", "since", "being"))


def _one_word_cue(words: Sequence[Word], cue: int) -> bool:
    """Whether the cue at ``cue`` is its first word alone ("no", not "no longer")."""
    norms = tuple(w.norm for w in words[cue:])
    runs = _by_first_word()[0].get(words[cue].norm, ())
    return not any(len(run) > 1 and norms[: len(run)] == run for run in runs)


def _denied_predicate(words: Sequence[Word], cue: int, noun: int) -> int | None:
    """The verb whose object or subject "no" denies: the content word right before the
    cue ("*found* no trace"), or the first content word after the noun's auxiliaries
    ("no buyer has yet been *found*"); None when there is neither."""
    before = cue - 1
    if before >= 0 and words[before].is_content and not words[cue].break_before:
        return before
    k = noun + 1
    while k < len(words) and words[k].norm in _PREDICATE_FILLERS and not words[k].break_before:
        k += 1
    if k == noun + 1 or k >= len(words) or words[k].break_before or not words[k].is_content:
        return None
    return k


def _predicate_unsaid(
    words: Sequence[Word], head: int, affirmed: Sequence[Word], held: set[str]
) -> bool:
    """Whether the noun "no" denies is the subject of a predicate the other sentence does
    not say: "no *books* were *damaged*" denies damage, not books, so "left the book
    collection untouched" holds no claim against it, while "two books were damaged" (the
    predicate said) or "there were no books" (no predicate) stays a claim of the noun.
    Only "no": after "without" the predicate is the outer subject's ("a rider without a
    *helmet* is waiting")."""
    predicate = head + 2
    if predicate >= len(words) or words[head + 1].norm not in BE:
        return False
    if words[predicate].lemma in held:  # the other sentence's lemmas
        return False
    return not _synonyms(words, predicate, affirmed)


def _subject_act_said(
    words: Sequence[Word], subject: NegativeSubject, affirmed: Polarity, held: set[str]
) -> bool:
    """Whether the affirmed sentence says the act a negative subject denies, of the same
    thing (negative_subjects.py): one of the subject's nouns (or a WordNet synonym of
    one) and the verb (or a word that says its act, ``_synonyms``) outside a negation.
    "No *climbers* were hurt" / "two *skiers* were hurt" speak of others; "nobody was
    *evacuated* from the flats" / "residents were *moved out* of the flats" says
    nothing of an evacuation unless WordNet ties the verbs. Where the other side counts
    the same things ("*some of the* lanterns had landed"), the count is what differs,
    whatever verbs the two use."""
    if subject.nouns and not any(
        words[n].lemma in held or any(agree_in_meaning((words[n].lemma,), (h,)) for h in held)
        for n in subject.nouns
    ):
        return False
    nouns = {words[n].lemma for n in subject.nouns}
    counted = [k for k, w in enumerate(affirmed.words) if w.lemma in nouns]
    if any(_counted_from(affirmed.words, k, set()) < k for k in counted):
        return True  # "none of the lanterns" / "some of the lanterns": the count differs
    verb = words[subject.verb].lemma
    said = [k for k, w in enumerate(affirmed.words) if w.lemma == verb]
    said += list(_synonyms(words, subject.verb, affirmed.words))
    return any(k not in affirmed.negated for k in said)


def _answered_denial(
    negation: Negation, negated: Polarity, affirmed: Polarity
) -> tuple[tuple[int, int], tuple[int, int], float] | None:
    """A clause denied on one side ("*denied that* it had used rabbit fur") and granted
    on the other by the opposite verb of saying ("*admitted that* rabbit fur had gone
    into"): the two verbs disagree wherever the two clauses say the same in other
    words. The clauses after the two verbs must share at least ``MIN_CLAUSE_SHARED``
    content words (a WordNet synonym counted as the same word), ``MIN_AGREEMENT`` of
    them, and the rest of the two sentences agree as much."""
    words, other = negated.words, affirmed.words
    answer = _answering_verb(words, negation.cue, affirmed)
    if answer is None or hypothetical(words, negation.cue) or hypothetical(other, answer):
        return None
    if negated.in_quotation(negation.cue) or affirmed.in_quotation(answer):
        return None
    clause = negation.cue + (1 if _gerund_denied(words, negation.cue) else 2)
    denied = content_lemmas(words[clause:])
    speaker = _reporting_tail(other, answer)
    granted = content_lemmas(other[answer + 1 :] if speaker is None else other[:speaker])
    shared = shared_in_meaning(denied, granted)
    overlap = 2 * shared / (len(denied) + len(granted)) if denied and granted else 0.0
    before = agreement(content_lemmas(words[: negation.cue]), content_lemmas(other[:answer]))
    rest = agreement(
        content_lemmas(words, range(negation.cue, len(words))),
        content_lemmas(other, range(answer, len(other))),
    )
    if shared < MIN_CLAUSE_SHARED or overlap < MIN_AGREEMENT or max(before, rest) < MIN_AGREEMENT:
        return None
    return (
        (words[with_auxiliary(words, negation.cue)].start, words[negation.cue].end),
        (other[with_auxiliary(other, answer)].start, other[answer].end),
        round(min(0.95, 0.6 + 0.35 * overlap), 2),
    )


def _reporting_tail(words: Sequence[Word], verb: int) -> int | None:
    """Where the verb of saying at ``verb`` closes a sentence after what it reports ("A
    wolf got out of its pen, *the park confirmed*"), the index its clause starts at:
    what it grants is the clause before. None where words follow the verb in its
    clause, or where nothing stands before it."""
    after = verb + 1
    if after < len(words) and not clause_break(words, after):
        return None
    start = verb
    while start > 0 and not clause_break(words, start):
        start -= 1
    return start if start > 0 and verb - start <= SPEAKER_WORDS else None


SPEAKER_WORDS = 5
"""Words of the speaker before a closing verb of saying, at most ("the park's owners
said")."""
MIN_CLAUSE_SHARED = 2
"""Content words the denied clause and the granted one share at least."""


def _answering_verb(words: Sequence[Word], cue: int, affirmed: Polarity) -> int | None:
    """Where the cue is a verb of saying that denies a clause or an act ("*denied that*",
    "*denied* taking") and the affirmed sentence holds its opposite outside any
    negation ("*confirmed* that", antonym tables), the index of that opposite: the
    two words that disagree, rather than the claim both sentences state alike. A cue
    before an act ("failed to pass" / "passed") keeps the act in its span."""
    after = cue + 1
    if after >= len(words) or not (words[after].norm == "that" or _gerund_denied(words, cue)):
        return None
    if words[cue].norm in _NOT_VERBS or words[cue].norm.endswith("n't"):
        return None
    opposites = antonyms().get((words[cue].lemma,))
    if not opposites:
        return None
    return next(
        (
            k
            for k, w in enumerate(affirmed.words)
            if (w.lemma,) in opposites and k not in affirmed.negated and not w.capitalised_inside
        ),
        None,
    )


_NOT_VERBS = frozenset((*_NEGATORS, *DETERMINER_CUES, "neither", "nor", "no"))
"""Cues that are no verb: their opposites ("always" for "never") are no answer."""


def _synonyms(words: Sequence[Word], head: int, affirmed: Sequence[Word]) -> dict[int, int]:
    """The words of ``affirmed`` that say the negated claim in other words, as the index
    of the first mapped to the index of the last: a WordNet synonym of the head ("was
    not *chosen*" / "was *selected*"), or a predicate of two words that WordNet gives
    as one of its senses ("won't *rise*" / "will *go up*"), or a verb whose act is the
    claim's act too (``implies_act``: "never *acquired*" / "*bought*", "failed to
    *reach*" / "*got to*"), that the negated sentence does not hold itself. A head that
    starts a predicate of two words is read as that predicate ("did not *call off*" /
    "*cancelled*", "will not *take part*" / "will *participate*"), not as its first
    word; a verb of "re-" as its verb with "again" ("will not *reopen*" / "will *open*
    its doors *again*"); a light verb with the noun of its act as that noun's verb ("did
    not *give its approval*" / "*approved*", ``light_object``). Verbs of saying are left
    out: every
    report holds one, and "tell" of "unable to *tell* right from wrong" is no saying."""
    own = {w.lemma for w in words}
    claim = phrasal_predicate(words, head) or (words[head].lemma,)
    if says(claim[0]):
        return {}
    noun = light_object(words, head)
    found = {}
    for k, w in enumerate(affirmed):
        if noun is not None and w.is_content and _verb_of_noun(words[noun], w):
            found[k] = k  # "did not give its *approval*" / "*approved*"
            continue
        if w.capitalised_inside or w.lemma in own or says(w.lemma) or not w.norm.isalpha():
            continue
        if w.is_content and _names_claim(claim, (w.lemma,), w):
            found[k] = k
        elif w.is_content and (again := _done_again(claim, affirmed, k)) is not None:
            found[k] = again
        elif k + 1 < len(affirmed) and not affirmed[k + 1].break_before:
            # a light verb names an act only with its particle ("*got to*" the summit)
            if _names_claim(claim, (w.lemma, affirmed[k + 1].lemma), w):
                found[k] = k + 1
    return found


LIGHT_VERBS = frozenset(map(lemma_key, "make give take reach pay".split()))
"""Verbs whose object noun names the act ("*give* approval", "*reach* an agreement",
"*make* a payment"): the verb of that noun says what the two words say ("approved")."""
_OBJECT_FILLERS = frozenset("a an the its their his her any final formal".split())
"""Words between a light verb and its noun ("reached *a final* agreement")."""


def light_object(words: Sequence[Word], head: int) -> int | None:
    """The index of the noun a light verb at ``head`` takes as its act ("did not *give
    its approval*"), within its clause; None where ``head`` is no light verb or no noun
    made from a verb follows it. (A passive verb's agent, "was not destroyed *by the
    explosion*", is no such noun: the verb is what is denied.)"""
    if words[head].lemma not in LIGHT_VERBS:
        return None
    k = head + 1
    while k < len(words) and words[k].norm in _OBJECT_FILLERS and not words[k].break_before:
        k += 1
    if k >= len(words) or words[k].break_before or not words[k].is_content:
        return None
    return k if words[k].norm.endswith(ACT_NOUN_ENDINGS) else None


ACT_NOUN_ENDINGS = ("al", "ion", "ment", "ance", "ence", "sion")
"""Endings of a noun made from a verb ("approv*al*", "decis*ion*", "pay*ment*")."""


def _verb_of_noun(noun: Word, verb: Word) -> bool:
    """Whether ``verb`` is a verb form (not the noun again) of the act ``noun`` names: its
    lemma key, or a WordNet synonym or derived form of it ("approval" / "approved"). A
    verb of saying is left out ("made no *statement*" / "*stated* that ...": what was
    said is the claim)."""
    if verb.norm.endswith(ACT_NOUN_ENDINGS) or verb.norm == noun.norm or says(verb.lemma):
        return False
    return verb.lemma == noun.lemma or agree_in_meaning((noun.lemma,), (verb.lemma,))


def _done_again(claim: Phrase, words: Sequence[Word], k: int) -> int | None:
    """Where the claim is a verb of "re-" ("will not *reopen*") and word ``k`` is that
    verb without it with "again" later in its clause ("will *open* its doors *again*"),
    the index of "again": the two say one act. None otherwise, and where the verb of
    "re-" is a word of other senses ("resign", "recover", "return"): WordNet must read
    it as its verb done again, or know no sense of its own ("reappoint")."""
    verb = (words[k].lemma,)
    if len(claim) != 1 or claim[0] != f"{_AGAIN_PREFIX}{verb[0]}":
        return None
    if has_senses(claim) and not implies_act(claim, verb):
        return None
    for j in range(k + 1, min(len(words), k + 1 + AGAIN_REACH)):
        if words[j].break_before:
            return None
        if words[j].norm == _AGAIN:
            return j
    return None


_AGAIN_PREFIX = "re"
_AGAIN = "again"
AGAIN_REACH = 5
"""Words after a verb within which its "again" is looked for ("open *its doors* again")."""


def _names_claim(claim: Phrase, affirmed: Phrase, verb: Word) -> bool:
    """Whether the affirmed predicate (its first word ``verb``) says the negated claim:
    in other words of the same sense, or as an act that is the claim's act too ("never
    *acquired*" / "*bought*"). A verb that answers a request ("was *granted*") implies
    the granting ("give"), not the act requested: refused_acts.py reads it."""
    if agree_in_meaning(claim, affirmed):
        return True
    return verb.norm not in _answering_forms() and implies_act(affirmed, claim)


@lru_cache(maxsize=1)
def _answering_forms() -> frozenset[str]:
    """Folded forms of the verbs that grant or refuse a request (outcome_verbs.py)."""
    return frozenset(verbs_of((REFUSE, GRANT)))


def _same_claim(head: Word, other: Word) -> bool:
    """Whether ``other`` states what ``head`` does: the same lemma, but not a noun made
    from it ("would not be *built* in ... buildings")."""
    if head.lemma != other.lemma:
        return False
    return other.norm == head.norm or not other.norm.endswith(_NOMINAL_ENDINGS)


def hypothetical(words: Sequence[Word], k: int) -> bool:
    """Word ``k`` sits in a conditional clause ("if they don't pass the bill"): no claim."""
    i = k
    while i > 0 and not words[i].break_before:
        i -= 1
        if words[i].norm in _CONDITIONS:
            return True
    return False


def _graded(words: Sequence[Word], cue: int, head: int) -> bool:
    """Whether an adverb stands between the cue and the claim: "was not *seriously*
    injured" denies a degree, which "suffered minor injuries" may agree with."""
    return any(_is_adverb(w.norm) for w in words[cue + 1 : head])


def _unasserted(affirmed: Sequence[Word], k: int, future: bool) -> bool:
    """Whether the affirmed word is an infinitive that asserts nothing ("a *request* to
    Lerner to *provide* information"): not under a verb that commits to the act, nor,
    against a ``future`` denial, one that puts it ahead (``_committed``)."""
    return k > 0 and affirmed[k - 1].norm == "to" and not _committed(affirmed, k, future)


def _committed(affirmed: Sequence[Word], k: int, future: bool) -> bool:
    """Whether the verb before "to" commits to the act ("*agreed* to withdraw"), or
    puts it ahead where the denial is a ``future`` one ("*plans to* appeal" / "will not
    appeal")."""
    if k < 2:
        return False
    governor = affirmed[k - 2].lemma
    return governor in _implicatives() or (future and governor in intents())


def _infinitive_of_other_verb(
    affirmed: Sequence[Word], k: int, negated: Sequence[Word], future: bool
) -> bool:
    """ "tries *to stay*" vs "failed to stay": the affirmed word is an infinitive under a
    verb the other sentence does not use, so it asserts nothing to deny; unless that
    verb commits to the act (``IMPLICATIVES``: "*agreed* to withdraw" / "refused to
    withdraw"), or puts it ahead where the denial is a ``future`` one ("*plans to*
    appeal" / "will not appeal"). A verb the other sentence says in a word of its own
    sense, its noun included ("*intended* to sell" / "had no *intention* of selling"),
    is a verb it uses."""
    if k == 0 or affirmed[k - 1].norm != "to" or _committed(affirmed, k, future):
        return False
    return k < 2 or not _governor_said(affirmed, k, negated)


def _governor_said(affirmed: Sequence[Word], k: int, negated: Sequence[Word]) -> bool:
    """Whether the verb before the "to" of the infinitive at ``k`` is said in the
    ``negated`` sentence too, in a content word of its sense ("*intended* to sell" /
    "had no *intention* of selling")."""
    governor = affirmed[k - 2].lemma
    return any(
        w.lemma == governor or (w.is_content and agree_in_meaning((governor,), (w.lemma,)))
        for w in negated
    )


def _denies_permission(words: Sequence[Word], negation: Negation) -> bool:
    """Whether the cue refuses or denies permission ("was *refused permission to*
    dock"): what it denies is that someone may act, which "*allowed* the ship to
    dock" affirms and "agreed to dock" does not."""
    after = negation.cue + 1
    return after < len(words) and words[after].norm == _PERMISSION


def _permitting(affirmed: Sequence[Word], k: int) -> int | None:
    """The index of the verb that permits the act of the infinitive at ``k`` ("*allowed*
    the rescue ship to dock", "was *given* permission to dock"), looked for up to
    PERMIT_REACH words back within the clause; None if there is none."""
    first = max(0, k - 2 - PERMIT_REACH)
    for i in range(k - 2, first - 1, -1):
        if affirmed[i + 1].break_before:
            return None
        if affirmed[i].norm == _PERMISSION:
            return i - 1 if i > 0 and affirmed[i - 1].is_content else i
        if affirmed[i].lemma in _permits():
            return i
    return None


_PERMISSION = "permission"
PERMIT_REACH = 6
"""Words between a permitting verb and the "to" of the act it permits, at most."""
PERMITS = frozenset("allow permit let authorize authorise license licence".split())
"""Verbs that give permission: what a refusal of permission denies."""


@lru_cache(maxsize=1)
def _permits() -> frozenset[str]:
    """Lemma keys of PERMITS."""
    return frozenset(map(lemma_key, PERMITS))


def future_negation(words: Sequence[Word], cue: int) -> bool:
    """Whether the cue at index ``cue`` denies a future act: "will not", "would not",
    "won't", "wouldn't"."""
    return words[cue].norm in _FUTURE_CUES or (
        cue > 0 and words[cue - 1].norm in _FUTURE_AUXILIARIES and not words[cue].break_before
    )


@lru_cache(maxsize=1)
def intents() -> frozenset[str]:
    """Lemma keys of INTENTS."""
    return frozenset(map(lemma_key, INTENTS))


_RULING_OUT = frozenset("rule rules ruled ruling".split())
"""First words of the cues that deny a possibility ("*ruled out* a rate cut")."""
POSSIBILITY = frozenset(
    map(lemma_key, "consider possible possibly possibility option weigh mull explore".split())
)
"""Words that grant a possibility ("a rate cut remains *possible*", "is *considering* a
rate cut"): what a ruling out denies, so the words that differ."""


def _possibility(affirmed: Polarity, first: int, last: int) -> int | None:
    """The index of the word of possibility nearest the claim at ``first``..``last`` in
    its clause, outside any negation; None when there is none (an act done is then
    what a ruling out denies)."""
    words = affirmed.words
    begin, end = first, last
    while begin > 0 and not words[begin].break_before:
        begin -= 1
    while end + 1 < len(words) and not words[end + 1].break_before:
        end += 1
    found = [
        k
        for k in range(begin, end + 1)
        if words[k].lemma in POSSIBILITY and k not in affirmed.negated
    ]
    return min(found, key=lambda k: min(abs(k - first), abs(k - last)), default=None)


_PRESENT_BE = frozenset("is are being".split())
"""Words before a past participle of deliberation that keep it current ("a rate cut *is
being* considered")."""


def past_deliberation(words: Sequence[Word], k: int) -> bool:
    """Whether the word of possibility at ``k`` is a deliberation told in the past
    ("Bloomberg *considered* a run before opting against it", "had *weighed* a cut"):
    a possibility once weighed is what a later ruling out ends, not a claim against it.
    "is being considered" and "is considering" stay current."""
    word = words[k]
    return word.norm.endswith("ed") and not (k and words[k - 1].norm in _PRESENT_BE)


COUNTS = frozenset(
    "several some many numerous multiple various few dozens hundreds thousands scores dozen "
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty".split()
)
"""Words that count what a noun names: where "no" denies a thing, the count the other
sentence gives it ("*No* boats sank" / "*Three* boats sank") is the word that differs."""
_IN_A_COUNT = frozenset("of the its their his her".split())
COUNT_REACH = 4
"""Words a count may stand before the noun it counts ("*several* of the 14 miners")."""


def _counted_from(words: Sequence[Word], k: int, other: set[str]) -> int:
    """Where the noun at ``k`` starts with the count before it ("*two* inmates",
    "*several* of the 14 miners"), else ``k``. A count the ``other`` sentence's words
    hold too ("kept two goats and no sheep" / "kept two sheep") is no word that
    differs."""
    start = k
    for i in range(k - 1, max(-1, k - 1 - COUNT_REACH), -1):
        if words[i + 1].break_before:
            break
        norm = words[i].norm
        if norm in COUNTS or norm[:1].isdigit():
            start = i if norm not in other else start
        elif norm not in _IN_A_COUNT and not words[i].is_content:
            break
    return start


def _counted_subject(words: Sequence[Word], k: int, other: set[str]) -> int:
    """Where the counted subject of the verb at ``k`` starts ("*Several workers* were
    inside" against "Nobody was inside": a pronoun cue denies the subject, so the
    count the other sentence gives it is the word that differs), else ``k``. The
    subject stands right before the verb's auxiliaries and holds a count
    (``_counted_from``)."""
    i = k
    while i > 0 and words[i - 1].norm in AUXILIARIES and not words[i].break_before:
        i -= 1
    if i == k or i == 0 or words[i].break_before or not words[i - 1].is_content:
        return k
    start = _counted_from(words, i - 1, other)
    return start if start < i - 1 else k


def _claim_start(words: Sequence[Word], k: int) -> int:
    """Where an affirmed claim starts: at the committing verb of "*agreed to*
    withdraw" (the words a refusal is set against) or the "going" of a future ("is
    *going to* win", as "is not going to win" is denied), else at the claim itself."""
    if k >= 2 and words[k - 1].norm == "to" and words[k - 2].lemma in _implicatives():
        return k - 2
    if k >= 2 and _future(words, k - 2):
        return k - 2
    return k


@lru_cache(maxsize=1)
def _implicatives() -> frozenset[str]:
    """Lemma keys of IMPLICATIVES."""
    return frozenset(map(lemma_key, IMPLICATIVES))


def _context(words: Sequence[Word], first: int, last: int) -> set[str]:
    """Content lemmas just before ``first`` and just after ``last``."""
    window = [*words[max(0, first - CONTEXT) : first], *words[last + 1 : last + 1 + CONTEXT]]
    return {w.lemma for w in window if w.is_content}
