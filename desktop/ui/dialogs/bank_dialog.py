"""服务银行 (add or correct): the bank from the normalised list or typed, its roles (基本户 / 结算 / 授信 /
贷款), its credit amount. The result's 垒小户 and basic-account warnings are shown by the pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from desktop.domain.vocabulary import BANK_ROLES, BANKS
from desktop.services.outcome import Outcome
from desktop.services.serving_banks import BankInput, add_bank_relationship, edit_bank_relationship, roles_of
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog, number_text, text_or_none
from desktop.ui.labels import vocab_label


class BankDialog(FormDialog):
    def __init__(self, ws: Workspace, uscc: str, parent: QWidget | None = None, record: Any = None) -> None:
        super().__init__(ws, uscc, "", parent)
        self.record = record
        self.setWindowTitle(self.tr("修改服务银行") if record is not None else self.tr("新增服务银行"))
        self.bank = QComboBox()
        self.bank.setObjectName("bankName")
        self.bank.setEditable(True)
        self.bank.addItems([full for full, _short in BANKS])
        self.bank.setCurrentText(record.bank if record is not None else "")
        self.roles: dict[str, QCheckBox] = {}
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        current = set(roles_of(record)) if record is not None else set()
        for term in BANK_ROLES:
            check = QCheckBox(vocab_label(BANK_ROLES, term.code))
            check.setObjectName(f"bankRole_{term.code}")
            check.setChecked(term.code in current)
            self.roles[term.code] = check
            row.addWidget(check)
        self.credit = QLineEdit(number_text(record.credit_amount) if record is not None else "")
        self.credit.setObjectName("bankCredit")
        self.credit.setPlaceholderText(self.tr("该行授信金额（万元），可不填"))
        self.note = QLineEdit(record.note or "" if record is not None else "")
        self.note.setObjectName("bankNote")
        self.form.addRow(self.tr("银行"), self.bank)
        self.form.addRow(self.tr("角色"), box)
        self.form.addRow(self.tr("授信金额（万元）"), self.credit)
        self.form.addRow(self.tr("说明"), self.note)
        if record is not None:
            self.add_reason_row()

    def data(self) -> BankInput:
        return BankInput(
            bank=self.bank.currentText(),
            roles=frozenset(code for code, check in self.roles.items() if check.isChecked()),
            credit_amount=text_or_none(self.credit.text()),
            note=text_or_none(self.note.text()),
        )

    def submit(self) -> Outcome:
        data = self.data()
        if self.record is not None:
            return edit_bank_relationship(self.ws, self.record.id, data.__dict__, self.reason.text())
        return add_bank_relationship(
            self.ws, self.uscc, data.bank, roles=data.roles, credit_amount=data.credit_amount, note=data.note
        )
