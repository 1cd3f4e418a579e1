"""打印档案: choose a PDF file, write the firm's dossier on a worker (progress, Cancel), offer to open it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services.jobs import Cancelled, CancelToken, ProgressCallback
from desktop.services.workspace import Workspace
from desktop.ui.worker import ProgressRunner

if TYPE_CHECKING:
    from desktop.services.printing import PrintResult


class DossierPrinter(QObject):
    """One print run; ``printed`` carries the PDF path, ``cancelled`` says Cancel stopped it (no file was
    written), ``failed`` carries any other error (shown by the window)."""

    printed = Signal(object)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, ws: Workspace, uscc: str, name: str, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws = ws
        self.uscc = uscc
        self.name = name
        self.today = today
        self.parent_widget = parent
        self.runner: ProgressRunner | None = None

    def choose_file(self) -> Path | None:
        default = Path.home() / f"一企一档-{self.name}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("打印一企一档"), str(default), self.tr("PDF 文件 (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def start(self) -> None:
        out = self.choose_file()
        if out is None:
            return

        def job(progress: ProgressCallback, cancel: CancelToken) -> PrintResult:
            # Imported when used: reportlab and the pinyin dictionaries cost 0.45 s of the app's start.
            from desktop.services.printing import print_dossier

            # The service checks the token between its steps and removes its temporary file.
            return print_dossier(self.ws, self.uscc, out, today=self.today, progress=progress, cancel=cancel)

        self.runner = ProgressRunner(self.parent_widget, self.tr("打印一企一档"), job)
        self.runner.done.connect(lambda _result: self._done(out))
        self.runner.error.connect(self._error)
        self.runner.start()

    def _error(self, exc: object) -> None:
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(exc)

    def _done(self, out: Path) -> None:
        self.printed.emit(out)
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("打印一企一档"),
            self.tr("已保存到 %1\n现在打开吗？").replace("%1", str(out)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
