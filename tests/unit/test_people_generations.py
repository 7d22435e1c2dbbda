"""A father and his son of one name across reports (tui/engine/people/persons.py): a full
name an article writes without a suffix beside the same name with "Jr." is the father,
whom another report calls "Sr."."""

from __future__ import annotations

from pathlib import Path

from tests.text_files import write_texts
from tui.engine.corpus import load_corpus
from tui.engine.people.table import NameTable, name_table


def _table(tmp_path: Path, left: str, right: str) -> NameTable:
    texts = {"a.txt": left, "b.txt": right}
    return name_table(load_corpus(write_texts(tmp_path, texts)).articles)


def _rows(table: NameTable) -> dict[tuple[str, str], int]:
    """(article, written name) -> row number."""
    return {
        (appearance.article, name): n
        for n, row in enumerate(table.people)
        for appearance in row.appearances
        for name in appearance.names
    }


_BOTH_SUFFIXED = (
    "The harbour board chose Dennis Okerlund Jr. as its chairman on Monday. His father, "
    "Dennis Okerlund Sr., who chaired the board for twenty years, cast the deciding vote."
)


def test_the_bare_name_beside_the_son_is_the_father_of_another_report(tmp_path: Path) -> None:
    rows = _rows(
        _table(
            tmp_path,
            _BOTH_SUFFIXED,
            "Dennis Okerlund Jr. will chair the harbour board. His father, Dennis Okerlund, "
            "said he was proud of him.",
        )
    )
    father = rows[("b.txt", "Dennis Okerlund")]
    assert father == rows[("a.txt", "Dennis Okerlund Sr.")]
    assert father != rows[("a.txt", "Dennis Okerlund Jr.")]
    assert rows[("b.txt", "Dennis Okerlund Jr.")] == rows[("a.txt", "Dennis Okerlund Jr.")]


def test_a_bare_name_alone_is_not_taken_for_the_father(tmp_path: Path) -> None:
    rows = _rows(
        _table(
            tmp_path,
            _BOTH_SUFFIXED,
            "Dennis Okerlund will chair the harbour board, its members said on Monday.",
        )
    )
    bare = rows[("b.txt", "Dennis Okerlund")]
    assert bare != rows[("a.txt", "Dennis Okerlund Sr.")]
    assert bare != rows[("a.txt", "Dennis Okerlund Jr.")]
