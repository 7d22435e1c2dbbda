"""``CorpusTags``: the tag stores of every article in a corpus, opened on demand.

The stores share one ``UndoHistory``, so ``undo()`` here reverts the last tag
change whichever article it was in, or every change of the last action made
under ``one_action()`` (a claim-wide tag). ``saved`` is true when every store is.
With a ``Saver`` every store writes through it, off the caller's thread.
Sidecars whose article is not in the corpus are read too: their tags are
listed as orphaned (``all_tags``), never hidden.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from contextlib import AbstractContextManager
from pathlib import Path

from tui.tags.model import AnchoredTag
from tui.tags.saver import Saver
from tui.tags.sidecar import SidecarError
from tui.tags.store import ArticleLike, Change, Stamp, TagStore, UndoHistory
from tui.tags.survey import Sidecar, TagSurvey, orphan_sidecars, orphaned_tags


class CorpusTags:
    def __init__(
        self,
        articles: Iterable[ArticleLike],
        data_dir: Path | None = None,
        saver: Saver | None = None,
    ) -> None:
        self._articles = {article.path.name: article for article in articles}
        self._data_dir = data_dir
        self.saver = saver
        self._opening = threading.Lock()
        self._stores: dict[str, TagStore] = {}
        self.history = UndoHistory()

    def store(self, article: ArticleLike | str) -> TagStore:
        """The article's store, opened on first use (safe from a worker thread too)."""
        name = article if isinstance(article, str) else article.path.name
        with self._opening:
            return self._open(name)

    def _open(self, name: str) -> TagStore:
        if name not in self._stores:
            self._stores[name] = TagStore.open(
                self._articles[name],
                data_dir=self._data_dir,
                history=self.history,
                saver=self.saver,
            )
        return self._stores[name]

    def tags_for(self, article: ArticleLike | str) -> list[AnchoredTag]:
        return self.store(article).tags()

    def all_tags(self) -> list[AnchoredTag]:
        """Every tag of the corpus, article by article, then the tags of sidecars whose
        article is gone (orphaned)."""
        placed = [tag for name in self._articles for tag in self.store(name).tags()]
        return placed + [tag for orphan in self.orphans() for tag in orphaned_tags(orphan)]

    def survey(self) -> TagSurvey:
        """What each article's store holds (changes still being written included), and
        the sidecars whose article is gone: what the corpus table counts."""
        sidecars = {name: self._as_sidecar(self.store(name)) for name in self._articles}
        return TagSurvey(sidecars, tuple(self.orphans()))

    @staticmethod
    def _as_sidecar(store: TagStore) -> Sidecar:
        tags = tuple(placed.tag for placed in store.tags())
        return Sidecar(store.path, store.name, tags, store.error)

    def orphans(self) -> list[Sidecar]:
        """Sidecars (beside the articles or in the data folder) of articles not in the corpus."""
        folders = {article.path.parent for article in self._articles.values()}
        return list(orphan_sidecars(folders, set(self._articles), self._data_dir))

    def has_article(self, name: str) -> bool:
        return name in self._articles

    def errors(self) -> list[SidecarError]:
        """Sidecars that could not be read (their articles' tags are read-only)."""
        errors = [store.error for name in self._articles if (store := self.store(name)).error]
        return errors + [orphan.error for orphan in self.orphans() if orphan.error]

    def write_errors(self) -> list[str]:
        """Why some changes are not on disk (they stay pending and are retried)."""
        return [store.write_error for store in self._stores.values() if store.write_error]

    def flush(self) -> list[str]:
        """Write every pending change now, on this thread; the errors of what failed."""
        for store in self._stores.values():
            store.flush()
        return self.write_errors()

    @property
    def saved(self) -> bool:
        return all(store.saved for store in self._stores.values())

    def one_action(self) -> AbstractContextManager[None]:
        """Changes made inside (in any articles) are undone together by one ``undo()``."""
        return self.history.one_action()

    def undo(self) -> Change | None:
        """Undo the last action on the corpus's tags, in whichever articles it changed
        (every member of a claim-wide tag); ``None`` when there is none."""
        latest = self._latest_change()
        if latest is None:
            return None
        store, action = latest[0], latest[1].group
        change = store.undo()
        while change is not None and (following := self._latest_change()) is not None:
            if following[1].group != action:
                break
            change = following[0].undo()
        return change

    def _latest_change(self) -> tuple[TagStore, Stamp] | None:
        stamped = [
            (store, stamp)
            for store in self._stores.values()
            if (stamp := store.latest_change()) is not None
        ]
        return max(stamped, key=lambda pair: pair[1].order, default=None)

    def reload(self) -> list[str]:
        """Re-read every open sidecar; the names of articles whose tags changed."""
        return [name for name, store in self._stores.items() if store.reload()]
