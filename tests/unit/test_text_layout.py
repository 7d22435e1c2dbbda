"""Display text keeps offsets; wrapping keeps every word and respects the width."""

from __future__ import annotations

import random

from rich.cells import cell_len

from tui.engine.visible import visible_text
from widgets.text_layout import wrap_offsets, wrap_words


def test_visible_text_replaces_controls_one_for_one() -> None:
    raw = "Say [bold red]hi[/] \x1b[31mred\x1b[0m\x07 tab\there\nnext \u202eevil\u200b."
    shown = visible_text(raw)
    assert len(shown) == len(raw)
    assert "[bold red]hi[/]" in shown
    assert not any(ord(c) < 0x20 or c in "\u202e\u200b\x7f" for c in shown)
    assert shown[raw.index("\x1b")] == "\u241b"
    assert shown[raw.index("\t")] == " " and shown[raw.index("\n")] == " "


def test_ascii_fast_path_matches_the_general_wrapper() -> None:
    rng = random.Random(7)
    words = ["a", "bb", "ccc", "dddd", "eeeee", "supercalifragilistic", "x" * 30, "end."]
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 30)))
        width = rng.randint(1, 40)
        if len(text) <= width:
            continue
        assert wrap_offsets(text, 0, len(text), width) == wrap_words(text, 0, len(text), width)


def test_wide_characters_wrap_by_cells_and_keep_every_character() -> None:
    text = "中文字符串中文字符串 and some words 中文"
    lines = wrap_offsets(text, 0, len(text), 7)
    assert all(cell_len(text[s:e]) <= 7 for s, e in lines)
    assert "".join(text[s:e] for s, e in lines).replace(" ", "") == text.replace(" ", "")
