"""Quotations: the same remark quoted with different words in two aligned sentences.

Quoted passages are found between matching quote marks (straight, curly or
single). Two quotes are compared only when they are one speaker's remark: the words
around them agree (the same speaker and setting) and do not name two different
people (``same_speaker``), and the quotes share most of their content, however each
report cuts the remark (a partial quotation, "said the line "is safe and will
restart"" against the whole of it). Two conflicts are read, each reported on the
changed words, never the whole quotation:

- the same quotation with and without a negation ("To pass this bill ... would
  increase the risk" / "If they don't pass this bill ... it will increase the
  risk");
- a run of words the word diff of the two quotes finds replaced by words of another
  meaning (``changed_value``): another share of a group or the other side of a
  moment ("*all* of our members" / "*only half* of", "*before* Easter" / "*after*":
  scale_words.py), a pair of opposites ("*over* budget" / "*under* budget" too, and a
  word against a synonym of its opposite, "*certain*" / "*doubtful*"), two words of
  opposite tone ("the *healthiest*" / "the *weakest*": opposite_tone.py's lexicon), an
  adjective graded down against its comparative ("*less safe*" / "*safer*"), another
  unit of time ("within *weeks*" / "within *months*"), or content words WordNet knows
  as different things or acts ("until *spring*" / "until *the end of March*").

A rewording is not reported: the same words in other forms ("progressing smoothly" /
"progress is smooth"), synonyms, a word and one WordNet defines it with ("plan" /
"proposal"), two verbs of saying, a word spelt two ways, a reporter's bracketed
aside, or words only one side adds.

Where another detector found the change, a negation or a pair of opposite words
inside the same quotation quoted on both sides, the finding is a changed quotation
and is reported as one (``as_quote_findings``): typed ``quote``, at its words within
the quotations. A number, date or name changed inside a quotation keeps its own type.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from tui.engine.diff import DiffOp, word_diff
from tui.engine.findings.contradiction.conflict import Conflict, spans_overlap
from tui.engine.findings.contradiction.date import MONTHS, WEEKDAYS
from tui.engine.findings.contradiction.kinds import (
    Pos,
    ancestors,
    base_forms,
    defined_by,
    relation,
    senses,
)
from tui.engine.findings.contradiction.negation import may_negate, polarity
from tui.engine.findings.contradiction.opposite_affix import denies_by_prefix
from tui.engine.findings.contradiction.opposite_tone import opposed_tones
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quotations import quotation_holding, quoted_spans, word_count
from tui.engine.findings.contradiction.scale_words import scale_opposition
from tui.engine.findings.contradiction.slots import synonymous
from tui.engine.findings.contradiction.tones import evaluative_words
from tui.engine.findings.contradiction.wordlists import (
    antonyms,
    comparisons,
    graded_forms,
    lemma_key,
)
from tui.engine.findings.contradiction.words import AUXILIARIES, Word, agreement, clause_break
from tui.engine.findings.model import Contrast
from tui.engine.prepared_regex import regex
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
"""Types of finding that, inside the same quotation, are a changed quotation."""
SAME_SETTING = 0.5
"""Agreement of the words around two quotations at which they are one speaker's in one
setting (``other_remarks``)."""
SAME_REMARK = 0.5
"""Least share of the shorter quote's content words found equal, in order, in the
other quote: below it two quotes are two remarks (``_one_remark``)."""
MAX_CHANGED = 6
"""Most words a side of one changed run inside a quotation."""
RUN_EXTENT = 0.5
"""Least ratio of the content word counts of the two sides of one changed run: a run
that says in one word what the other says in three is a rewording."""
STEM_PREFIX = 5
"""Letters two forms of one word share at the start at least ("progress-ing")."""
_FIRST_WORD = regex(r"\w[\w'\u2019-]*")
MIN_OPENING = 2
"""Least content words two quotes of one remark share at their start before their ends
part (``changed_ending``)."""
MIN_ENDING = 2
"""Least content words a side of a changed ending: one word is ``changed_value``'s."""
MAX_ENDING = 12
"""Most words a side of a changed ending: a longer one is another part of a speech."""
_JOINING = frozenset(("and", "but", "or", "so", "yet"))
"""Words that join a changed ending to the opening; the ending is marked without them."""
_ELLIPSIS = ("...", "\u2026")


def quote_conflicts(pair: SentencePair) -> list[Conflict]:
    """The same speaker's same quotation, quoted with and without a negation or with a
    run of words of another meaning: the changed words on each side. Quotes of two
    remarks (little content in common, or a different speaker and setting) are not
    compared, and a rewording is no contradiction (its words differ, its meaning need
    not)."""
    lefts = quoted_spans(pair.left)
    rights = quoted_spans(pair.right) if lefts else ()
    if not rights:
        return []
    frame = agreement(
        _lemmas(pair.left_words, lefts, inside=False),
        _lemmas(pair.right_words, rights, inside=False),
    )
    if not same_speaker(pair, lefts, rights, frame):
        return []
    found: dict[tuple[int, int], tuple[tuple[int, int], tuple[int, int]]] = {}
    if may_negate(pair.left) or may_negate(pair.right):
        for left_span, right_span in _same_quotations(pair, lefts, rights):
            slot = _flipped_words(pair, left_span, right_span)
            if slot is not None:
                found[left_span] = slot
    for left_span, right_span in _one_remark(pair, lefts, rights):
        if left_span not in found:
            slot = changed_value(pair, left_span, right_span) or changed_ending(
                pair, left_span, right_span
            )
            if slot is not None:
                found[left_span] = slot
    for left_span in lefts:
        if left_span not in found:
            slot = _opposite_in_cut(pair, left_span, rights)
            if slot is not None:
                found[left_span] = slot
    score = round(min(0.9, 0.5 + 0.4 * frame), 2)
    conflicts = []
    for left, right in found.values():
        contrast = Contrast(
            "quote differs", f'"{pair.left_quote(left)}"', f'"{pair.right_quote(right)}"'
        )
        conflicts.append(Conflict("quote", left, right, contrast, score))
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
    for slot in _slots(pair, ops, left_span, right_span):
        has_left = _cue_changed(
            slot.left, left_cues, slot.left_changed, slot.right_after, right_cues
        )
        has_right = _cue_changed(
            slot.right, right_cues, slot.right_changed, slot.left_after, left_cues
        )
        if has_left != has_right:
            left = _with_verb(pair.left_words, _trim(pair.left, slot.left), left_span)
            right = _with_verb(pair.right_words, _trim(pair.right, slot.right), right_span)
            return left, right
    return None


_NEGATING = frozenset(("not", "n't", "never"))
"""Negators a verb phrase may hold between its auxiliaries and its verb."""


def _verbal(word: Word) -> bool:
    """An auxiliary or a negator, a contracted one too ("won't"): a word of a verb
    phrase before its verb."""
    return word.norm in AUXILIARIES or word.norm in _NEGATING or word.norm.endswith("n't")


def _with_verb(
    words: Sequence[Word], span: tuple[int, int], quote: tuple[int, int]
) -> tuple[int, int]:
    """``span`` (a negation cue, or the word where the other side has one) widened to
    the verb it stands with inside the quote: the auxiliaries before it and the words
    after it up to the first content word ("would *not* have survived" / "would *have*
    survived"), so the finding shows the act denied on one side and stated on the
    other, not a lone "not". A clause break ends it; a span of other words than
    auxiliaries and negators, or one no verb follows ("*To pass*", "*not* the end"), is
    kept as it is."""
    inside = [w for w in words if quote[0] <= w.start and w.end <= quote[1]]
    within = [k for k, w in enumerate(inside) if span[0] <= w.start and w.end <= span[1]]
    if not within or not all(_verbal(inside[k]) for k in within):
        return span
    first, last = within[0], within[-1]
    while first > 0 and inside[first - 1].norm in AUXILIARIES and not clause_break(inside, first):
        first -= 1
    verb = last
    while verb + 1 < len(inside) and not clause_break(inside, verb + 1):
        verb += 1
        if inside[verb].is_content:
            break
        if not _verbal(inside[verb]):
            return span  # "not *the* dog": no verb follows
    if not inside[verb].is_content:
        return span
    return min(inside[first].start, span[0]), max(inside[verb].end, span[1])


def _cue_starts(sentence: Sentence, span: tuple[int, int]) -> list[int]:
    side = polarity(sentence)
    starts = [side.words[n.cue].start for n in side.negations]
    return [start for start in starts if span[0] <= start < span[1]]


def _cue_changed(
    span: tuple[int, int],
    cues: Sequence[int],
    changed: bool,
    other_after: tuple[int, int],
    other_cues: Sequence[int],
) -> bool:
    """Whether a side's slot holds a cue that is part of the change. A changed run's
    cue is; an unchanged side's slot is the word after the change, on both sides, so
    its cue is the change only where the other side's copy of that word lost it
    ("have *avoided*" / "have not avoided": "not avoided" reads as no cue), not where
    both sides hold it ("*Even* without" / "Without")."""

    def cued(where: tuple[int, int], starts: Sequence[int]) -> bool:
        return any(where[0] <= c < where[1] for c in starts)

    return cued(span, cues) and (changed or not cued(other_after, other_cues))


class _Slot(NamedTuple):
    """A run of changed words: its (left, right) spans, whether each side's span holds
    changed words or only stands for where the other side's words go, and each side's
    word after the change."""

    left: tuple[int, int]
    right: tuple[int, int]
    left_changed: bool
    right_changed: bool
    left_after: tuple[int, int]
    right_after: tuple[int, int]


def _slots(
    pair: SentencePair,
    ops: list[DiffOp],
    left_span: tuple[int, int],
    right_span: tuple[int, int],
) -> list[_Slot]:
    """Runs of changed words. A side with nothing changed takes the word after the
    change (or the quote's last word): "[not] pay" / "pay"; that word is no changed
    word, so a cue in it is the change only as ``_cue_changed`` says."""
    slots: list[_Slot] = []
    pending: list[DiffOp] = []
    for op in [*ops, None]:
        if op is not None and op.op != "equal":
            pending.append(op)
            continue
        if pending:
            lefts = [o.left for o in pending if o.left is not None]
            rights = [o.right for o in pending if o.right is not None]
            left_after = _next_word(pair.left, op.left if op else None, left_span)
            right_after = _next_word(pair.right, op.right if op else None, right_span)
            left = (lefts[0].start, lefts[-1].end) if lefts else left_after
            right = (rights[0].start, rights[-1].end) if rights else right_after
            slots.append(_Slot(left, right, bool(lefts), bool(rights), left_after, right_after))
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


def same_speaker(
    pair: SentencePair,
    lefts: Sequence[tuple[int, int]],
    rights: Sequence[tuple[int, int]],
    frame: float,
) -> bool:
    """Whether the quotes of the two sentences are one speaker's: the words around the
    quotes agree (MIN_FRAME), and where both sentences name someone outside the
    quotes, they share a name ("Ilse Varga said" / "said the engineer, Ilse Varga"):
    names on both sides that share nothing are two speakers ("Smith said" / "Jones
    said"), however alike the rest ("told reporters on Monday")."""
    if frame < MIN_FRAME:
        return False
    left = _names_outside(pair.left_words, lefts)
    right = _names_outside(pair.right_words, rights)
    return not (left and right) or bool(left & right)


def _names_outside(words: Sequence[Word], quotes: Sequence[tuple[int, int]]) -> set[str]:
    """Folded capitalised words outside the quotes, but for the calendar's ("on
    *Monday*"): who spoke, and where."""
    return {
        w.norm
        for w in words
        if w.capitalised_inside
        and w.text not in _CALENDAR
        and not any(start <= w.start < end for start, end in quotes)
    }


_CALENDAR = frozenset((*WEEKDAYS, *MONTHS))


def _one_remark(
    pair: SentencePair, lefts: Sequence[tuple[int, int]], rights: Sequence[tuple[int, int]]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each left quote with the right quote of the same remark, however the two are
    cut: the right quote most of whose words the left one shares in the same order
    (``_shared_share``), at least SAME_REMARK of the shorter quote's content words.
    A partial quotation ("said the bridge would be "finished after the summer"")
    is a remark cut shorter, compared where the two overlap."""
    found = []
    for left_span in lefts:
        shared, best = max((_shared_share(pair, left_span, r), r) for r in rights)
        if shared < SAME_REMARK:  # read again with other forms of a word: "safer" / "safe"
            shared, best = max((_shared_share(pair, left_span, r, forms=True), r) for r in rights)
        if shared >= SAME_REMARK:
            found.append((left_span, best))
    return found


def _shared_share(
    pair: SentencePair, left: tuple[int, int], right: tuple[int, int], forms: bool = False
) -> float:
    """The share of the shorter quote's content words that the word diff of the two
    quotes finds equal, with ``forms`` also those that stand in the other quote in
    another form ("*safer* now" / "less *safe* now")."""
    left_words, right_words = _words_in(pair.left_words, left), _words_in(pair.right_words, right)
    ops = word_diff(pair.left_quote(left), left[0], pair.right_quote(right), right[0])
    equal = [op.left for op in ops if op.op == "equal" and op.left is not None]
    others = [w for w in right_words if w.is_content] if forms else []
    kept = sum(
        1
        for w in left_words
        if w.is_content and (_within_any(w, equal) or any(_one_word(w, o) for o in others))
    )
    contents = min(sum(w.is_content for w in left_words), sum(w.is_content for w in right_words))
    return kept / contents if contents else 0.0


def changed_value(
    pair: SentencePair, left: tuple[int, int], right: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first run of words the two quotes of one remark replace with words of
    another meaning, as (left, right) spans (``_other_meaning``). Words only one side
    adds or leaves out (a quote cut shorter, "it is safe, and it will" / "is safe and
    will") change nothing, nor does a rewording of the same words ("progressing
    smoothly" / "progress is smooth"). A run of more than MAX_CHANGED words a side is
    another sentence, not a changed word."""
    left_words, right_words = _words_in(pair.left_words, left), _words_in(pair.right_words, right)
    ops = word_diff(pair.left_quote(left), left[0], pair.right_quote(right), right[0])
    left_asides, right_asides = _asides(pair.left, left), _asides(pair.right, right)
    for deleted, inserted in _replaced_runs(ops):
        olds = [w for w in left_words if _within_any(w, deleted)]
        news = [w for w in right_words if _within_any(w, inserted)]
        olds = [w for w in olds if not _within_any(w, left_asides)]
        news = [w for w in news if not _within_any(w, right_asides)]
        if not olds or not news or max(len(olds), len(news)) > MAX_CHANGED:
            continue
        scale = scale_opposition(olds, news)  # grammar words: no content count to compare
        if scale is not None:
            return scale
        opposed = (
            _opposite_pair(pair, olds, news)
            or lesser_against_greater(olds, news)
            or _tone_flip(pair, olds, news)
        )
        if opposed is not None:  # whatever else one run adds ("course will be *hillier*")
            return opposed
        contents = sorted((sum(w.is_content for w in olds), sum(w.is_content for w in news)))
        if contents[0] < RUN_EXTENT * contents[1]:
            continue  # "*a great many* new *rules*" / "*rules*"
        if _other_meaning(olds, news, pair.left_words, pair.right_words):
            return (olds[0].start, olds[-1].end), (news[0].start, news[-1].end)
    return None


def changed_ending(
    pair: SentencePair, left: tuple[int, int], right: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The ends of two quotes of one remark that open with the same words and end in two
    different clauses ("the population is healthy, and *there is room for more packs*"
    / "the population is healthy, but *the forest is already full*"), as (left, right)
    spans: the words after the opening, no content word of one ending in the other, and
    not most of each a synonym or a kind of a word of the other (a rewording), each of
    ``MIN_ENDING`` to ``MAX_ENDING`` words. One quote ending where the other goes on is
    a remark cut shorter, and an ellipsis marks words left out: neither is a change."""
    if any(mark in pair.left_quote(left) + pair.right_quote(right) for mark in _ELLIPSIS):
        return None
    ops = word_diff(pair.left_quote(left), left[0], pair.right_quote(right), right[0])
    opening = list(itertools.takewhile(lambda op: op.op == "equal", ops))
    if not opening or len(opening) == len(ops):
        return None
    left_words, right_words = _words_in(pair.left_words, left), _words_in(pair.right_words, right)
    left_end, right_end = _ends_of(opening)
    if sum(w.is_content for w in left_words if w.end <= left_end) < MIN_OPENING:
        return None
    olds = _ending(left_words, left_end)
    news = _ending(right_words, right_end)
    if not olds or not news or max(len(olds), len(news)) > MAX_ENDING:
        return None
    old_contents = [w for w in olds if w.is_content]
    new_contents = [w for w in news if w.is_content]
    if min(len(old_contents), len(new_contents)) < MIN_ENDING:
        return None
    if {w.lemma for w in old_contents} & {w.lemma for w in new_contents}:
        return None
    if _reworded(old_contents, new_contents) and _reworded(new_contents, old_contents):
        return None
    return (olds[0].start, olds[-1].end), (news[0].start, news[-1].end)


def _reworded(words: Sequence[Word], others: Sequence[Word]) -> bool:
    """Whether at least half of ``words`` have a synonym, a kind or another form of
    themselves among ``others``: WordNet relates some pair of most two clauses
    ("line" / "train"), a rewording relates most of them."""
    alike = sum(any(_alike(a.norm, b.norm) or _one_word(a, b) for b in others) for a in words)
    return 2 * alike >= len(words)


def _ends_of(opening: Sequence[DiffOp]) -> tuple[int, int]:
    last = opening[-1]
    assert last.left is not None and last.right is not None  # an equal op has both
    return last.left.end, last.right.end


def _ending(words: Sequence[Word], after: int) -> list[Word]:
    """The words after offset ``after``, without a joining word at their start."""
    ending = [w for w in words if w.start >= after]
    while ending and ending[0].norm in _JOINING:
        ending = ending[1:]
    return ending


def _other_meaning(
    olds: Sequence[Word], news: Sequence[Word], left: Sequence[Word], right: Sequence[Word]
) -> bool:
    """Whether a changed run without a pair of opposites (``_opposite_pair``) says
    something else: two different units of time ("within *weeks*" / "within
    *months*"), or content words on each side that the other sentence lacks (a word
    the other side says outside its quote was cut from the quotation, not changed:
    ""*The road* is safer," she said" / the road "is safer") and that WordNet knows as
    different things or acts ("the next *harvest*" / "the end of *winter*"), none of
    them the same as, a kind of or defined by a word of the other run ("plan" /
    "proposal"), nor two verbs of saying. Words WordNet does not know as nouns or verbs
    ("numerous" for "many") are no evidence either way."""
    if _letters(olds) == _letters(news):
        return False  # "co-mingling" / "comingling", "Do Not Call" / "do-not-call"
    left_only = _unmatched(olds, news, right)
    right_only = _unmatched(news, olds, left)
    if not (left_only and right_only):
        return False
    units = _time_units(left_only), _time_units(right_only)
    if units[0] and units[1]:
        return units[0].isdisjoint(units[1])
    if any(_alike(a.norm, b.norm) for a in left_only for b in right_only):
        return False
    return any(_different(a, b) for a in left_only for b in right_only)


TIME_UNITS = frozenset("minute hour day week month year decade century".split())
"""Units of time: "within weeks" / "within months" name two spans."""


_ASIDE = regex(r"\([^()]*\)|\[[^\[\]]*\]")
"""Words in brackets inside a quotation: the reporter's, not the speaker's."""


def _asides(sentence: Sentence, quote: tuple[int, int]) -> list[Span]:
    """The bracketed passages of a quote ("the debate *(over recent developments)*")."""
    text = sentence.text[quote[0] - sentence.start : quote[1] - sentence.start]
    return [Span(quote[0] + m.start(), quote[0] + m.end()) for m in _ASIDE.finditer(text)]


def _time_units(words: Sequence[Word]) -> set[str]:
    return {base for w in words for base in base_forms(w.norm, "n") if base in TIME_UNITS}


def _letters(words: Sequence[Word]) -> str:
    """The run's letters and digits, folded, without spaces or hyphens."""
    return "".join(c for w in words for c in w.norm if c.isalnum())


def _alike(a: str, b: str) -> bool:
    """Two words WordNet says may mean one thing: the same sense or one a kind of the
    other, as nouns or as verbs, one defined with the other, or synonyms as the aligner
    reads them."""
    if defined_by(a, b) or synonymous(lemma_key(a), lemma_key(b)):
        return True
    return any(relation(a, b, pos) in ("same", "kind") for pos in _POS)


def _different(a: Word, b: Word) -> bool:
    """Two words WordNet knows as different things, or as different acts in the same
    form: not two verbs of saying ("reported" / "declared": one remark reported two
    ways), nor a participle against another form of a verb, a clause recast ("claims
    that were *made* against him" / "claims *surrounding* him")."""
    if _telling(a.norm) and _telling(b.norm):
        return False
    if relation(a.norm, b.norm, "n") == "different":
        return True
    participles = a.norm.endswith(_PARTICIPLE), b.norm.endswith(_PARTICIPLE)
    return relation(a.norm, b.norm, "v") == "different" and participles[0] == participles[1]


_POS: tuple[Pos, ...] = ("n", "v")
_PARTICIPLE = "ing"


def _telling(norm: str) -> bool:
    """Whether the first verb sense of a folded word is a kind of saying or
    communicating (WordNet's senses of "say" and "communicate" and what lies under
    them): "report", "declare", "describe", "tell"."""
    first = senses(norm, "v")[:1]
    return bool(first) and not ancestors(first[0]).isdisjoint(_saying())


@lru_cache(maxsize=1)
def _saying() -> frozenset[int]:
    return frozenset((*senses("say", "v"), *senses("communicate", "v")))


def _replaced_runs(ops: Sequence[DiffOp]) -> list[tuple[list[Span], list[Span]]]:
    """(deleted spans, inserted spans) of each run of changes between equal words."""
    runs: list[tuple[list[Span], list[Span]]] = []
    deleted: list[Span] = []
    inserted: list[Span] = []
    for op in [*ops, None]:
        if op is not None and op.op != "equal":
            if op.left is not None:
                deleted.append(op.left)
            if op.right is not None:
                inserted.append(op.right)
            continue
        if deleted and inserted:
            runs.append((deleted, inserted))
        deleted, inserted = [], []
    return runs


def _opposite_in_cut(
    pair: SentencePair, left: tuple[int, int], rights: Sequence[tuple[int, int]]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two opposite words (``_opposite_pair``), one in the left quote and one in the
    right quote that shares most content with it, where the shorter quote is a cut of
    the longer one: every other content word
    of it, at least one, stands in the longer ("called it "*flat* and fast"" / ""the
    course will be *hilly* and fast,""). The word diff cannot pair them: a fragment
    against a whole sentence shares too few words. Neither quote may hold both words,
    nor may either word be negated (a negated opposite agrees)."""
    left_words = _words_in(pair.left_words, left)
    left_lemmas = _lemmas(pair.left_words, [left])
    right = max(rights, key=lambda r: agreement(left_lemmas, _lemmas(pair.right_words, [r])))
    right_words = _words_in(pair.right_words, right)
    found = _opposite_words_of(left_words, right_words)
    if found is None:
        return None
    left_word, right_word = found
    if _negated(pair.left, left_word) or _negated(pair.right, right_word):
        return None
    rests = (
        {w.lemma for w in left_words if w.is_content} - {left_word.lemma},
        {w.lemma for w in right_words if w.is_content} - {right_word.lemma},
    )
    shorter, longer = sorted(rests, key=len)
    if not shorter or not shorter <= longer:
        return None
    return (left_word.start, left_word.end), (right_word.start, right_word.end)


def _negated(sentence: Sentence, word: Word) -> bool:
    side = polarity(sentence)
    return any(k in side.negated for k, w in enumerate(side.words) if w.start == word.start)


def _opposite_pair(
    pair: SentencePair, olds: Sequence[Word], news: Sequence[Word]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of the two opposite words ``_opposite_words_of`` finds in two changed
    runs; of the two runs where one holds a negation cue, so the gates read the cue with
    them ("an *easy* one" / "*not difficult*": a negated opposite agrees). Read before
    the runs' lengths are compared: a quote cut shorter on one side leaves more words in
    the other's run ("*flat*" / "the course will be *hilly*")."""
    found = _opposite_words_of(olds, news)
    if found is None:
        return None
    runs = (olds[0].start, olds[-1].end), (news[0].start, news[-1].end)
    if _cue_starts(pair.left, runs[0]) or _cue_starts(pair.right, runs[1]):
        return runs
    old, new = found
    return (old.start, old.end), (new.start, new.end)


def _opposite_words_of(olds: Sequence[Word], news: Sequence[Word]) -> tuple[Word, Word] | None:
    """The first two opposite words of two runs, one a side: the antonym tables, their
    comparatives and superlatives too ("*faster*" / "*slower*"), or one word the other
    with a denying prefix ("*avoidable*" / "*unavoidable*", opposite_affix.py). A word
    the other run holds too is no change ("appropriated and non-appropriated funds" /
    "appropriated and nonappropriated funds")."""
    old_forms, new_forms = _letter_forms(olds), _letter_forms(news)
    return next(
        (
            (o, n)
            for o in olds
            for n in news
            if _opposite_words(o.norm, n.norm)
            and _letters([o]) not in new_forms
            and _letters([n]) not in old_forms
        ),
        None,
    )


_OVER_UNDER = (("over", "under"), ("under", "over"))


def over_against_under(a: str, b: str) -> bool:
    """Whether two folded words are "over" and "under", as words ("*over* budget" /
    "*under* budget") or as prefixes of one stem ("*over*staffed" / "*under*staffed",
    "*over*paid" / "*under*paid"): too much against too little, above against below."""
    return any(
        a.startswith(high) and b.startswith(low) and a[len(high) :] == b[len(low) :]
        for high, low in _OVER_UNDER
    )


def _letter_forms(words: Sequence[Word]) -> set[str]:
    return {_letters([w]) for w in words}


def _tone_flip(
    pair: SentencePair, olds: Sequence[Word], news: Sequence[Word]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of a word of strong positive tone in one changed run and one of strong
    negative tone in the other (opposite_tone.py's test, each word read at its plain
    form: "the *healthiest* we have seen" / "the *weakest* we have seen"), where neither
    run holds a negation cue (a cue is the negation reading's, ``_flipped_words``)."""
    runs = (olds[0].start, olds[-1].end), (news[0].start, news[-1].end)
    if _cue_starts(pair.left, runs[0]) or _cue_starts(pair.right, runs[1]):
        return None
    tones = [(i, w, _tone(w.norm)) for i, w in enumerate(olds) if w.is_content]
    others = [(j, w, _tone(w.norm)) for j, w in enumerate(news) if w.is_content]
    opposed = [
        (_misplaced(i, len(olds), j, len(news)), old, new)
        for i, old, tone in tones
        for j, new, other in others
        if tone is not None and other is not None and opposed_tones(tone, other)
    ]
    if not opposed:
        return None
    _, old, new = min(opposed, key=lambda found: found[0])
    return (old.start, old.end), (new.start, new.end)


def _misplaced(i: int, size: int, j: int, other_size: int) -> int:
    """How far apart two words stand in their runs, counted from the runs' starts or
    their ends, whichever is nearer: a quote cut shorter on one side leaves more words
    in its run ("the oysters that survived are the *healthiest*" / "the *weakest*")."""
    return min(abs(i - j), abs((size - i) - (other_size - j)))


def _tone(norm: str) -> float | None:
    """The valence of a folded word (tones.evaluative_words), or of the adjective
    it is the comparative or superlative of ("healthiest": "healthy")."""
    table = evaluative_words()
    if norm in table:
        return table[norm]
    for end in ("iest", "ier", "est", "er"):
        if norm.endswith(end):
            stem = norm[: -len(end)]
            plain = (stem + "y",) if end.startswith("i") else (stem, stem + "e", stem[:-1])
            for word in plain:
                if word in table and norm in (graded_forms(word) or ()):
                    return table[word]
    return None


@lru_cache(maxsize=1 << 16)
def _opposite_words(a: str, b: str) -> bool:
    """Whether two folded words are opposites (see ``_opposite_words_of``); kept, since a
    quotation's changed words are held against every word of the other run and words
    repeat across a long pair's quotations (a third of the questions at 5,000 sentences
    a side are asked again)."""
    if denies_by_prefix(a, b) or denies_by_prefix(b, a) or over_against_under(a, b):
        return True
    left, right = (lemma_key(a),), (lemma_key(b),)
    if right in antonyms().get(left, ()) or frozenset((left, right)) in comparisons():
        return True
    return _synonym_of_opposite(left[0], right[0]) or _synonym_of_opposite(right[0], left[0])


def _synonym_of_opposite(key: str, other: str) -> bool:
    """Whether ``other`` is a WordNet synonym of an opposite of ``key`` ("certain" /
    "doubtful": "dubious" is an opposite of "certain" and a synonym of "doubtful"). Read
    only inside one speaker's one quotation, where the frame is already the same."""
    return any(
        len(opposite) == 1 and synonymous(other, opposite[0])
        for opposite in antonyms().get((key,), ())
    )


def _unmatched(
    run: Sequence[Word], other_run: Sequence[Word], other_sentence: Sequence[Word]
) -> list[Word]:
    """The run's content words the other sentence lacks: not their lemma, nor, in the
    other run, a form of them ("smooth" / "smoothly")."""
    held = {w.lemma for w in other_sentence}
    return [
        w
        for w in run
        if w.is_content and w.lemma not in held and not any(_one_word(w, o) for o in other_run)
    ]


def _one_word(a: Word, b: Word) -> bool:
    """Two forms of one word: one folded form starts the other, or both share their
    first STEM_PREFIX letters ("progressing" / "progress", "long" / "longer")."""
    short, long_ = sorted((a.norm, b.norm), key=len)
    return long_.startswith(short) or (
        len(short) >= STEM_PREFIX and long_[:STEM_PREFIX] == short[:STEM_PREFIX]
    )


def _words_in(words: Sequence[Word], span: tuple[int, int]) -> list[Word]:
    return [w for w in words if span[0] <= w.start and w.end <= span[1]]


def _within_any(word: Word, spans: Sequence[Span]) -> bool:
    return any(s.start <= word.start and word.end <= s.end for s in spans)


_LESSER = {"less": 0, "least": 1}
"""A word that grades an adjective down, with the place in ``graded_forms`` of the form
that grades it up: the comparative for "less", the superlative for "least"."""


def lesser_against_greater(
    olds: Sequence[Word], news: Sequence[Word]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of an adjective graded down in one run and up in the other: "*less
    safe*" / "*safer*", "*least costly*" / "*costliest*", the same adjective, its
    comparative or superlative formed as ``graded_forms`` forms it. ("*less* safe" /
    "*more* safe" is ``scale_opposition``'s: the diff leaves the adjective equal.)"""
    for lower, upper, flipped in ((olds, news, False), (news, olds, True)):
        found = _graded_down_and_up(lower, upper)
        if found is not None:
            down, up = found
            return (up, down) if flipped else (down, up)
    return None


def _graded_down_and_up(
    lower: Sequence[Word], upper: Sequence[Word]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    for word, adjective in itertools.pairwise(lower):
        degree = _LESSER.get(word.norm)
        forms = graded_forms(adjective.norm) if degree is not None else None
        if degree is None or forms is None:
            continue
        graded = next((w for w in upper if w.norm == forms[degree]), None)
        if graded is not None:
            return (word.start, adjective.end), (graded.start, graded.end)
    return None
