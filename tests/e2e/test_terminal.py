"""End to end: the real `diptych` command in a pseudo-terminal, driven by keystrokes.

No Pilot here: the app reads a real terminal, so this catches what only a
terminal shows (start-up, key decoding, the exit status after `q`).
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|.)")
TIMEOUT = 60.0


class Terminal:
    def __init__(self, args: list[str], cwd: Path, columns: int = 140, lines: int = 40) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(lines)}
        env.pop("NO_COLOR", None)
        self.process = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=env, start_new_session=True
        )
        os.close(slave)
        self.screen = ""

    def read(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    return
                self.screen += ANSI.sub("", chunk.decode("utf-8", "replace"))

    def wait_for(self, pattern: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if re.search(pattern, self.screen):
                return
            self.read(0.2)
            if self.process.poll() is not None:
                break
        raise AssertionError(f"{pattern!r} never appeared; screen tail:\n{self.screen[-2000:]}")

    def burst(self, keys: str) -> None:
        """Every key in one write, as a fast typist, a paste or ``tmux send-keys`` delivers them."""
        os.write(self.master, keys.encode())

    def keys(self, *keys: str) -> None:
        for key in keys:
            os.write(self.master, key.encode())
            self.read(0.4)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        os.close(self.master)


ROOT = Path(__file__).resolve().parents[2]
PAIR = ("000_4ab7afceee558d79.txt", "001_cf6e1a4fd903ed95.txt")


@pytest.fixture
def terminal(request: pytest.FixtureRequest) -> Iterator[Terminal]:
    term = Terminal([sys.executable, "-m", "tui", "seeds"], cwd=ROOT)
    request.addfinalizer(term.close)
    yield term


@pytest.fixture
def corpus_copy(tmp_path: Path, seeds: Path) -> Path:
    """Two seed articles in a folder of their own, so tagging never writes into seeds/."""
    for name in PAIR:
        shutil.copy(seeds / name, tmp_path / name)
    return tmp_path


def test_mark_two_compare_and_quit_cleanly(terminal: Terminal) -> None:
    terminal.wait_for(r"001_cf6e1a4fd903ed95")
    terminal.read(1.0)
    terminal.keys(" \x1b[B \r")  # one burst, as a fast typist or a paste sends it
    terminal.wait_for(r"Besent vs Besant")  # the name finding, listed once the pair is compared
    terminal.wait_for(r"aligned \d+%")
    terminal.keys("?")
    terminal.wait_for(r"(?i)help")
    terminal.keys("\x1b")
    terminal.read(0.5)
    terminal.keys("q")
    terminal.read(0.5)
    terminal.keys("q")
    assert terminal.process.wait(timeout=20) == 0


def test_a_burst_typed_into_the_tag_editor_is_saved_whole(
    corpus_copy: Path, request: pytest.FixtureRequest
) -> None:
    terminal = Terminal([sys.executable, "-m", "tui", str(corpus_copy)], cwd=ROOT)
    request.addfinalizer(terminal.close)
    terminal.wait_for(PAIR[1][:12])
    terminal.read(1.0)
    terminal.burst(" \x1b[B \r")
    terminal.wait_for(r"aligned \d+%")
    terminal.burst("nt6\thello\renough\x13")  # next finding, tag, label 6, note, save
    terminal.wait_for(r"Tag saved")
    sidecar = (corpus_copy / (PAIR[0] + ".tags.yaml")).read_text(encoding="utf-8")
    assert "labels: [name-error]" in sidecar
    assert "note: |-\n      hello\n      enough\n" in sidecar
    terminal.keys("q")
    terminal.read(0.5)
    terminal.keys("q")
    assert terminal.process.wait(timeout=20) == 0


def test_the_app_leaves_when_its_terminal_hangs_up_under_a_script() -> None:
    """Started by a script (``make run``), the app is not the session leader, so a closed
    terminal sends it no SIGHUP: it must notice the hang-up itself and exit, not spin."""
    script = f"{sys.executable} -m tui seeds; exit $?"
    terminal = Terminal(["sh", "-c", script], cwd=ROOT)
    try:
        terminal.wait_for(r"001_cf6e1a4fd903ed95")
        shell = terminal.process.pid
        children = Path(f"/proc/{shell}/task/{shell}/children").read_text().split()
        assert len(children) == 1
        app = int(children[0])
        os.close(terminal.master)  # the window closes: the terminal hangs up
        terminal.master = os.open(os.devnull, os.O_RDONLY)  # for close() to close
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline and _running(app):
            time.sleep(0.2)
        assert not _running(app)
    finally:
        terminal.close()


def _running(pid: int) -> bool:
    """Whether process ``pid`` still runs (an exited one may linger as a zombie)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"
