"""作废: says what voiding the record does before doing it, asks the reason -> corrections.void_record.

A void cannot be taken back in one click: the record stays in the history and the audit trail, struck
through, and counts nowhere (stage, 待办, ledger, figures, 垒小户)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from desktop.domain.event_entries import record_what
from desktop.services.corrections import snapshot, void_record
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.errors import ui_language


class VoidDialog(FormDialog):
    def __init__(
        self, ws: Workspace, uscc: str, kind: str, record: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, uscc, "", parent)
        self.kind = kind
        self.record_id = int(record.id)
        what = record_what(kind, snapshot(record)).text(ui_language())
        self.setWindowTitle(self.tr("作废记录"))
        self.explanation = QLabel(
            self.tr(
                "作废“%1”：记录保留在历史和操作日志中（划线显示），但不再计入阶段、待办、台帐和各项统计；"
                "企业的阶段会按其余记录重新推导。作废不能一键撤销。"
            ).replace("%1", what)
        )
        self.explanation.setObjectName("voidExplanation")
        self.explanation.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("voidReason")
        self.reason.setPlaceholderText(self.tr("必填，例如：录入错误"))
        self.form.addRow(self.explanation)
        self.form.addRow(self.tr("作废原因"), self.reason)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("作废"))
        ok.setObjectName("voidConfirm")

    def submit(self) -> Outcome:
        return void_record(self.ws, self.kind, self.record_id, self.reason.text())
