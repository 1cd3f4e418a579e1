"""The one base of the main window's screens: how a screen gets the workspace and today, refreshes, runs
long work with progress and Cancel, asks before what it cannot take back, and reports an error.

A screen emits ``failed`` with the exception; the main window shows it (``errors.show_error``: a
``DomainError`` in the UI's language, anything else logged). Work that takes more than a moment goes
through ``run_job`` (a ``ProgressRunner``: a modal progress dialog with Cancel, the service's
``progress``/``CancelToken`` passed on), never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.jobs import Cancelled
from desktop.services.workspace import Workspace
from desktop.ui.worker import Job, ProgressRunner

T = TypeVar("T")


class View(QWidget):
    failed = Signal(object)  # an exception for the window to show

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.runner: ProgressRunner | None = None

    def refresh(self) -> None:
        """Read the screen's data again (called when the screen is shown and on F5)."""

    def report_error(self, exc: BaseException) -> None:
        self.failed.emit(exc)

    def attempt(self, call: Callable[[], T]) -> T | None:
        """Run a quick service call on the GUI thread; an error is reported and None returned."""
        try:
            return call()
        except Exception as exc:
            self.report_error(exc)
            return None

    def run_job(
        self,
        title: str,
        job: Job,
        done: Callable[[object], None],
        *,
        cancelled: Callable[[], None] | None = None,
        cancellable: bool = True,
    ) -> ProgressRunner:
        """Run ``job(progress, cancel)`` on a worker behind a progress dialog; then ``done(result)``. A
        Cancel goes to ``cancelled`` (default: nothing to say), any other error to ``failed``."""

        def error(exc: object) -> None:
            if isinstance(exc, Cancelled) and cancelled is not None:
                cancelled()
            elif isinstance(exc, BaseException) and not isinstance(exc, Cancelled):
                self.report_error(exc)

        self.runner = ProgressRunner(self, title, job, cancellable=cancellable)
        self.runner.done.connect(done)
        self.runner.error.connect(error)
        self.runner.start()
        return self.runner

    def confirm(self, title: str, text: str) -> bool:
        """Ask before a change that cannot be taken back in one click (the text says how many it affects)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes
