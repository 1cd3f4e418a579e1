"""记录授信: date, amount, guarantee kind, product, rate and term -> services/credits.add_credit."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from desktop.domain.vocabulary import GUARANTEE_KINDS
from desktop.services.credits import CreditInput, add_credit
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog, date_edit, day, fill_vocab, text_or_none
from desktop.ui.product_picker import picked, product_combo


class CreditDialog(FormDialog):
    def __init__(self, ws: Workspace, uscc: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ws, uscc, "", parent)
        self.setWindowTitle(self.tr("记录授信"))
        self.on = date_edit(today, "creditDate")
        self.amount = QLineEdit()
        self.amount.setObjectName("creditAmount")
        self.guarantee = QComboBox()
        self.guarantee.setObjectName("creditGuarantee")
        fill_vocab(self.guarantee, GUARANTEE_KINDS)
        self.product = QLineEdit()
        self.product.setObjectName("creditProduct")
        self.catalogue = product_combo(ws, "creditProductId")  # the catalogue's 首贷专属产品 (issue 23)
        self.rate = QLineEdit()
        self.rate.setObjectName("creditRate")
        self.rate.setPlaceholderText(self.tr("年利率 %，可不填"))
        self.term = QSpinBox()
        self.term.setObjectName("creditTerm")
        self.term.setRange(0, 600)
        self.term.setSpecialValueText(self.tr("不填"))
        self.term.setSuffix(self.tr(" 个月"))
        self.form.addRow(self.tr("授信日期"), self.on)
        self.form.addRow(self.tr("金额（万元）"), self.amount)
        self.form.addRow(self.tr("担保方式"), self.guarantee)
        self.form.addRow(self.tr("产品"), self.product)
        self.form.addRow(self.tr("首贷专属产品"), self.catalogue)
        self.form.addRow(self.tr("利率（%）"), self.rate)
        self.form.addRow(self.tr("期限"), self.term)

    def submit(self) -> Outcome:
        return add_credit(
            self.ws,
            self.uscc,
            CreditInput(
                on=day(self.on),
                amount=self.amount.text(),
                guarantee=str(self.guarantee.currentData()),
                product=text_or_none(self.product.text()),
                rate=text_or_none(self.rate.text()),
                term_months=self.term.value() or None,
                product_id=picked(self.catalogue),
            ),
        )
