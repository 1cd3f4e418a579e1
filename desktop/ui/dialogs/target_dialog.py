"""工作目标 (enter or correct): the year, whom it is for (county, bank, branch, officer) and the figures ->
services/targets.set_target, or edit_target with the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from desktop.domain.amounts import parse_amount
from desktop.domain.errors import DomainError
from desktop.services.outcome import Outcome
from desktop.services.targets import edit_target, set_target
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog, number_text, select_data


class TargetDialog(FormDialog):
    def __init__(self, ws: Workspace, year: int, parent: QWidget | None = None, record: Any = None) -> None:
        super().__init__(ws, "", "", parent)
        self.record = record
        self.setWindowTitle(self.tr("修改目标") if record is not None else self.tr("新增目标"))
        self.year = QSpinBox()
        self.year.setObjectName("targetYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(record.year if record is not None else year)
        self.scope = QComboBox()
        self.scope.setObjectName("targetScope")
        for code, text in self._scopes().items():
            self.scope.addItem(text, code)
        self.name = QLineEdit()
        self.name.setObjectName("targetName")
        self.firms = QLineEdit()
        self.firms.setObjectName("targetFirms")
        self.first_loans = QLineEdit()
        self.first_loans.setObjectName("targetFirstLoans")
        self.amount = QLineEdit()
        self.amount.setObjectName("targetAmount")
        for edit in (self.firms, self.first_loans, self.amount):
            edit.setPlaceholderText(self.tr("可不填"))
        self.form.addRow(self.tr("年份"), self.year)
        self.form.addRow(self.tr("目标范围"), self.scope)
        self.form.addRow(self.tr("名称"), self.name)
        self.form.addRow(self.tr("培植户数"), self.firms)
        self.form.addRow(self.tr("首贷户数"), self.first_loans)
        self.form.addRow(self.tr("首贷金额（万元）"), self.amount)
        if record is not None:
            select_data(self.scope, record.scope_kind)
            self.name.setText(record.scope_name)
            self.firms.setText(number_text(record.firms_target))
            self.first_loans.setText(number_text(record.first_loans_target))
            self.amount.setText(number_text(record.amount_target))
            self.add_reason_row()

    def _scopes(self) -> dict[str, str]:
        return {
            "county": self.tr("县（市、区）"),
            "bank": self.tr("银行"),
            "branch": self.tr("网点"),
            "officer": self.tr("客户经理"),
        }

    def _count(self, edit: QLineEdit, what: str, what_en: str) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        if not text.isdigit():
            raise DomainError(
                f"{what}“{text}”无效，应为整数", en=f"{what_en} “{text}” is not valid; give a whole number"
            )
        return int(text)

    def submit(self) -> Outcome:
        firms = self._count(self.firms, "培植户数", "The number of firms")
        first_loans = self._count(self.first_loans, "首贷户数", "The number of first loans")
        text = self.amount.text().strip()
        amount = (
            parse_amount(text, "首贷金额", what_en="First-loan amount", allow_zero=True) if text else None
        )
        scope, name = str(self.scope.currentData()), self.name.text()
        if self.record is None:
            target = set_target(
                self.ws, self.year.value(), scope, name, firms=firms, first_loans=first_loans, amount=amount
            )
        else:
            changes = {
                "year": self.year.value(), "scope_kind": scope, "scope_name": name, "firms": firms,
                "first_loans": first_loans, "amount": amount,
            }  # fmt: skip
            target = edit_target(self.ws, self.record.id, changes, self.reason.text())
        return Outcome(id=target.id, uscc="")
