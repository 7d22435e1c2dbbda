"""Word-level diff of two aligned passages, as spans into each original text.

diff-match-patch works on characters; each distinct word chunk (a word or a
punctuation mark with its trailing space) is mapped to one private character,
diffed, cleaned up semantically, and mapped back to offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from diff_match_patch import diff_match_patch  # type: ignore[import-untyped]

from tui.engine.prepared_regex import regex
from tui.engine.spans import Span

DiffOpKind = Literal["equal", "insert", "delete"]
_CHUNK = regex(r"(?:\w+|[^\w\s])\s*|\s+")
_FIRST_PRIVATE = 0xE000
_FLIPPED_KIND: dict[DiffOpKind, DiffOpKind] = {
    "insert": "delete",
    "delete": "insert",
    "equal": "equal",
}


@dataclass(frozen=True, slots=True)
class DiffOp:
    """``delete`` has only a left span, ``insert`` only a right one, ``equal`` both."""

    op: DiffOpKind
    left: Span | None
    right: Span | None


def word_diff(left_text: str, left_start: int, right_text: str, right_start: int) -> list[DiffOp]:
    """Diff two passages; spans are shifted by each passage's start offset."""
    vocabulary: dict[str, str] = {}

    def encode(text: str) -> tuple[str, list[int]]:
        chars, bounds = [], [0]
        for match in _CHUNK.finditer(text):
            chunk = match.group()
            key = chunk.strip().lower() or " "
            if key not in vocabulary:
                vocabulary[key] = chr(_FIRST_PRIVATE + len(vocabulary))
            chars.append(vocabulary[key])
            bounds.append(match.end())
        return "".join(chars), bounds

    left_chars, left_bounds = encode(left_text)
    right_chars, right_bounds = encode(right_text)
    engine = diff_match_patch()
    engine.Diff_Timeout = 0.2
    diffs = engine.diff_main(left_chars, right_chars, False)
    engine.diff_cleanupSemantic(diffs)

    ops: list[DiffOp] = []
    li = ri = 0
    for code, chunk in diffs:
        n = len(chunk)
        if code == 0:
            ops.append(
                DiffOp(
                    "equal",
                    Span(left_start + left_bounds[li], left_start + left_bounds[li + n]),
                    Span(right_start + right_bounds[ri], right_start + right_bounds[ri + n]),
                )
            )
            li, ri = li + n, ri + n
        elif code < 0:
            span = Span(left_start + left_bounds[li], left_start + left_bounds[li + n])
            ops.append(DiffOp("delete", span, None))
            li += n
        else:
            span = Span(right_start + right_bounds[ri], right_start + right_bounds[ri + n])
            ops.append(DiffOp("insert", None, span))
            ri += n
    return ops


def flipped(ops: tuple[DiffOp, ...]) -> tuple[DiffOp, ...]:
    """The same diff seen from the other side: inserts become deletes and back."""
    return tuple(DiffOp(_FLIPPED_KIND[op.op], op.right, op.left) for op in ops)
