"""textual-serve's server, saying in diptych's words where it serves and how it stops."""

from __future__ import annotations

import asyncio
import logging
from asyncio.subprocess import Process

from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server

APP_EXIT_TIMEOUT = 60.0
"""Seconds a tab's diptych gets to quit (and write its tags) once the server stops."""


class DiptychServer(Server):
    """A textual-serve ``Server`` that prints one line for its address, not a banner, and
    waits for every tab's diptych to end before it stops.

    textual-serve asks a tab's app to quit but never waits for its process; one still
    quitting when the event loop closes would be left to log a warning from a closed loop.
    """

    def __init__(self, command: str, *, host: str, port: int, public_url: str, corpus: str) -> None:
        super().__init__(command, host=host, port=port, title="diptych", public_url=public_url)
        self.corpus = corpus
        self.apps: set[Process] = set()

    def initialize_logging(self) -> None:
        """textual-serve's logging, less a line for every request."""
        super().initialize_logging()
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.on_cleanup.append(self.wait_for_apps)
        return app

    async def _process_messages(
        self, websocket: web.WebSocketResponse, app_service: AppService
    ) -> None:
        """Keep the tab's process (textual-serve's ``AppService`` holds it privately)."""
        self.apps = {process for process in self.apps if process.returncode is None}
        if app_service._process is not None:
            self.apps.add(app_service._process)
        await super()._process_messages(websocket, app_service)

    async def on_startup(self, app: web.Application) -> None:
        print(
            f"diptych: serving {self.corpus} on {self.public_url}/ (ctrl+c stops)",
            flush=True,
        )

    async def on_shutdown(self, app: web.Application) -> None:
        """Before the sessions close: each browser tab's diptych quits and saves its tags,
        which can take seconds."""
        print("diptych: stopping…", flush=True)

    async def wait_for_apps(self, app: web.Application) -> None:
        """After the sessions closed (each was told to quit): until their processes end."""
        running = [process.wait() for process in self.apps if process.returncode is None]
        if not running:
            return
        try:
            await asyncio.wait_for(asyncio.gather(*running), APP_EXIT_TIMEOUT)
        except TimeoutError:
            print(f"diptych: a tab's app had not quit after {APP_EXIT_TIMEOUT:.0f} s", flush=True)
