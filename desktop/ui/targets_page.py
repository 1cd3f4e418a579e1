"""设置 · 工作目标: the year's targets per county, bank, branch or officer — entered, corrected and removed
(voided, kept in the audit trail) over services/targets.py, as ``firstloan target set|edit|void`` do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.services.targets import list_targets
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog, number_text
from desktop.ui.dialogs.target_dialog import TargetDialog
from desktop.ui.dialogs.void_dialog import VoidDialog
from desktop.ui.firm.record_list import RecordList


class TargetsPage(QGroupBox):
    failed = Signal(object)
    changed = Signal()

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("工作目标"))
        self.ws = ws
        self.dialog: FormDialog | None = None
        self.year = QSpinBox()
        self.year.setObjectName("targetsYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.list = RecordList("", [], "targetsTable", add_text=self.tr("新增目标"))
        self.list.model.set_headers(
            [
                self.tr("范围"),
                self.tr("名称"),
                self.tr("培植户数"),
                self.tr("首贷户数"),
                self.tr("首贷金额（万元）"),
            ]
        )
        self.list.table.setMinimumHeight(110)
        self.list.add_requested.connect(lambda: self._open(TargetDialog(ws, self.year.value(), self)))
        self.list.edit_requested.connect(lambda t: self._open(TargetDialog(ws, self.year.value(), self, t)))
        self.list.void_requested.connect(lambda t: self._open(VoidDialog(ws, "", "target", t, self)))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("年份")))
        row.addWidget(self.year)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.refresh()

    def _scope(self, code: str) -> str:
        return {
            "county": self.tr("县（市、区）"),
            "bank": self.tr("银行"),
            "branch": self.tr("网点"),
            "officer": self.tr("客户经理"),
        }.get(code, code)

    def refresh(self) -> None:
        try:
            targets = list_targets(self.ws, self.year.value())
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.list.set_records(
            targets,
            [
                (self._scope(t.scope_kind), t.scope_name, number_text(t.firms_target),
                 number_text(t.first_loans_target), number_text(t.amount_target))
                for t in targets
            ],
        )  # fmt: skip

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self._done)
        dialog.open()

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()
