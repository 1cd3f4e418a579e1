"""One PDF written on a worker: ask where, run the service with progress and Cancel, offer to open it.

Shared by 打印档案 (one firm) and 批量打印档案 (the firms the table lists).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services.jobs import Cancelled, CancelToken, ProgressCallback
from desktop.ui.prefs import remember_folder, remembered_folder
from desktop.ui.worker import ProgressRunner

PdfWriter = Callable[[Path, ProgressCallback, CancelToken], object]


class PdfJob(QObject):
    """One print run; ``printed`` carries the PDF path, ``cancelled`` says Cancel stopped it (no file was
    written: the services remove their temporary file), ``failed`` carries any other error (shown by
    the window)."""

    printed = Signal(object)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, parent: QWidget, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.data_dir = data_dir  # where the folder last printed to is remembered (ui.ini)
        self.runner: ProgressRunner | None = None

    def write(self, title: str, default: Path, writer: PdfWriter) -> None:
        """Ask for the file (".pdf" added if missing), then run ``writer(out, progress, cancel)``."""
        if self.data_dir is not None:
            default = remembered_folder(self.data_dir, "pdf") / default.name
        chosen, _ = QFileDialog.getSaveFileName(
            self.parent_widget, title, str(default), QCoreApplication.translate("PdfJob", "PDF 文件 (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        out = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
        if self.data_dir is not None:
            remember_folder(self.data_dir, "pdf", out)
        self.runner = ProgressRunner(
            self.parent_widget, title, lambda progress, cancel: writer(out, progress, cancel)
        )
        self.runner.done.connect(lambda _result: self._done(title, out))
        self.runner.error.connect(self._error)
        self.runner.start()

    def _error(self, exc: object) -> None:
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(exc)

    def _done(self, title: str, out: Path) -> None:
        self.printed.emit(out)
        answer = QMessageBox.question(
            self.parent_widget,
            title,
            QCoreApplication.translate("PdfJob", "已保存到 %1\n现在打开吗？").replace("%1", str(out)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
