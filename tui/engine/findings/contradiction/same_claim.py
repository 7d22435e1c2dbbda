"""Gates: a proposed contradiction is kept only when both sentences make the same claim.

Detectors propose a conflict where two aligned sentences differ in a number, a date,
a negation or an opposite word. Between independent reports of one event most such
differences are not contradictions: the sentences speak of two different events, one
reports a plan and the other what happened, or they state one fact in opposite words.
Each gate here reads both sentences and refuses a proposal of that kind:

- ``different_events``: the sentences date their events differently ("met Sunday" /
  "Thursday's meeting"), so a count or a polarity of one is not the other's;
- ``other_predicate``: a date of a different event ("apologized Friday" / "resigned
  Monday"): no verb next to one date agrees in meaning with one next to the other;
- ``one_night``: two dates whose weekdays differ but whose moments of the week overlap
  ("late on Saturday night" / "in the early hours of Sunday": week_moments.py);
- ``denied_event``: a date one side gives to an event the other says did not happen
  then ("signed in 2018" / "did not sign in 2014");
- ``unequal_modality``: one side asserts, the other speaks of a plan, vow, hope,
  effort, possibility or condition ("vowed to stay" / "left", "the *House* committee
  is preparing to issue subpoenas" / "the *Senate* committee subpoenaed"); but a plan denied in
  the future ("plans to appeal" / "will not appeal") and a denied ability ("could not
  confirm" / "confirmed") are the same claim;
- ``reversed``: an opposite under a reversal verb on one side only ("lifted a ban" /
  "allowed"), a double negative that agrees;
- ``crosswise``: each sentence holds both opposites ("exports rose while imports fell"
  / "imports declined and exports increased"): two subjects;
- ``implied_negation``: the affirmed side of a negation holds the claim under a
  negative-implicative verb ("vow to *block* legislation" / "no legislation"): both
  sides state the same polarity;
- ``other_holders``: a negation whose sides name different people as its subject or
  as who says or promises it ("*Clinton* suffered no consequences" / "only *Flynn*
  faced consequences"): two people's claims (holders.py);
- ``denied_otherwise``: the side without a cue in its slot denies the claim in
  other words ("went *unpenalised*" / "went without penalty", "decided *against*
  pursuing" / "decided not to pursue"): two denials (other_negatives.py);
- ``not_yet``: "had not yet revealed" / "would reveal later": denied so far, due later;
- ``first_since``: "its first title since 1998" / "had not won the title since 1998":
  the first time since a point says that it had not happened since then;
- ``other_remarks`` (quote.py): a negation or opposite inside two quotations that are
  not one remark: two things said ("There is no emergency," one said / "We will have
  an emergency," another said), not one claim told two ways;
- ``contrast``: "respect, not a spot at a bar": a negated noun phrase in contrast
  with what comes before it, whose claim is the predicate, not the noun;
- ``relative_ordinal``: "the first black senator since Brooke" / "the second, after
  Brooke": an ordinal counted from another event;
- ``other_scope``: numbers counted over different populations ("a poll ... in
  Florida" / "a national poll"): each side names a scope and the scopes share none;
- ``other_measure``: shares or sums of different measures ("immigration was cited by
  only *4 percent* of likely voters" / "Perry netted just *six percent* support"): the
  words around the two share nothing.
- ``cited_sources``: two names that are each the source a sentence cites ("according
  to a release from the *Southern District*" / "according to the *Justice
  Department*"): two sources for one fact.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from tui.engine.findings.contradiction.attribution import cited_source
from tui.engine.findings.contradiction.change_roles import one_change
from tui.engine.findings.contradiction.clause_frame import frames_agree
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.date import (
    DateMention,
    date_mentions,
    lone_dates,
    verbs_of_one_kind,
)
from tui.engine.findings.contradiction.entity_roles import meaning_agreement
from tui.engine.findings.contradiction.event import rest_agrees, reworded_event
from tui.engine.findings.contradiction.holders import different_holders
from tui.engine.findings.contradiction.negation import (
    ACT_NOUN_ENDINGS,
    DETERMINER_CUES,
    future_negation,
    intents,
    negations,
    polarity,
)
from tui.engine.findings.contradiction.number import MIN_MEANING_AGREEMENT
from tui.engine.findings.contradiction.other_negatives import both_denied
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.predicates import (
    agree_in_meaning,
    agreeing_predicates,
    event_predicates,
    light_predicates,
    predicates_near,
    sentence_predicates,
)
from tui.engine.findings.contradiction.quantities import DIMENSIONS, quantities
from tui.engine.findings.contradiction.quote import other_remarks
from tui.engine.findings.contradiction.week_moments import moment_at
from tui.engine.findings.contradiction.wordlists import antonyms, lemma_key
from tui.engine.findings.contradiction.words import AUXILIARIES, Word, shared_in_meaning
from tui.engine.people.lexicon import places
from tui.engine.segment import Sentence

T = TypeVar("T")

MODAL_REACH = 6
"""Words before a claim (within its clause) that may make it a plan or a condition."""
REVERSAL_REACH = 4
"""Words before an opposite that may reverse it ("lifted the *ban*")."""
_MODALITY_WORDS = (
    "would could might may should must can plan prepare vow promise pledge want hope seek try "
    "attempt effort threaten expect intend aim propose consider urge call ask push "
    "if unless whether possible possibly likely unlikely "
    "cannot cant couldnt shouldnt mustnt mightnt"
)
_FRAME_WORDS = (
    "plan prepare vow promise pledge want hope seek try attempt threaten expect intend aim "
    "propose "
    "consider urge call ask push"
)
_REVERSAL_WORDS = "reverse lift overturn rescind revoke repeal end scrap undo cancel abandon"
NEGATIVE_IMPLICATIVE_REACH = 6
"""Words before a claim (within its clause) where a verb that denies it may stand
("*blocked* the new rules from taking")."""
_NEGATIVE_IMPLICATIVES = (
    "block prevent stop bar ban forbid prohibit halt veto thwart avert preclude "
    "reject refuse deny decline withhold avoid"
)
"""Negative-implicative verbs (Karttunen's term): "X blocked the bill" entails that the
bill did not pass, so the bill under such a verb is as denied as "no bill". Only verbs
whose object or complement is entailed *not* to happen or hold are listed; verbs of
attitude ("oppose", "criticise") say nothing of it and are left out."""
WOULD = lemma_key("would")
_SAYING = frozenset(map(lemma_key, ("say", "said", "tell", "told", "announce")))
CALL = lemma_key("call")
_ASKING = frozenset(("for", "on", "upon"))
_WILL = frozenset(("will", "won't", "wont"))
_ABILITY = frozenset(map(lemma_key, ("can", "could", "cannot", "couldnt", "cant")))
"""Modal words of ability: denied, they deny the act ("could not attend")."""
_RELATIVE_WORDS = frozenset("that which who whom whose".split())
_DETERMINERS = frozenset("a an the his her their its our my your this that".split())
_ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth last".split()
)
_RELATIVE_TO = frozenset("since after before".split())
_SCOPE_WORDS = frozenset(
    "national nationwide nationally statewide countrywide worldwide global globally".split()
)
"""Words that make a count cover a whole nation, state or world."""
MEASURE_REACH = 3
"""Content words before a number (within its clause) that say what it measures."""
_PLACE_LEADS = frozenset("in across among from".split())
"""Words before a place that scope a count to it ("in Florida", "among Ohio voters")."""


@lru_cache(maxsize=1)
def _modality() -> frozenset[str]:
    return frozenset(lemma_key(w) for w in _MODALITY_WORDS.split())


@lru_cache(maxsize=1)
def _frame_verbs() -> frozenset[str]:
    """The modality words that may frame a whole report ("analysts *expect*"), not
    the auxiliaries and conjunctions that make one clause modal ("cannot", "if")."""
    return frozenset(lemma_key(w) for w in _FRAME_WORDS.split())


@lru_cache(maxsize=1)
def _reversals() -> frozenset[str]:
    return frozenset(lemma_key(w) for w in _REVERSAL_WORDS.split())


@lru_cache(maxsize=1)
def _negative_implicatives() -> frozenset[str]:
    return frozenset(lemma_key(w) for w in _NEGATIVE_IMPLICATIVES.split())


def _index(words: Sequence[Word], span: tuple[int, int]) -> int | None:
    """Index of the first word inside ``span``."""
    return next((k for k, w in enumerate(words) if span[0] <= w.start < span[1]), None)


def _last_index(words: Sequence[Word], span: tuple[int, int]) -> int | None:
    inside = [k for k, w in enumerate(words) if span[0] <= w.start < span[1]]
    return inside[-1] if inside else None


def _clause_before(words: Sequence[Word], k: int, reach: int) -> list[Word]:
    """Up to ``reach`` words before word ``k``, not crossing a clause break."""
    before: list[Word] = []
    i = k
    while i > 0 and len(before) < reach and not words[i].break_before:
        i -= 1
        before.append(words[i])
    return before


def different_events(pair: SentencePair, conflict: Conflict) -> bool:
    """Both sentences date something and the dates disagree: two events (a date
    conflict itself is judged by ``other_predicate``)."""
    if conflict.type == "date":
        return False
    lefts, rights = date_mentions(pair.left), date_mentions(pair.right)
    return _unmatched(lefts, rights) and _unmatched(rights, lefts)


def _unmatched(mentions: Sequence[DateMention], others: Sequence[DateMention]) -> bool:
    """Some mention has no equal among ``others`` but one it conflicts with."""
    return any(
        not any(m.same_as(o) for o in others) and any(m.conflicts_with(o) for o in others)
        for m in mentions
    )


def other_predicate(pair: SentencePair, conflict: Conflict) -> bool:
    """Dates of two different events. Where the predicates the two dates are given to
    are found on both sides (predicates.event_predicates), they decide: they agree in
    meaning (one event; "resigned" / "stepped down"), or each date is given to an
    event the other sentence tells apart from its date ("had *assumed* the title last
    month, *died* Thursday" / "*assumed* the title weeks ago, *died* today"). A light
    or scheduling predicate on either side ("are *due out* on", "is *scheduled* for")
    tells no event apart: there the rest of the sentences decides (event.rest_agrees).
    Two predicates worded apart where the rest of the sentences says the same
    (event.reworded_event) are one event. Else no verb around one date agrees in meaning
    with one around the other."""
    if conflict.type != "date":
        return False
    if lone_dates(pair, conflict.left, conflict.right):
        return False  # the rest of a reworded report says the same
    left_words, right_words = pair.left_words, pair.right_words
    left = event_predicates(left_words, conflict.left)
    right = event_predicates(right_words, conflict.right)
    if left and right:
        if agreeing_predicates(left, right) is not None or verbs_of_one_kind(
            left_words, left, right_words, right
        ):
            return False
        if light_predicates(left) or light_predicates(right):
            # "is due out on", "was set for": no event told apart; the rest decides
            return not rest_agrees(
                left_words, conflict.left, left, right_words, conflict.right, right
            )
        if (
            agreeing_predicates(left, sentence_predicates(right_words)) is not None
            or agreeing_predicates(right, sentence_predicates(left_words)) is not None
        ):
            return True
    if reworded_event(left_words, conflict.left, right_words, conflict.right):
        return False
    left = predicates_near(left_words, conflict.left)
    right = predicates_near(right_words, conflict.right)
    return bool(left and right) and agreeing_predicates(left, right) is None


def one_night(pair: SentencePair, conflict: Conflict) -> bool:
    """Two dates told with the part of the day or the clock time bound to two
    weekdays, as spans of the week that overlap: one moment, whatever the weekdays
    say ("late on *Saturday* night" / "in the early hours of *Sunday*", "on *Friday*
    night" / "early on *Saturday*")."""
    if conflict.type != "date":
        return False
    left = moment_at(pair.left, conflict.left)
    right = moment_at(pair.right, conflict.right) if left else None
    return (
        left is not None
        and right is not None
        and left.weekday != right.weekday
        and left.overlaps(right)
    )


def denied_event(pair: SentencePair, conflict: Conflict) -> bool:
    """One side dates an event and the other denies it happened then ("signed in
    2018" / "did not sign in 2014"): the denial agrees with the other date."""
    if conflict.type != "date":
        return False
    return _denied(pair.left, conflict.left) != _denied(pair.right, conflict.right)


def _denied(sentence: Sentence, span: tuple[int, int]) -> bool:
    """Whether the words of ``span`` lie in the scope of a negated verb ("did *not*
    sign ... in 2014"; not "*without* parole at his July 30 sentencing", which denies a
    noun, not the event)."""
    found = polarity(sentence)
    first = _index(found.words, span)
    return first is not None and any(
        first in negation.scope and found.words[negation.cue].norm not in DETERMINER_CUES
        for negation in found.negations
    )


def unequal_modality(pair: SentencePair, conflict: Conflict) -> bool:
    """One side states the claim as a plan, wish, effort, possibility or condition and
    the other does not.

    A modality verb both sentences hold (``_FRAME_WORDS``; not an auxiliary: "would"
    is everywhere) is their common frame, wherever the other puts it ("the bank will
    raise rates, analysts *expect*" / "analysts *expect* the bank won't raise rates"). Reported
    speech turns "will" into "would": "said the government *would* negotiate" /
    "the government *will not* negotiate" are one future, not a possibility and a fact.
    """
    if conflict.type == "entity":
        return bool(_entity_modality(pair.left_words, conflict.left)) != bool(
            _entity_modality(pair.right_words, conflict.right)
        )
    if conflict.type not in ("negation", "opposite"):
        return False
    left = modal_words(pair.left_words, conflict.left)
    right = modal_words(pair.right_words, conflict.right)
    if bool(left) == bool(right):
        return False
    other, other_span = (
        (pair.right_words, conflict.right) if left else (pair.left_words, conflict.left)
    )
    if (left or right) == {WOULD} and (
        _future(other, other_span) or _reported_future(*_modal_side(pair, conflict, left))
    ):
        return False
    if (left or right) <= intents() and _future_denial(other, other_span):
        return False  # "plans to appeal" / "will not appeal": one intent, two polarities
    if (
        (left or right) <= _ABILITY
        and _denied_ability(*_modal_side(pair, conflict, left))
        and _frames_agree(pair, conflict)
    ):
        return False  # "could not confirm" / "confirmed": what could not be was not
    return not _frame_said(frozenset(left | right) & _frame_verbs(), other)


def _frame_said(frame: frozenset[str], other: Sequence[Word]) -> bool:
    """Whether the other sentence says one of the modality verbs of ``frame`` too, as
    that verb or as a word of its sense, its noun included ("*intended* to sell" / "had
    no *intention* of selling": one intent, said as a verb and as a noun)."""
    if frame & {w.lemma for w in other}:
        return True
    nouns = {w.lemma for w in other if w.is_content and w.norm.endswith(ACT_NOUN_ENDINGS)}
    return any(agree_in_meaning((verb,), (noun,)) for verb in frame for noun in nouns)


def _modal_after(words: Sequence[Word], span: tuple[int, int]) -> set[str]:
    """The modality words after a name in its clause, where a name that does something
    has its verb ("the *House* committee is *preparing* to issue subpoenas" / "the
    *Senate* committee had subpoenaed": a plan of one body and an act of another)."""
    k = _last_index(words, span)
    if k is None:
        return set()
    modality = _modality()
    found = set()
    for word in words[k + 1 : k + 1 + MODAL_REACH]:
        if word.break_before:
            break
        if word.lemma in modality and not word.capitalised_inside:
            found.add(word.lemma)
    return found


def _entity_modality(words: Sequence[Word], span: tuple[int, int]) -> set[str]:
    """The modality words after a name (``_modal_after``) but the "would" of reported
    speech, after a verb of saying before the name in its clause ("the council *said*
    the agriculture ministry *would* pay": what the council said will happen, as "will"
    would say it)."""
    found = _modal_after(words, span)
    if found != {WOULD}:
        return found
    k = _index(words, span)
    if k is not None and any(w.lemma in _SAYING for w in _clause_before(words, k, MODAL_REACH)):
        return set()
    return found


def _frames_agree(pair: SentencePair, conflict: Conflict) -> bool:
    """Whether the two claims of ``conflict`` have the same arguments in their own
    clauses (clause_frame.py)."""
    return _on_word_spans(pair, conflict, frames_agree)


def _denied_ability(words: Sequence[Word], span: tuple[int, int]) -> bool:
    """Whether ``span`` denies an ability ("could not confirm", "cannot use"): the act
    did not, or does not, happen, as a plain denial says."""
    return any(
        span[0] <= words[n.cue].start < span[1]
        and (words[n.cue].lemma in _ABILITY or (n.cue and words[n.cue - 1].lemma in _ABILITY))
        for n in negations(words)
    )


def _future_denial(words: Sequence[Word], span: tuple[int, int]) -> bool:
    """Whether ``span`` is a negation of a future act ("will not appeal")."""
    return any(
        span[0] <= words[n.cue].start < span[1] and future_negation(words, n.cue)
        for n in negations(words)
    )


def _modal_side(
    pair: SentencePair, conflict: Conflict, left_modal: set[str]
) -> tuple[Sequence[Word], tuple[int, int]]:
    """The words and span of the side whose claim is modal."""
    if left_modal:
        return pair.left_words, conflict.left
    return pair.right_words, conflict.right


def _reported_future(words: Sequence[Word], span: tuple[int, int]) -> bool:
    """Whether the "would" before the claim is the future of reported speech: a verb of
    saying stands before it in its clause ("the operator *said* the service *would*
    run": what the operator said will happen, as "will" would say it)."""
    k = _last_index(words, span)
    if k is None:
        return False
    before = _clause_before(words, k, 2 * MODAL_REACH)
    at = next((n for n, w in enumerate(before) if w.lemma == WOULD), None)
    return at is not None and any(w.lemma in _SAYING for w in before[at + 1 :])


def _future(words: Sequence[Word], span: tuple[int, int]) -> bool:
    """Whether "will" or "won't" stands before the claim, in its clause."""
    k = _last_index(words, span)
    return k is not None and any(
        w.norm in _WILL for w in (*_clause_before(words, k, MODAL_REACH), words[k])
    )


def modal(words: Sequence[Word], span: tuple[int, int]) -> bool:
    """A modality word before the claim (the span's last word), auxiliaries included."""
    return bool(modal_words(words, span))


def modal_words(words: Sequence[Word], span: tuple[int, int]) -> set[str]:
    """The lemmas of the modality words before the claim (see ``modal``)."""
    k = _last_index(words, span)
    if k is None:
        return set()
    modality = _modality()
    found = set()
    for i in range(k - 1, k - 1 - len(_clause_before(words, k, MODAL_REACH)), -1):
        word = words[i]
        if (
            word.lemma in modality
            and not word.capitalised_inside
            and not _naming(words, i)
            and not _named_thing(words, i)
        ):
            found.add(word.lemma)
    return found


def _named_thing(words: Sequence[Word], i: int) -> bool:
    """A modality noun named as a thing, not governing a claim: after a determiner or
    a possessive and with no "to" after it ("the league's *proposal* on salary caps
    was turned down": the proposal is what was turned down; not "a *plan* to close")."""
    if i == 0 or (i + 1 < len(words) and words[i + 1].norm == "to"):
        return False
    before = words[i - 1].norm
    return before in _DETERMINERS or before.endswith(("'s", "s'"))


def _naming(words: Sequence[Word], i: int) -> bool:
    """ "Call" that names ("was *called* ugly", "*called* it a triumph"), not one that
    asks for something ("*called for* talks", "*called on* them to stop")."""
    return words[i].lemma == CALL and (i + 1 == len(words) or words[i + 1].norm not in _ASKING)


def reversed_opposite(pair: SentencePair, conflict: Conflict) -> bool:
    """An opposite under a reversal verb on one side only: "lifted a ban" says what
    "allowed" does."""
    if conflict.type != "opposite":
        return False
    return _reversed(pair.left_words, conflict.left) != _reversed(pair.right_words, conflict.right)


def _reversed(words: Sequence[Word], span: tuple[int, int]) -> bool:
    """Whether a reversal verb stands before the opposite in its clause, not one that
    gives a result ("ended *in* defeat" tells the outcome: nothing was reversed)."""
    k = _index(words, span)
    if k is None:
        return False
    reversals = _reversals()
    before = _clause_before(words, k, REVERSAL_REACH)
    return any(
        w.lemma in reversals and not (n and before[n - 1].norm == _RESULT)
        for n, w in enumerate(before)
    )


_RESULT = "in"


def crosswise(pair: SentencePair, conflict: Conflict) -> bool:
    """Each sentence holds both opposites, the other's word in another place ("exports
    *rose* while imports *fell*" / "imports *declined* and exports *increased*"): both
    sentences say both things, of two different subjects."""
    if conflict.type != "opposite":
        return False
    return _both_poles(pair.left_words, conflict.left) and _both_poles(
        pair.right_words, conflict.right
    )


def _both_poles(words: Sequence[Word], span: tuple[int, int]) -> bool:
    """A word outside ``span`` is an antonym (antonyms.txt) of a word inside it."""
    table = antonyms()
    inside = [w.lemma for w in words if span[0] <= w.start < span[1]]
    opposites = {o for lemma in inside for o in table.get((lemma,), ())}
    return any(
        (w.lemma,) in opposites for w in words if w.is_content and not span[0] <= w.start < span[1]
    )


def implied_negation(pair: SentencePair, conflict: Conflict) -> bool:
    """A side of a negation conflict holds its claim under a negative-implicative verb
    ("Senate Republicans Vow to Block Dem Legislation" / "No Legislation Until..."):
    the affirmed word is denied there too, so the two sides agree."""
    if conflict.type != "negation":
        return False
    return _implied_negative(pair.left_words, conflict.left) or _implied_negative(
        pair.right_words, conflict.right
    )


def _implied_negative(words: Sequence[Word], span: tuple[int, int]) -> bool:
    """A negative-implicative verb governs the span: it stands in the clause right
    before the span's first word, with no auxiliary or relative word between them
    ("efforts to *avert* a crisis that *would* hurt the poor": the crisis is averted,
    the hurt is not denied). A span that opens with an auxiliary is a predicate of
    its own ("the kid who got *stopped* ... *is* now attorney general")."""
    k = _index(words, span)
    if k is None or words[k].norm in AUXILIARIES:
        return False
    verbs = _negative_implicatives()
    for word in _clause_before(words, k, NEGATIVE_IMPLICATIVE_REACH):
        if word.lemma in verbs:
            return True
        if word.norm in AUXILIARIES or word.norm in _RELATIVE_WORDS:
            return False
    return False


def denied_otherwise(pair: SentencePair, conflict: Conflict) -> bool:
    """The side of a negation conflict without a cue in its slot denies the claim in
    other words in its clause ("went *unpenalised* by the umpire" / "went without
    penalty", "decided *against* pursuing" / "decided not to pursue"): two denials;
    or denies the opposite of what the other says, in a quotation too ("was *not
    difficult*" / "was an *easy* one") (other_negatives.py)."""
    return conflict.type in ("negation", "quote") and _on_word_spans(pair, conflict, both_denied)


def other_holders(pair: SentencePair, conflict: Conflict) -> bool:
    """A negation whose two sides name different people as the claim's subject or as
    who says or promises it ("Hillary *Clinton* suffered no consequences" / "only
    *Flynn* faced consequences", "*Fox* ..., promising that Mexico would never pay" /
    "*Trump's* promises that Mexico will pay"): two people's claims (holders.py)."""
    return conflict.type == "negation" and _on_first_words(pair, conflict, different_holders)


def not_yet(pair: SentencePair, conflict: Conflict) -> bool:
    """ "had *not yet* revealed" / "would reveal later": a claim denied only so far agrees
    with the same claim in the future, plain or reported."""
    if conflict.type != "negation":
        return False
    sides = ((pair.left_words, conflict.left), (pair.right_words, conflict.right))
    for (words, span), (other, other_span) in (sides, sides[::-1]):
        if _yet(words, span) and (
            _future(other, other_span) or WOULD in modal_words(other, other_span)
        ):
            return True
    return False


def _yet(words: Sequence[Word], span: tuple[int, int]) -> bool:
    """Whether "yet" stands in the span or right after it ("has *not yet* signed")."""
    k = _last_index(words, span)
    if k is None:
        return False
    inside = [w for w in words[: k + 2] if w.start >= span[0]]
    return any(w.norm == "yet" for w in inside)


def first_since(pair: SentencePair, conflict: Conflict) -> bool:
    """ "its first cup win *since* 2009" / "had *not* won the cup *since* 2009": one side
    calls it the first time since a point the other names, which says that it had not
    happened since then: both state one fact."""
    if conflict.type != "negation":
        return False
    left, right = _since(pair.left_words), _since(pair.right_words)
    if not left or not right or not {*left.values()} & {*right.values()}:
        return False
    return any(
        _first_before(words, k)
        for words, since in ((pair.left_words, left), (pair.right_words, right))
        for k in since
    )


def _since(words: Sequence[Word]) -> dict[int, str]:
    """Index of each "since" -> the first content word or number after it (the point
    counted from: "since 2009", "since the war")."""
    found: dict[int, str] = {}
    for k, word in enumerate(words):
        if word.norm != "since":
            continue
        point = next(
            (
                w.lemma
                for w in words[k + 1 : k + 4]
                if (w.is_content or w.norm[0].isdigit()) and not w.break_before
            ),
            None,
        )
        if point is not None:
            found[k] = point
    return found


def _first_before(words: Sequence[Word], k: int) -> bool:
    """Whether "first" stands before word ``k`` in its clause ("the first ... since")."""
    return any(w.norm == "first" for w in _clause_before(words, k, 6))


def contrast(pair: SentencePair, conflict: Conflict) -> bool:
    """ "deserve respect, not a spot at a bar": the negated side's cue opens a contrast
    with a noun phrase, and the word it contrasts with is absent from the other side."""
    if conflict.type != "negation":
        return False
    for words, span, other in (
        (pair.left_words, conflict.left, pair.right_words),
        (pair.right_words, conflict.right, pair.left_words),
    ):
        k = _index(words, span)
        if k is None or words[k].norm != "not" or not words[k].break_before:
            continue
        if k + 1 < len(words) and words[k + 1].norm in _DETERMINERS:
            contrasted = {w.lemma for w in words[max(0, k - 2) : k] if w.is_content}
            # "respectively" stems like "respect": adverbs are not the contrasted word
            if contrasted.isdisjoint(w.lemma for w in other if not w.norm.endswith("ly")):
                return True
    return False


def relative_ordinal(pair: SentencePair, conflict: Conflict) -> bool:
    """An ordinal counted from another event ("the first ... since Brooke")."""
    if conflict.type != "number":
        return False
    return any(
        _ordinal_since(words, span)
        for words, span in ((pair.left_words, conflict.left), (pair.right_words, conflict.right))
    )


def _ordinal_since(words: Sequence[Word], span: tuple[int, int]) -> bool:
    k = _index(words, span)
    if k is None or words[k].norm not in _ORDINAL_WORDS:
        return False
    return any(w.norm in _RELATIVE_TO for w in words[k + 1 : k + 7])


def other_scope(pair: SentencePair, conflict: Conflict) -> bool:
    """Both sentences scope their count (a place after "in", "national", "statewide")
    and no scope is shared: the numbers count different populations."""
    if conflict.type != "number":
        return False
    left, right = _scopes(pair.left_words), _scopes(pair.right_words)
    return bool(left and right) and left.isdisjoint(right)


def _scopes(words: Sequence[Word]) -> set[str]:
    """The scopes a sentence gives its counts: scope words and places after a lead."""
    lexicon = places()
    scopes = {w.norm for w in words if w.norm in _SCOPE_WORDS}
    for previous, word in itertools.pairwise(words):
        if previous.norm not in _PLACE_LEADS or not word.text[:1].isupper():
            continue
        if lexicon.is_place(word.text) and word.text not in lexicon.time_words:
            scopes.add(word.norm)
    return scopes


def cited_sources(pair: SentencePair, conflict: Conflict) -> bool:
    """Two names that are each the source its sentence cites ("according to a
    statement from the *Southern District*" / "according to the *Justice
    Department*"): two sources for one fact, not two facts (attribution.py)."""
    return conflict.type == "entity" and _on_first_words(
        pair,
        conflict,
        lambda lw, left, rw, right: cited_source(lw, left) and cited_source(rw, right),
    )


def other_measure(pair: SentencePair, conflict: Conflict) -> bool:
    """Two shares or sums (a unit: percent, a currency, points) that measure different
    things: the words before them in their clauses share nothing, and neither does the
    first word after them ("immigration was *cited* by 4 percent *of* likely voters" /
    "Perry *netted* six percent *support*"); where each sentence holds one share or sum
    alone, a WordNet synonym counts as a shared word ("exports *fell* 7 percent" /
    "shipments *dropped* 4 percent"). A count's own noun
    says what it counts (``Quantity.same_role``), and so does a unit of measure ("850
    metres"); a share or a sum does not."""
    if conflict.type != "number" or not _has_unit(pair.left, conflict.left):
        return False
    left = _measure_frame(pair.left_words, conflict.left)
    right = _measure_frame(pair.right_words, conflict.right)
    if left is None or right is None:
        return False
    (left_before, left_after), (right_before, right_after) = left, right
    lone = _measures(pair.left) == 1 == _measures(pair.right)
    if lone and _rest_agrees(pair, conflict):
        return False
    if one_change(quantities(pair.left), conflict.left, quantities(pair.right), conflict.right):
        return False  # "fell to 6.4% from 7.1%" / "dropped to 4.6%, down from 7.1%"
    shared = shared_in_meaning(left_before, right_before) if lone else left_before & right_before
    before_differs = bool(left_before and right_before) and not shared
    return before_differs and left_after != right_after


def _rest_agrees(pair: SentencePair, conflict: Conflict) -> bool:
    """Whether the two sentences agree in meaning outside the two sums (entity_roles.
    meaning_agreement), as much as two lone amounts must (number.MIN_MEANING_AGREEMENT):
    the one sum each holds is then the same measure, however the words before it were
    reworded ("fined the company 16 million pounds" / "a penalty of 61 million pounds
    was imposed on the company")."""
    spans = _word_span(pair.left_words, conflict.left), _word_span(pair.right_words, conflict.right)
    if spans[0] is None or spans[1] is None:
        return False
    agreement = meaning_agreement(pair.left_words, spans[0], pair.right_words, spans[1])
    return agreement >= MIN_MEANING_AGREEMENT


SidesTest = Callable[[Sequence[Word], T, Sequence[Word], T], bool]
"""A test of both sides of a conflict: each side's words and where its slot is."""


def _on_word_spans(
    pair: SentencePair, conflict: Conflict, test: SidesTest[tuple[int, int]]
) -> bool:
    """``test`` on the two slots as word spans (first, last), False where a slot holds
    no word."""
    left = _word_span(pair.left_words, conflict.left)
    right = _word_span(pair.right_words, conflict.right)
    return (
        left is not None
        and right is not None
        and test(pair.left_words, left, pair.right_words, right)
    )


def _on_first_words(pair: SentencePair, conflict: Conflict, test: SidesTest[int]) -> bool:
    """``test`` on the two slots' first words, False where a slot holds no word."""
    left, right = _index(pair.left_words, conflict.left), _index(pair.right_words, conflict.right)
    return (
        left is not None
        and right is not None
        and test(pair.left_words, left, pair.right_words, right)
    )


def _word_span(words: Sequence[Word], span: tuple[int, int]) -> tuple[int, int] | None:
    first, last = _index(words, span), _last_index(words, span)
    return None if first is None or last is None else (first, last)


def _measures(sentence: Sentence) -> int:
    """How many shares or sums (a unit that is no unit of measure) the sentence holds."""
    return sum(bool(q.unit) and q.unit not in DIMENSIONS for q in quantities(sentence))


def _has_unit(sentence: Sentence, span: tuple[int, int]) -> bool:
    """Whether the span holds a share or a sum (a unit that is no unit of measure)."""
    return any(
        q.unit and q.unit not in DIMENSIONS
        for q in quantities(sentence)
        if q.start < span[1] and span[0] < q.end
    )


def _measure_frame(words: Sequence[Word], span: tuple[int, int]) -> tuple[set[str], str] | None:
    """Lemmas of the MEASURE_REACH content words before a span, in its clause, and the
    lemma of the first content word after it in its clause ("" if none)."""
    first, last = _index(words, span), _last_index(words, span)
    if first is None or last is None:
        return None
    before = [w for w in _clause_before(words, first, len(words)) if w.is_content]
    after = ""
    for k in range(last + 1, len(words)):
        if words[k].break_before:
            break
        if words[k].is_content:
            after = words[k].lemma
            break
    return {w.lemma for w in before[:MEASURE_REACH]}, after


Gate = Callable[[SentencePair, Conflict], bool]
GATES: tuple[Gate, ...] = (
    different_events,
    other_predicate,
    one_night,
    denied_event,
    unequal_modality,
    reversed_opposite,
    crosswise,
    implied_negation,
    other_holders,
    denied_otherwise,
    not_yet,
    first_since,
    other_remarks,
    contrast,
    relative_ordinal,
    other_scope,
    other_measure,
    cited_sources,
)


def refused_by(pair: SentencePair, conflict: Conflict) -> str | None:
    """The name of the first gate that refuses ``conflict``, or None if all keep it."""
    return next((gate.__name__ for gate in GATES if gate(pair, conflict)), None)
