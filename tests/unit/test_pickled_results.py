"""Findings and alignments cross the forked child's pipe by pickle: a round trip keeps
every field (each class pickles as its constructor's arguments)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from tui.engine.align import Alignment
from tui.engine.findings.model import Contrast, Finding, Side

CONTRAST = Contrast("office", "Marco Rubio", "Mike Pompeo", " (spelling)")
FINDING = Finding(
    "contradiction",
    "office",
    Side(3, 10, 21, "Marco Rubio"),
    Side(None, 40, 51, "Mike Pompeo"),
    CONTRAST.message,
    0.75,
    CONTRAST,
)
ALIGNMENT = Alignment((1, 2), (4,), 0.8125, "near")


@pytest.mark.parametrize("value", [FINDING.left, FINDING.right, CONTRAST, FINDING, ALIGNMENT])
def test_a_pickle_round_trip_keeps_every_field(value: object) -> None:
    assert dataclasses.is_dataclass(value)
    again = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(again) is type(value)
    for field in dataclasses.fields(value):
        assert getattr(again, field.name) == getattr(value, field.name), field.name


@pytest.mark.parametrize("value", [FINDING.left, CONTRAST, FINDING, ALIGNMENT])
def test_the_pickled_arguments_name_every_field_in_order(value: object) -> None:
    """A field added to the class but not to ``__reduce__`` would come back as its default."""
    assert dataclasses.is_dataclass(value)
    _, arguments = value.__reduce__()
    assert arguments == tuple(getattr(value, f.name) for f in dataclasses.fields(value))
