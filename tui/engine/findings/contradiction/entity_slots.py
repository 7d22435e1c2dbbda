"""Proper-noun swaps no lexicon knows: a club, company, town or nation named
differently in the same role of a reworded claim ("*Toyota* recalled 500,000
vehicles" / "*Honda* is recalling 500,000 cars", "began in the city of *Basra*" /
"starting in the city of *Najaf*", "crossed into Syria from *Jordan*" / "entered
Syria from *Turkey*").

The third source of entity.py, after the lexicons' mentions and the swap of one
run in otherwise identical sentences (entity_names.py). Here a name is any run of
capitalised words: the signal is the slot, not a list. The two sentences must name
the same things but for one run each (a sentence's first word counts only when it
is no common English word or the other sentence names it too), the two runs fill
one role (entity_roles.py), the rest agrees in meaning, and neither is the speaker of
a verb of saying (two sources quoted alike agree). A name no lexicon knows must be
one word and no acronym (``_swappable``): another outlet often names one thing
otherwise ("Hussein" / "Saddam", "AMC" / "AustMag", "the Pentagon" / "the Defense
Department"). Two names no lexicon knows give no sign that they name two things
unless each is named as a thing of one kind ("the province of *Kastoria*" / "the
province of *Florina*") and the rest agrees more (UNKNOWN_AGREEMENT).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from itertools import compress

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.entity_names import is_name, same_name, title_case_headline
from tui.engine.findings.contradiction.entity_roles import Role, meaning_agreement, roles
from tui.engine.findings.contradiction.facts import facts_of
from tui.engine.findings.contradiction.kinds import base_forms, senses
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import SAY, says
from tui.engine.findings.contradiction.words import Word, sentence_words
from tui.engine.findings.english_frequency import is_common
from tui.engine.findings.model import Contrast
from tui.engine.people.name_words import is_job_word
from tui.engine.segment import Sentence

MIN_MEANING_AGREEMENT = 0.6
"""Least agreement in meaning of the rest of the two sentences (as entity.py asks of
two mentions tied by their role)."""
UNKNOWN_AGREEMENT = 0.75
"""Least agreement in meaning of the rest where neither name is known to a lexicon
("struck the province of *Kastoria*" / "hit the province of *Florina*"): two such
names may be one thing named two ways unless all else the sentences say is one
(and each is named as a thing of one kind: ``_named_kind``)."""
COMMON_ZIPF = 4.0
"""A sentence's first word this frequent in English is a word, not a name, unless the
other sentence names it."""
EVERYDAY_ZIPF = 5.0
"""A capitalised word this frequent in English ("The", "In", "President") is no name
unless the lexicons know it."""
_LINKS = frozenset(("of", "the", "and", "de", "&"))
"""Words inside one name between capitalised words ("Bank *of* England")."""
_ARTICLES = frozenset(("the", "a", "an"))

Run = tuple[int, int]
"""(first, last) index of a name's words in its sentence."""


def slot_swaps(
    pair: SentencePair, known: Callable[[bool, tuple[int, int]], bool]
) -> list[Conflict]:
    """The one name each side holds that the other lacks, in one role of two
    sentences that agree in meaning, as an entity conflict; else nothing
    (``known(left side, (first, after))``: whether a run is a place or body the lexicons
    name; two such entity.py has judged already)."""
    left, right = pair.left_words, pair.right_words
    (left_runs, left_capitals), (right_runs, right_capitals) = _read(pair.left), _read(pair.right)
    left_runs = _named(left, left_runs, right_capitals, partial(known, True))
    right_runs = _named(right, right_runs, left_capitals, partial(known, False))
    left_keys = [_key(left, r) for r in left_runs]
    right_keys = [_key(right, r) for r in right_runs]
    left_names, right_names = set(left_keys), set(right_keys)
    only_left = [r for r, key in zip(left_runs, left_keys, strict=True) if key not in right_names]
    only_right = [r for r, key in zip(right_runs, right_keys, strict=True) if key not in left_names]
    if len(only_left) != 1 or len(only_right) != 1:
        return []
    if title_case_headline(left) or title_case_headline(right):
        return []
    li, ri = only_left[0], only_right[0]
    left_known, right_known = known(True, (li[0], li[1] + 1)), known(False, (ri[0], ri[1] + 1))
    if left_known and right_known:
        return []  # two known ones entity.py has judged
    if not (left_known or right_known) and not _named_kind(left, li, right, ri):
        return []
    if not (_swappable(left, li, left_known) and _swappable(right, ri, right_known)):
        return []
    if same_name(_text(left, li), _text(right, ri)):
        return []
    left_roles, right_roles = roles(left, *li), roles(right, *ri)
    if _speaker(left_roles) or _speaker(right_roles):
        return []
    if not any(a.matches(b) for a in left_roles for b in right_roles):
        return []
    rest = meaning_agreement(left, li, right, ri)
    if rest < (MIN_MEANING_AGREEMENT if left_known or right_known else UNKNOWN_AGREEMENT):
        return []
    left_span, right_span = (
        (left[li[0]].start, left[li[1]].end),
        (right[ri[0]].start, right[ri[1]].end),
    )
    contrast = Contrast("entity differs", pair.left_quote(left_span), pair.right_quote(right_span))
    return [
        Conflict("entity", left_span, right_span, contrast, round(min(0.9, 0.5 + 0.4 * rest), 2))
    ]


def _named_kind(left: Sequence[Word], li: Run, right: Sequence[Word], ri: Run) -> bool:
    """Whether both names are given as the name of a thing of one stated kind ("the
    *province* of Kastoria" / "the *province* of Florina", "the *club* Rovanta" / "the
    *club* Velmora"): two names no lexicon knows then name two such things, where
    otherwise one may be another name of the other ("Saddam loyalists" / "Hussein
    loyalists")."""
    kind = _kind_before(left, li[0])
    return kind is not None and kind == _kind_before(right, ri[0])


def _kind_before(words: Sequence[Word], first: int) -> str | None:
    """The lemma key of the noun a name is given for: "the *province* of Kastoria", "the
    *club* Rovanta" (an article, a noun WordNet knows, "of" or nothing, then the name),
    or None."""
    k = first - 1
    if k >= 0 and words[k].norm == "of":
        k -= 1
    if k < 1 or any(w.break_before for w in words[k : first + 1]):
        return None
    noun, article = words[k], words[k - 1]
    if article.norm not in _ARTICLES or not noun.is_content or noun.text[:1].isupper():
        return None
    return noun.lemma if senses(noun.norm, "n") else None


def _runs(words: Sequence[Word]) -> list[Run]:
    """Runs of capitalised words in one clause, "of"/"the"/"and" between them (only the
    capitalised words are visited: most words of a sentence are not)."""
    found: list[Run] = []
    after = 0
    for k in compress(range(len(words)), map(_capital, words)):
        if k < after:
            continue
        last = k
        j = k + 1
        while j < len(words) and not words[j].break_before:
            if words[j].text[:1].isupper():
                last = j
            elif not (
                words[j].norm in _LINKS and j + 1 < len(words) and words[j + 1].text[:1].isupper()
            ):
                break
            j += 1
        found.append((k, last))
        after = j
    return found


def _capital(word: Word) -> bool:
    return word.text[:1].isupper()


def _capitalised(words: Sequence[Word]) -> frozenset[str]:
    return frozenset(w.norm for w in compress(words, map(_capital, words)))


def _read(sentence: Sentence) -> tuple[list[Run], frozenset[str]]:
    """A sentence's runs of capitalised words and its capitalised words' norms, read
    once (a sentence is in several aligned pairs)."""
    facts = facts_of(sentence)
    found = facts.name_runs
    if found is None:
        words = sentence_words(sentence)
        found = facts.name_runs = (_runs(words), _capitalised(words))
    return found


def _named(
    words: Sequence[Word],
    runs: list[Run],
    others: frozenset[str],
    known: Callable[[tuple[int, int]], bool],
) -> list[Run]:
    """The runs but a sentence's common first word ("Officials", "On"), which any
    sentence capitalises, unless the other sentence names it too ("*Madrid* beat" /
    "on Saturday *Madrid* defeated"). A run that opens with such a word keeps the
    rest ("On *Saturday*"). ``others``: the other sentence's capitalised words;
    ``known((first, after))``: whether the lexicons know a run ("*Germany* said")."""
    kept: list[Run] = []
    for first, last in runs:
        if (
            first == 0
            and (is_common(words[0].norm, COMMON_ZIPF) or _inflected_word(words[0].norm))
            and words[0].norm not in others
            and not known((first, last + 1))
        ):
            if last == first:
                continue
            first += 1
        kept.append((first, last))
    return kept


def _inflected_word(norm: str) -> bool:
    """Whether a folded word is a plural or a verb form of a word WordNet knows or of a
    noun for a person's job ("*Inquiries* into", "*Glaziers* from Wendle", "*Costing*
    1.1 million"): a sentence's first word of that form is a word, however rare, not a
    name; a name spelt as a plural keeps its own form ("Siemens", "Reuters")."""
    nouns = base_forms(norm, "n")[1:]
    if any(senses(base, "n") or is_job_word(base) for base in nouns):
        return True
    return any(senses(base, "v") for base in base_forms(norm, "v")[1:])


def _key(words: Sequence[Word], run: Run) -> tuple[str, ...]:
    return tuple(w.norm for w in words[run[0] : run[1] + 1])


def _text(words: Sequence[Word], run: Run) -> str:
    return " ".join(w.text for w in words[run[0] : run[1] + 1])


def _swappable(words: Sequence[Word], run: Run, known: bool) -> bool:
    """Whether a run may be swapped here: a name (no date, office, title, number or
    negation cue: entity_names.is_name); no acronym ("AMC", "U.S."), which stands for a
    name the other may spell out; and, unless the lexicons know it, one word and no
    everyday word (EVERYDAY_ZIPF): a name of several words no lexicon holds is often
    another name of one thing ("the Second World War" / "World War II", "the Defense
    Department" / "the Pentagon")."""
    if not is_name(words, (run[0], run[1] + 1)):
        return False
    if any("." in w.text or w.text.isupper() for w in words[run[0] : run[1] + 1]):
        return False
    return known or (run[0] == run[1] and not is_common(words[run[0]].norm, EVERYDAY_ZIPF))


def _speaker(found: set[Role]) -> bool:
    """The name is who says it ("*Smith* said", "told by *Jones*")."""
    return any(role.tag == "head" and (role.word == SAY or says(role.word)) for role in found)


def named_runs(
    words: Sequence[Word],
    sentence: Sentence,
    other: Sentence,
    known: Callable[[tuple[int, int]], bool],
) -> list[Run]:
    """A sentence's runs of capitalised words but a common first word the other
    sentence does not name (``_named``; ``known((first, after))``: whether the
    lexicons know a run)."""
    runs, _ = _read(sentence)
    return _named(words, runs, _read(other)[1], known)
