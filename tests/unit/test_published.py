"""The day an article was published: its dateline or date line, or the user's
(published.py, ``diptych compare --published``)."""

from __future__ import annotations

import datetime
import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.contradiction_cases import article
from tui.cli import main
from tui.engine.published import parse_day, publication_day, stated_day

DAY = datetime.date(2027, 5, 10)
BODY = (
    "The central bank raised its main interest rate by a quarter point on Monday, the third "
    "rise this year."
)


@pytest.mark.parametrize(
    "text",
    [
        f"Rates Rise Again\n\nLONDON, May 10, 2027 (Reuters) - {BODY}",
        f"Rates Rise Again\n\nPARIS, 10 May 2027 \u2014 {BODY}",
        f"Rates Rise Again\nMonday 10 May 2027\n\n{BODY}",
        f"Rates Rise Again\nBy Ann Lee\nPublished: 2027-05-10\n\n{BODY}",
        f"Rates Rise Again\nMay 10, 2027 10:31 AM\n\n{BODY}",
        f"Rates Rise Again\nUpdated: 2027-05-11 08:00\nPublished: 2027-05-10 07:00\n\n{BODY}",
    ],
)
def test_a_dateline_or_a_date_line_at_the_top_is_the_publication_day(text: str) -> None:
    assert stated_day(text) == DAY


@pytest.mark.parametrize(
    "text",
    [
        f"Rates Rise Again\n\n{BODY}\n\nMay 10, 2027",  # below the body
        f"Rates Rise Again\n\nLONDON, May 10 (Reuters) - {BODY}",  # no year
        f"Rates Rise Again\nTuesday 10 May 2027\n\n{BODY}",  # 10 May 2027 is a Monday
        f"Rates Rise Again\n\nThe rise, announced on May 10, 2027, was expected. {BODY}",
        f"Rates Rise Again\nThe vote of 10 May 2027 and what followed\n\n{BODY}",
    ],
)
def test_a_date_elsewhere_is_no_publication_day(text: str) -> None:
    assert stated_day(text) is None


def test_the_users_day_wins_over_the_text() -> None:
    text = f"Rates Rise Again\nMonday 10 May 2027\n\n{BODY}"
    assert publication_day(article("a.txt", text)) == DAY
    given = datetime.date(2027, 5, 11)
    assert publication_day(replace(article("a.txt", text), published=given)) == given
    assert publication_day(article("b.txt", BODY)) is None


def test_parse_day_explains_a_bad_day() -> None:
    assert parse_day("2027-05-10") == DAY
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_day("10/05/2027")
    with pytest.raises(ValueError, match="no day of the calendar"):
        parse_day("2027-02-30")


def _write(folder: Path, left: str, right: str) -> tuple[str, str]:
    (folder / "a.txt").write_text(left, encoding="utf-8")
    (folder / "b.txt").write_text(right, encoding="utf-8")
    return str(folder / "a.txt"), str(folder / "b.txt")


def test_compare_reads_published_and_reports_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    left, right = _write(
        tmp_path,
        "Ferry Aground\n\nThe ferry ran aground off the harbour wall yesterday, the coastguard"
        " said.\n",
        "Ferry Aground\n\nThe ferry ran aground off the harbour wall on Saturday, the coastguard"
        " said.\n",
    )
    assert main(["compare", "--format", "json", left, right]) == 0
    unknown = json.loads(capsys.readouterr().out)
    assert "published" not in unknown["left"]
    assert not [f for f in unknown["findings"] if f["type"] == "date"]
    assert main(["compare", "--format", "json", "--published", "2027-03-08", left, right]) == 0
    known = json.loads(capsys.readouterr().out)
    assert known["left"]["published"] == known["right"]["published"] == "2027-03-08"
    dates = [
        (f["left"]["quote"], f["right"]["quote"]) for f in known["findings"] if f["type"] == "date"
    ]
    assert dates == [("yesterday", "Saturday")]
    sunday = ["--published-left", "2027-03-07", "--published-right", "2027-03-08"]
    assert main(["compare", "--format", "json", *sunday, left, right]) == 0
    assert json.loads(capsys.readouterr().out)["left"]["published"] == "2027-03-07"


def test_compare_refuses_a_bad_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    left, right = _write(tmp_path, "One.\n", "Two.\n")
    assert main(["compare", "--published-right", "2027-13-01", left, right]) == 2
    error = capsys.readouterr().err
    assert "--published-right" in error and "2027-13-01" in error
