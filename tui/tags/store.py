"""``TagStore``: the tags of one article, saved to its sidecar on every change.

Use::

    store = TagStore.open(article)            # anything with .path, .text, .sha256
    change = store.add(start, end, labels=("disputed",), note="...",
                       related=Related("001_x.txt", "Treasury Secretary Besant"))
    store.update(change.tag.id, note="checked", labels=("verified",))
    store.delete(tag_id)
    store.undo()                              # the last change of this store
    store.tags()      # [AnchoredTag]: .status anchored/moved/changed/orphaned,
                      # .in_conflict, .current (the text there now), .tag (as saved)
    store.saved, store.write_error            # every change on disk? if not, why
    store.error, store.read_only              # an unreadable sidecar (file:line)
    store.location.redirected, .message       # read-only corpus: saved in the data folder
    store.reload()                            # pick up edits made elsewhere; True if any

Every mutation re-reads the sidecar under a folder lock, applies the edit to
what is on disk (see ``edits``: merge by tag id, both versions kept on a
conflict), re-anchors, and replaces the file atomically; it returns a
``Change`` whose ``conflicts`` the UI should show. If the write fails the edit
stays pending (``saved`` is False) and is retried by the next change or by
``flush()``; nothing is lost.

With a ``Saver`` (``TagStore.open(article, saver=...)``) a mutation only
records the edit and shows it in ``tags()`` (``Change.saving`` is True); the
saver's thread does the merge and the write, and reports the outcome. The
YAML work (parse, dump) then never runs on the caller's thread.

A sidecar that does not parse or has an unknown schema sets ``error`` (file
and line) and makes the store read-only: mutations (which re-read the file
first) raise ``TagsReadOnly`` and the file is never written until it is fixed.
``ValueError`` means an empty or out-of-range span.

Opening a store never writes: a tag that moved is re-anchored in memory and
its new offsets are saved with the next change, together with the article's
current hash. A tag keeps its original quote in ``target.exact`` even when the
text there changed, so the app can show the change.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from ruamel.yaml.comments import CommentedMap

from tui.tags import sidecar
from tui.tags.anchor import locate, make_target
from tui.tags.atomic import atomic_write, folder_lock, remove_stale_temps
from tui.tags.edits import AddTag, DeleteTag, Edit, UpdateTag
from tui.tags.location import SidecarLocation
from tui.tags.location import locate as locate_sidecar
from tui.tags.model import (
    Anchor,
    AnchoredTag,
    AnchorStatus,
    Conflict,
    Related,
    Tag,
    Target,
    new_tag_id,
    utc_now,
)
from tui.tags.sidecar import SidecarError

if TYPE_CHECKING:
    from tui.tags.saver import Saver


class ArticleLike(Protocol):
    @property
    def path(self) -> Path: ...
    @property
    def text(self) -> str: ...
    @property
    def sha256(self) -> str: ...


class TagsReadOnly(Exception):
    """A change was refused because the sidecar is unreadable; the message says why."""


class StillSaving(Exception):
    """An undo that must wait for a write which has not finished in ``UNDO_WAIT`` seconds."""


UNDO_WAIT = 5.0


@dataclass(frozen=True)
class Change:
    tag: Tag | None
    """The tag as saved (``None`` for a delete or an undo)."""
    conflicts: tuple[Conflict, ...] = ()
    saved: bool = True
    saving: bool = False
    """Handed to the store's saver: the outcome (conflicts, errors) is reported later."""


@dataclass(frozen=True)
class Stamp:
    """When a change was made and which user action it belongs to.

    ``order`` counts changes across every store sharing a history, so the corpus
    knows which store holds its latest change; ``group`` is shared by the changes
    of one action (a claim-wide tag writes one tag per member article) so that one
    undo reverts them all.
    """

    order: int
    group: int


class UndoHistory:
    """Undo entries, possibly shared by the stores of a corpus (``u`` undoes the last change)."""

    def __init__(self) -> None:
        self._entries: list[tuple[TagStore, Edit, Stamp]] = []
        self._lock = threading.Lock()
        self._clock = itertools.count()
        self._group: int | None = None

    def stamp(self) -> Stamp:
        """A stamp for a change made now (in the current action, if one is open)."""
        order = next(self._clock)
        return Stamp(order, order if self._group is None else self._group)

    @contextmanager
    def one_action(self) -> Iterator[None]:
        """The changes made inside are one action: undone together."""
        self._group = next(self._clock)
        try:
            yield
        finally:
            self._group = None

    def push(self, store: TagStore, edit: Edit, stamp: Stamp) -> None:
        with self._lock:
            self._entries.append((store, edit, stamp))

    def pop(self, store: TagStore) -> Edit | None:
        """Take ``store``'s last undo entry."""
        with self._lock:
            for index in range(len(self._entries) - 1, -1, -1):
                if self._entries[index][0] is store:
                    return self._entries.pop(index)[1]
        return None

    def latest(self, store: TagStore) -> Stamp | None:
        """The stamp of ``store``'s last undo entry."""
        with self._lock:
            return next((s for owner, _, s in reversed(self._entries) if owner is store), None)


class _Keep(Enum):
    """The default of ``update(related=...)``: leave the link as it is."""

    LINK = "keep"


class TagStore:
    def __init__(
        self,
        article: ArticleLike,
        location: SidecarLocation,
        history: UndoHistory | None = None,
        saver: Saver | None = None,
    ) -> None:
        self.article = article
        self.location = location
        self.history = history if history is not None else UndoHistory()
        self.saver = saver
        self.error: SidecarError | None = None
        self.write_error: str | None = None
        self._io = threading.RLock()
        """Held while the sidecar is read or written (``_disk``, ``_base``)."""
        self._lock = threading.RLock()
        """Held while the state shared with the saver's thread changes (everything else)."""
        self._disk: bytes | None = None
        self._base: CommentedMap | None = None
        """``_disk`` parsed, kept so that a change need not parse the file again."""
        self._disk_tags: list[Tag] = []
        """The tags in ``_disk``."""
        self._pending: list[tuple[Edit, Stamp | None]] = []
        """Edits not yet on disk, each with its stamp (``None`` for an undo, which no
        undo reverts)."""
        self._writing: list[tuple[Edit, Stamp | None]] = []
        """Edits taken from ``_pending`` by the write in progress."""
        self._view: list[AnchoredTag] = []
        self._stale = True
        """``_view`` no longer shows the disk and the edits: rebuild it."""
        self._places: dict[str, tuple[Target, Anchor, str]] = {}
        """Where each tag (by id) was placed, so a change re-places only the tags it touched."""

    @classmethod
    def open(
        cls,
        article: ArticleLike,
        *,
        data_dir: Path | None = None,
        history: UndoHistory | None = None,
        saver: Saver | None = None,
    ) -> TagStore:
        store = cls(article, locate_sidecar(article.path, data_dir), history, saver)
        store.reload()
        return store

    # -- state ---------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.location.path

    @property
    def name(self) -> str:
        return self.article.path.name

    @property
    def read_only(self) -> bool:
        return self.error is not None

    @property
    def saved(self) -> bool:
        """True when every change is on disk."""
        return not self._pending and not self._writing

    def tags(self) -> list[AnchoredTag]:
        """Every tag, placed in the article's current text, in sidecar order.

        What is on disk with the edits not yet written shown on top.
        """
        with self._lock:
            if self._stale:
                tags = list(self._disk_tags)
                for edit, _ in (*self._writing, *self._pending):
                    edit.shown_in(tags)
                ids = {tag.id for tag in tags}
                disputed = {tag.conflict_of for tag in tags if tag.conflict_of in ids}
                shown = {placed.tag.id: placed for placed in self._view}
                self._places = {tag.id: self._place(tag) for tag in tags}
                self._view = [
                    self._shown(tag, _in_conflict(tag, ids, disputed), shown.get(tag.id))
                    for tag in tags
                ]
                self._stale = False
            return list(self._view)

    def get(self, tag_id: str) -> Tag:
        for placed in self.tags():
            if placed.tag.id == tag_id:
                return placed.tag
        raise KeyError(tag_id)

    def _shown(self, tag: Tag, in_conflict: bool, before: AnchoredTag | None) -> AnchoredTag:
        """The placed tag, reused from the last view when nothing about it changed."""
        if before is not None and before.tag is tag and before.in_conflict == in_conflict:
            return before
        _, anchor, current = self._places[tag.id]
        return AnchoredTag(self.name, tag, anchor, current, in_conflict)

    def _place(self, tag: Tag) -> tuple[Target, Anchor, str]:
        """Where ``tag`` is in the text now, and the text there (kept from the last view)."""
        known = self._places.get(tag.id)
        if known is not None and (known[0] is tag.target or known[0] == tag.target):
            return known
        anchor = locate(self.article.text, tag.target)
        text = self.article.text
        current = "" if anchor.status is AnchorStatus.ORPHANED else text[anchor.start : anchor.end]
        return tag.target, anchor, current

    # -- changes -------------------------------------------------------------

    def add(
        self,
        start: int,
        end: int,
        labels: Iterable[str] = (),
        note: str = "",
        related: Related | None = None,
    ) -> Change:
        """Tag ``text[start:end]``; raises ``ValueError`` for an empty or bad span."""
        now = utc_now()
        tag = Tag(
            id=new_tag_id(),
            labels=tuple(labels),
            note=note,
            target=make_target(self.article.text, start, end),
            related=related,
            created=now,
            updated=now,
        )
        return self._change(AddTag(tag), tag.id)

    def update(
        self,
        tag_id: str,
        *,
        labels: Iterable[str] | None = None,
        note: str | None = None,
        related: Related | None | Literal[_Keep.LINK] = _Keep.LINK,
        expected: Tag | None = None,
    ) -> Change:
        """Change a tag's labels, note or link (``related=None`` removes the link).

        ``expected`` is the version the user edited (e.g. when the editor opened);
        it defaults to the store's current one. Editing a conflict copy marks
        the conflict resolved.
        """
        before = expected if expected is not None else self.get(tag_id)
        after = replace(
            before,
            labels=tuple(labels) if labels is not None else before.labels,
            note=note if note is not None else before.note,
            related=before.related if related is _Keep.LINK else related,
            conflict_of=None,
            updated=utc_now(),
        )
        return self._change(UpdateTag(before, after), tag_id)

    def delete(self, tag_id: str) -> Change:
        return self._change(DeleteTag(self.get(tag_id)), None)

    def undo(self) -> Change | None:
        """Undo this store's last change; ``None`` when there is nothing to undo.

        A change not yet taken by a write is just dropped; one being written is
        waited for, since its outcome says what undoes it (raising
        ``StillSaving`` after ``UNDO_WAIT`` seconds). An undo still waiting for its
        write is not a change: the next undo reverts the change before it. Raises
        ``TagsReadOnly`` (and keeps the change undoable) while the sidecar is
        unreadable.
        """
        self._check_writable()
        with self._lock:
            if self._pending and self._pending[-1][1] is not None:
                self._pending.pop()
                self._stale = True
                return Change(None, saved=self.saved)
            in_flight = any(stamp is not None for _, stamp in self._writing)
        if in_flight and self.saver is not None and not self.saver.wait(self, timeout=UNDO_WAIT):
            raise StillSaving(f"{self.name}: the last change is still being written; try again")
        edit = self.history.pop(self)
        if edit is None:
            return None
        return self._change(edit, None, record=False)

    def latest_change(self) -> Stamp | None:
        """The stamp of the change ``undo()`` would revert, or ``None``."""
        with self._lock:
            for _, stamp in reversed((*self._writing, *self._pending)):
                if stamp is not None:
                    return stamp
        return self.history.latest(self)

    def _change(self, edit: Edit, tag_id: str | None, record: bool = True) -> Change:
        self._check_writable()
        with self._lock:
            self._pending.append((edit, self.history.stamp() if record else None))
            self._stale = True
        conflicts: tuple[Conflict, ...] = ()
        if self.saver is None:
            conflicts = self.flush()
        else:
            self.saver.request(self)
        tag = None
        if tag_id is not None:
            tag = next((p.tag for p in self.tags() if p.tag.id == tag_id), None)
        return Change(tag, conflicts, self.saved, saving=self.saver is not None)

    def _check_writable(self) -> None:
        """Refuse if the sidecar is unreadable; without a saver, re-read it first.

        (A saver re-reads it before each write, off the caller's thread.)
        """
        if self.saver is None:
            self.reload()
        if self.error is not None:
            raise TagsReadOnly(f"{self.error} (tags of {self.name} are read-only until fixed)")

    # -- disk ----------------------------------------------------------------

    def reload(self) -> bool:
        """Read the sidecar again; True when what it holds changed.

        While this store's own write is under way (on the saver's thread) it
        returns False at once: that write merges what is on disk and shows it.
        """
        if not self._io.acquire(blocking=False):
            return False
        try:
            return self._read_again()
        finally:
            self._io.release()

    def _read_again(self) -> bool:
        try:
            data = _read(self.location.read_path())
        except OSError as error:
            self.error = SidecarError(self.location.read_path(), None, error.strerror or "")
            return False
        if data == self._disk and self.error is None:
            return False
        try:
            document = self._parse(data)
        except SidecarError as error:
            self.error = error
            return False
        tags = sidecar.tags_of(document, self.path)
        self._base = document
        self._disk = data
        with self._lock:
            self._disk_tags = tags
            self.error = None
            self._stale = True
        return True

    def flush(self) -> tuple[Conflict, ...]:
        """Merge pending edits into the file on disk and save it atomically.

        On an ``OSError`` (disk full, permissions) the edits stay pending and
        ``write_error`` says why; the next change or ``flush()`` tries again.
        Safe to call from the saver's thread while the caller's thread changes
        tags: edits made meanwhile wait for the next flush.
        """
        with self._io:
            if not self._pending:
                return ()
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with folder_lock(self.path.parent):
                    with self._lock:  # what is pending once the folder is ours
                        self._writing, self._pending = self._pending, []
                    remove_stale_temps(self.path)
                    return self._merge_and_write(_read(self.location.read_path()))
            except OSError as error:
                self._keep_pending(write_error=f"{self.path}: not saved: {error.strerror or error}")
                return ()
            except BaseException:
                self._keep_pending(write_error=self.write_error)
                raise

    def _keep_pending(self, *, write_error: str | None) -> None:
        """The write did not happen: its edits go back in front of the pending ones."""
        with self._lock:
            self._pending = self._writing + self._pending
            self._writing = []
            self.write_error = write_error
            self._stale = True

    def _merge_and_write(self, data: bytes | None) -> tuple[Conflict, ...]:
        try:
            document = self._disk_document(data)
        except SidecarError as error:  # broken since read: keep the edits, touch nothing
            self.error = error
            self._keep_pending(write_error=self.write_error)
            return ()
        conflicts: list[Conflict] = []
        undo: list[tuple[Edit, Stamp]] = []
        for edit, stamp in self._writing:
            outcome = edit.apply(document, self.path)
            conflicts.extend(outcome.conflicts)
            if stamp is not None and outcome.undo is not None:
                undo.append((outcome.undo, stamp))
        self._reanchor(document)
        output = sidecar.dump(document)
        atomic_write(self.path, output)
        tags = self._as_shown(sidecar.tags_of(document, self.path))
        self._disk = output
        self._base = document
        with self._lock:  # one step: the written edits leave ``_writing`` as they reach the view
            self.write_error = None
            self._writing = []
            self._disk_tags = tags
            self._stale = True
            for edit, stamp in undo:
                self.history.push(self, edit, stamp)
        return tuple(conflicts)

    def _as_shown(self, tags: list[Tag]) -> list[Tag]:
        """``tags`` with each one equal to a shown tag replaced by that very object.

        Run by the writer, so that the view rebuilt after a write compares by
        identity: showing a change stays cheap however many tags there are.
        """
        with self._lock:
            shown = {placed.tag.id: placed.tag for placed in self._view}
        return [same if (same := shown.get(tag.id)) == tag else tag for tag in tags]

    def _parse(self, data: bytes | None) -> CommentedMap:
        if data is None:
            return self._empty()
        return sidecar.parse(data, self.location.read_path())

    def _disk_document(self, data: bytes | None) -> CommentedMap:
        """The document in ``data``, to edit: the last parse is handed over when unchanged.

        Handing it over (rather than copying, which costs as much as parsing)
        leaves ``_base`` empty until the next successful write, so a failed
        write makes the next change parse the file again.
        """
        if data is not None and data == self._disk and self._base is not None:
            document, self._base = self._base, None
            return document
        return self._parse(data)

    def _empty(self) -> CommentedMap:
        return sidecar.new_document(self.name, self.article.sha256)

    def _reanchor(self, document: CommentedMap) -> None:
        """Save where moved tags are now, so the offsets match the current hash."""
        sidecar.set_article(document, self.name, self.article.sha256)
        for node in document["tags"]:
            tag = sidecar.tag_from_node(node, self.path)
            anchor = locate(self.article.text, tag.target)
            if anchor.status in (AnchorStatus.MOVED, AnchorStatus.CHANGED):
                target = node["target"]
                target["start"], target["end"] = anchor.start, anchor.end


def _in_conflict(tag: Tag, ids: set[str], disputed: set[str]) -> bool:
    """A tag whose conflict copy is here, or a copy whose original is here."""
    return tag.id in disputed or tag.conflict_of in ids


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
