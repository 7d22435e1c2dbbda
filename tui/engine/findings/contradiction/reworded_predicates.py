"""A denied predicate the other sentence affirms in words no lexicon ties to it, found by
its frame: "*failed to reach* the ferry" / "*made it onto* the ferry", "have never been
*fitted* with sprinklers" / "sprinklers were *installed*", "won't *return* to work on
Monday" / "would *be back* at their looms on Monday".

WordNet links few such pairs as synonyms, yet a reader takes them as one claim because
everything else the two sentences say is the same. So where negation.py finds the
denied verb nowhere in the other sentence and no synonym of it, this reading looks for
the verb of the other sentence that stands where the denied one stands (``_fit``): a
verb form the denying sentence does not hold, whose frame (clause_frame.py) shares the
denied claim's subject and object, as written or with the roles turned round, and holds
at most ``MAX_UNSHARED`` words the denying sentence lacks, its direct object the denied
verb's own, the two sentences agreeing at least ``MIN_AGREEMENT`` outside the two
predicates (a WordNet synonym counted as a shared word). The verb sharing most frame
words with the claim is read, where it is the only one; none where the denying sentence
holds fewer than ``MIN_WORDS`` other content words (too little to agree on).

With no word in common, the two predicates must not be opposed, for then the denial
and the affirmation say one thing ("did not *approve* the plan" / "*rejected* the plan",
"did not *close*" / "*kept* it open"). Opposed are: two words the antonym tables pair,
converse verbs ("did not *sell*" / "*bought*": the parties may have turned round,
opposite_converse.py), two words of opposite tone (tones.py), and an affirmed verb
whose act is that something does not happen, ends or stays as it was in one of its
first senses ("*cancelled*", "*refused*", "*stayed*": data/wordnet_nonevents.txt,
tools/build_nonevents.py); a denied verb of that kind is denied twice and affirms.
Left out too: a cue of degree ("barely"), two activities in the present progressive
(two may go on at once), a verb joined to another ("inspected and restored"), the
verbs that answer a request (refused_acts.py reads them), and two verbs WordNet relates
as one act or one implying the other, which negation.py has judged ("did not *buy*" /
"*acquired*": the act may have been another way of acquiring).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction.clause_frame import CLAUSE_WORDS, COORDINATORS, finite, frame
from tui.engine.findings.contradiction.entity_roles import PREPOSITIONS
from tui.engine.findings.contradiction.opposite_converse import are_converse
from tui.engine.findings.contradiction.outcome_verbs import GRANT, REFUSE, verbs_of
from tui.engine.findings.contradiction.predicates import (
    agree_in_meaning,
    has_senses,
    implies_act,
    phrasal_predicate,
)
from tui.engine.findings.contradiction.slots import says
from tui.engine.findings.contradiction.tones import evaluative_words
from tui.engine.findings.contradiction.wordlists import Phrase, antonyms, phrase_key
from tui.engine.findings.contradiction.words import (
    AUXILIARIES,
    Word,
    shared_in_meaning,
)
from tui.engine.synonyms import synonym_pairs

NONEVENTS = "wordnet_nonevents.txt"
MIN_AGREEMENT = 0.6
"""Least agreement of the two sentences outside the two predicates (content-lemma Dice,
a WordNet synonym counted as shared)."""
MAX_UNSHARED = 2
"""Content words of the affirmed predicate's frame that the denying sentence may lack
(in no synonym either): "*staff* would be back at their *looms*"."""
MIN_WORDS = 6
"""Content words the denying sentence holds at least besides its cue and claim: where
the rest of two sentences is a few words ("A man is not *eating*" / "A man is
*talking*"), three of them shared make it agree, which says little of one claim."""
OBJECT_WORDS = 4
"""Words after a predicate its direct object may take at most."""
MIN_FRAME_SHARED = 2
"""Frame words the affirmed predicate shares with the denied claim at least."""
APPROXIMATE_CUES = frozenset(("hardly", "scarcely", "barely", "rarely", "seldom"))
"""Cues that deny a degree or a frequency, not the act ("stocks were *barely* changed"
/ "stocks *slipped*"): no reworded act answers them."""
PRESENT = frozenset(("is", "are", "am", "isn't", "aren't"))
NONEVENT_SENSES = 4
"""The senses of an affirmed verb in which it may say that an act does not happen: its
first four ("*suspended* the talks", the fourth sense of "suspend")."""
_VERB_MARKERS = frozenset((*AUXILIARIES, "to"))
_DETERMINERS = frozenset("a an the its their his her our my your this that these those".split())
_OBJECT_ENDS = frozenset((*PREPOSITIONS, *CLAUSE_WORDS, "by"))
"""Words that end a direct object: a preposition, the agent's "by", a clause word."""
_ING = "ing"


def reworded_predicate(
    words: Sequence[Word],
    denial: tuple[int, int],
    affirmed: Sequence[Word],
    unusable: Collection[int],
) -> dict[int, int]:
    """The predicate of ``affirmed`` that says in other words what ``words`` denies,
    ``denial`` being the cue's index and the denied verb's, as {first index: last
    index}; empty when there is none or more than one, or when the two are opposed
    (module docstring). ``unusable``: indexes of ``affirmed`` that are negated or
    quoted."""
    cue, head = denial
    claim = (cue, head + 1 if phrasal_predicate(words, head) is not None else head)
    if words[cue].norm in APPROXIMATE_CUES or _in_progress(words, head):
        return {}
    if not _verb(words, head, after_cue=_follows_cue(words, cue, head)):
        return {}
    if _denied_nonevent(words, head):
        return {}
    denying = _lemmas_outside(words, claim)
    if len(denying) < MIN_WORDS or not _agree(denying, _lemmas_outside(affirmed, (0, -1)), 2):
        return {}  # too little alike for any predicate (of two words at most) to fit
    own = {w.lemma for w in words}
    candidates = [
        k
        for k, w in enumerate(affirmed)
        if k not in unusable
        and w.is_content
        and w.norm.isalpha()
        and not w.capitalised_inside
        and w.lemma not in own
        and not says(w.lemma)
        and w.norm not in _answers()
        and _verb(affirmed, k)
        and not _in_progress(affirmed, k)
        and not _coordinated(affirmed, k)
    ]
    denied_frame = _sides(frame(words, *claim))
    fits: dict[tuple[int, int], int] = {}
    for k in candidates:
        place = (k, k + 1 if phrasal_predicate(affirmed, k) is not None else k)
        shared = _fit(words, claim, denied_frame, affirmed, place)
        if shared:
            fits[place] = shared
    best = max(fits.values(), default=0)
    top = [place for place, shared in fits.items() if shared == best]
    if best < MIN_FRAME_SHARED or len(top) != 1:
        return {}
    said = top[0][0]
    if _related(words, head, affirmed, said) or _opposed(words, head, affirmed, said):
        return {}
    return dict(top)


def _related(words: Sequence[Word], head: int, affirmed: Sequence[Word], k: int) -> bool:
    """Whether WordNet relates the two predicates already, as one act or one implying the
    other: negation.py has judged them ("did not *buy*" says nothing against
    "*acquired*", which a sale of another kind is too), not this reading."""
    denied, said = _predicate(words, head), _predicate(affirmed, k)
    return implies_act(denied, said) or implies_act(said, denied) or agree_in_meaning(denied, said)


def _verb(words: Sequence[Word], k: int, after_cue: bool = False) -> bool:
    """Whether word ``k`` is a verb form: WordNet knows it (or the two-word verb it
    starts) as a verb, and it stands right after a negation cue (``after_cue``), an
    auxiliary or "to", or is inflected as a verb (a past form) after no determiner."""
    word = words[k]
    if not has_senses(_predicate(words, k)):
        return False
    if after_cue:
        return True
    before = words[k - 1].norm if k and not word.break_before else ""
    if before in _VERB_MARKERS:
        return True
    return finite(word) and before not in _DETERMINERS


def _in_progress(words: Sequence[Word], k: int) -> bool:
    """Whether the verb at ``k`` is in the present progressive ("is not *dancing*", "are
    *marching*"): an activity going on now, beside which another goes on too; a denied
    act and another affirmed there are no one claim."""
    if not words[k].norm.endswith(_ING):
        return False
    before = [w.norm for w in words[max(0, k - 2) : k]]
    return bool(PRESENT.intersection(before))


def _coordinated(words: Sequence[Word], k: int) -> bool:
    """Whether the verb at ``k`` is joined to another verb by "and" or "or" ("*inspected
    and restored* the mill"): each names an act of its own, neither is the one claim the
    other sentence denies."""
    before = k >= 2 and words[k - 1].norm in COORDINATORS and finite(words[k - 2])
    after = k + 2 < len(words) and words[k + 1].norm in COORDINATORS and finite(words[k + 2])
    return before or after


def _follows_cue(words: Sequence[Word], cue: int, head: int) -> bool:
    """Whether only the cue's own words, auxiliaries and "to" stand between the cue at
    ``cue`` and the word at ``head`` ("*won't* be *held*", "*failed to reach*")."""
    return all(
        not w.is_content or w.norm in _VERB_MARKERS or i == cue
        for i, w in enumerate(words[cue:head], cue)
    ) and not any(w.break_before for w in words[cue + 1 : head + 1])


def _predicate(words: Sequence[Word], k: int) -> Phrase:
    return phrasal_predicate(words, k) or (words[k].lemma,)


def _fit(
    words: Sequence[Word],
    claim: tuple[int, int],
    denied_frame: tuple[set[str], set[str]],
    affirmed: Sequence[Word],
    place: tuple[int, int],
) -> int:
    """How many frame words (clause_frame.py: up to ``FRAME`` content words either side
    in its clause) the predicate at ``place`` of ``affirmed`` shares with the denied
    claim, 0 where it does not stand where the claim stands: where both frames have
    words on a side, the subjects must share one and the objects half, as written; or,
    with the roles turned round, each side must share a word with the other's other
    side ("never been *fitted with sprinklers*" / "*sprinklers were installed in* its
    tower blocks"); the affirmed frame may hold at most
    ``MAX_UNSHARED`` words the denying sentence does not (in no synonym either); and the
    two sentences must agree outside the two predicates."""
    before, after = denied_frame
    other_before, other_after = _sides(frame(affirmed, *place))
    straight = (
        _anchored(before, other_before)
        and _same_object(after, other_after)
        and _one_object(_object(words, claim[1]), _object(affirmed, place[1]))
    )
    turned = bool(before & other_after and after & other_before)
    if not (straight or turned):
        return 0
    denying = _lemmas_outside(words, claim)
    around = other_before | other_after
    unshared = around - denying
    unshared -= {b for _, b in synonym_pairs(denying - around, unshared)}
    if len(unshared) > MAX_UNSHARED:
        return 0
    if not _agree(denying, _lemmas_outside(affirmed, place), 0):
        return 0
    return len((before | after) & around)


def _agree(denying: set[str], other: set[str], spare: int) -> bool:
    """Whether the two sets of content lemmas agree at least ``MIN_AGREEMENT`` (Dice, a
    WordNet synonym counted as shared) once ``spare`` words of ``other`` are left out
    (its predicate, not yet known)."""
    shared = shared_in_meaning(denying, other)
    return 2 * shared >= MIN_AGREEMENT * (len(denying) + len(other) - spare)


def _object(words: Sequence[Word], last: int) -> set[str]:
    """Content lemmas of the noun group right after the predicate ending at ``last``
    (its direct object: "hire *new workers* during the strike"), up to a preposition,
    a clause word or a break; empty where a preposition or nothing follows."""
    found: set[str] = set()
    for w in words[last + 1 : last + 1 + OBJECT_WORDS]:
        if w.break_before or w.norm in _OBJECT_ENDS:
            break
        if w.is_content:
            found.add(w.lemma)
    return found


def _one_object(denied: set[str], said: set[str]) -> bool:
    """Whether two direct objects are one: every word of each is the other's, or a WordNet
    synonym of one of them ("did not hire *new workers*" / "paid *its workers*" name
    others). With no word of the predicates in common, only the same arguments make the
    same claim."""
    if not denied or not said:
        return True
    return len(denied & said) + len(synonym_pairs(denied - said, said - denied)) == max(
        len(denied), len(said)
    )


def _sides(sides: tuple[list[str], list[str]]) -> tuple[set[str], set[str]]:
    return set(sides[0]), set(sides[1])


def _anchored(side: set[str], other: set[str]) -> bool:
    """Whether two subjects agree: they share a word, or one of them is empty."""
    return not side or not other or bool(side & other)


def _same_object(side: set[str], other: set[str]) -> bool:
    """Whether two objects agree: at least half the words of the smaller are shared (as
    frames_agree reads objects: "did not attend *the harbour festival*" / "opened *the
    flower show*" are two acts), or one of them is empty."""
    return not side or not other or 2 * len(side & other) >= min(len(side), len(other))


def _lemmas_outside(words: Sequence[Word], place: tuple[int, int]) -> set[str]:
    """Content lemmas of the words outside the first..last indexes of ``place``."""
    first, last = place
    return {w.lemma for i, w in enumerate(words) if w.is_content and not first <= i <= last}


def _nonevent(predicate: Phrase, senses: int) -> bool:
    """Whether the predicate (or its verb alone) says, in one of its first ``senses``
    senses, that an act does not happen, ends or is kept as it was."""
    table = nonevents()
    return min(table.get(predicate, senses), table.get(predicate[:1], senses)) < senses


def _denied_nonevent(words: Sequence[Word], k: int) -> bool:
    """Whether the denied verb at ``k`` is itself a denial in its first sense ("did not
    *cancel*", "did not *stay*"): denied twice, it affirms. (Its first sense only: "was
    not *withdrawn*" denies a withdrawal, a later sense "retire from" aside.)"""
    return _nonevent(_predicate(words, k), 1)


def _opposed(words: Sequence[Word], head: int, affirmed: Sequence[Word], k: int) -> bool:
    """Whether the denied predicate at ``head`` and the affirmed one at ``k`` are opposed
    (module docstring); the affirmed one in its first ``NONEVENT_SENSES`` senses."""
    denied, said = _predicate(words, head), _predicate(affirmed, k)
    if _nonevent(said, NONEVENT_SENSES):
        return True
    table = antonyms()
    if said in table.get(denied, ()) or denied in table.get(said, ()):
        return True
    if are_converse(words[head], affirmed[k]):
        return True
    tones = evaluative_words()
    a, b = tones.get(words[head].norm), tones.get(affirmed[k].norm)
    return a is not None and b is not None and a * b < 0


@lru_cache(maxsize=1)
def _answers() -> frozenset[str]:
    """Folded forms of the verbs that grant or refuse a request ("was *granted*"): the
    request refused is read against them by refused_acts.py, as the two verbs that
    differ."""
    return frozenset(verbs_of((REFUSE, GRANT)))


@lru_cache(maxsize=1)
def nonevents() -> dict[Phrase, int]:
    """Predicate (lemma keys) -> the rank of its most frequent sense that says an act
    does not happen, ends or stays as it was (tools/build_nonevents.py), read once."""
    table: dict[Phrase, int] = {}
    for line in data_lines(NONEVENTS):
        verb, rank = line.split("\t")
        key = phrase_key(verb)
        table[key] = min(int(rank), table.get(key, int(rank)))
    return table
