"""The firm pane's 活动与尽职 tab: the activities the firm took part in (its contacts by activity), its
预授信 (set or voided here; never counted as 授信), marking it a 典型案例 of the month, and printing the
尽职免责 evidence of its first loan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.activities import ACTIVITY_KINDS
from desktop.domain.errors import DomainError
from desktop.domain.money import format_wan
from desktop.services.activity_views import firm_activities
from desktop.services.cases import draft_for, mark_case
from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.precredit import precredit_history, set_precredit, void_precredit
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.pdf_job import PdfJob
from desktop.ui.errors import error_message
from desktop.ui.labels import vocab_label
from desktop.ui.models.records_model import RecordsModel, records_table


class FirmProgrammeTab(QWidget):
    failed = Signal(object)
    changed = Signal(str)  # the firm's credit code

    def __init__(self, ws: Workspace, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.uscc = ""
        self.printer: PdfJob | None = None
        self.activities = RecordsModel(
            [self.tr("日期"), self.tr("类型"), self.tr("活动名称"), self.tr("组织单位")]
        )
        self.precredit = QLabel()
        self.precredit.setObjectName("precreditLabel")
        self.amount = QLineEdit()
        self.amount.setObjectName("precreditAmount")
        self.amount.setPlaceholderText(self.tr("万元"))
        self.amount.setMaximumWidth(110)
        self.on = QDateEdit()
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setCalendarPopup(True)
        self.set_button = QPushButton(self.tr("登记预授信"))
        self.set_button.setObjectName("setPrecredit")
        self.void_button = QPushButton(self.tr("作废预授信…"))
        self.case_button = QPushButton(self.tr("标为本月典型案例…"))
        self.case_button.setObjectName("markCase")
        self.diligence_button = QPushButton(self.tr("打印尽职免责证明…"))
        self.diligence_button.setObjectName("printDiligence")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.set_button.clicked.connect(self.save_precredit)
        self.void_button.clicked.connect(self.ask_void_precredit)
        self.case_button.clicked.connect(self.ask_case)
        self.diligence_button.clicked.connect(self.print_diligence)
        pre = QHBoxLayout()
        pre.addWidget(self.precredit, 1)
        pre.addWidget(self.amount)
        pre.addWidget(self.on)
        pre.addWidget(self.set_button)
        pre.addWidget(self.void_button)
        actions = QHBoxLayout()
        actions.addWidget(self.case_button)
        actions.addWidget(self.diligence_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("参加的活动（计为对接）")))
        layout.addWidget(records_table(self.activities, "firmActivities"), 1)
        layout.addLayout(pre)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.show_firm("")

    def show_firm(self, uscc: str | None) -> None:
        self.uscc = uscc or ""
        for button in (self.set_button, self.void_button, self.case_button, self.diligence_button):
            button.setEnabled(bool(self.uscc))
        now = self.today()
        self.on.setDate(QDate(now.year, now.month, now.day))
        self.message.clear()
        if not self.uscc:
            self.activities.set_rows([])
            self.precredit.setText("")
            return
        try:
            views = firm_activities(self.ws, self.uscc)
            history = [h for h in precredit_history(self.ws, self.uscc) if not h.voided]
        except DomainError as exc:
            self.failed.emit(exc)
            return
        self.activities.set_rows(
            [(v.on.isoformat(), vocab_label(ACTIVITY_KINDS, v.kind), v.title, v.organiser) for v in views]
        )
        if history:
            current = history[0]
            self.precredit.setText(
                self.tr("预授信：%1 万元（%2），不计入授信")
                .replace("%1", format_wan(current.amount))
                .replace("%2", current.on.isoformat())
            )
        else:
            self.precredit.setText(self.tr("预授信：无"))
        self.void_button.setEnabled(bool(history))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")

    def save_precredit(self) -> None:
        value = self.on.date()
        try:
            set_precredit(
                self.ws, self.uscc, self.amount.text(), date(value.year(), value.month(), value.day())
            )
        except DomainError as exc:
            self._say(error_message(exc), error=True)
            return
        self.amount.clear()
        self.changed.emit(self.uscc)

    def ask_void_precredit(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("作废预授信"), self.tr("作废原因："))
        if ok:
            try:
                void_precredit(self.ws, self.uscc, reason)
            except DomainError as exc:
                self._say(error_message(exc), error=True)
                return
            self.changed.emit(self.uscc)

    def ask_case(self) -> None:
        title, text = draft_for(self.ws, self.uscc)
        edited, ok = QInputDialog.getMultiLineText(self, self.tr("标为本月典型案例"), title, text)
        if ok:
            self.mark_case(edited)

    def mark_case(self, text: str) -> None:
        now = self.today()
        try:
            mark_case(self.ws, self.uscc, f"{now.year:04d}-{now.month:02d}", text=text)
        except DomainError as exc:
            self._say(error_message(exc), error=True)
            return
        self._say(self.tr("已标为本月典型案例，将列入月度材料"))
        self.changed.emit(self.uscc)

    def print_diligence(self) -> None:
        uscc, today = self.uscc, self.today()

        def writer(out: Path, _progress: ProgressCallback, _cancel: CancelToken) -> object:
            from desktop.services.diligence import print_diligence

            return print_diligence(self.ws, uscc, out, today=today)

        self.printer = PdfJob(self)
        self.printer.failed.connect(self.failed)
        self.printer.printed.connect(lambda _path: self.changed.emit(uscc))
        self.printer.write(self.tr("打印尽职免责证明材料"), Path.home() / f"尽职免责证明-{uscc}.pdf", writer)
