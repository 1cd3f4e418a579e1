"""打印档案 / 打印方案: choose a PDF file, write the firm's dossier (or its plan alone, 一企一策) on a worker
(progress, Cancel), offer to open it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.pdf_job import PdfJob


class DossierPrinter(PdfJob):
    def __init__(
        self, ws: Workspace, uscc: str, name: str, today: date, parent: QWidget, *, plan_only: bool = False
    ) -> None:
        super().__init__(parent, ws.data_dir)
        self.ws = ws
        self.uscc = uscc
        self.name = name
        self.today = today
        self.plan_only = plan_only

    def start(self) -> None:
        def writer(out: Path, progress: ProgressCallback, cancel: CancelToken) -> object:
            # Imported when used: reportlab and the pinyin dictionaries cost 0.45 s of the app's start.
            from desktop.services.printing import print_dossier

            # The service checks the token between its steps and removes its temporary file.
            return print_dossier(
                self.ws,
                self.uscc,
                out,
                plan_only=self.plan_only,
                today=self.today,
                progress=progress,
                cancel=cancel,
            )

        if self.plan_only:
            self.write(self.tr("打印一企一策"), Path.home() / f"一企一策-{self.name}.pdf", writer)
        else:
            self.write(self.tr("打印一企一档"), Path.home() / f"一企一档-{self.name}.pdf", writer)
