"""Tag values: what a sidecar records, and what the store reports about it.

Everything here is immutable. ``Tag`` is the record as saved; ``AnchoredTag`` is
a tag located in the article's current text (it may have moved, changed or be
orphaned); ``Conflict`` reports a tag changed in two places at once.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_tag_id() -> str:
    """A 26-character ULID: 48 bits of milliseconds then 80 random bits.

    Ids sort by creation time, stay unique across windows and machines, and
    never change, so a merge can match tags by id.
    """
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10), "big")
    chars = []
    for _ in range(26):
        value, digit = divmod(value, 32)
        chars.append(_CROCKFORD[digit])
    return "".join(reversed(chars))


def utc_now() -> str:
    """The current time as the sidecar writes it: ``2026-11-22T23:40:00Z``."""
    return format_timestamp(datetime.now(UTC))


def format_timestamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Target:
    """Where the tag points: offsets into the text plus a W3C-style quote selector."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Related:
    """The aligned claim in the other article, kept by quote."""

    article: str
    exact: str


@dataclass(frozen=True)
class Tag:
    id: str
    labels: tuple[str, ...]
    note: str
    target: Target
    related: Related | None
    created: str
    updated: str
    conflict_of: str | None = None
    """Set on the local copy kept when the same tag was changed in two places."""

    def content(self) -> tuple[object, ...]:
        """What a merge compares: everything but the offsets, which re-anchoring rewrites."""
        t = self.target
        return (
            self.id,
            self.labels,
            self.note,
            (t.exact, t.prefix, t.suffix),
            self.related,
            self.created,
            self.updated,
            self.conflict_of,
        )


class AnchorStatus(StrEnum):
    ANCHORED = "anchored"
    """The quote is at the saved offsets."""
    MOVED = "moved"
    """The exact quote was found elsewhere (text was inserted or removed around it)."""
    CHANGED = "changed"
    """A close but different text was found: the claim was edited."""
    ORPHANED = "orphaned"
    """The text cannot be found with confidence; the tag is kept, not placed."""


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    status: AnchorStatus
    score: float
    """1.0 for an exact match; the fuzzy score otherwise (0 when orphaned)."""


@dataclass(frozen=True)
class AnchoredTag:
    """A tag as placed in the article's current text."""

    article: str
    """The article's file name."""
    tag: Tag
    anchor: Anchor
    current: str
    """The article's text at the anchor now ("" when orphaned); differs from
    ``tag.target.exact`` when the claim was edited."""
    in_conflict: bool = False

    @property
    def status(self) -> AnchorStatus:
        return self.anchor.status

    @property
    def orphaned(self) -> bool:
        return self.anchor.status is AnchorStatus.ORPHANED

    @property
    def state(self) -> str:
        """One word for lists: ``conflict`` wins over the anchor status."""
        return "conflict" if self.in_conflict else self.anchor.status.value


class ConflictKind(StrEnum):
    BOTH_CHANGED = "both-changed"
    CHANGED_HERE_DELETED_THERE = "changed-here-deleted-there"
    DELETED_HERE_CHANGED_THERE = "deleted-here-changed-there"


@dataclass(frozen=True)
class Conflict:
    """A tag changed here and, since this window read the file, elsewhere too.

    Nothing is dropped: for ``both-changed`` the other version keeps the id and
    this window's version is saved next to it as ``copy_id`` (its ``conflict_of``
    names the original).
    """

    tag_id: str
    kind: ConflictKind
    path: str
    copy_id: str | None = None

    @property
    def message(self) -> str:
        if self.kind is ConflictKind.BOTH_CHANGED:
            return (
                f"{self.path}: tag {self.tag_id} was changed elsewhere too; "
                f"both versions kept (yours as {self.copy_id})"
            )
        if self.kind is ConflictKind.CHANGED_HERE_DELETED_THERE:
            return f"{self.path}: tag {self.tag_id} was deleted elsewhere; your edit was kept"
        return f"{self.path}: tag {self.tag_id} was changed elsewhere, so it was not deleted"
