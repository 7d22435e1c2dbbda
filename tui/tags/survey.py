"""What the sidecars of a corpus hold: the summary the corpus table shows.

``TagSurvey`` (built by ``CorpusTags.survey`` from the articles' stores): per
article, how many tags it has (or why its sidecar cannot be read: file and
line) and how many tags of other articles link to it; and the sidecars whose
article is gone (deleted, renamed or left out of the corpus), read here without
a store, so their tags are shown as orphaned rather than lost from view. Those
are looked for beside the articles and in the user data folder where a
read-only corpus's sidecars go.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from tui.tags.location import data_folder
from tui.tags.model import Anchor, AnchoredTag, AnchorStatus, Tag
from tui.tags.sidecar import SUFFIX, SidecarError, parse, tags_of


@dataclass(frozen=True)
class Sidecar:
    """One sidecar as read: its tags, or the reason it cannot be read."""

    path: Path
    article: str
    """The file name of the article it belongs to."""
    tags: tuple[Tag, ...] = ()
    error: SidecarError | None = None


@dataclass(frozen=True)
class TagSurvey:
    sidecars: dict[str, Sidecar] = field(default_factory=dict)
    """Article name -> its sidecar; articles without one are absent."""
    orphans: tuple[Sidecar, ...] = ()
    """Sidecars whose article is not in the corpus."""

    def count(self, article: str) -> int | None:
        """Tags of ``article`` (0 without a sidecar; ``None`` when it cannot be read)."""
        sidecar = self.sidecars.get(article)
        if sidecar is None:
            return 0
        return None if sidecar.error else len(sidecar.tags)

    def error(self, article: str) -> SidecarError | None:
        sidecar = self.sidecars.get(article)
        return sidecar.error if sidecar else None

    def links_in(self, article: str) -> int:
        """Tags of other articles linked to a claim of ``article``."""
        return self._links_in[article]

    @cached_property
    def _links_in(self) -> Counter[str]:
        return Counter(
            tag.related.article
            for sidecar in (*self.sidecars.values(), *self.orphans)
            for tag in sidecar.tags
            if tag.related is not None and tag.related.article != sidecar.article
        )


def orphan_sidecars(
    folders: Iterable[Path], names: set[str], data_dir: Path | None = None
) -> Iterator[Sidecar]:
    """Sidecars in ``folders`` (and their data folders) of articles not in ``names``.

    A sidecar in the data folder wins over one beside the article (it is the
    newer copy, see ``location``)."""
    found: dict[str, Path] = {}
    for folder in sorted(folders):
        for where in (folder, data_folder(folder, data_dir)):
            for path in sorted(where.glob(f"*{SUFFIX}")) if where.is_dir() else ():
                article = path.name.removesuffix(SUFFIX)
                if article not in names and not article.startswith("."):
                    found[article] = path
    for article in sorted(found):
        yield read_sidecar(found[article])


def read_sidecar(path: Path) -> Sidecar:
    article = path.name.removesuffix(SUFFIX)
    try:
        document = parse(path.read_bytes(), path)
    except OSError as error:
        return Sidecar(path, article, error=SidecarError(path, None, error.strerror or ""))
    except SidecarError as error:
        return Sidecar(path, article, error=error)
    return Sidecar(path, article, tuple(tags_of(document, path)))


def orphaned_tags(sidecar: Sidecar) -> list[AnchoredTag]:
    """The tags of a sidecar whose article is gone, each placed nowhere."""
    nowhere = Anchor(0, 0, AnchorStatus.ORPHANED, 0.0)
    return [AnchoredTag(sidecar.article, tag, nowhere, "", False) for tag in sidecar.tags]
