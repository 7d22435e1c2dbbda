"""`diptych serve` in a real browser: headless Chromium, driven over the DevTools protocol.

Starts `diptych serve CORPUS` on a free port and Debian's chromium (``apt-get
install chromium``; nothing is downloaded at run time), opens the page, waits
for the app's first screen, presses `space`, `down`, `space`, `enter` (mark two
articles, compare them), waits for the compare screen and saves a PNG.

What the app draws is read from the page's websocket frames (CDP's Network
events), so every wait is for a word the app has sent, never a guessed sleep;
"settled" means no frame for ``--quiet`` seconds. Prints the times it measured.

    .venv/bin/python benchmarks/e2e_serve.py [--corpus seeds] [--out /tmp/diptych-serve.png]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import itertools
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|.)")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# CDP key events: what a keyboard sends for each key the script presses.
KEYS: dict[str, dict[str, Any]] = {
    "space": {"key": " ", "code": "Space", "text": " ", "windowsVirtualKeyCode": 32},
    "down": {"key": "ArrowDown", "code": "ArrowDown", "windowsVirtualKeyCode": 40},
    "enter": {"key": "Enter", "code": "Enter", "text": "\r", "windowsVirtualKeyCode": 13},
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"e2e_serve: `diptych serve` exited {process.returncode}")
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.1)
    raise SystemExit(f"e2e_serve: nothing listened on port {port} within {timeout} s")


class Page:
    """One Chromium page over CDP; collects the app's screen from its websocket frames."""

    def __init__(self, socket_: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket_
        self.ids = itertools.count(1)
        self.pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.screen = ""  # every frame the app sent, escape sequences removed
        self.last_frame = time.monotonic()
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.socket:
            data = json.loads(message.data)
            if "id" in data:
                self.pending.pop(data["id"]).set_result(data)
            elif data.get("method") == "Network.webSocketFrameReceived":
                frame = data["params"]["response"]
                payload = frame["payloadData"]
                raw = base64.b64decode(payload) if frame["opcode"] == 2 else payload.encode()
                self.screen += ANSI.sub("", raw.decode("utf-8", "replace"))
                self.last_frame = time.monotonic()

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        ident = next(self.ids)
        self.pending[ident] = asyncio.get_running_loop().create_future()
        await self.socket.send_json({"id": ident, "method": method, "params": params})
        reply = await self.pending[ident]
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    async def wait_for(self, word: str, since: int, timeout: float) -> None:
        """Until the app has sent ``word`` after position ``since`` of the screen text."""
        deadline = time.monotonic() + timeout
        while word not in self.screen[since:]:
            if time.monotonic() > deadline:
                raise SystemExit(f"e2e_serve: the app never drew {word!r} within {timeout} s")
            await asyncio.sleep(0.05)

    async def settle(self, quiet: float, timeout: float) -> None:
        """Until the app has sent nothing for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() - self.last_frame < quiet and time.monotonic() < deadline:
            await asyncio.sleep(0.05)

    async def press(self, key: str) -> None:
        event = KEYS[key]
        await self.send("Input.dispatchKeyEvent", type="keyDown", **event)
        await self.send(
            "Input.dispatchKeyEvent", type="keyUp", key=event["key"], code=event["code"]
        )


async def devtools_url(chromium: subprocess.Popen[bytes], timeout: float) -> str:
    """The browser's DevTools address, from the line chromium prints on stderr."""
    assert chromium.stderr is not None
    loop = asyncio.get_running_loop()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = await loop.run_in_executor(None, chromium.stderr.readline)
        if not line:
            break
        if match := re.search(rb"DevTools listening on (ws://\S+)", line):
            return match.group(1).decode()
    raise SystemExit("e2e_serve: chromium printed no DevTools address")


async def drive(args: argparse.Namespace, app_url: str, chromium: subprocess.Popen[bytes]) -> None:
    browser_url = await devtools_url(chromium, args.timeout)
    http_base = "http://" + browser_url.split("/")[2]
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{http_base}/json/list") as reply:
            targets = await reply.json()
        page_target = next(t for t in targets if t["type"] == "page")
        async with session.ws_connect(page_target["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            page = Page(ws)
            await page.send("Network.enable")
            await page.send("Page.enable")
            started = time.monotonic()
            await page.send("Page.navigate", url=app_url)
            await page.wait_for("Overview", 0, args.timeout)  # the corpus screen's footer
            await page.settle(args.quiet, args.timeout)
            first_screen = time.monotonic() - started
            await page.send(
                "Runtime.evaluate", expression="document.querySelector('textarea').focus()"
            )
            since = len(page.screen)
            pressed = time.monotonic()
            for key in ("space", "down", "space", "enter"):
                await page.press(key)
            await page.wait_for("Swap", since, args.timeout)  # the compare screen's footer
            await page.settle(args.quiet, args.timeout)
            compare_screen = time.monotonic() - pressed
            shot = await page.send("Page.captureScreenshot", format="png")
            args.out.write_bytes(base64.b64decode(shot["data"]))
            page.reader.cancel()
    print(f"first screen drawn: {first_screen:.2f} s after navigation (settled {args.quiet} s)")
    print(f"compare screen drawn: {compare_screen:.2f} s after the keys (settled {args.quiet} s)")
    print(f"screenshot: {args.out}")


def stop(process: subprocess.Popen[bytes], name: str) -> int:
    process.send_signal(signal.SIGINT)
    try:
        return process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise SystemExit(f"e2e_serve: {name} did not stop on SIGINT within 30 s") from None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    parser.add_argument("--out", type=Path, default=Path("/tmp/diptych-serve.png"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--size", default="1600,1000", help="browser window WIDTH,HEIGHT")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--quiet", type=float, default=1.0, help="seconds without a frame")
    args = parser.parse_args()
    if not Path(args.chromium).exists():
        raise SystemExit("e2e_serve: no chromium (apt-get install -y chromium)")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tui", "serve", str(args.corpus), "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    with tempfile.TemporaryDirectory(prefix="diptych-chromium-") as profile:
        chromium = subprocess.Popen(
            [
                args.chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={args.size}",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            asyncio.run(wait_for_port(port, server, args.timeout))
            asyncio.run(drive(args, f"http://127.0.0.1:{port}/", chromium))
        finally:
            chromium.terminate()
            chromium.wait(timeout=30)
            served = stop(server, "diptych serve")
    print(f"diptych serve exit status after SIGINT: {served}")
    return 0 if served == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
