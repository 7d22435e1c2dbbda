"""Tag edits applied to whatever is on disk: the three-way merge by tag id.

Each edit remembers the version of the tag it started from (``before``). It is
applied to the sidecar as freshly read, so tags changed elsewhere since this
window read the file are simply kept. When the tag it touches was itself
changed elsewhere, both versions are kept and a ``Conflict`` is reported; an
edit never silently overwrites another's work. Applying returns the edit that
undoes what actually happened.

``shown_in`` applies an edit to a plain list of tags, optimistically (no
conflicts): what the app shows while the edit waits for its write.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from tui.tags.model import Conflict, ConflictKind, Tag, new_tag_id
from tui.tags.sidecar import find_tag, new_tag_node, tag_from_node, write_tag


@dataclass(frozen=True)
class Outcome:
    conflicts: tuple[Conflict, ...] = ()
    undo: Edit | None = None


@dataclass(frozen=True)
class AddTag:
    tag: Tag
    index: int | None = None
    """Where to insert (an undone delete goes back to its place); ``None`` appends."""

    def apply(self, document: CommentedMap, path: Path) -> Outcome:
        tags = document["tags"]
        existing = find_tag(document, self.tag.id)
        if existing is not None:
            if tag_from_node(tags[existing], path).content() == self.tag.content():
                return Outcome()
            return _keep_both(document, self.tag, path)
        index = len(tags) if self.index is None else min(self.index, len(tags))
        tags.insert(index, new_tag_node(self.tag))
        return Outcome(undo=DeleteTag(self.tag))

    def shown_in(self, tags: list[Tag]) -> None:
        if all(tag.id != self.tag.id for tag in tags):
            tags.insert(len(tags) if self.index is None else min(self.index, len(tags)), self.tag)


@dataclass(frozen=True)
class UpdateTag:
    before: Tag
    after: Tag

    def apply(self, document: CommentedMap, path: Path) -> Outcome:
        tags = document["tags"]
        index = find_tag(document, self.before.id)
        if index is None:
            tags.append(new_tag_node(self.after))
            conflict = Conflict(self.after.id, ConflictKind.CHANGED_HERE_DELETED_THERE, str(path))
            return Outcome((conflict,), DeleteTag(self.after))
        on_disk = tag_from_node(tags[index], path).content()
        if on_disk == self.after.content():
            return Outcome()
        if on_disk != self.before.content():
            return _keep_both(document, self.after, path)
        write_tag(tags[index], self.after)
        return Outcome(undo=UpdateTag(self.after, self.before))

    def shown_in(self, tags: list[Tag]) -> None:
        index = _index_of(tags, self.before.id)
        if index is None:
            tags.append(self.after)
        else:
            tags[index] = self.after


@dataclass(frozen=True)
class DeleteTag:
    before: Tag

    def apply(self, document: CommentedMap, path: Path) -> Outcome:
        tags = document["tags"]
        index = find_tag(document, self.before.id)
        if index is None:
            return Outcome()
        if tag_from_node(tags[index], path).content() != self.before.content():
            conflict = Conflict(self.before.id, ConflictKind.DELETED_HERE_CHANGED_THERE, str(path))
            return Outcome((conflict,))
        del tags[index]
        return Outcome(undo=AddTag(self.before, index))

    def shown_in(self, tags: list[Tag]) -> None:
        index = _index_of(tags, self.before.id)
        if index is not None:
            del tags[index]


Edit = AddTag | UpdateTag | DeleteTag


def _index_of(tags: list[Tag], tag_id: str) -> int | None:
    return next((i for i, tag in enumerate(tags) if tag.id == tag_id), None)


def _keep_both(document: CommentedMap, mine: Tag, path: Path) -> Outcome:
    """The other version keeps the id; this one is saved beside it as a marked copy."""
    copy = replace(mine, id=new_tag_id(), conflict_of=mine.id)
    document["tags"].append(new_tag_node(copy))
    conflict = Conflict(mine.id, ConflictKind.BOTH_CHANGED, str(path), copy.id)
    return Outcome((conflict,), DeleteTag(copy))
