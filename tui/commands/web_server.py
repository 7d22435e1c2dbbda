"""textual-serve's server, saying in diptych's words where it serves and how it stops."""

from __future__ import annotations

import logging

from aiohttp import web
from textual_serve.server import Server


class DiptychServer(Server):
    """A textual-serve ``Server`` that prints one line for its address, not a banner."""

    def __init__(self, command: str, *, host: str, port: int, public_url: str, corpus: str) -> None:
        super().__init__(command, host=host, port=port, title="diptych", public_url=public_url)
        self.corpus = corpus

    def initialize_logging(self) -> None:
        """textual-serve's logging, less a line for every request."""
        super().initialize_logging()
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)

    async def on_startup(self, app: web.Application) -> None:
        print(
            f"diptych: serving {self.corpus} on {self.public_url}/ (ctrl+c stops)",
            flush=True,
        )

    async def on_shutdown(self, app: web.Application) -> None:
        """Before the sessions close: each browser tab's diptych quits and saves its tags,
        which can take seconds."""
        print("diptych: stopping…", flush=True)
