"""记录授信 / 修改授信: date, amount, guarantee kind, product, rate, term and bank -> services/credits.add_credit,
or edit_credit with the reason for a credit already recorded (it must still cover its loans)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from desktop.domain.vocabulary import GUARANTEE_KINDS
from desktop.services.credits import CreditInput, add_credit, edit_credit
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import (
    FormDialog,
    date_edit,
    day,
    fill_vocab,
    number_text,
    select_data,
    set_day,
    text_or_none,
)


class CreditDialog(FormDialog):
    def __init__(
        self, ws: Workspace, uscc: str, today: date, parent: QWidget | None = None, record: Any = None
    ) -> None:
        super().__init__(ws, uscc, "", parent)
        self.record = record
        self.setWindowTitle(self.tr("修改授信") if record is not None else self.tr("记录授信"))
        self.on = date_edit(today, "creditDate")
        self.amount = QLineEdit()
        self.amount.setObjectName("creditAmount")
        self.guarantee = QComboBox()
        self.guarantee.setObjectName("creditGuarantee")
        fill_vocab(self.guarantee, GUARANTEE_KINDS)
        self.product = QLineEdit()
        self.product.setObjectName("creditProduct")
        self.rate = QLineEdit()
        self.rate.setObjectName("creditRate")
        self.rate.setPlaceholderText(self.tr("年利率 %，可不填"))
        self.term = QSpinBox()
        self.term.setObjectName("creditTerm")
        self.term.setRange(0, 600)
        self.term.setSpecialValueText(self.tr("不填"))
        self.term.setSuffix(self.tr(" 个月"))
        self.bank = QLineEdit()
        self.bank.setObjectName("creditBank")
        self.bank.setPlaceholderText(ws.profile.bank)
        self.form.addRow(self.tr("授信日期"), self.on)
        self.form.addRow(self.tr("金额（万元）"), self.amount)
        self.form.addRow(self.tr("担保方式"), self.guarantee)
        self.form.addRow(self.tr("产品"), self.product)
        self.form.addRow(self.tr("利率（%）"), self.rate)
        self.form.addRow(self.tr("期限"), self.term)
        self.form.addRow(self.tr("授信银行"), self.bank)
        if record is not None:
            set_day(self.on, record.date)
            self.amount.setText(number_text(record.amount))
            select_data(self.guarantee, record.guarantee)
            self.product.setText(record.product or "")
            self.rate.setText(number_text(record.rate))
            self.term.setValue(record.term_months or 0)
            self.bank.setText(record.bank or "")
            self.add_reason_row()

    def data(self) -> CreditInput:
        return CreditInput(
            on=day(self.on),
            amount=self.amount.text(),
            guarantee=str(self.guarantee.currentData()),
            product=text_or_none(self.product.text()),
            rate=text_or_none(self.rate.text()),
            term_months=self.term.value() or None,
            bank=text_or_none(self.bank.text()),
            demand_id=self.record.demand_id if self.record is not None else None,
        )

    def submit(self) -> Outcome:
        data = self.data()
        if self.record is None:
            return add_credit(self.ws, self.uscc, data)
        return edit_credit(self.ws, self.record.id, data.__dict__, self.reason.text())
