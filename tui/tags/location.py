"""Where an article's sidecar lives.

Normally next to the article: ``000_x.txt`` -> ``000_x.txt.tags.yaml``. When the
article's folder is not writable, sidecars go to the user data folder
(``platformdirs``; ``DIPTYCH_DATA_DIR`` overrides it, e.g. for tests), in a
sub-folder named after the corpus folder and a hash of its absolute path. A
sidecar already next to the article is then read until the first save copies
it, comments included, to the data folder.

Once a sidecar is in the data folder it is the article's sidecar for every
reader and writer, whoever they are and whatever the folder's permissions are
now (root, or the folder made writable again, would otherwise look beside the
article and miss the tags).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from tui.tags.sidecar import SUFFIX

DATA_DIR_ENV = "DIPTYCH_DATA_DIR"


@dataclass(frozen=True)
class SidecarLocation:
    path: Path
    """Where the sidecar is written."""
    beside: Path
    """The sidecar's place next to the article (equal to ``path`` unless redirected)."""

    @property
    def redirected(self) -> bool:
        return self.path != self.beside

    def read_path(self) -> Path:
        """The file to read: the redirected copy once it exists, else the one beside."""
        if self.redirected and not self.path.exists():
            return self.beside
        return self.path

    @property
    def message(self) -> str:
        if not self.redirected:
            return f"tags saved to {self.path}"
        return f"{self.beside.parent} is read-only: tags saved to {self.path}"


def user_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("diptych", appauthor=False))


def folder_is_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def data_folder(corpus_folder: Path, data_dir: Path | None = None) -> Path:
    """Where the sidecars of a read-only ``corpus_folder`` go."""
    absolute = corpus_folder.resolve()
    key = f"{absolute.name}-{hashlib.sha256(str(absolute).encode()).hexdigest()[:12]}"
    base = data_dir if data_dir is not None else user_data_dir()
    return base / "tags" / key


def locate(article_path: Path, data_dir: Path | None = None) -> SidecarLocation:
    beside = article_path.with_name(article_path.name + SUFFIX)
    folder = article_path.parent
    redirected = data_folder(folder, data_dir) / beside.name
    if redirected.exists():
        return SidecarLocation(redirected, beside)
    if folder_is_writable(folder) and (not beside.exists() or os.access(beside, os.W_OK)):
        return SidecarLocation(beside, beside)
    return SidecarLocation(redirected, beside)
