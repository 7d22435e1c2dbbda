"""Compiled regular expressions kept between runs (tui/engine/prepared_regex.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tui.engine import prepared_regex
from tui.engine.people import lexicon, mentions
from tui.engine.people.lexicon import alternation
from tui.engine.prepared import CACHE_DIR_ENV, SUFFIX, cache_folder
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


@pytest.fixture
def fresh_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    """``regex`` as in a new process: no programs read yet (from this test's cache)."""
    monkeypatch.setattr(prepared_regex, "_bundle", None)


def test_regex_keeps_its_programs_in_one_file_between_processes(
    fresh_bundle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = prepared_regex.regex(PATTERN, re.VERBOSE)
    other = prepared_regex.regex(r"(?i)paris")
    prepared_regex.save_new_programs()
    assert len(list(cache_folder().glob(f"{prepared_regex.BUNDLE}-*{SUFFIX}"))) == 1
    monkeypatch.setattr(prepared_regex, "_bundle", None)  # the next process
    monkeypatch.setattr(prepared_regex, "_program", _never_compiled)
    read = prepared_regex.regex(PATTERN, re.VERBOSE)
    assert read == first == re.compile(PATTERN, re.VERBOSE)
    assert _matches(read) == _matches(re.compile(PATTERN, re.VERBOSE))
    assert prepared_regex.regex(r"(?i)paris").search("PARIS") is not None
    assert other.flags == re.compile(r"(?i)paris").flags


def test_regex_without_a_saved_file_compiles_each_run(
    fresh_bundle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepared_regex.regex(r"New\s+York")  # not saved: the process left without writing
    monkeypatch.setattr(prepared_regex, "_bundle", None)
    compiled: list[str] = []
    program = prepared_regex._program
    monkeypatch.setattr(
        prepared_regex, "_program", lambda p, f: compiled.append(p) or program(p, f)
    )
    assert prepared_regex.regex(r"New\s+York").search("in New  York").span() == (3, 12)  # type: ignore[union-attr]
    assert compiled == [r"New\s+York"]


def test_regex_compiles_a_damaged_entry_again_and_saves_it(fresh_bundle: None) -> None:
    prepared_regex.regex("Paris")
    bundle = prepared_regex._bundle
    assert bundle is not None
    bundle.programs[("Paris", 0)] = ("Paris", 0, [999, 1, 2], 0, {}, (None,))
    bundle.new = True
    prepared_regex.save_new_programs()
    prepared_regex._bundle = None
    assert prepared_regex.regex("Paris").search(TEXT).span() == (35, 40)  # type: ignore[union-attr]
    prepared_regex.save_new_programs()
    prepared_regex._bundle = None
    assert prepared_regex.regex("Paris").search(TEXT).span() == (35, 40)  # type: ignore[union-attr]
    assert prepared_regex._bundle.new is False  # type: ignore[attr-defined]


def test_regex_raises_on_an_invalid_pattern_as_re_compile_does(fresh_bundle: None) -> None:
    with pytest.raises(re.error):
        prepared_regex.regex("(unclosed")


_LIST_PATTERNS = """
import importlib, pkgutil, tui.engine
from tui.engine import prepared_regex
for module in pkgutil.walk_packages(tui.engine.__path__, "tui.engine."):
    importlib.import_module(module.name)
for key in sorted(prepared_regex._bundle.used):
    print(repr(key))
"""


def test_the_patterns_the_engine_compiles_at_import_are_the_same_in_every_run(
    tmp_path: Path,
) -> None:
    """A pattern whose text follows a set's order (string hashing changes it from run
    to run) would be compiled again, and the file written again, in every run."""
    listed = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, CACHE_DIR_ENV: str(tmp_path / seed)}
        run = subprocess.run(
            [sys.executable, "-c", _LIST_PATTERNS], env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        listed.append(run.stdout)
    assert listed[0].count("\n") > 100
    assert listed[0] == listed[1]
