"""Verbs that tell how an act or a request turned out, from one table read once.

data/wordnet_outcomes.txt (tools/build_outcomes.py, from WordNet 3.0) lists each folded
verb form with its way: "done" (an act accomplished), "win" / "lose" (a contest),
"refuse" / "grant" (a request answered). failed_acts.py, refused_acts.py and
opposite_contest.py each read the ways they need from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from tui.engine.datafiles import data_lines

REFUSE, GRANT = "refuse", "grant"
"""The two ways of answering a request."""
NOT_A_VERB = frozenset("the a an her his their its our my your this that to".split())
"""Words before a verb form that make it a noun ("*a* meeting", "*the* sanctions") or an
infinitive that asserts nothing ("hopes *to* complete")."""


@cache
def _outcome_verbs() -> dict[str, str]:
    """Folded verb form -> its way, read once on first use."""
    rows = (line.split("\t") for line in data_lines("wordnet_outcomes.txt"))
    return {form: way for form, way in rows}


def verbs_of(ways: Iterable[str]) -> dict[str, str]:
    """Folded verb form -> way, for the forms of the given ``ways`` only."""
    wanted = frozenset(ways)
    return {form: way for form, way in _outcome_verbs().items() if way in wanted}
