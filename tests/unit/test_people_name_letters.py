"""Names written with letters the scanner once cut or misread (tui/engine/people/mentions.py,
name_words.py): the combining tone marks over a dot below of Yoruba and the capitals of
Latin Extended Additional, an apostrophe inside a romanised name that English
frequency lists read as two frequent words, and a full name with no other evidence than
the body it speaks for ("X of Y said"), capitals of Latin Extended-B (the Romanian
comma below), and letters a writer without them spells with two (Serbo-Croatian "đ" as
"dj", the Icelandic thorn as "th")."""

from __future__ import annotations

from pathlib import Path

from tests.name_rows import rows_by_name, two_report_table
from tui.engine.people.name_words import is_ordinary_word, name_key


def test_an_apostrophe_inside_a_name_makes_no_ordinary_word() -> None:
    assert not is_ordinary_word("Ta'ai")
    assert not is_ordinary_word("Sa'ad")
    assert is_ordinary_word("Morning")
    assert is_ordinary_word("Don't")  # a contraction stays the English word it is


def test_a_name_with_tone_marks_over_a_dot_below_is_read_whole(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "The head of the water board, Ọlábísí Àkàndé-Ṣọ̀sọ́, closed two dams on Monday "
            "after the rain.",
            "Olabisi Akande-Soso, who heads the water board, said the dams were safe.",
        )
    )
    assert rows[("a.txt", "Ọlábísí Àkàndé-Ṣọ̀sọ́")] == rows[("b.txt", "Olabisi Akande-Soso")]


def test_a_glottal_stop_apostrophe_keeps_the_given_name(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "The port's director, Ta'ai bin Yusuf al-Ra'isi, opened a new quay on Sunday.",
            "Ta'ai bin Yusuf al-Ra'isi, the port's director, said ships would dock at night.",
        )
    )
    name = "Ta'ai bin Yusuf al-Ra'isi"
    assert rows[("a.txt", name)] == rows[("b.txt", name)]


def test_a_full_name_speaking_for_a_body_is_a_person(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "Exports of nickel fell in March. Oksana Drevnykh of Norilsk said the smelter "
            "would reopen. Pavel Drevnykh said he would buy shares.",
            "Nickel exports fell again in March, traders said.",
        )
    )
    assert ("a.txt", "Oksana Drevnykh") in rows
    assert rows[("a.txt", "Oksana Drevnykh")] != rows[("a.txt", "Pavel Drevnykh")]


def test_a_body_that_speaks_for_itself_is_no_person(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "Exports of nickel fell in March. Norilsk Nickel of Moscow said it would cut output.",
            "Nickel exports fell again in March, traders said.",
        )
    )
    assert not any(name == "Norilsk Nickel" for _, name in rows)


def test_a_capital_with_a_comma_below_opens_a_name(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "The harbour master of Constanța, Ștefan Țăranu, closed the port to tankers on Friday.",
            "Stefan Taranu, the harbour master, said the port would reopen after the storm.",
        )
    )
    assert rows[("a.txt", "Ștefan Țăranu")] == rows[("b.txt", "Stefan Taranu")]


def test_a_stroked_d_is_written_dj_by_a_writer_without_it(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "The water board's director, Milica Đurđević, opened the new pumping station.",
            "Milica Djurdjevic, who runs the water board, said the station cost 4 million euros.",
        )
    )
    assert rows[("a.txt", "Milica Đurđević")] == rows[("b.txt", "Milica Djurdjevic")]


def test_a_thorn_is_written_th_by_a_writer_without_it(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "The fisheries director, Þórunn Gísladóttir, cut the cod quota on Tuesday.",
            "Thorunn Gisladottir, the fisheries director, said the cod stock had shrunk.",
        )
    )
    assert rows[("a.txt", "Þórunn Gísladóttir")] == rows[("b.txt", "Thorunn Gisladottir")]


def test_letters_written_with_two_make_the_key_of_the_name() -> None:
    assert name_key("Đukanović") == name_key("Djukanovic") == "djukanovic"
    assert name_key("Þórunn") == "thorunn"
    assert name_key("Weiß") == "weiss"
    assert name_key("Łukasz") == "lukasz"  # a stroke alone is the base letter
