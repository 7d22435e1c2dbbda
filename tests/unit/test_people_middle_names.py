"""Middle names spelled out (tui/engine/people/persons.py): two full names of one given
name and surname whose middle names share none are two people, in one article and across
two ("Tran Thi Mai Lan" / "Tran Van Lan"); a middle name dropped, written apart or joined,
or a particle joined to the surname, still names one."""

from __future__ import annotations

from pathlib import Path

from tests.name_rows import rows_by_name, two_report_table


def test_different_middle_names_are_two_people_in_each_report(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "The director of the Da Nang port authority, Trần Thị Mai Lan, said the cranes "
            "were back in use. Engineer Trần Văn Lân, who is not related to her, said the "
            "quay had cracked.",
            "Port director Tran Thi Mai Lan thanked the crews on Sunday. Tran Van Lan, an "
            "engineer, said repairs would take a month.",
        )
    )
    director, engineer = rows[("a.txt", "Trần Thị Mai Lan")], rows[("a.txt", "Trần Văn Lân")]
    assert director != engineer
    assert rows[("b.txt", "Tran Thi Mai Lan")] == director
    assert rows[("b.txt", "Tran Van Lan")] == engineer


def test_one_middle_name_dropped_or_written_apart_is_one_person(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "The mayor of Khartoum North, Hassan Abdel Karim al-Nour, reopened the bridge. "
            "Hassan Abdel Karim al-Nour said traffic would be limited at night.",
            "Hassan Abdelkarim el-Nour, the mayor of Khartoum North, said the bridge was safe.",
        )
    )
    assert (
        rows[("a.txt", "Hassan Abdel Karim al-Nour")]
        == rows[("b.txt", "Hassan Abdelkarim el-Nour")]
    )


def test_a_middle_name_dropped_within_one_report_is_one_person(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "The harbour master, Pieter Johannes Visser, closed the lock on Friday. Pieter "
            "Visser said it would reopen on Monday.",
            "Pieter Johannes Visser, the harbour master, said the lock had been damaged.",
        )
    )
    assert rows[("a.txt", "Pieter Johannes Visser")] == rows[("a.txt", "Pieter Visser")]
