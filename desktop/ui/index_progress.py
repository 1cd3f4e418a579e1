"""The search index being filled after a big import (issue 20 item 7): a bar under the wizard while the
firms are already listed and found (by a scan until the index has them), on a pool thread. The main
window resumes a fill left over at start and stops every fill before the database closes."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.domain.errors import DomainError
from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.search_backlog import complete_search_index, pending_firms
from desktop.services.workspace import Workspace
from desktop.ui.worker import Worker, start

# Every fill running and the event its job sets when it has stopped. Module-wide: a language switch
# builds a new import view while the old one's fill is still ending.
_FILLS: dict[Worker, threading.Event] = {}


def stop_fills(wait_s: float = 0.0) -> bool:
    """Cancel every running fill (it stops between chunks, what is done stays done) and wait up to
    ``wait_s`` for them to stop; whether none runs any more."""
    for worker in _FILLS:
        worker.cancel()
    deadline = time.monotonic() + wait_s
    for worker, stopped in list(_FILLS.items()):
        if stopped.wait(max(0.0, deadline - time.monotonic())):
            _FILLS.pop(worker, None)
    return not _FILLS


class IndexProgress(QWidget):
    """Hidden unless the search index has firms to take in; ``completed`` when it has them all.
    ``message`` says what it is doing (empty when done), for the status bar."""

    completed = Signal()
    failed = Signal(object)
    message = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.worker: Worker | None = None
        self.label = QLabel()
        self.label.setObjectName("indexLabel")
        self.bar = QProgressBar()
        self.bar.setObjectName("indexBar")
        self.stop_button = QPushButton(self.tr("暂停"))
        self.stop_button.setToolTip(self.tr("下次启动或打开导入页面时继续"))
        self.stop_button.clicked.connect(self.stop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.stop_button)
        self.hide()

    @property
    def running(self) -> bool:
        return self.worker is not None and not self.worker.done

    def resume(self) -> None:
        """Start filling the index if it has firms waiting (after an import, or one left from before)."""
        if self.running or pending_firms(self.ws) == 0:
            return

        stopped = threading.Event()

        def job(progress: ProgressCallback, cancel: CancelToken) -> int:
            try:
                return complete_search_index(self.ws, progress, cancel)
            finally:
                stopped.set()

        self._say(self.tr("正在建立搜索索引（企业已可浏览，搜索暂用逐条查找）"), self.tr("正在建立搜索索引…"))
        self.bar.setRange(0, 0)
        self.worker = Worker(job)
        _FILLS[self.worker] = stopped
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.show()
        start(self.worker)

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        counts = (str(done), str(total))
        self._say(
            self.tr("正在建立搜索索引：%1 / %2 家").replace("%1", counts[0]).replace("%2", counts[1]),
            self.tr("搜索索引：%1 / %2 家").replace("%1", counts[0]).replace("%2", counts[1]),
        )

    def _say(self, text: str, short: str) -> None:
        """``text`` under the wizard, ``short`` for the status bar."""
        self.label.setText(text)
        self.message.emit(short)

    def _ended(self) -> None:
        if self.worker is not None:
            _FILLS.pop(self.worker, None)
        self.hide()
        self.message.emit("")

    def _finished(self, _done: object) -> None:
        self._ended()
        self.completed.emit()

    def _failed(self, exc: object) -> None:
        self._ended()
        if not isinstance(exc, DomainError):  # Cancelled: it goes on at the next start
            self.failed.emit(exc)
