"""Quotations: the same remark quoted with different words in two aligned sentences.

Quoted passages are found between matching quote marks (straight, curly or
single). Two quotes are compared only when they
are the same quotation: the words around them agree (the same speaker and setting)
and the quotes share most of their content. A conflict is the same quotation with
and without a negation ("To pass this bill ... would increase the risk" / "If they
don't pass this bill ... it will increase the risk"), reported on the changed words,
never the whole quotation. A rewording that keeps the polarity is not reported: its
words differ, its meaning need not.

Where another detector found the change, a negation or a pair of opposite words
inside the same quotation quoted on both sides, the finding is a changed quotation
and is reported as one (``as_quote_findings``): typed ``quote``, at its words within
the quotations. A number, date or name changed inside a quotation keeps its own type.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tui.engine.diff import DiffOp, word_diff
from tui.engine.findings.contradiction.conflict import Conflict, spans_overlap
from tui.engine.findings.contradiction.negation import may_negate, polarity
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quotations import quotation_holding, quoted_spans, word_count
from tui.engine.findings.contradiction.words import Word, agreement
from tui.engine.findings.model import Contrast
from tui.engine.segment import Sentence
from tui.engine.spans import Span

MIN_FRAME = 0.3
"""Least overlap of the words around the quotes: the same speaker and setting."""
SAME_QUOTATION = 0.5
"""Least overlap (content lemmas) of two quotes of one remark: below it they are two
remarks (another moment, another part of a statement) and are not compared."""
MIN_EXTENT = 0.6
"""Least ratio of the word counts of two quotes compared as one quotation."""
_TRIMMED = " ,.;:!?\"'\u201c\u201d\u2018\u2019"
REWORDED = frozenset(("negation", "opposite"))
SAME_SETTING = 0.5
"""Agreement of the words around two quotations at which they are one speaker's in one
setting (``other_remarks``)."""
"""Types of finding that, inside the same quotation, are a changed quotation."""
_FIRST_WORD = re.compile(r"\w[\w'\u2019-]*")


def quote_conflicts(pair: SentencePair) -> list[Conflict]:
    """The same speaker's same quotation, quoted with and without a negation: the
    changed words on each side. Quotes of two remarks (little content in common, or a
    different speaker and setting) are not compared, and a rewording that keeps the
    polarity is no contradiction (its words differ, its meaning need not)."""
    lefts = quoted_spans(pair.left)
    rights = quoted_spans(pair.right) if lefts else ()
    if not rights:
        return []
    if not (may_negate(pair.left) or may_negate(pair.right)):
        return []  # no cue on either side: every quote holds as many cues (none) as its match
    frame = agreement(
        _lemmas(pair.left_words, lefts, inside=False),
        _lemmas(pair.right_words, rights, inside=False),
    )
    if frame < MIN_FRAME:
        return []
    conflicts = []
    for left_span, right_span in _same_quotations(pair, lefts, rights):
        slot = _flipped_words(pair, left_span, right_span)
        if slot is not None:
            left_words, right_words = pair.left_quote(slot[0]), pair.right_quote(slot[1])
            contrast = Contrast("quote differs", f'"{left_words}"', f'"{right_words}"')
            score = round(min(0.9, 0.5 + 0.4 * frame), 2)
            conflicts.append(Conflict("quote", slot[0], slot[1], contrast, score))
    return conflicts


def as_quote_findings(pair: SentencePair, conflicts: list[Conflict]) -> list[Conflict]:
    """``conflicts`` with each negation or opposite that lies in the same quotation on
    both sides reported as a changed quotation: typed ``quote``, its spans cut to the
    quotations, its score kept (its detector's evidence). Where the quote detector found
    the change too (the two findings overlap on a side), one finding is kept: the quote
    detector's, at the words the two quotes do not share."""
    if not any(c.type in REWORDED for c in conflicts):
        return conflicts  # most pairs
    lefts = quoted_spans(pair.left)
    rights = quoted_spans(pair.right) if lefts else ()
    reworded = [c for c in conflicts if c.type in REWORDED]
    changed = ([c.left for c in reworded], [c.right for c in reworded])
    quotations = _same_quotations(pair, lefts, rights, changed) if rights else []
    if not quotations:
        return conflicts
    found = [c for c in conflicts if c.type == "quote"]
    kept = []
    for conflict in conflicts:
        if conflict.type in REWORDED:
            quotation = _holding(quotations, conflict)
            if quotation is not None:
                if any(_one_side_overlaps(conflict, q) for q in found):
                    continue
                conflict = _as_quote(pair, conflict, quotation)
        kept.append(conflict)
    return kept


def other_remarks(pair: SentencePair, conflict: Conflict) -> bool:
    """Whether a negation or opposite stands inside a quotation on each side, the words
    around the quotations disagree (another speaker or setting: not SAME_SETTING) and
    the two quotations are not one remark (``_same_quotations``, the changed words left
    out as ``as_quote_findings`` leaves them out): two things said, not one claim told
    two ways ("There is no emergency," the governor said / "We will have an
    emergency," the president said)."""
    if conflict.type not in REWORDED:
        return False
    left_quote = quotation_holding(pair.left, conflict.left)
    right_quote = quotation_holding(pair.right, conflict.right)
    if left_quote is None or right_quote is None:
        return False
    left, right = [left_quote], [right_quote]
    around = agreement(
        _lemmas(pair.left_words, left, inside=False), _lemmas(pair.right_words, right, inside=False)
    )
    if around >= SAME_SETTING:
        return False  # one speaker in one setting: a remark changed, whatever its words
    return not _same_quotations(pair, left, right, ([conflict.left], [conflict.right]))


def _holding(
    quotations: Sequence[tuple[tuple[int, int], tuple[int, int]]], conflict: Conflict
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The quotation pair whose quotes the conflict's spans overlap on both sides."""
    return next(
        (
            (left, right)
            for left, right in quotations
            if spans_overlap(conflict.left, left) and spans_overlap(conflict.right, right)
        ),
        None,
    )


def _one_side_overlaps(conflict: Conflict, other: Conflict) -> bool:
    return spans_overlap(conflict.left, other.left) or spans_overlap(conflict.right, other.right)


def _as_quote(
    pair: SentencePair,
    conflict: Conflict,
    quotation: tuple[tuple[int, int], tuple[int, int]],
) -> Conflict:
    """The conflict as a changed quotation: spans cut to the quotes."""
    left_quote, right_quote = quotation
    left = _trim(pair.left, _clip(conflict.left, left_quote))
    right = _trim(pair.right, _clip(conflict.right, right_quote))
    left_words, right_words = pair.left_quote(left), pair.right_quote(right)
    contrast = Contrast("quote differs", f'"{left_words}"', f'"{right_words}"')
    return replace(conflict, type="quote", left=left, right=right, contrast=contrast)


def _clip(span: tuple[int, int], within: tuple[int, int]) -> tuple[int, int]:
    return max(span[0], within[0]), min(span[1], within[1])


def _same_quotations(
    pair: SentencePair,
    lefts: Sequence[tuple[int, int]],
    rights: Sequence[tuple[int, int]],
    changed: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]] = ((), ()),
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each left quote with the right quote of the same remark: the most content in
    common, at least SAME_QUOTATION, and about as long. The words of ``changed`` spans
    (left, right) are left out: a short remark with two words turned into their
    opposites ("safe and effective" / "dangerous and ineffective") is still one remark."""
    found = []
    for left_span in lefts:
        left_quote = pair.left_quote(left_span)
        left_lemmas = _lemmas_outside(pair.left_words, left_span, changed[0])
        scored = [
            (agreement(left_lemmas, _lemmas_outside(pair.right_words, r, changed[1])), r)
            for r in rights
        ]
        shared, best = max(scored)
        if shared >= SAME_QUOTATION and _same_extent(left_quote, pair.right_quote(best)):
            found.append((left_span, best))
    return found


def _lemmas_outside(
    words: Sequence[Word], quote: tuple[int, int], changed: Sequence[tuple[int, int]]
) -> set[str]:
    """Content lemmas of the quote's words outside the ``changed`` spans."""
    if not changed:
        return _lemmas(words, [quote])
    return _lemmas(words, [quote]) - _lemmas(words, changed)


def _same_extent(left: str, right: str) -> bool:
    """Quotes of about the same length: a fragment of a remark ("a spot at the bar")
    against the whole of it is the same quotation cut shorter, not a changed one."""
    shorter, longer = sorted((word_count(left), word_count(right)))
    return shorter >= MIN_EXTENT * longer


def _flipped_words(
    pair: SentencePair, left_span: tuple[int, int], right_span: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The changed words of two quotes of one remark where one side holds a negation
    cue the other lacks, if the two quotes hold a different number of cues."""
    left_cues = _cue_starts(pair.left, left_span)
    right_cues = _cue_starts(pair.right, right_span)
    if len(left_cues) == len(right_cues):
        return None
    ops = word_diff(
        pair.left_quote(left_span), left_span[0], pair.right_quote(right_span), right_span[0]
    )
    for left_slot, right_slot in _slots(pair, ops, left_span, right_span):
        has_left = any(left_slot[0] <= c < left_slot[1] for c in left_cues)
        has_right = any(right_slot[0] <= c < right_slot[1] for c in right_cues)
        if has_left != has_right:
            return _trim(pair.left, left_slot), _trim(pair.right, right_slot)
    return None


def _cue_starts(sentence: Sentence, span: tuple[int, int]) -> list[int]:
    side = polarity(sentence)
    starts = [side.words[n.cue].start for n in side.negations]
    return [start for start in starts if span[0] <= start < span[1]]


def _slots(
    pair: SentencePair,
    ops: list[DiffOp],
    left_span: tuple[int, int],
    right_span: tuple[int, int],
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Runs of changed words as (left, right) spans. A side with nothing changed takes
    the word after the change (or the quote's last word): "[not] pay" / "pay"."""
    slots = []
    pending: list[DiffOp] = []
    for op in [*ops, None]:
        if op is not None and op.op != "equal":
            pending.append(op)
            continue
        if pending:
            lefts = [o.left for o in pending if o.left is not None]
            rights = [o.right for o in pending if o.right is not None]
            after = op if op is not None else None
            left = (
                (lefts[0].start, lefts[-1].end)
                if lefts
                else _next_word(pair.left, after.left if after else None, left_span)
            )
            right = (
                (rights[0].start, rights[-1].end)
                if rights
                else _next_word(pair.right, after.right if after else None, right_span)
            )
            slots.append((left, right))
            pending = []
    return slots


def _next_word(sentence: Sentence, span: Span | None, quote: tuple[int, int]) -> tuple[int, int]:
    """The first word of an equal run (the word after an insertion), else the quote's end."""
    if span is None:
        return (quote[1] - 1, quote[1])
    text = sentence.text[span.start - sentence.start : span.end - sentence.start]
    word = _FIRST_WORD.search(text)
    if word is None:
        return (span.start, span.end)
    return (span.start + word.start(), span.start + word.end())


def _trim(sentence: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without spaces and punctuation at its ends (never empty)."""
    text = sentence.text[span[0] - sentence.start : span[1] - sentence.start]
    first = len(text) - len(text.lstrip(_TRIMMED))
    last = len(text.rstrip(_TRIMMED))
    if first >= last:
        return span
    return span[0] + first, span[0] + last


def _lemmas(
    words: Sequence[Word], spans: Sequence[tuple[int, int]], inside: bool = True
) -> set[str]:
    def within(word: Word) -> bool:
        return any(start <= word.start and word.end <= end for start, end in spans)

    return {w.lemma for w in words if w.is_content and within(w) == inside}
