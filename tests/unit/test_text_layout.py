"""Display text keeps offsets; wrapping keeps every word and respects the width."""

from __future__ import annotations

import random

from rich.cells import cell_len

from tui.engine.visible import visible_text
from widgets.text_layout import line_counts, wrap_offsets, wrap_words


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


def test_one_cell_text_beyond_ascii_wraps_as_the_general_wrapper() -> None:
    """Quotes, dashes, accents, Greek, Cyrillic and no-break spaces are one cell each: the
    fast path wraps them exactly as the word-by-word path does."""
    rng = random.Random(11)
    words = [
        "\u201cQuote\u201d",
        "caf\u00e9",
        "\u2014",
        "\u0391\u03b8\u03ae\u03bd\u03b1",
        "\u041c\u043e\u0441\u043a\u0432\u0430",
        "it\u2019s",
        "a\u00a0b",
        "\u2026",
        "x" * 25,
    ]
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 30)))
        width = rng.randint(1, 40)
        assert wrap_offsets(text, 0, len(text), width) == wrap_words(text, 0, len(text), width)


def test_line_counts_are_the_lengths_of_the_wrapped_lines() -> None:
    sentences = [
        "Short one.",
        "An ASCII sentence long enough to need several lines at a narrow width.",
        "\u201cCurly quotes\u201d and a dash \u2014 each one cell \u2014 wrap on the fast path.",
        "Wide characters \u4e2d\u6587\u5b57\u7b26\u4e32\u4e2d\u6587 take two cells each.",
        "   ",
    ]
    for text in (" ".join(sentences), " ".join(sentences[:2])):  # mixed text, and ASCII only
        spans, start = [], 0
        for sentence in sentences:
            if text.find(sentence, start) < 0:
                break
            start = text.index(sentence, start)
            spans.append((start, start + len(sentence)))
            start += len(sentence)
        for width in (1, 5, 12, 30, 200):
            expected = [len(wrap_offsets(text, s, e, width)) for s, e in spans]
            assert line_counts(text, spans, width) == expected
        assert line_counts(text, spans, 12)[1] > 1 and line_counts(text, spans, 200)[1] == 1
