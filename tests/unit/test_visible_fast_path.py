"""visible.py checks lines with str.isprintable before searching them: same results."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.engine.visible import (
    _UNSAFE,
    _UNSAFE_BEYOND_ASCII,
    _json_escape,
    _placeholder,
    terminal_safe_json,
    visible_text,
)

CHARACTERS = st.sampled_from(
    [
        "a", "Z", " ", "\n", "\t", "\r", "\x1b", "\x00", "\x7f", "\x85", "\u00a0", "\u00ad",
        "\u200b", "\u202e", "\u2028", "\u2066", "\ufeff", "\ud800", "\U000e0041", "\u00e9",
        "\u2019", "\U0001f600", '"', "\\",
    ]
)  # fmt: skip
TEXTS = st.lists(CHARACTERS, max_size=40).map("".join)


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_visible_text_is_the_pattern_replacement(text: str) -> None:
    assert visible_text(text) == _UNSAFE.sub(_placeholder, text)


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_terminal_safe_json_is_the_pattern_replacement(text: str) -> None:
    assert terminal_safe_json(text) == _UNSAFE_BEYOND_ASCII.sub(_json_escape, text)


def test_safe_unprintable_characters_are_kept_and_unsafe_ones_replaced() -> None:
    line = "no\u00a0break\u2009thin"  # unprintable to Python, harmless to a terminal
    assert visible_text(line) == line
    assert visible_text(f"{line}\n\x1b[2J\u202eend") == f"{line} \u241b[2J\ufffdend"
    assert terminal_safe_json('{"a": "x\u2028y"}\n{"b": "\u00a0"}') == (
        '{"a": "x\\u2028y"}\n{"b": "\u00a0"}'
    )
