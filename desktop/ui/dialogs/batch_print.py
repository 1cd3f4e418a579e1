"""批量打印档案: the dossiers of the firms the table shows (search and filters), into one PDF, on a worker
(progress, Cancel), then offer to open it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.firms import FirmQuery, count_firms, list_firms
from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.pdf_job import PdfJob

# A few hundred dossiers make a PDF of a few thousand pages; more is a mistake of the filters, not a job.
BATCH_LIMIT = 500


class BatchPrinter(PdfJob):
    def __init__(self, ws: Workspace, query: FirmQuery, today: date, parent: QWidget) -> None:
        super().__init__(parent, ws.data_dir)
        self.ws = ws
        self.query = replace(query, limit=None, offset=0)
        self.today = today
        self.count = 0

    def start(self) -> None:
        title = self.tr("批量打印一企一档")
        # Counted here, not taken from the table: while a search is counted the table shows one page.
        self.count = count_firms(self.ws, self.query, at_most=BATCH_LIMIT + 1)
        if self.count == 0:
            QMessageBox.information(self.parent_widget, title, self.tr("当前列表中没有企业。"))
            return
        if self.count > BATCH_LIMIT:
            QMessageBox.information(
                self.parent_widget,
                title,
                self.tr("当前列表超过 %1 家企业。请先用搜索和筛选缩小到 %1 家以内再批量打印。").replace(
                    "%1", str(BATCH_LIMIT)
                ),
            )
            return
        ws, query, today = self.ws, self.query, self.today

        def writer(out: Path, progress: ProgressCallback, cancel: CancelToken) -> object:
            # Imported when used: reportlab and the pinyin dictionaries cost 0.45 s of the app's start.
            from desktop.services.printing import print_dossiers

            # The rows as the table lists them, in its order; the service removes its file on Cancel.
            usccs = [firm.uscc for firm in list_firms(ws, query)]
            return print_dossiers(ws, out, usccs=usccs, today=today, progress=progress, cancel=cancel)

        default = Path.home() / f"一企一档-{self.today.isoformat()}-{self.count}户.pdf"
        self.write(title, default, writer)
