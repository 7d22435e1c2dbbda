"""Tables kept ready between runs (tui/engine/prepared.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.engine import synonyms
from tui.engine.findings.contradiction import kinds, predicates, wordlists
from tui.engine.prepared import CACHE_DIR_ENV, SUFFIX, cache_folder, prepared


class _Builds:
    """A table builder that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source.txt"
    path.write_text("rise | fall\n", encoding="utf-8")
    return path


def test_a_table_is_built_once_then_read_from_the_cache(source: Path) -> None:
    build = _Builds({("rise",): frozenset({("fall",)})})
    first = prepared("table", [source], build)
    second = prepared("table", [source], build)
    assert first == second == build.value
    assert build.calls == 1
    assert len(list(cache_folder().glob(f"table-*{SUFFIX}"))) == 1


def test_a_changed_source_is_built_again_and_replaces_the_old_file(source: Path) -> None:
    prepared("table", [source], _Builds("old"))
    source.write_text("rise | drop\n", encoding="utf-8")
    build = _Builds("new")
    assert prepared("table", [source], build) == "new"
    assert build.calls == 1
    files = list(cache_folder().glob(f"table-*{SUFFIX}"))
    assert len(files) == 1
    assert prepared("table", [source], _Builds("never built")) == "new"


def test_a_damaged_file_costs_only_the_build(source: Path) -> None:
    prepared("table", [source], _Builds("value"))
    (kept,) = cache_folder().glob(f"table-*{SUFFIX}")
    kept.write_bytes(b"\x00not marshal")
    build = _Builds("value")
    assert prepared("table", [source], build) == "value"
    assert build.calls == 1


def test_a_folder_that_cannot_be_written_still_gives_the_table(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_DIR_ENV, str(blocked / "cache"))
    build = _Builds("value")
    assert prepared("table", [source], build) == "value"
    assert prepared("table", [source], build) == "value"
    assert build.calls == 2


def test_without_an_override_the_cache_follows_xdg_on_linux(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CACHE_DIR_ENV, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "diptych"


def _forget_antonym_tables() -> None:
    wordlists._antonym_table.cache_clear()
    wordlists._antonym_group.cache_clear()


def test_the_antonym_tables_read_from_the_cache_equal_those_built() -> None:
    _forget_antonym_tables()
    try:
        wordlists._antonym_tables()  # builds and writes
        _forget_antonym_tables()
        kept = wordlists._antonym_tables()  # reads
    finally:
        _forget_antonym_tables()
    assert len(list(cache_folder().glob(f"antonyms_*{SUFFIX}"))) == 2
    assert tuple(kept) == wordlists._build_antonym_tables()


def test_the_antonym_tables_of_the_quick_tests_are_read_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _forget_antonym_tables()
    try:
        wordlists._antonym_tables()  # builds and writes both groups
        _forget_antonym_tables()
        read: list[str] = []
        monkeypatch.setattr(
            wordlists, "prepared", lambda name, sources, build: read.append(name) or build()
        )
        wordlists.opposite_firsts()
        wordlists.antonyms()
        assert read == ["antonyms_0"]
        wordlists.antonym_entries()
        wordlists.comparisons()
    finally:
        _forget_antonym_tables()
    assert read == ["antonyms_0", "antonyms_1"]


def test_the_wordnet_kind_tables_read_from_the_cache_equal_those_built() -> None:
    for cached, build in (
        (kinds._table, kinds._read_table),
        (kinds._definitions, kinds._read_definitions),
    ):
        cached.cache_clear()
        try:
            cached()  # builds and writes
            cached.cache_clear()
            kept = cached()  # reads
        finally:
            cached.cache_clear()
        assert kept == build()


def test_the_predicate_table_is_read_from_the_cache() -> None:
    predicates._table.cache_clear()
    try:
        built = predicates._table()  # builds and writes
        predicates._table.cache_clear()
        kept = predicates._table()  # reads
    finally:
        predicates._table.cache_clear()
    assert list(cache_folder().glob(f"wordnet_predicates-*{SUFFIX}"))
    assert kept == built
    assert kept.senses == predicates._read_table()


def test_the_synonym_table_is_read_from_the_cache() -> None:
    synonyms._raw_table.cache_clear()
    try:
        synonyms._raw_table()  # builds and writes
        synonyms._raw_table.cache_clear()
        kept = synonyms._raw_table()  # reads
    finally:
        synonyms._raw_table.cache_clear()
    assert list(cache_folder().glob(f"wordnet_synonyms-*{SUFFIX}"))
    assert kept == synonyms._read_table()
