"""The default label vocabulary; a corpus may override it in its diptych.yaml."""

from __future__ import annotations

DEFAULT_LABELS: tuple[str, ...] = (
    "verified",
    "disputed",
    "false",
    "unverified",
    "opinion",
    "name-error",
    "needs-source",
)
