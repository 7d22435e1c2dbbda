"""Compiled regular expressions kept between runs (tui/engine/prepared_regex.py)."""

from __future__ import annotations

import re

import pytest

from tui.engine import prepared_regex
from tui.engine.people import lexicon, mentions
from tui.engine.people.lexicon import alternation
from tui.engine.prepared import SUFFIX, cache_folder
from tui.engine.prepared_regex import prepared_pattern

PATTERN = r"""(?P<title>Vice\s+President|Secretary(?:\s+of\s+State)?)\s+(?P<name>[A-Z]\w+)
    |(?P<place>New\s+York|Paris)(?!\w)"""
TEXT = "Secretary of State Kerry flew from Paris to New York with Vice President Biden."


def _matches(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(hit.span(), hit.groupdict()) for hit in pattern.finditer(TEXT)]


def _never_built(forms: tuple[str, ...]) -> str:
    raise AssertionError("built again instead of read from the cache")


def _never_compiled(pattern: str, flags: int) -> prepared_regex.Program:
    raise AssertionError("compiled again instead of read from the cache")


def test_a_kept_program_matches_as_re_compile_does(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = re.compile(PATTERN, re.VERBOSE)
    built = prepared_pattern("test", PATTERN, re.VERBOSE)
    monkeypatch.setattr(prepared_regex, "_program", _never_compiled)
    read = prepared_pattern("test", PATTERN, re.VERBOSE)
    assert built == read == expected
    assert read.groupindex == expected.groupindex and read.flags == expected.flags
    assert _matches(read) == _matches(expected)
    assert _matches(read)[0] == (
        (0, 24),
        {"title": "Secretary of State", "name": "Kerry", "place": None},
    )
    assert len(list(cache_folder().glob(f"regex-test-*{SUFFIX}"))) == 1


def test_a_changed_pattern_is_compiled_again_and_replaces_the_old_program() -> None:
    prepared_pattern("test", PATTERN, re.VERBOSE)
    changed = prepared_pattern("test", PATTERN.replace("Paris", "Rome"), re.VERBOSE)
    assert changed.search("to Rome and Paris").group() == "Rome"  # type: ignore[union-attr]
    assert len(list(cache_folder().glob(f"regex-test-*{SUFFIX}"))) == 1


def test_other_flags_are_another_program() -> None:
    assert prepared_pattern("test", "paris").search("PARIS") is None
    assert prepared_pattern("test", "paris", re.IGNORECASE).search("PARIS") is not None


def test_a_damaged_program_falls_back_to_re_compile() -> None:
    prepared_pattern("test", PATTERN, re.VERBOSE)
    (kept,) = cache_folder().glob(f"regex-test-*{SUFFIX}")
    kept.write_bytes(b"\x00not marshal")
    assert _matches(prepared_pattern("test", PATTERN, re.VERBOSE)) == _matches(
        re.compile(PATTERN, re.VERBOSE)
    )


def test_a_program_the_engine_rejects_falls_back_to_re_compile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(pattern: str, flags: int) -> prepared_regex.Program:
        return (pattern, flags, [999, 1, 2], 0, {}, (None,))

    monkeypatch.setattr(prepared_regex, "_program", broken)
    assert prepared_pattern("test", "Paris").search(TEXT).span() == (35, 40)  # type: ignore[union-attr]


def test_an_invalid_pattern_raises_as_re_compile_does() -> None:
    with pytest.raises(re.error):
        prepared_pattern("test", "(unclosed")


def test_the_mention_phrases_read_from_the_cache_equal_the_compiled_ones() -> None:
    mentions._phrases.cache_clear()
    try:
        mentions._phrases()  # compiles and writes
        mentions._phrases.cache_clear()
        kept, first_words = mentions._phrases()  # reads
    finally:
        mentions._phrases.cache_clear()
    assert list(cache_folder().glob(f"regex-mention_phrases-*{SUFFIX}"))
    assert kept == re.compile(kept.pattern)
    assert "Secretary" in first_words


def test_a_lexicon_alternation_is_the_same_text_in_any_order() -> None:
    forms = ["Vice President", "Vice Premier", "President", "Prime Minister", "Premier"]
    text = alternation(forms, "test")
    assert alternation(reversed(forms), "test") == alternation(sorted(forms), "test") == text
    pattern = re.compile(text)
    assert [pattern.match(f).group() for f in forms] == forms  # type: ignore[union-attr]


def test_a_lexicon_alternation_is_read_from_the_cache_in_a_later_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    forms = ("Attorney General", "Attorney", "Governor")
    built = alternation(forms, "test")
    lexicon._alternation.cache_clear()  # a new run: nothing kept in memory
    monkeypatch.setattr(lexicon, "_trie_alternation", _never_built)
    assert alternation(forms, "test") == built
    assert len(list(cache_folder().glob(f"alternation-test-*{SUFFIX}"))) == 1
    lexicon._alternation.cache_clear()
    with pytest.raises(AssertionError, match="built again"):  # other forms: built, not read
        alternation((*forms, "Mayor"), "test")
