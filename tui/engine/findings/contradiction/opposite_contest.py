"""Opposite outcomes of one contest, the eighth source of opposite.py: the same named
party the winner in one sentence and the loser in the other ("*Kelso* won its match
against Brackley" / "*Kelso* lost to Brackley"; "Solheim *beat* Roth" / "Solheim *lost
to* Roth").

Who won and who lost is read from a verb of the contest (data/wordnet_outcomes.txt,
tools/build_outcomes.py: "win", "beat", "defeat" and their kinds in WordNet 3.0, against
"lose") and the named parties around it: its subject, the nearest run of capitalised
words before it, and its other party, the first such run after it ("lost *to*
Brackley", "beat her challenger *Anders Roth*"); a passive ("was beaten by Roth") gives
the subject the other outcome. The same party told from the other side ("Brandt lost to
de Wolf" / "de Wolf beat Brandt") agrees. Both sentences must name both parties, each
given the other outcome on the other side, and no party the same outcome on both
sides: two parties named on both sides tie the two verbs to one contest, where one
named party alone may have lost one contest and won another. The antonym tables pair "won"
and "lost" too, but only where both open with the same party; these roles hold
wherever a rewrite put the parties. The rest of the two sentences must agree (at least
``MIN_SHARE``). A noun of outcome (data/wordnet_outcome_nouns.txt,
tools/build_outcome_nouns.py: "victory", "defeat", "rout") tells the outcome of the
party named after its "for" ("ended in *defeat* for the Harlow eight"); it names one
party only, so one party crossed is enough there, with the rest agreeing as much as for
lexicon opposites (``ONE_PARTY_SHARE``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.date import MONTHS, WEEKDAYS
from tui.engine.findings.contradiction.negation import polarity
from tui.engine.findings.contradiction.opposite_change import AMOUNT_PRIOR
from tui.engine.findings.contradiction.outcome_verbs import verbs_of
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import rest_agreement
from tui.engine.findings.contradiction.voice import BE
from tui.engine.findings.contradiction.words import Word, sentence_norms
from tui.engine.findings.model import Contrast
from tui.engine.segment import Sentence

MIN_SHARE = 0.3
"""Least agreement (content-lemma Dice) of the rest of the two sentences: the named
parties already tie the two verbs to one contest."""
ONE_PARTY_SHARE = 0.4
"""The same where a noun of outcome names one party only: one party may have won one
contest and lost another, so the rest must agree as for lexicon opposites."""
REACH = 6
"""Words between a verb of the contest and the party it names, at most."""
PRIZE_REACH = 10
"""The same for a verb whose object is a prize, where the party follows the prize
and its preposition ("won *the final of the county championship* against Pryce")."""
WIN, LOSE = "win", "lose"
_NOT_A_VERB = frozenset(
    "the a an her his their its our my your this that after before of for in with without "
    "from on upon".split()
)
"""Words before a form of a contest verb that make it a noun or a gerund without a
subject ("after *the* defeat", "*her* win", "*after* winning")."""
_TO_THE_OTHER = frozenset("to against over by".split())
"""Words that name the other party after a verb that takes no party as its object:
"lost *to* Brackley", "won *against* Brackley" ("won the Lorenzo Open" names a prize)."""
_INTRANSITIVE = frozenset((WIN, LOSE))
"""The lemmas of the verbs whose object is a prize or a thing, not the other party."""
_DATES = frozenset(name.lower() for name in (*WEEKDAYS, *MONTHS))


class Outcome(NamedTuple):
    verb: int
    """Index of the verb (or noun) of the contest."""
    winners: frozenset[str]
    """Lemmas of the named parties it makes winners."""
    losers: frozenset[str]
    noun: bool = False
    """Told by a noun of outcome with its one party ("a victory *for* Kelso")."""


@cache
def contest_verbs() -> dict[str, str]:
    """Folded verb form -> "win" or "lose", read once on first use."""
    return verbs_of((WIN, LOSE))


@cache
def outcome_nouns() -> dict[str, str]:
    """Folded noun form -> "win" or "lose" (data/wordnet_outcome_nouns.txt,
    tools/build_outcome_nouns.py), read once on first use."""
    return dict(line.split("\t") for line in data_lines("wordnet_outcome_nouns.txt"))


def contest_opposites(pair: SentencePair) -> list[Conflict]:
    if not (_may_tell(pair.left) and _may_tell(pair.right)):
        return []
    lefts = _outcomes(pair.left_words, polarity(pair.left).negated)
    rights = _outcomes(pair.right_words, polarity(pair.right).negated) if lefts else []
    for a in lefts:
        for b in rights:
            one_party = a.noun or b.noun
            crossed = (a.winners & b.losers, a.losers & b.winners)
            same = (a.winners & b.winners) | (a.losers & b.losers)
            if not (any(crossed) if one_party else all(crossed)) or same:
                continue
            rest = rest_agreement(
                pair.left_words, (a.verb, a.verb), pair.right_words, (b.verb, b.verb)
            )
            if rest < (ONE_PARTY_SHARE if one_party else MIN_SHARE):
                continue
            word, other = pair.left_words[a.verb], pair.right_words[b.verb]
            contrast = Contrast("opposite", word.text, other.text)
            spans = (word.start, word.end), (other.start, other.end)
            return [
                Conflict(
                    "opposite", *spans, contrast, round(min(0.95, AMOUNT_PRIOR + 0.4 * rest), 2)
                )
            ]
    return []


def one_outcome_told(pair: SentencePair, i: int, j: int) -> bool:
    """Whether left word ``i`` and right word ``j`` are verbs of one contest that give its
    parties the same outcomes, told from each side ("Hollins won against Ravensworth" /
    "Ravensworth were defeated by Hollins"): some party wins (or loses) on both sides and
    none is crossed, where the two verbs name opposite outcomes or one is a passive.
    The other sources of opposite.py read such verbs as opposites by their words or
    their tone ("won" / "defeated") and leave the roles to this one."""
    table = contest_verbs()
    left_way, right_way = table.get(pair.left_words[i].norm), table.get(pair.right_words[j].norm)
    if left_way is None or right_way is None:
        return False
    if left_way == right_way and not (
        _passive(pair.left_words, i) or _passive(pair.right_words, j)
    ):
        return False  # "must win" / "must defeat": words of one way, no roles to read
    left = next((o for o in _outcomes(pair.left_words, frozenset()) if o.verb == i), None)
    right = next((o for o in _outcomes(pair.right_words, frozenset()) if o.verb == j), None)
    if left is None or right is None:
        return False
    crossed = (left.winners & right.losers) | (left.losers & right.winners)
    same = (left.winners & right.winners) | (left.losers & right.losers)
    return bool(same) and not crossed


def _may_tell(sentence: Sentence) -> bool:
    norms = sentence_norms(sentence)
    return not (norms.isdisjoint(contest_verbs()) and norms.isdisjoint(outcome_nouns()))


def _outcomes(words: Sequence[Word], negated: frozenset[int]) -> list[Outcome]:
    table = contest_verbs()
    found = []
    for k, word in enumerate(words):
        way = table.get(word.norm)
        if way is None or k in negated or (k and words[k - 1].norm in _NOT_A_VERB):
            continue
        subject = _party_before(words, k)
        other = _party_after(words, k, word.lemma in _INTRANSITIVE)
        if not subject and not other:
            continue
        if _passive(words, k):  # "was beaten by Roth"
            way = LOSE if way == WIN else WIN
        winners, losers = (subject, other) if way == WIN else (other, subject)
        found.append(Outcome(k, winners, losers))
    return found + _noun_outcomes(words, negated)


def _noun_outcomes(words: Sequence[Word], negated: frozenset[int]) -> list[Outcome]:
    """Nouns of outcome given to a named party after "for" ("ended in *defeat* for
    the Dutch crew", "a *victory* for Kelso")."""
    table = outcome_nouns()
    found = []
    for k, word in enumerate(words):
        way = table.get(word.norm)
        if way is None or k in negated or not _followed_by_for(words, k):
            continue
        party = _party_after(words, k + 1, intransitive=False)
        if party:
            winners, losers = (party, frozenset()) if way == WIN else (frozenset(), party)
            found.append(Outcome(k, winners, losers, noun=True))
    return found


def _followed_by_for(words: Sequence[Word], k: int) -> bool:
    return k + 1 < len(words) and words[k + 1].norm == _FOR and not words[k + 1].break_before


_FOR = "for"


def _passive(words: Sequence[Word], k: int) -> bool:
    """Whether the verb at ``k`` is a participle after a form of "be", past any adverbs
    ("was *soundly* defeated"); "were losing" is no passive."""
    if words[k].norm.endswith(_GERUND):
        return False
    i = k - 1
    while i >= 0 and words[i].norm.endswith(_ADVERB_ENDING) and not words[i + 1].break_before:
        i -= 1
    return i >= 0 and words[i].norm in BE and not words[i + 1].break_before


_ADVERB_ENDING = "ly"
_GERUND = "ing"


def _named(word: Word) -> bool:
    return word.is_content and word.text[:1].isupper() and word.norm not in _DATES


def _party_before(words: Sequence[Word], k: int) -> frozenset[str]:
    """The lemmas of the nearest run of capitalised words before word ``k`` in its
    clause, or set off by commas right before it ("the mayor, *Greta Solheim*, beat")."""
    run: list[str] = []
    for i in range(k - 1, max(-1, k - 1 - REACH), -1):
        if _named(words[i]):
            run.append(words[i].lemma)
        elif run:
            break
        if words[i + 1].break_before and not (run and i + 1 == k):
            break
    return frozenset(run)


def _party_after(words: Sequence[Word], k: int, intransitive: bool) -> frozenset[str]:
    """The lemmas of the first run of capitalised words after word ``k`` in its clause:
    its object ("beat *Roth*"), or for a verb whose object is a prize, the party right
    after a preposition ("lost to *Brackley*", "lost to the *Dutch* champion")."""
    run: list[str] = []
    linked = not intransitive
    for i in range(k + 1, min(len(words), k + 1 + (PRIZE_REACH if intransitive else REACH))):
        if words[i].break_before or (run and not _named(words[i])):
            break
        if _named(words[i]) and linked:
            run.append(words[i].lemma)
        elif intransitive:  # "to *run* the locks on the Kessel canal": no party
            linked = words[i].norm in _TO_THE_OTHER or (linked and not words[i].is_content)
    return frozenset(run)
