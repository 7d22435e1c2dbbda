"""Send keys the way a terminal delivers a burst: all queued at once, nothing processed between.

``Pilot.press`` waits for the app to go idle after every key, which hides
races between keys; a fast typist, a paste or ``tmux send-keys`` does not wait.
"""

from __future__ import annotations

from textual import events
from textual.pilot import Pilot

CHARACTERS = {"tab": "\t", "enter": "\r", "escape": "\x1b", "space": " ", "ctrl+s": "\x13"}


async def burst(pilot: Pilot[object], *keys: str) -> None:
    """Queue every key on the app in one go (as the driver does for one read), then settle."""
    app = pilot.app
    for key in keys:
        event = events.Key(key, CHARACTERS.get(key, key if len(key) == 1 else None))
        event.set_sender(app)
        app.post_message(event)
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
