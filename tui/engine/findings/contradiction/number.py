"""Number conflicts: two aligned sentences that count the same thing differently.

Quantities are read by ``quantities.py``; here they are paired one to one
(same role, same setting) and a pair that disagrees beyond rounding is reported.
The setting is the words around the two (``words.same_setting``), or, where another
outlet reworded all of them ("is 1.2 kilometres long" / "stretches 2.1 km", "about
300 families have been evacuated" / "some 3,000 families were moved out"), the two
are the only quantities of their kind each side holds and the rest of the sentences
agrees in meaning (``lone_pair``). Two such lone amounts may count a noun reworded with
a WordNet synonym ("4,350 new *flu* cases" / "3,450 fresh *influenza* cases", "18,000
*runners* finished" / "13,000 *runners* crossed the line": ``nouns_alike``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from tui.engine.findings.contradiction.ages import AGE
from tui.engine.findings.contradiction.conflict import Conflict, one_to_one
from tui.engine.findings.contradiction.counted_people import (
    counts_people,
    group_before,
    is_organisation,
    names_other_group,
)
from tui.engine.findings.contradiction.entity_roles import meaning_agreement
from tui.engine.findings.contradiction.kinds import base_forms, kind_of, relation, senses
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quantities import (
    Quantity,
    is_number_word,
    may_count,
    quantities,
)
from tui.engine.findings.contradiction.ranges import agree_as_spans
from tui.engine.findings.contradiction.wordlists import lemma_key
from tui.engine.findings.contradiction.words import (
    agreement,
    content_lemmas,
    same_setting,
    word_range,
)
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence

_LETTERS = regex(r"[a-z]+")
_NEXT_WORD = regex(r"^ ([a-z]+)\b")
HEAD_WORDS = 2
"""Words of the counted noun phrase a quantity's head holds at most (quantities._head)."""
NEXT_REACH = 30
"""Characters after a count's span read for the word that ends its compound."""
PARTITIVE_REACH = 60
"""Characters after a bare count within which the noun of its partitive stands."""
MIN_MEANING_AGREEMENT = 0.6
"""Least agreement in meaning of the rest of two sentences whose quantities are paired
as the only ones of their kind, not by the words around them (``lone_pair``)."""


def number_conflicts(pair: SentencePair) -> list[Conflict]:
    if not (may_count(pair.left) and may_count(pair.right)):
        return []
    lefts = quantities(pair.left)
    rights = quantities(pair.right) if lefts else ()
    lone = _lone_counts(lefts, rights)
    if lone is not None and (lone[0].agrees_with(lone[1]) or not nouns_alike(pair, *lone)):
        lone = None
    if lone is None and not any(
        a.same_role(b) and not a.agrees_with(b) for a in lefts for b in rights
    ):
        return []  # only such a pair can conflict: the sentences need not be cut into words
    pairs = _paired(pair, lefts, rights, lone)
    settled_left = {id(a) for a, b in pairs if a.agrees_with(b)}
    settled_right = {id(b) for a, b in pairs if a.agrees_with(b)}
    rest = agreement(content_lemmas(pair.left_words), content_lemmas(pair.right_words))
    conflicts = []
    for quantity, other in pairs:
        if quantity.agrees_with(other):
            continue
        if any(quantity.agrees_with(r) for r in rights if id(r) not in settled_right) or any(
            other.agrees_with(q) for q in lefts if id(q) not in settled_left
        ):
            continue  # the same amount is there, counting something worded otherwise
        if agree_as_spans(pair, lefts, rights, quantity, other):
            continue  # "between 2 and *5*" / "three to *four*": ranges that meet
        strong = bool(quantity.unit or quantity.head)
        score = (0.6 if strong else 0.5) + 0.35 * rest
        left_span, right_span = (quantity.start, quantity.end), (other.start, other.end)
        contrast = pair.contrast("number differs", left_span, right_span)
        conflicts.append(Conflict("number", left_span, right_span, contrast, round(score, 2)))
    return conflicts


def _paired(
    pair: SentencePair,
    lefts: Sequence[Quantity],
    rights: Sequence[Quantity],
    lone: tuple[Quantity, Quantity] | None,
) -> list[tuple[Quantity, Quantity]]:
    """One-to-one pairs of quantities that count the same thing in the same setting:
    agreeing pairs first, then the same word before, then the closest values
    (``lone``: the two counts of nouns alike, ``nouns_alike``, that are their sides'
    only unshared amounts, ``_lone_counts``). An age and a bare number, which may be
    an age no reader knows, pair only as their sides' lone amounts, not by the words
    around them ("the mother of *three*" / "the mother of *6-year-old* twins")."""
    candidates = sorted(
        (not a.agrees_with(b), a.before != b.before, _log_ratio(a, b), i, j)
        for i, a in enumerate(lefts)
        for j, b in enumerate(rights)
        if (
            a.same_role(b)
            and not _age_told_elsewhere(a, b, lefts, rights)
            and (
                (not a.age_or_bare(b) and _in_setting(pair, a, b))
                or (not _group_size(pair, a, b) and lone_pair(pair, lefts, rights, a, b))
            )
        )
        or (lone == (a, b) and lone_pair(pair, lefts, rights, a, b))
    )
    return one_to_one(candidates, lefts, rights)


def _in_setting(pair: SentencePair, a: Quantity, b: Quantity) -> bool:
    """Whether the words around two quantities are the same (``words.same_setting``)."""
    return same_setting(
        pair.left_words,
        (a.start, a.end),
        pair.right_words,
        (b.start, b.end),
        anchored=bool(a.head) and a.head == b.head,
    )


def _group_size(pair: SentencePair, a: Quantity, b: Quantity) -> bool:
    """Whether, of an age and a bare number, the bare number follows "of": it gives the
    size of a group ("a mother *of three*", "a crew of nine"), not an age."""
    if not a.age_or_bare(b):
        return False
    sentence, bare = (pair.left, a) if a.unit is None else (pair.right, b)
    before = sentence.text[: bare.start - sentence.start].rsplit(None, 1)
    return before[-1:] == ["of"]


def _age_told_elsewhere(
    left: Quantity, right: Quantity, lefts: Sequence[Quantity], rights: Sequence[Quantity]
) -> bool:
    """Whether of an age and another amount that differ, one agrees with an amount of
    the other side: two ages of one person at two moments ("at the age of 14" / "died
    aged 79") are told apart by the one each side shares ("when she was fourteen")."""
    if AGE not in (left.unit, right.unit) or left.agrees_with(right):
        return False
    return any(left.agrees_with(r) for r in rights if r is not right) or any(
        right.agrees_with(q) for q in lefts if q is not left
    )


def _lone_counts(
    lefts: Sequence[Quantity], rights: Sequence[Quantity]
) -> tuple[Quantity, Quantity] | None:
    """The only amount each side does not share, if both are bare counts with the noun
    they count (whether the nouns are alike is ``nouns_alike``'s to say)."""
    only_left, only_right = _unshared(lefts, rights), _unshared(rights, lefts)
    if len(only_left) != 1 or len(only_right) != 1:
        return None
    a, b = only_left[0], only_right[0]
    both_count = bool(a.head and b.head) and a.unit is None is b.unit and a.ordinal == b.ordinal
    return (a, b) if both_count else None


def nouns_alike(pair: SentencePair, left: Quantity, right: Quantity) -> bool:
    """Whether the nouns the two counts count are one sense in WordNet (the same noun,
    or synonyms: "flu" / "influenza"), or both name people by their part in events,
    neither a kind of the other, and neither side tells them apart (counted_people.py:
    "eleven *members*" / "seven *cavers*"). Only the counted nouns: a modifier both
    share ("3 *new* cases" / "5 *new* deaths", "*stray* dogs" / "*stray* cats") says
    nothing of what is counted, and a noun and its kind ("3 pupils" / "5 people") may
    count a part and its whole."""
    a = counted_noun(pair.left, left)
    b = counted_noun(pair.right, right)
    if a is None or b is None:
        return False
    related = relation(a, b, "n")
    if related == "same":
        return True
    return (
        related != "kind"  # "eleven *pupils*" may be of "twenty *people*"
        and _people(a, left)
        and _people(b, right)
        and not names_other_group(_outside_apposition(pair.left, left), b)
        and not names_other_group(_outside_apposition(pair.right, right), a)
    )


def more_of_a_kind(pair: SentencePair, left: Quantity, right: Quantity) -> bool:
    """Whether two exact counts of people count a noun and a kind of it, the kind the
    more ("*twenty* pupils" / "*eleven* people"): the pupils cannot all be among the
    people, so the counts conflict, where the other way round ("eleven pupils" /
    "twenty people") they may not (``nouns_alike`` leaves a noun and its kind apart)."""
    if left.bound != "exact" or right.bound != "exact":
        return False
    a = counted_noun(pair.left, left)
    b = counted_noun(pair.right, right)
    if a is None or b is None or not (counts_people(a) and counts_people(b)):
        return False
    if kind_of(a, b, "n"):
        return left.value > right.value
    return kind_of(b, a, "n") and right.value > left.value


def _people(noun: str, quantity: Quantity) -> bool:
    """Whether a count counts people: a noun of people, a bare count of the members of
    an organisation ("a *crew* of nine"), or a count of more than one before the
    singular of an organisation's noun, which counts its members ("*nine crew*",
    "*300 staff*"; "*three crews*" counts crews)."""
    if counts_people(noun):
        return True
    if not is_organisation(noun):
        return False
    return not quantity.head or (quantity.value > 1 and base_forms(noun, "n")[:1] == (noun,))


_APPOSITIVE = regex(r"\s*,(?:\s+[\w'\u2019-]+){1,6}\s*(?=[,;.]|$)")
"""A comma and a few words up to the next comma or stop, right after a count: a noun
phrase in apposition to it ("eleven fishermen*, the trawler's entire crew,*")."""


def _outside_apposition(sentence: Sentence, quantity: Quantity) -> str:
    """The lower-cased sentence without the noun phrase in apposition to the count, if
    any: it names what the count counts, not another group ("eleven fishermen, the
    trawler's entire *crew*" counts the crew)."""
    text = sentence.text.lower()
    end = quantity.end - sentence.start
    match = _APPOSITIVE.match(text, end)
    return text if match is None else text[:end] + text[match.end() :]


def counted_noun(sentence: Sentence, quantity: Quantity) -> str | None:
    """The noun a count counts, of the words its span covers: the first plural noun
    ("2,300 *pupils* sat"), else the last word WordNet knows as a noun ("4,350 new
    *flu*"), but a plural noun right after a span that ends two words into its noun
    phrase ("eighteen hexagonal mirror *segments*"), else the last word if it names
    people (counted_people.counts_people: "seven *cavers*"); for a bare count, the
    organisation it gives the size of ("a *crew* of nine"). A number word is no noun
    ("*seven*" is one in WordNet). Read from the span's text and the word after it:
    most pairs that ask never need their words."""
    start, end = quantity.start - sentence.start, quantity.end - sentence.start
    found: list[str] = _LETTERS.findall(sentence.text[start:end].lower())
    words = [w for w in found if not is_number_word(w)]
    nouns = [n for n in words if senses(n, "n")]
    plural = [norm for norm in nouns if len(base_forms(norm, "n")) > 1]
    if plural:
        return plural[0]
    following = _NEXT_WORD.match(sentence.text[end : end + NEXT_REACH].lower())
    if len(quantity.head) == HEAD_WORDS and following and _plural_noun(following.group(1)):
        return following.group(1)  # "eighteen hexagonal mirror *segments*"
    if nouns:
        return nouns[-1]
    if words and counts_people(words[-1]):
        return words[-1]
    if words:
        return None
    if quantity.head:  # a partitive count: "48 of the heath's *ponies*"
        after: list[str] = _LETTERS.findall(sentence.text[end : end + PARTITIVE_REACH].lower())
        return next((w for w in after if lemma_key(w) == quantity.head[-1]), None)
    return group_before(sentence.text[:start].lower())


def _plural_noun(norm: str) -> bool:
    """Whether WordNet knows a folded word as a noun in the plural."""
    return bool(senses(norm, "n")) and len(base_forms(norm, "n")) > 1


def lone_pair(
    pair: SentencePair,
    lefts: Sequence[Quantity],
    rights: Sequence[Quantity],
    left: Quantity,
    right: Quantity,
) -> bool:
    """Whether ``left`` and ``right`` are the only amounts their sides do not share
    (an ordinal is no amount: "the third quarter") and the rest of the two sentences
    agrees in meaning (a WordNet synonym counts as a shared word): which of them
    counts what is then not in doubt, whatever words surround them. An amount both
    sides write, whatever it counts ("100,000 tonnes" / "60,000 tons ... to 100,000"),
    and a third amount on one side ("three fires" / "two fires inside and one
    outside") leave it in doubt."""
    if _unshared(lefts, rights) != [left] or _unshared(rights, lefts) != [right]:
        return False
    li = word_range(pair.left_words, (left.start, left.end))
    ri = word_range(pair.right_words, (right.start, right.end))
    return meaning_agreement(pair.left_words, li, pair.right_words, ri) >= MIN_MEANING_AGREEMENT


def _unshared(quantities_: Sequence[Quantity], others: Sequence[Quantity]) -> list[Quantity]:
    """The amounts (not ordinals) of ``quantities_`` whose value or written figure none
    of ``others`` has ("27 minutes" / "in 27:41")."""
    values = [o.value for o in others] + [o.figure for o in others]
    return [
        q
        for q in quantities_
        if not q.ordinal
        and not any(math.isclose(q.value, v, rel_tol=1e-9) for v in values)
        and not any(math.isclose(q.figure, v, rel_tol=1e-9) for v in values)
    ]


def _log_ratio(a: Quantity, b: Quantity) -> float:
    return abs(math.log((abs(a.value) + 1) / (abs(b.value) + 1)))
