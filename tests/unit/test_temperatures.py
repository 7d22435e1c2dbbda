"""Temperatures: "minus" and "below zero" are a sign, and a temperature on a named
scale is compared in degrees Celsius after its sign."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.quantities import CELSIUS, quantities
from tui.engine.segment import Sentence


def _read(text: str) -> list[tuple[str, float, str | None]]:
    sentence = Sentence(0, 0, len(text), text)
    return [(text[q.start : q.end], round(q.value, 1), q.unit) for q in quantities(sentence)]


def test_minus_is_a_sign_and_fahrenheit_is_converted() -> None:
    assert _read("The pond froze at minus 4 degrees Fahrenheit.") == [
        ("minus 4 degrees Fahrenheit", -20.0, CELSIUS)
    ]


def test_below_zero_is_a_sign() -> None:
    assert _read("By dawn it was 9 degrees below zero in the pass.") == [
        ("9 degrees below zero", -9.0, None)
    ]


def test_a_degree_sign_names_the_scale() -> None:
    assert _read("Highs reached 95\u00b0F in the valley.") == [("95\u00b0F", 35.0, CELSIUS)]


def test_one_temperature_on_two_scales_agrees() -> None:
    left = "The ice cream is stored at minus 23 degrees Celsius in the new warehouse."
    right = "The new warehouse stores the ice cream at about minus 10 degrees Fahrenheit."
    assert conflicts(left, right) == []


def test_the_same_figure_on_two_scales_differs() -> None:
    left = "Afternoon highs in the valley reached 35 degrees Celsius on Friday."
    right = "Afternoon highs in the valley reached 35 degrees Fahrenheit on Friday."
    assert only(left, right, "number") == ("35 degrees Celsius", "35 degrees Fahrenheit")


def test_a_temperature_and_its_sign_turned() -> None:
    left = "The lake froze when the temperature fell to 12 degrees below zero on Tuesday."
    right = "The lake froze when the temperature fell to 12 degrees on Tuesday."
    assert only(left, right, "number") == ("12 degrees below zero", "12 degrees")
