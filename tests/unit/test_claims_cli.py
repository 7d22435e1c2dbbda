"""``diptych claims``: the diptych.claims/1 JSON, CSV, text, Markdown and errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.text_files import write_texts
from tests.unit.test_claims import BUDGET, BUDGET_OTHER, RAIN
from tui.cli import main

FILES = {"a.txt": BUDGET, "b.txt": BUDGET_OTHER, "c.txt": RAIN}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["claims", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_texts(tmp_path / "corpus", FILES)


def test_json_follows_the_schema_and_quotes_are_exact(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, str(corpus), "--format", "json", "--min-members", "1")
    assert code == 0 and err == ""
    document = json.loads(out)
    assert set(document) == {"schema", "root", "articles", "claims"}
    assert document["schema"] == "diptych.claims/1" and document["root"] == str(corpus)
    assert [a["file"] for a in document["articles"]] == ["a.txt", "b.txt", "c.txt"]
    assert all(set(a) == {"file", "title", "sha256"} for a in document["articles"])
    texts = {name: (corpus / name).read_text(encoding="utf-8") for name in FILES}

    def exact(span: dict[str, Any]) -> bool:
        return texts[span["file"]][span["start"] : span["end"]] == span["quote"]

    claims = document["claims"]
    assert [c["id"] for c in claims] == list(range(len(claims)))
    for claim in claims:
        assert set(claim) == {"id", "summary", "members", "contradictions", "omitted_by"}
        assert all(exact(m) for m in claim["members"])
        assert claim["summary"] in [m["quote"] for m in claim["members"]]
        held = {m["file"] for m in claim["members"]}
        assert sorted(held | set(claim["omitted_by"])) == sorted(FILES)
    budget = claims[0]
    (conflict,) = budget["contradictions"]
    assert conflict["type"] == "number" and conflict["score"] > 0
    assert exact(conflict["left"]) and exact(conflict["right"])
    assert (conflict["left"]["file"], conflict["right"]["file"]) == ("a.txt", "b.txt")
    assert budget["omitted_by"] == ["c.txt"]
    assert len(claims) == 4  # three shared, one article's own


def test_claims_of_one_article_are_listed_on_request(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, str(corpus), "--format", "json")
    assert [len(c["members"]) for c in json.loads(out)["claims"]] == [2, 2, 2]


def test_csv_has_a_stance_column_per_article(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, str(corpus), "--format", "csv", "--min-members", "1")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["id", "members", "contradictions", "summary", *FILES]
    assert [rows[0][name] for name in FILES] == ["contradicts", "contradicts", "omits"]
    assert [rows[3][name] for name in FILES] == ["omits", "omits", "states"]
    assert rows[3]["summary"] == "Officials opened two shelters for displaced families."


def test_text_shows_the_matrix_of_shared_claims(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, str(corpus), "--all-pairs", "--jobs", "1")
    lines = out.splitlines()
    assert "3 articles, 4 claims: 3 held by two or more articles, 1 an article's own" in lines[0]
    rows = [line.split(maxsplit=2) for line in lines if line[:5].strip().isdigit()]
    assert [row[:2] for row in rows] == [["0", "xx."], ["1", "++."], ["2", "+.+"]]
    assert any("number differs" in line for line in lines)
    assert lines[-1] == "1 claims held by fewer than 2 articles not shown."


def test_markdown_tabulates_claims_and_contradictions(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, str(corpus), "--format", "markdown")
    assert "| # | A | B | C | summary |" in out
    assert "| 1 | `+` | `+` | `.` | The mayor praised the vote" in out
    assert "## Contradictions" in out and "| 0 | number | A: 40 million dollars |" in out


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["claims", "--help"])
    out = capsys.readouterr().out
    assert "diptych claims seeds" in out and "diptych.claims/1" in out


@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        ({}, ["missing"], "no such file or folder"),
        ({"one.txt": "One article.\n"}, [], "at least two articles"),
        (FILES, ["--jobs", "0"], "--jobs must be at least 1"),
        (FILES, ["--min-members", "0"], "--min-members must be at least 1"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    args: list[str],
    message: str,
) -> None:
    write_texts(tmp_path, files)
    target = [str(tmp_path / args[0])] if args[:1] == ["missing"] else [str(tmp_path), *args]
    code, out, err = run(capsys, *target)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_quotes_stay_exact_with_crlf_and_accents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        name: text.replace("city", "cité").replace(". ", ".\r\n") for name, text in FILES.items()
    }
    for name, text in files.items():
        (tmp_path / name).write_bytes(text.encode("utf-8"))
    _, out, _ = run(capsys, str(tmp_path), "--format", "json", "--min-members", "1")
    claims = json.loads(out)["claims"]
    spans = [m for c in claims for m in c["members"]]
    spans += [side for c in claims for x in c["contradictions"] for side in (x["left"], x["right"])]
    assert len(spans) >= 8
    for span in spans:
        assert files[span["file"]][span["start"] : span["end"]] == span["quote"]
