"""The base of screens that run workers: the one place a worker error reaches the user."""

from __future__ import annotations

from typing import TypeVar

from textual import on
from textual.screen import Screen
from textual.worker import Worker, WorkerState

ResultType = TypeVar("ResultType")


class WorkerScreen(Screen[ResultType]):
    """A screen whose failed workers (``exit_on_error=False``) become error notifications.

    ``Worker.StateChanged`` does not bubble, so the handler lives on the screens
    that own workers rather than on the app.
    """

    @on(Worker.StateChanged)
    def report_worker_error(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            name = event.worker.name or "A background task"
            self.notify(
                f"{name} failed: {event.worker.error}",
                title="Error",
                severity="error",
                markup=False,
                timeout=10,
            )
