"""记录放款 / 修改放款: the credit it draws on (default: the firm's latest credit with room left), date,
amount, kind, term and rate -> services/loans.add_loan, or edit_loan with the reason. The guarantee is the
credit's (shown, not typed), so 信用贷款占比 is right for work entered here."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from desktop.domain.vocabulary import GUARANTEE_KINDS, LOAN_KINDS
from desktop.services.loans import CreditChoice, LoanInput, add_loan, credit_choices, edit_loan
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
from desktop.ui.labels import vocab_label


class LoanDialog(FormDialog):
    def __init__(
        self, ws: Workspace, uscc: str, today: date, parent: QWidget | None = None, record: Any = None
    ) -> None:
        super().__init__(ws, uscc, "", parent)
        self.record = record
        self.setWindowTitle(self.tr("修改放款") if record is not None else self.tr("记录放款"))
        self.choices, default = credit_choices(
            ws, uscc, today, loan_id=record.id if record is not None else None
        )
        self.on = date_edit(today, "loanDate")
        self.credit = QComboBox()
        self.credit.setObjectName("loanCredit")
        for choice in self.choices:
            self.credit.addItem(self._credit_text(choice), choice.id)
        if record is not None or not self.choices:  # a new loan on a firm with credit draws on one of them
            self.credit.addItem(self.tr("不关联授信"), None)
        self.guarantee = QLabel()
        self.guarantee.setObjectName("loanGuarantee")
        self.credit.currentIndexChanged.connect(self._credit_changed)
        self.amount = QLineEdit()
        self.amount.setObjectName("loanAmount")
        self.kind = QComboBox()
        self.kind.setObjectName("loanKind")
        fill_vocab(self.kind, LOAN_KINDS)
        self.term = QSpinBox()
        self.term.setObjectName("loanTerm")
        self.term.setRange(0, 600)
        self.term.setSpecialValueText(self.tr("取授信期限"))
        self.term.setSuffix(self.tr(" 个月"))
        self.rate = QLineEdit()
        self.rate.setObjectName("loanRate")
        self.rate.setPlaceholderText(self.tr("年利率 %，不填取授信利率"))
        self.product = QLineEdit()
        self.product.setObjectName("loanProduct")
        self.form.addRow(self.tr("所用授信"), self.credit)
        self.form.addRow(self.tr("担保方式"), self.guarantee)
        self.form.addRow(self.tr("放款日期"), self.on)
        self.form.addRow(self.tr("金额（万元）"), self.amount)
        self.form.addRow(self.tr("贷款种类"), self.kind)
        self.form.addRow(self.tr("期限"), self.term)
        self.form.addRow(self.tr("利率（%）"), self.rate)
        self.form.addRow(self.tr("产品"), self.product)
        select_data(self.credit, record.credit_id if record is not None else default)
        self._credit_changed()
        if record is not None:
            self._fill(record)
            self.add_reason_row()

    def _credit_text(self, c: CreditChoice) -> str:
        return (
            self.tr("编号 %1 · %2 · %3 万元（%4）· 剩余 %5 万元")
            .replace("%1", str(c.id))
            .replace("%2", c.on.isoformat())
            .replace("%3", number_text(c.amount))
            .replace("%4", vocab_label(GUARANTEE_KINDS, c.guarantee))
            .replace("%5", number_text(c.room))
        )

    def _chosen(self) -> CreditChoice | None:
        return next((c for c in self.choices if c.id == self.credit.currentData()), None)

    def _credit_changed(self) -> None:
        chosen = self._chosen()
        self.guarantee.setText(
            vocab_label(GUARANTEE_KINDS, chosen.guarantee) if chosen else self.tr("（未关联授信）")
        )

    def _fill(self, loan: Any) -> None:
        set_day(self.on, loan.date)
        self.amount.setText(number_text(loan.amount))
        select_data(self.kind, loan.kind)
        self.term.setValue(loan.term_months or 0)
        self.rate.setText(number_text(loan.rate))
        self.product.setText(loan.product or "")

    def data(self) -> LoanInput:
        credit_id = self.credit.currentData()
        return LoanInput(
            on=day(self.on),
            amount=self.amount.text(),
            product=text_or_none(self.product.text()),
            credit_id=int(credit_id) if credit_id is not None else None,
            kind=str(self.kind.currentData()),
            term_months=self.term.value() or None,
            rate=text_or_none(self.rate.text()),
            bank=self.record.bank if self.record is not None else None,
        )

    def submit(self) -> Outcome:
        data = self.data()
        if self.record is None:
            return add_loan(self.ws, self.uscc, data)
        return edit_loan(self.ws, self.record.id, data.__dict__, self.reason.text())
