"""Background work: a service call with progress/cancel on a pool thread, reported through Qt signals.

The service keeps its Qt-free ``progress(done, total, message)`` callback and ``CancelToken``; this adapts
them to signals (delivered on the GUI thread) so the window never freezes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.domain.errors import Message, in_language, is_english
from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.ui.labels import ui_language

# A job receives the progress callback and the cancel token and returns its result.
Job = Callable[[ProgressCallback, CancelToken], Any]


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception (DomainError, Cancelled or a bug)


class Worker(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.cancel_token = CancelToken()
        self.signals = WorkerSignals()
        self.started = False
        self.done = False
        self.setAutoDelete(False)  # the Python side owns it; signals stay valid after run()
        # Taken on the GUI thread: a progress text crosses the thread as a plain str, so a Message is
        # rendered here, before its English is lost on the way.
        self.language = ui_language()

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def run(self) -> None:
        self.started = True
        try:
            result = self.job(self._emit_progress, self.cancel_token)
        except BaseException as exc:  # reported to the GUI thread, which shows it properly
            self.done = True
            self._report(self.signals.failed, exc)
        else:
            self.done = True
            self._report(self.signals.finished, result)

    def _emit_progress(self, done: int, total: int, message: str) -> None:
        """The service's text in the window's language; a plain Chinese text in an English window is
        left out (the dialog shows its title and the counts instead)."""
        if isinstance(message, Message):
            text = in_language(message, self.language)
        else:
            text = "" if is_english(self.language) else message
        with contextlib.suppress(RuntimeError):
            self.signals.progress.emit(done, total, text)

    @staticmethod
    def _report(signal: Any, value: object) -> None:
        # The window that asked may have closed (its signals deleted) while this ran: nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def start(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


class ProgressRunner(QObject):
    """Runs a job with a modal progress dialog and a Cancel button; emits ``done`` or ``error``.

    Work that cannot stop halfway (one transaction over many firms) passes ``cancellable=False``: the
    dialog then shows no Cancel. The services word their progress in Chinese; in another language the
    dialog shows the title and the count instead of their text.
    """

    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, job: Job, *, cancellable: bool = True) -> None:
        super().__init__(parent)
        self.worker = Worker(job)
        self.title = title
        self.dialog = QProgressDialog(title, self.tr("取消") if cancellable else "", 0, 0, parent)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)

    def start(self) -> None:
        self.dialog.show()
        start(self.worker)

    def _cancel(self) -> None:
        self.dialog.setLabelText(self.tr("正在取消……"))
        self.worker.cancel()

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if not message:
            message = self.title if total <= 0 else f"{self.title}: {done:,} / {total:,}"
        self.dialog.setLabelText(message)

    def _finished(self, result: object) -> None:
        self.dialog.hide()
        self.done.emit(result)

    def _failed(self, exc: object) -> None:
        self.dialog.hide()
        self.error.emit(exc)
