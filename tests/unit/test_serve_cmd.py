"""`diptych serve`: the command each browser tab runs, and the address it prints."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from tui.cli import build_app_parser, build_parser
from tui.commands.serve_cmd import app_command, public_url


def test_each_tab_runs_the_same_diptych_on_the_same_corpus_and_encodings(tmp_path: Path) -> None:
    args = build_parser().parse_args(
        ["serve", str(tmp_path), "--encoding", "latin-1", "--encoding", "old.txt=cp1252"]
    )
    words = shlex.split(app_command(args.corpus, args.encoding))
    assert words[:3] == [sys.executable, "-m", "tui"]
    served = build_app_parser().parse_args(words[3:])
    assert served.corpus == [tmp_path.resolve()]
    assert served.encoding == args.encoding == [("*", "latin-1"), ("old.txt", "cp1252")]


def test_a_relative_corpus_with_spaces_is_served_by_its_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "my articles").mkdir()
    monkeypatch.chdir(tmp_path)
    words = shlex.split(app_command([Path("my articles")], []))
    assert words[3:] == [str(tmp_path.resolve() / "my articles")]


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("127.0.0.1", "http://127.0.0.1:8000"),
        ("0.0.0.0", "http://127.0.0.1:8000"),
        ("::", "http://[::1]:8000"),
        ("::1", "http://[::1]:8000"),
        ("reviewbox", "http://reviewbox:8000"),
    ],
)
def test_the_printed_address_is_one_a_browser_on_this_machine_can_open(host: str, url: str) -> None:
    assert public_url(host, 8000) == url


def test_a_port_outside_the_range_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["serve", "--port", "70000"])
    assert exit_info.value.code == 2
    assert "70000 is not a port number" in capsys.readouterr().err


def test_by_default_it_listens_on_this_machine_only() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.corpus) == ("127.0.0.1", 8000, [])
