"""打印受理回告单 on the demand steps panel: enabled once the demand is formally accepted or decided (not
withdrawn); writes the reply on a worker through PdfJob, and the firm's history then shows the print."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.workspace import Workspace
from desktop.store.models import Demand
from desktop.ui.dialogs.pdf_job import PdfJob
from desktop.ui.errors import show_error


def can_reply(demand: Demand | None) -> bool:
    if demand is None:
        return False
    return demand.decision in ("approved", "declined") or (
        demand.accepted_on is not None and demand.decision is None
    )


class ReplyButton(QPushButton):
    printed = Signal(object)

    def __init__(self, ws: Workspace, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("打印受理回告单…"))
        self.setObjectName("printReply")
        self.ws = ws
        self.today = today
        self.demand_id: int | None = None
        self.job: PdfJob | None = None
        self.clicked.connect(self.print_reply)
        self.setEnabled(False)

    def show_demand(self, demand: Demand | None) -> None:
        self.demand_id = demand.id if demand is not None else None
        self.setEnabled(can_reply(demand))

    def print_reply(self) -> None:
        if self.demand_id is None:
            return
        demand_id, today = self.demand_id, self.today()

        def writer(out: Path, _progress: ProgressCallback, _cancel: CancelToken) -> object:
            from desktop.services.replies import print_reply

            return print_reply(self.ws, demand_id, out, today=today)

        self.job = PdfJob(self)
        self.job.printed.connect(self.printed)
        self.job.failed.connect(lambda exc: show_error(self, exc, self.ws.data_dir))
        self.job.write(self.tr("打印受理回告单"), Path.home() / f"受理回告单-{demand_id}.pdf", writer)
