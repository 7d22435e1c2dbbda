"""A name set in apposition between commas is named whole (mentions._whole_in_apposition):
its first word is the given name even when it is an ordinary English word ("Gift",
"Lucky", "Khan"), while a word for a job or a person in front of a name stays out; an
ʻokina opening a name is part of it (mentions._items) and dropped when names are compared
(name_words.name_key)."""

from __future__ import annotations

from pathlib import Path

from tests.name_rows import rows_by_name, two_report_table
from tui.engine.people.mentions import Run, sentence_runs
from tui.engine.segment import Sentence


def _run_words(text: str) -> list[list[str]]:
    """The words of each run of two or more name words the sentence holds."""
    found = sentence_runs(Sentence(0, 0, len(text), text))
    return [[i.text for i in r.items] for r in found if isinstance(r, Run)]


def test_an_ordinary_word_opening_a_name_in_apposition_is_its_given_name() -> None:
    words = _run_words("The chair of the water board, Lucky Dube Nkosi, said the dam was full.")
    assert ["Lucky", "Dube", "Nkosi"] in words


def test_a_job_word_opening_a_name_in_apposition_stays_out() -> None:
    words = _run_words("The winner, Analyst Rhys Morgan, thanked the crowd.")
    assert all("Analyst" not in w for w in words)


def test_the_whole_name_links_to_its_short_form_and_a_relative_stays_apart(
    tmp_path: Path,
) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "The headmistress, Grace Mbeki, opened the new hall on Friday. Her husband, "
            "Gift Sipho Mbeki, built the stage.",
            "Gift Mbeki said the stage took three months to build. Grace Mbeki thanked "
            "the parents.",
        )
    )
    assert rows[("a.txt", "Gift Sipho Mbeki")] == rows[("b.txt", "Gift Mbeki")]
    assert rows[("a.txt", "Gift Sipho Mbeki")] != rows[("a.txt", "Grace Mbeki")]


def test_an_ordinary_word_before_a_name_outside_an_apposition_is_still_cut() -> None:
    words = _run_words("Lawmakers Ann Okoye and Tom Reed voted against the bill.")
    assert all("Lawmakers" not in w for w in words)


def test_an_okina_opening_a_name_is_part_of_it_and_may_be_dropped(tmp_path: Path) -> None:
    """The ʻokina opens the name as written ("ʻUlu Taufa") and English copy that drops it
    ("Ulu Taufa") names the same person."""
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "Tonga's fisheries minister, ʻUlu Taufa, said on Monday that the tuna season "
            "would open early.",
            "Fisheries minister Ulu Taufa said boats could sail from March.",
        )
    )
    assert rows[("a.txt", "ʻUlu Taufa")] == rows[("b.txt", "Ulu Taufa")]
