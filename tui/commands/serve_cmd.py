"""``diptych serve [CORPUS]``: the app in a web browser, through textual-serve.

Each browser tab runs its own ``diptych CORPUS`` process (the same command line
as in a terminal, so the same corpus and ``--encoding`` choices); textual-serve
relays its screen and keys over a websocket.
"""

from __future__ import annotations

import argparse
import errno
import shlex
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from tui.commands.errors import UserError
from tui.commands.loading import add_app_corpus_argument, add_encoding_option

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000

EXAMPLES = """\
examples:
  diptych serve                          the seeds/ corpus on http://127.0.0.1:8000
  diptych serve path/to/articles --port 8080
  diptych serve a.txt b.txt              the comparison of two files
  diptych serve --host 0.0.0.0 --public-url http://reviewbox:8000   for other machines

Open the printed address in a browser; every tab runs its own diptych. ctrl+c stops.
"""


def app_command(paths: Sequence[Path], chosen: Sequence[tuple[str, str]]) -> str:
    """The shell command each browser tab runs: this Python's diptych on the same
    corpus (absolute paths, so the server's working folder does not matter)."""
    words = [sys.executable, "-m", "tui", *(str(path.resolve()) for path in paths)]
    for name, encoding in chosen:
        words += ["--encoding", encoding if name == "*" else f"{name}={encoding}"]
    return shlex.join(words)


def public_url(host: str, port: int) -> str:
    """The address a browser on this machine uses (IPv6 hosts in brackets)."""
    shown = "127.0.0.1" if host in ("", "0.0.0.0") else "[::1]" if host == "::" else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


def check_port_free(host: str, port: int) -> None:
    """Fail early, in one line, when the address cannot be bound (aiohttp would
    otherwise print a traceback from inside its loop)."""
    try:
        infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise UserError(f"--host {host}: {error.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise UserError(f"port {port} is taken on {host}; try --port {port + 1}") from None
            raise UserError(f"cannot listen on {host}:{port}: {error.strerror}") from None


def run(args: argparse.Namespace) -> int:
    from tui.cli import build_app, default_corpus

    paths = [Path(path) for path in args.corpus]
    build_app(paths, args.encoding)  # a bad corpus fails here, in one line, not in each tab
    check_port_free(args.host, args.port)
    from tui.commands.web_server import DiptychServer

    server = DiptychServer(
        app_command(paths, args.encoding),
        host=args.host,
        port=args.port,
        public_url=args.public_url or public_url(args.host, args.port),
        corpus=", ".join(str(path) for path in paths) or str(default_corpus()),
    )
    server.serve()
    print("diptych: stopped", flush=True)
    return 0


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1-65535)")
    return port


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "serve",
        help="open the app in a web browser (textual-serve)",
        description="Serve the diptych app over HTTP: each browser tab runs the app on CORPUS.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_app_corpus_argument(p)
    p.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})"
    )
    p.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"address to listen on (default: {DEFAULT_HOST}, this machine only)",
    )
    p.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers use, when it is not http://HOST:PORT "
        "(e.g. with --host 0.0.0.0, or behind a proxy)",
    )
    add_encoding_option(p)
