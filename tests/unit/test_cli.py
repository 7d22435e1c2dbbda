"""The command line: output formats, the JSON contract, user errors."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import NoReturn, cast

import pytest

from tui.cli import entry, main

SEED_PAIR_WITH_OFFICES = ("seeds/002_05c99393d83f7017.txt", "seeds/003_178d6485c9ed7208.txt")


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def test_compare_json_follows_the_contract(seed_paths: list[Path]) -> None:
    result = run_cli(
        "compare", "--format", "json", "--min-score", "0", str(seed_paths[0]), str(seed_paths[1])
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["schema"] == "diptych.comparison/1"
    texts = {
        side: Path(document[side]["path"]).read_text(encoding="utf-8") for side in ("left", "right")
    }
    for side in ("left", "right"):
        for sentence in document[side]["sentences"]:
            assert texts[side][sentence["start"] : sentence["end"]] == sentence["text"]
    ids = {side: {s["id"] for s in document[side]["sentences"]} for side in ("left", "right")}
    assert document["alignments"]
    for alignment in document["alignments"]:
        assert set(alignment["left"]) <= ids["left"] and set(alignment["right"]) <= ids["right"]
        assert 0.0 <= alignment["score"] <= 1.0
        assert alignment["kind"] in {"verbatim", "near", "paraphrase"}
    for finding in document["findings"]:
        assert finding["kind"] in {"shared", "contradiction", "name"}
        for side in ("left", "right"):
            part = finding[side]
            assert texts[side][part["start"] : part["end"]] == part["quote"]


def test_min_score_hides_weak_findings(seed_paths: list[Path]) -> None:
    def findings(min_score: str) -> list[dict[str, object]]:
        out = run_cli(
            "compare", "--format", "json", "--min-score", min_score, *map(str, seed_paths[:2])
        )
        return json.loads(out.stdout)["findings"]

    every, strong = findings("0"), findings("1")
    assert all(f["score"] >= 1 for f in strong)
    assert len(strong) <= len(every)


def test_markdown_report_has_summary_and_aligned_table(
    seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", "--format", "markdown", *map(str, seed_paths[:2])]) == 0
    report = capsys.readouterr().out
    assert report.startswith("# ")
    assert "## Aligned sentences" in report and "| left | right | kind | score |" in report


def test_text_report_is_plain_without_a_terminal(seed_paths: list[Path]) -> None:
    result = run_cli("compare", *map(str, seed_paths[:2]), "--width", "120")
    assert result.returncode == 0
    assert "\x1b[" not in result.stdout
    assert "000_4ab7afceee558d79.txt" in result.stdout and "shared passage" in result.stdout


def test_text_report_colours_only_for_a_terminal_without_no_color(seed_paths: list[Path]) -> None:
    forced = run_cli(
        "compare", *map(str, seed_paths[:2]), env={"FORCE_COLOR": "1", "TERM": "xterm-256color"}
    )
    assert "\x1b[" in forced.stdout
    plain = run_cli(
        "compare",
        *map(str, seed_paths[:2]),
        env={"FORCE_COLOR": "1", "NO_COLOR": "1", "TERM": "xterm"},
    )
    colour = re.compile(r"\x1b\[(?:[\d;]*;)?(?:3[0-8]|9[0-7])[;m]")
    assert colour.search(forced.stdout)
    assert not colour.search(plain.stdout)  # styles stay, colours go


@pytest.mark.parametrize(
    "args",
    [
        ["compare", "missing.txt", "seeds/000_4ab7afceee558d79.txt"],
        ["compare", "seeds", "seeds/000_4ab7afceee558d79.txt"],
        ["list", "no-such-folder"],
        ["no-such-folder"],
        ["seeds/000_4ab7afceee558d79.txt"],
        ["seeds/000_4ab7afceee558d79.txt", "missing.txt"],
        [
            "compare",
            "--min-score",
            "3",
            "seeds/000_4ab7afceee558d79.txt",
            "seeds/001_cf6e1a4fd903ed95.txt",
        ],
    ],
)
def test_user_errors_are_one_line_and_exit_2(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("diptych: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_list_json_reports_articles_and_skipped(tmp_path: Path, seed_paths: list[Path]) -> None:
    (tmp_path / "a.txt").write_bytes(seed_paths[0].read_bytes())
    (tmp_path / "empty.md").write_text("")
    result = run_cli("list", str(tmp_path), "--format", "json")
    document = json.loads(result.stdout)
    assert [a["file"] for a in document["articles"]] == ["a.txt"]
    assert document["skipped"] == [{"file": "empty.md", "reason": "empty file"}]


@pytest.mark.parametrize("command", [[], ["compare"], ["list"]])
def test_help_explains_with_examples(command: list[str]) -> None:
    result = run_cli(*command, "--help")
    assert result.returncode == 0
    assert "example" in result.stdout.lower()


@pytest.mark.parametrize(
    "args",
    [
        ["names", "seeds", "--format", "json"],
        ["compare", "--format", "json", "--min-score", "0", *SEED_PAIR_WITH_OFFICES],
    ],
)
def test_output_does_not_depend_on_the_hash_seed(args: list[str]) -> None:
    """Scripts diff these outputs: set iteration order must never leak into them."""
    outputs = {run_cli(*args, env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1 and outputs != {""}


class _Left(Exception):
    """Raised by the stand-in for ``os._exit`` (which never returns)."""


def _run_entry(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[list[int], int | None]:
    """(codes handed to os._exit, code of the SystemExit otherwise) of ``entry`` on ``args``."""
    left_with: list[int] = []

    def leave(code: int) -> NoReturn:
        left_with.append(code)
        raise _Left

    monkeypatch.setattr(os, "_exit", leave)
    monkeypatch.setattr(sys, "argv", ["diptych", *args])
    try:
        entry()
    except _Left:
        return left_with, None
    except SystemExit as exited:
        return left_with, cast(int | None, exited.code)
    raise AssertionError("entry() returned")


def test_a_headless_command_leaves_at_once_after_its_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_entry(monkeypatch, "list", "seeds", "--format", "json") == ([0], None)
    assert json.loads(capsys.readouterr().out)["articles"]
    assert _run_entry(monkeypatch, "list", "no-such-folder") == ([2], None)


def test_a_command_that_leaves_a_thread_running_exits_as_usual(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()
    waiting = threading.Thread(target=release.wait)
    waiting.start()
    try:
        assert _run_entry(monkeypatch, "list", "seeds") == ([], 0)
    finally:
        release.set()
        waiting.join()


def test_a_piped_compare_is_written_whole_before_the_process_leaves(
    seed_paths: list[Path],
) -> None:
    pair = [str(seed_paths[0]), str(seed_paths[1])]
    piped = run_cli("compare", "--format", "json", "--min-score", "0", *pair)
    assert piped.returncode == 0
    assert piped.stdout.endswith("}\n")
    assert json.loads(piped.stdout) == json.loads(
        _in_process("compare", "--format", "json", "--min-score", "0", *pair)
    )


def _in_process(*args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(args)) == 0
    return out.getvalue()
