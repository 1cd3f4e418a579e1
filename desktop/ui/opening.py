"""Opening the workspace at start without a frozen, windowless pause.

Opening is instant on most days, but it can take a while: the first start of a day copies the database
(the daily backup: a few seconds for a province-sized list), and a new version may upgrade the
database's structure (migration 0005 refills a search index: 12 s at 530,000 firms). It runs on a pool
thread while a local event loop keeps Qt responsive, and a small busy dialog says what is happening
once it has taken longer than a moment. The upgrade cannot be cancelled halfway, so the dialog has no
Cancel button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout

from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.ui.worker import Worker, start

T = TypeVar("T")
SHOW_AFTER_MS = 400  # an ordinary start is done by then: no dialog flashes


class _Waiting(QObject):
    """Receives the worker's outcome on the GUI thread and ends the local event loop."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.outcome: tuple[bool, object] | None = None

    @Slot(object)
    def finished(self, result: object) -> None:
        self.outcome = (True, result)
        self.loop.quit()

    @Slot(object)
    def failed(self, error: object) -> None:
        self.outcome = (False, error)
        self.loop.quit()


def busy_dialog() -> QDialog:
    """A message and a busy bar; nothing to press (Esc only hides it: the work goes on)."""
    translate = QCoreApplication.translate
    dialog = QDialog()
    dialog.setWindowTitle(translate("opening", "首贷培育工作台"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumWidth(420)
    layout = QVBoxLayout(dialog)
    label = QLabel(
        translate(
            "opening",
            "正在打开数据库……\n每天第一次启动时会先备份数据；新版本第一次启动时会升级数据库结构，可能需要一些时间。",
        )
    )
    label.setWordWrap(True)
    layout.addWidget(label)
    bar = QProgressBar()
    bar.setRange(0, 0)  # busy: how long an upgrade takes is not known beforehand
    layout.addWidget(bar)
    return dialog


def run_while_busy(job: Callable[[], T], show_after_ms: int = SHOW_AFTER_MS) -> T:
    """``job()`` on a pool thread, with the busy dialog shown if it takes longer than ``show_after_ms``;
    its result, or its exception raised here."""

    def task(_progress: ProgressCallback, _cancel: CancelToken) -> T:
        return job()

    loop = QEventLoop()
    waiting = _Waiting(loop)
    worker = Worker(task)
    worker.signals.finished.connect(waiting.finished)
    worker.signals.failed.connect(waiting.failed)
    dialog = busy_dialog()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(dialog.show)
    timer.start(show_after_ms)
    start(worker)
    if waiting.outcome is None:
        loop.exec()
    timer.stop()
    dialog.close()
    dialog.deleteLater()
    assert waiting.outcome is not None
    succeeded, value = waiting.outcome
    if not succeeded:
        assert isinstance(value, BaseException)
        raise value
    return cast(T, value)
