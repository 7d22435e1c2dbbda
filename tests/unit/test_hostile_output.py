"""Every command run on the hostile corpus: nothing reaches stdout that a terminal would act on."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from tests.hostile import (
    CONFIG_LABEL,
    MARKUP,
    NOTE,
    SIDECAR_LABELS,
    HostileCorpus,
    assert_safe,
)
from tui.cli import main
from tui.engine.corpus import load_article
from tui.engine.visible import visible_lines, visible_text

SGR = re.compile(r"\x1b\[[0-9;]*m")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[str, str]:
    main(list(args))
    captured = capsys.readouterr()
    assert_safe(captured.err)
    return captured.out, captured.err


@pytest.mark.parametrize("output", ["text", "markdown"])
def test_compare_reports_show_controls_as_placeholders(
    hostile: HostileCorpus, capsys: pytest.CaptureFixture[str], output: str
) -> None:
    out, _ = run(capsys, "compare", str(hostile.left), str(hostile.right), "--format", output)
    assert_safe(out)
    shown = "\u241b]0;PWNED\u2407" if output == "text" else "\u241b\\]0;PWNED\u2407"
    assert shown in out  # ESC and BEL as Control Pictures, in place
    if output == "text":
        assert MARKUP in out


def test_compare_text_on_a_colour_terminal_writes_only_its_own_styles(
    hostile: HostileCorpus, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    out, _ = run(capsys, "compare", str(hostile.left), str(hostile.right), "--width", "120")
    assert SGR.search(out), "the report is styled on a terminal"
    assert_safe(SGR.sub("", out))


def test_markdown_report_escapes_markdown_and_html(
    hostile: HostileCorpus, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = run(capsys, "compare", str(hostile.left), str(hostile.right), "--format", "markdown")
    assert "<b>" not in out and "\\<b\\>bold\\</b\\>" in out
    assert "[link](" not in out and "\\[link\\](" in out
    assert "\\[bold red\\]x\\[/\\]" in out


def test_compare_json_stays_exact_and_escapes_what_a_terminal_would_act_on(
    hostile: HostileCorpus, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = run(
        capsys, "compare", str(hostile.left), str(hostile.right), "--format", "json",
        "--min-score", "0",
    )  # fmt: skip
    assert_safe(out)
    document = json.loads(out)
    for side, path in (("left", hostile.left), ("right", hostile.right)):
        text = load_article(path).text
        assert "".join(s["text"] for s in document[side]["sentences"]).count("\x1b") > 0
        for sentence in document[side]["sentences"]:
            assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        for finding in document["findings"]:
            part = finding[side]
            assert text[part["start"] : part["end"]] == part["quote"]
    assert document["findings"], "the pair differs in a name, a date and a number"


def test_list_shows_markup_literally(hostile: HostileCorpus, capsys) -> None:
    out, _ = run(capsys, "list", str(hostile.folder))
    assert_safe(out)
    assert MARKUP in out and "[b]left[-b].txt" in out
    assert "binary\u241b[2J.txt" in out  # the skipped file, named safely


def test_list_json_keeps_titles_exact(hostile: HostileCorpus, capsys) -> None:
    out, _ = run(capsys, "list", str(hostile.folder), "--format", "json")
    assert_safe(out)
    titles = {a["file"]: a["title"] for a in json.loads(out)["articles"]}
    assert titles["[b]left[-b].txt"] == load_article(hostile.left).title


@pytest.mark.parametrize("output", ["text", "json"])
def test_names(hostile: HostileCorpus, capsys, output: str) -> None:
    out, _ = run(capsys, "names", str(hostile.folder), "--format", output)
    assert_safe(out)
    assert "Bessent" in out


@pytest.mark.parametrize("output", ["text", "json", "csv"])
def test_overview(hostile: HostileCorpus, capsys, output: str) -> None:
    out, _ = run(
        capsys, "overview", str(hostile.folder), "--format", output, "--jobs", "1", "--all-pairs"
    )
    assert_safe(out)
    assert "[b]left[-b].txt" in out


def test_tags_text_shows_labels_and_note_literally(hostile: HostileCorpus, capsys) -> None:
    out, _ = run(capsys, "tags", str(hostile.folder))
    assert_safe(out)
    assert SIDECAR_LABELS[0] in out and "esc\u241b[2J" in out
    assert "note \u241b]0;PWNED\u2407 [bold red]x[/] \u2400 nul" in out


@pytest.mark.parametrize("output", ["json", "jsonld"])
def test_tags_json_stays_exact(hostile: HostileCorpus, capsys, output: str) -> None:
    out, _ = run(capsys, "tags", str(hostile.folder), "--format", output)
    assert_safe(out)
    document = json.loads(out)
    if output == "json":
        [record] = document["tags"]
        assert record["note"] == NOTE and tuple(record["labels"]) == SIDECAR_LABELS
    else:
        assert NOTE in [body.get("value") for body in document["first"]["items"][0]["body"]]


def test_tags_csv_keeps_lines_and_lengths(hostile: HostileCorpus, capsys) -> None:
    out, _ = run(capsys, "tags", str(hostile.folder), "--format", "csv")
    assert_safe(out)
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert row["note"] == visible_lines(NOTE) and "\n" in row["note"]
    text = load_article(hostile.left).text
    assert row["text"] == visible_text(text[int(row["start"]) : int(row["end"])])


def test_keys_with_the_hostile_corpus_config(hostile: HostileCorpus, capsys) -> None:
    out, _ = run(capsys, "keys", str(hostile.folder))
    assert_safe(out)
    assert str(hostile.folder / "diptych.yaml") in out
    assert CONFIG_LABEL not in out  # labels are not keys


def test_user_errors_name_hostile_paths_safely(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "gone\x1b[2J.txt"
    assert main(["compare", str(missing), str(missing)]) == 2
    err = capsys.readouterr().err
    assert_safe(err)
    assert "gone\u241b[2J.txt" in err
