"""The one call whose instructions callgrind counts in the count_*.py benchmarks.

Run under ``valgrind --tool=callgrind --toggle-collect=functools_reduce``: only what runs
inside a ``functools.reduce`` call is counted, so the work a benchmark wants counted
runs inside one (the engine uses no ``reduce`` of its own) and loading, aligning and
table loads before it are left out.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from tui.engine.findings.model import Finding


def counted(work: Callable[[], list[Finding]]) -> list[Finding]:
    """``work()``, run inside the window callgrind counts."""
    no_findings: list[Finding] = []
    return functools.reduce(lambda _, __: work(), [None], no_findings)
