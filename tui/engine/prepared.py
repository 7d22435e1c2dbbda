"""Tables derived from the shipped data, kept ready between runs in the user's cache.

Building some lexicon tables costs tens of milliseconds on every run (the antonym
lists stem every entry), as much as comparing a short pair. ``prepared`` keeps what
a builder returns in a marshal file named after a hash of everything the table
depends on: the bytes of its data files and of the source files of the code that
builds it, the Python version (marshal's format) and the stemmer's build. A changed
file gives another name, so a stale table is never read; a missing or read-only
cache folder, or a damaged file, costs only the build.

The folder is ``DIPTYCH_CACHE_DIR`` when set (the tests point it at a temporary
folder), else the user's cache folder as platformdirs names it; on Linux and the
BSDs it is worked out here (``$XDG_CACHE_HOME`` or ``~/.cache``), since importing
platformdirs costs about 10 ms.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from tui.engine.textnorm import stemmer_module_file

CACHE_DIR_ENV = "DIPTYCH_CACHE_DIR"
FORMAT = 1
"""Raised when the file layout changes, to set every earlier file aside."""
SUFFIX = ".marshal"

T = TypeVar("T")


def prepared(name: str, sources: Sequence[Path], build: Callable[[], T]) -> T:
    """``build()``, read from the cache when an earlier run built it from the same
    ``sources``; the value must be made of what marshal writes (dicts, tuples,
    frozensets, strings, numbers)."""
    try:
        key_parts = [source.read_bytes() for source in sources]
    except OSError:
        return build()
    return prepared_from(name, key_parts, build)


def prepared_from(name: str, key_parts: Sequence[bytes], build: Callable[[], T]) -> T:
    """``build()``, read from the cache when an earlier run built it from the same
    ``key_parts`` (the bytes the value depends on); see ``prepared``."""
    path = cache_file(name, key_parts)
    if path is not None:
        try:
            kept: T = marshal.loads(path.read_bytes())
            return kept
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = build()
    if path is not None:
        store(name, path, value)
    return value


def cache_file(name: str, key_parts: Sequence[bytes]) -> Path | None:
    """The file of this build of table ``name``; None when no cache folder is known."""
    try:
        return cache_folder() / f"{name}-{_key(key_parts)}{SUFFIX}"
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return None


def cache_folder() -> Path:
    """Where prepared tables are kept (see the module docstring)."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return Path(base if base else Path.home() / ".cache") / "diptych"
    import platformdirs

    return Path(platformdirs.user_cache_dir("diptych", appauthor=False))


def _key(key_parts: Sequence[bytes]) -> str:
    digest = hashlib.blake2b(f"{FORMAT} {sys.version} {_stemmer_build()}".encode(), digest_size=12)
    for part in key_parts:
        digest.update(part)
        digest.update(b"\0")
    return digest.hexdigest()


def _stemmer_build() -> str:
    """The file of the module that stems (PyStemmer's library, or snowballstemmer's
    Python code), with its size and time: another release may stem otherwise."""
    found = stemmer_module_file()
    if found is None:
        return "unknown stemmer"
    stat = os.stat(found)
    return f"{found} {stat.st_size} {stat.st_mtime_ns}"


def store(name: str, path: Path, value: Any) -> None:
    """Write ``value`` to ``path`` whole or not at all, and drop the files of ``name``
    built from earlier sources; a folder that cannot be written is left as it is."""
    import tempfile  # only on a build: it imports random and shutil

    try:
        payload = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
    except (OSError, ValueError):
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
        os.replace(scratch, path)
        for old in path.parent.glob(f"{name}-*{SUFFIX}"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        Path(scratch).unlink(missing_ok=True)
