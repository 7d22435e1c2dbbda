"""A negative subject: "no", "none of" or "nobody" on the subject of a clause denies the
clause's act ("*No climbers were hurt*", "*None of the* samples *contained* the
bacteria", "*Nobody was evacuated*").

What such a sentence denies is the act of its verb, done by the thing its subject names:
"two climbers were injured" answers it (the act said, of the same thing), while "two
*skiers* were hurt" speaks of others, and "residents were moved out of the *flats*"
says nothing against "nobody was evacuated from the flats" unless its verb says the act.
negation.py reads the denial against the other sentence; this module finds the verb and
the subject's nouns.

The verb is the first content word after the auxiliaries that follow the subject ("were
*hurt*", "has yet been *found*"), or, with no auxiliary, the first verb in the past after
the subject's first noun ("none of the hives *survived*"; "none of the *seized* goods":
a participle before the noun qualifies it); a past form before a preposition is the verb
only where no later verb follows in its clause ("none of the lanterns *released at* the
festival *came* down", "none of the climbers *caught in* the avalanche *were hurt*").
The cue must open the subject: the first word of its clause, or after a verb of saying
or a word that is no content word ("said *none of*", "and *nobody*"), not the object of
a verb ("found *no* trace").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.engine.findings.contradiction.clause_frame import CLAUSE_WORDS
from tui.engine.findings.contradiction.slots import says
from tui.engine.findings.contradiction.wordlists import irregular_base
from tui.engine.findings.contradiction.words import AUXILIARIES, Word, clause_break

SUBJECT_CUES = frozenset("no none nobody nothing".split())
"""Cues that may stand on a subject (a determiner or a pronoun)."""
PRONOUN_CUES = frozenset("nobody nothing none".split())
"""Cues that may be the whole subject ("*Nobody* was hurt", "*None* survived")."""
REACH = 14
"""Words after the cue where the subject's verb must stand ("None of the 212 paper
lanterns released at the Sorvik winter festival *came* down")."""
_STOPS = frozenset(("and", "or", "but", "that", "which", "who", *CLAUSE_WORDS))
"""Words that end the subject's clause before its verb is found."""
_DETERMINERS = frozenset("a an the its their his her this that these those".split())
_FILLERS = frozenset((*AUXILIARIES, "yet", "ever", "also", "being"))
_PAST = "ed"
_PRESENT_PARTICIPLE = "ing"
MIN_PAST_LENGTH = 5
"""Letters of a regular past form at least ("hired"; "red", "bred", "shed" are no verb
of this reading)."""


@dataclass(frozen=True, slots=True)
class NegativeSubject:
    nouns: tuple[int, ...]
    """Indexes of the content words of the subject after the cue (none for a pronoun
    alone, "nobody in snowsuits": the words after it qualify whoever it denies)."""
    verb: int
    """Index of the verb whose act is denied."""


def negative_subject(words: Sequence[Word], cue: int, one_word: bool) -> NegativeSubject | None:
    """The subject and verb a one-word cue at ``cue`` denies, or None where the cue does
    not open a clause's subject (see the module docstring)."""
    if not one_word or words[cue].norm not in SUBJECT_CUES or not _opens_subject(words, cue):
        return None
    nouns: list[int] = []  # a pronoun's words after it qualify it: "nobody *in snowsuits*"
    pronoun = words[cue].norm in PRONOUN_CUES and not _of_after(words, cue)
    participle: int | None = None  # "lanterns *released* at the festival came down"
    for k in range(cue + 1, min(len(words), cue + 1 + REACH)):
        word = words[k]
        if clause_break(words, k) or word.norm in _STOPS:
            break
        if word.norm in AUXILIARIES:
            return _after_auxiliaries(words, cue, k, nouns)
        if word.norm.endswith(_PRESENT_PARTICIPLE) and word.is_content:
            return None  # "there is no man *cutting* a potato": a thing, not a clause's act
        if word.is_content and nouns and _past(word):
            if participle is not None or not _before_preposition(words, k):
                return NegativeSubject(tuple(nouns), k)
            participle = k
        elif word.is_content and participle is None and not _past(word) and not pronoun:
            nouns.append(k)
    return NegativeSubject(tuple(nouns), participle) if participle is not None else None


def _of_after(words: Sequence[Word], cue: int) -> bool:
    """Whether "of" follows the cue: "none *of* the hives" names the things denied."""
    return cue + 1 < len(words) and words[cue + 1].norm == "of"


def _before_preposition(words: Sequence[Word], k: int) -> bool:
    """Whether a word that is no content word, determiner or auxiliary follows word
    ``k``: a past form before a preposition may qualify the subject ("*caught in* the
    avalanche") or be its verb ("*leaked during* the storm"); a later verb tells."""
    after = k + 1
    if after >= len(words) or clause_break(words, after):
        return False
    norm = words[after].norm
    return not words[after].is_content and norm not in AUXILIARIES and norm not in _DETERMINERS


def _after_auxiliaries(
    words: Sequence[Word], cue: int, k: int, nouns: list[int]
) -> NegativeSubject | None:
    if not nouns and words[cue].norm not in PRONOUN_CUES:
        return None
    while k < len(words) and words[k].norm in _FILLERS and not clause_break(words, k):
        k += 1
    if k >= len(words) or clause_break(words, k) or not words[k].is_content:
        return None
    return NegativeSubject(tuple(nouns), k)


def _opens_subject(words: Sequence[Word], cue: int) -> bool:
    if cue == 0 or clause_break(words, cue):
        return True
    before = words[cue - 1]
    return not before.is_content or says(before.lemma)


def _past(word: Word) -> bool:
    """A verb in the past: regular ("contain*ed*") or irregular ("ran", "stolen"); not a
    form in "-ing" ("there is no man *cutting* a potato" names a man, not an act done)."""
    norm = word.norm
    if norm.endswith(_PRESENT_PARTICIPLE):
        return False
    return (len(norm) >= MIN_PAST_LENGTH and norm.endswith(_PAST)) or irregular_base(norm) != norm
