"""Long regular expressions compiled once, their compiled programs kept between runs.

The lexicon patterns (every office title, every place name: thousands of alternatives)
take ``re`` about 70 ms a run to compile, a tenth of comparing a short pair. ``re``
compiles in two steps, both in Python: it parses the pattern, then writes the
program its C engine runs (a list of integers). ``prepared_pattern`` keeps that
program, with the group names, in the prepared cache (``prepared``), keyed by the
pattern's text, its flags and the Python build, and hands it to the engine's
constructor: the same ``re.Pattern`` as ``re.compile`` gives, without either step.

Those two steps and the constructor are not public API, so any failure (another
Python whose internals differ, a damaged file the engine's own check rejects) falls
back to ``re.compile``. A program written by one Python build is never read by
another: the cache key holds ``sys.version``.
"""

from __future__ import annotations

import re
from typing import Any

from tui.engine.prepared import prepared_from

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
