"""The Semitic "son of" and "daughter of" between a given name and a surname, written
"Ben", "bin" or "ibn" and "binti" or "bint" (tui/engine/people/persons.py): one word, so
two reports that write it two ways name one person, and two fathers' names still two."""

from __future__ import annotations

from pathlib import Path

from tests.name_rows import rows_by_name, two_report_table


def test_ben_and_bin_are_one_particle(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "The mayor of Gharyan, Nouri Ben Saadoun, opened the market on Monday.",
            "Nuri Bin Saadoun, Gharyan's mayor, said the stalls were full.",
        )
    )
    assert rows[("a.txt", "Nouri Ben Saadoun")] == rows[("b.txt", "Nuri Bin Saadoun")]


def test_two_fathers_names_stay_two_people(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "Engineer Khalfan bin Hamad al-Kaabi said the pumps had failed on Monday.",
            "Khalfan ibn Rashid al-Kaabi, a farmer, said the wells were dry.",
        )
    )
    left = rows[("a.txt", "Khalfan bin Hamad al-Kaabi")]
    assert left != rows[("b.txt", "Khalfan ibn Rashid al-Kaabi")]
