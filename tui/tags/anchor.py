"""Quote anchoring: find a tag's text again after the article changed.

A target keeps offsets plus a quote selector (exact text, and up to
``CONTEXT`` characters before and after). Locating it tries, in order:

1. the saved offsets, when the text there is still the exact quote;
2. every exact occurrence of the quote, scored by how well its surroundings
   match the saved prefix and suffix and by distance from the old offset;
3. fuzzy candidates from diff-match-patch ``match_main`` (the quote's head
   and tail, and the spans right after the prefix and before the suffix),
   searched near the old offset and near the quote's best-matching window
   elsewhere, scored on quote, prefix and suffix similarity and distance.

A fuzzy candidate is accepted only when its quote is close and its total score
passes ``MIN_FUZZY_SCORE``, which needs its context too: an edited claim found
among new neighbours looks exactly like a look-alike sentence (the same
template with another name or number), and a tag on the wrong sentence is
worse than an orphan, so anything doubtful is reported as orphaned.
"""

from __future__ import annotations

from dataclasses import dataclass

from diff_match_patch import diff_match_patch
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from tui.tags.model import Anchor, AnchorStatus, Related, Target

CONTEXT = 32
"""Characters of prefix and suffix kept around a quote."""
MIN_UNIQUE_QUOTE = 16
"""A quote at least this long is trusted even with unfamiliar context."""
MIN_EXACT_CONTEXT = 0.5
"""A shorter quote needs this much of its context (prefix and suffix) to match."""
MIN_QUOTE_SIMILARITY = 0.75
MIN_FUZZY_SCORE = 0.75
MAX_EXACT_CANDIDATES = 500
MIN_WINDOW_SIMILARITY = 0.6
"""The quote's best window elsewhere is searched only when at least this similar."""
SNAP = 8
"""How far a fuzzy candidate's ends may move to fit the quote and its context."""
DMP_THRESHOLD = 0.35
DMP_DISTANCE = 1000
"""``match_main`` settings: how many errors, and how far from the expected place."""

_WEIGHTS = {"quote": 0.6, "prefix": 0.15, "suffix": 0.15, "distance": 0.1}
_DMP_MAX_BITS = 32


def make_target(text: str, start: int, end: int) -> Target:
    """The selector for ``text[start:end]``; raises ``ValueError`` on an empty or bad span."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"bad span {start}..{end} for a text of {len(text)} characters")
    return Target(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def locate(text: str, target: Target) -> Anchor:
    """Where ``target`` is in ``text`` now, or an orphaned anchor at its old offsets."""
    if 0 <= target.start <= target.end <= len(text) and (
        text[target.start : target.end] == target.exact
    ):
        return Anchor(target.start, target.end, AnchorStatus.ANCHORED, 1.0)
    if target.exact:
        exact = _best_exact(text, target)
        if exact is not None:
            return exact
        fuzzy = _best_fuzzy(text, target)
        if fuzzy is not None:
            return fuzzy
    return Anchor(target.start, target.end, AnchorStatus.ORPHANED, 0.0)


@dataclass(frozen=True)
class _Scored:
    start: int
    end: int
    quote: float
    context: float
    total: float


def _similarity(a: str, b: str) -> float:
    return float(Levenshtein.normalized_similarity(a, b))


def _score(text: str, target: Target, start: int, end: int) -> _Scored:
    quote = _similarity(target.exact, text[start:end])
    before = text[max(0, start - len(target.prefix)) : start]
    after = text[end : end + len(target.suffix)]
    prefix = _similarity(target.prefix, before)
    suffix = _similarity(target.suffix, after)
    distance = min(1.0, abs(start - target.start) / max(len(text), 1))
    total = (
        _WEIGHTS["quote"] * quote
        + _WEIGHTS["prefix"] * prefix
        + _WEIGHTS["suffix"] * suffix
        + _WEIGHTS["distance"] * (1.0 - distance)
    )
    return _Scored(start, end, quote, (prefix + suffix) / 2, total)


def _best_exact(text: str, target: Target) -> Anchor | None:
    best: _Scored | None = None
    position = text.find(target.exact)
    found = 0
    while position >= 0 and found < MAX_EXACT_CANDIDATES:
        scored = _score(text, target, position, position + len(target.exact))
        if best is None or scored.total > best.total:
            best = scored
        found += 1
        position = text.find(target.exact, position + 1)
    if best is None:
        return None
    if len(target.exact) < MIN_UNIQUE_QUOTE and best.context < MIN_EXACT_CONTEXT:
        return None
    return Anchor(best.start, best.end, AnchorStatus.MOVED, 1.0)


def _matcher() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Match_Threshold = DMP_THRESHOLD
    dmp.Match_Distance = DMP_DISTANCE
    return dmp


def _find(dmp: diff_match_patch, text: str, pattern: str, near: int) -> int:
    if not pattern:
        return -1
    near = min(max(near, 0), len(text))
    return int(dmp.match_main(text, pattern[:_DMP_MAX_BITS], near))


def _expected_starts(text: str, target: Target) -> list[int]:
    """Where to look: the old offset and, if it is elsewhere, the quote's best window.

    ``match_main`` only looks near a location (that keeps it fast and local); the
    window from rapidfuzz's ``partial_ratio_alignment`` (linear, in C++) lets an
    edited claim be found after its paragraph moved far away.
    """
    starts = [target.start]
    window = fuzz.partial_ratio_alignment(target.exact, text)
    if (
        window is not None
        and window.score >= 100 * MIN_WINDOW_SIMILARITY
        and abs(window.dest_start - target.start) > _DMP_MAX_BITS
    ):
        starts.append(window.dest_start - window.src_start)
    return starts


def _candidates_near(text: str, target: Target, near: int) -> set[tuple[int, int]]:
    """Plausible (start, end) spans for an edited quote expected at ``near``.

    The quote's head and tail are searched first; the context (end of prefix,
    start of suffix) only when one of them is missing, as both were edited.
    """
    dmp = _matcher()
    length = len(target.exact)
    head = target.exact[:_DMP_MAX_BITS]
    tail = target.exact[-_DMP_MAX_BITS:]
    spans: set[tuple[int, int]] = set()
    head_at = _find(dmp, text, head, near)
    tail_at = _find(dmp, text, tail, (head_at if head_at >= 0 else near) + length - len(tail))
    tail_end = tail_at + len(tail) if tail_at >= 0 else -1
    if head_at >= 0:
        spans.add((head_at, head_at + length))
        if head_at < tail_end <= head_at + 2 * length:
            spans.add((head_at, tail_end))
    if tail_end >= 0:
        spans.add((tail_end - length, tail_end))
    if head_at < 0 or tail_end < 0:
        prefix_tail = target.prefix[-_DMP_MAX_BITS:]
        prefix_at = _find(dmp, text, prefix_tail, near - len(prefix_tail))
        if prefix_at >= 0:
            start = prefix_at + len(prefix_tail)
            spans.add((start, start + length))
            if start < tail_end <= start + 2 * length:
                spans.add((start, tail_end))
        suffix_at = _find(dmp, text, target.suffix[:_DMP_MAX_BITS], near + length)
        if suffix_at >= 0:
            spans.add((suffix_at - length, suffix_at))
            if head_at >= 0 and head_at < suffix_at <= head_at + 2 * length:
                spans.add((head_at, suffix_at))
    return {(max(0, s), min(len(text), e)) for s, e in spans if e > s}


def _candidates(text: str, target: Target) -> set[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for near in _expected_starts(text, target):
        spans |= _candidates_near(text, target, near)
    return spans


def _refine(text: str, target: Target, start: int, end: int) -> _Scored:
    """Nudge a candidate's ends to where quote and context fit best.

    ``match_main`` reports where a pattern starts, so an end computed from it is
    off by whatever was inserted or deleted inside the pattern.
    """
    best = _score(text, target, start, end)
    for delta in range(-SNAP, SNAP + 1):
        if best.start < end + delta <= len(text):
            best = max(best, _score(text, target, best.start, end + delta), key=_total)
    end = best.end
    for delta in range(-SNAP, SNAP + 1):
        if 0 <= start + delta < end:
            best = max(best, _score(text, target, start + delta, end), key=_total)
    return best


def _total(scored: _Scored) -> float:
    return scored.total


def _best_fuzzy(text: str, target: Target) -> Anchor | None:
    scored = [_refine(text, target, s, e) for s, e in _candidates(text, target)]
    short = len(target.exact) < MIN_UNIQUE_QUOTE
    accepted = [
        s
        for s in scored
        if s.quote >= MIN_QUOTE_SIMILARITY
        and s.total >= MIN_FUZZY_SCORE
        and (not short or s.context >= MIN_EXACT_CONTEXT)
    ]
    if not accepted:
        return None
    best = max(accepted, key=lambda s: (s.total, -s.start))
    return Anchor(best.start, best.end, AnchorStatus.CHANGED, round(best.total, 3))


def find_related(text: str, related: Related) -> tuple[int, int] | None:
    """Where a tag's linked claim is in the other article's text, by exact quote.

    A link keeps only its quote (no context), so it is never matched fuzzily: an
    edited or missing claim gives ``None`` rather than a guess.
    """
    if not related.exact:
        return None
    start = text.find(related.exact)
    return (start, start + len(related.exact)) if start >= 0 else None
