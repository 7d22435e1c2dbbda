"""Crash-safe file replacement and a per-folder writer lock.

``atomic_write`` writes a temporary file in the target's folder, flushes and
fsyncs it, renames it over the target with ``os.replace`` and fsyncs the
folder, so a crash at any moment leaves either the old file or the new one,
complete. ``folder_lock`` serialises read-merge-write cycles between diptych
processes sharing a folder (``flock`` on the folder itself, so no lock file
is left behind); where ``flock`` is unavailable it is a no-op.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

TEMP_SUFFIX = ".tmp"


def temp_prefix(target: Path) -> str:
    return f".{target.name}."


def atomic_write(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` atomically; raises ``OSError`` on failure."""
    folder = target.parent
    mode = target.stat().st_mode & 0o777 if target.exists() else _default_mode()
    fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def _default_mode() -> int:
    """What ``open()`` would give a new file: 0o666 less the umask (mkstemp uses 0o600)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms that cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some filesystems refuse
        pass
    finally:
        os.close(fd)


def remove_stale_temps(target: Path) -> None:
    """Delete temporary files a killed writer left; call only under ``folder_lock``."""
    for leftover in target.parent.glob(f"{temp_prefix(target)}*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
