"""End to end: the real `diptych serve` on a free port, fetched over HTTP, stopped with SIGINT.

The websocket check opens a session as a browser tab would and reads the app's
first screen, so it proves the served command runs diptych on the same corpus.
"""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from tests.text_files import write_texts

TIMEOUT = 60.0
TITLE_WORD = "Zanzibarian"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for_port(port: int, process: subprocess.Popen[str]) -> None:
    """Poll until the server accepts connections; fail at once if it died."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"diptych serve exited {process.returncode}: {process.stderr}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing listened on port {port} within {TIMEOUT} s")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_texts(
        tmp_path / "corpus",
        {
            "a.txt": f"{TITLE_WORD} ferry sinks near the harbour\n\nThe ferry sank on Monday.\n",
            "b.txt": "Harbour ferry lost\n\nA ferry sank near the harbour on Monday.\n",
        },
    )


@pytest.fixture
def server(corpus: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "serve", str(corpus), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=corpus.parent,
    )
    try:
        wait_for_port(port, process)
        yield process, port
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


async def first_screen(port: int) -> str:
    """Open the page's websocket as its script does and read until the corpus title shows."""
    url = f"ws://127.0.0.1:{port}/ws?width=120&height=30"
    screen = ""
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as websocket:
        deadline = time.monotonic() + TIMEOUT
        while TITLE_WORD not in screen and time.monotonic() < deadline:
            message = await websocket.receive(timeout=deadline - time.monotonic())
            if message.type != aiohttp.WSMsgType.BINARY:
                break
            screen += message.data.decode("utf-8", "replace")
    return screen


def test_serve_answers_with_the_app_page_runs_diptych_and_stops_cleanly(
    server: tuple[subprocess.Popen[str], int], corpus: Path
) -> None:
    process, port = server
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=TIMEOUT) as response:
        assert response.status == 200
        page = response.read().decode("utf-8")
    assert "<title>diptych</title>" in page or "<div>diptych</div>" in page
    assert f'data-session-websocket-url="ws://127.0.0.1:{port}/ws"' in page
    assert "js/textual.js" in page

    assert TITLE_WORD in asyncio.run(first_screen(port))

    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, stderr
    assert f"serving {corpus} on http://127.0.0.1:{port}/" in stdout
    assert stdout.rstrip().endswith("diptych: stopping…\ndiptych: stopped")
    assert "Traceback" not in stdout + stderr


def test_serve_on_a_taken_port_says_so_in_one_line(corpus: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "tui", "serve", str(corpus), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"diptych: port {port} is taken on 127.0.0.1; try --port {port + 1}"
    ]
    assert result.stdout == ""


def test_serve_on_a_missing_corpus_says_so_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui", "serve", str(tmp_path / "nowhere")],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 2
    missing = tmp_path / "nowhere"
    assert result.stderr.strip().splitlines() == [f"diptych: {missing}: no such file or folder"]
