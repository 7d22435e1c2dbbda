"""Long regular expressions compiled once, their compiled programs kept between runs.

The lexicon patterns (every office title, every place name: thousands of alternatives)
take ``re`` about 70 ms a run to compile, a tenth of comparing a short pair. ``re``
compiles in two steps, both in Python: it parses the pattern, then writes the
program its C engine runs (a list of integers). ``prepared_pattern`` keeps that
program, with the group names, in the prepared cache (``prepared``), keyed by the
pattern's text, its flags and the Python build, and hands it to the engine's
constructor: the same ``re.Pattern`` as ``re.compile`` gives, without either step.

The short patterns the modules compile when they are imported (about 180, 25-30 ms
a run between them, as much as the rest of a short pair's start-up saves elsewhere)
go through ``regex``: their programs share one file, read once per process, keyed by
each pattern's text and flags; a pattern the file lacks is compiled as usual and the
file is written again when the process leaves (``save_new_programs``).

Those two steps and the constructor are not public API, so any failure (another
Python whose internals differ, a damaged file the engine's own check rejects) falls
back to ``re.compile``. A program written by one Python build is never read by
another: the cache key holds ``sys.version``.
"""

from __future__ import annotations

import atexit
import marshal
import re
from pathlib import Path
from typing import Any

from tui.engine.prepared import cache_file, prepared_from, store

Program = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""The engine constructor's arguments: pattern, flags, code, groups, names, names by index."""


def prepared_pattern(name: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its compiled program read from the cache when an
    earlier run compiled the same pattern; ``name`` names the cache file (one per use,
    so a changed lexicon's pattern replaces its old program)."""
    flags = int(flags)
    try:
        import _sre

        program = prepared_from(
            f"regex-{name}",
            [pattern.encode("utf-8", "surrogatepass"), str(flags).encode()],
            lambda: _program(pattern, flags),
        )
        compiled: re.Pattern[str] = _sre.compile(*program)
        return compiled
    except Exception:  # noqa: BLE001 - any failure of the internals: compile as usual
        return re.compile(pattern, flags)


def _program(pattern: str, flags: int) -> Program:
    """What ``re._compiler.compile`` hands the engine for ``pattern``."""
    parser: Any = re._parser  # type: ignore[attr-defined]
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    parsed = parser.parse(pattern, flags)
    # Plain integers: the opcodes are named int constants, which marshal cannot write.
    code = [int(unit) for unit in compiler._code(parsed, flags)]
    names: dict[str, int] = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for group_name, index in names.items():
        by_index[index] = group_name
    return (
        pattern,
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        names,
        tuple(by_index),
    )


BUNDLE = "regex-bundle"
"""The file (``prepared.cache_file``) that keeps the programs of ``regex``."""
MAX_BUNDLED = 2048
"""Programs the file keeps: past this, only those a process used are written again
(patterns an older version compiled are dropped, not kept for ever)."""


class _Bundle:
    """The programs of ``regex`` patterns: those the file held, and those compiled since."""

    def __init__(self) -> None:
        self.path = cache_file(BUNDLE, [])
        """The file, as the cache folder was when the first pattern was asked for."""
        self.programs: dict[tuple[str, int], Program] = _read_bundle(self.path)
        self.used: set[tuple[str, int]] = set()
        self.new = False


_bundle: _Bundle | None = None


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` for a pattern a module compiles once (a constant):
    its program read from the shared file when an earlier run compiled it."""
    global _bundle
    flags = int(flags)
    if _bundle is None:
        _bundle = _Bundle()
        atexit.register(save_new_programs)
    key = (pattern, flags)
    _bundle.used.add(key)
    import _sre

    program = _bundle.programs.get(key)
    if program is not None:
        try:
            kept: re.Pattern[str] = _sre.compile(*program)
            return kept
        except Exception:  # noqa: BLE001 - a damaged entry: compiled again below
            pass
    try:
        program = _bundle.programs[key] = _program(pattern, flags)
        _bundle.new = True
        compiled: re.Pattern[str] = _sre.compile(*program)
        return compiled
    except Exception:  # noqa: BLE001 - any failure of the internals: compile as usual
        _bundle.programs.pop(key, None)
        return re.compile(pattern, flags)


def save_new_programs() -> None:
    """Write the shared file again when this process compiled a pattern it lacked (at
    exit; a command that leaves with ``os._exit`` calls it first)."""
    bundle = _bundle
    if bundle is None or not bundle.new or bundle.path is None:
        return
    bundle.new = False
    # What another process wrote meanwhile is kept too.
    kept = {**_read_bundle(bundle.path), **bundle.programs}
    if len(kept) > MAX_BUNDLED:
        kept = {key: kept[key] for key in bundle.used if key in kept}
    store(BUNDLE, bundle.path, kept)


def _read_bundle(path: Path | None) -> dict[tuple[str, int], Program]:
    if path is None:
        return {}
    try:
        programs = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return programs if isinstance(programs, dict) else {}
