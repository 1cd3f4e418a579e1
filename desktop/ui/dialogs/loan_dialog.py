"""记录放款: date, amount and product -> services/loans.add_loan (the first one is the 首贷)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.services.loans import LoanInput, add_loan
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog, date_edit, day, text_or_none
from desktop.ui.product_picker import picked, product_combo


class LoanDialog(FormDialog):
    def __init__(self, ws: Workspace, uscc: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ws, uscc, "", parent)
        self.setWindowTitle(self.tr("记录放款"))
        self.on = date_edit(today, "loanDate")
        self.amount = QLineEdit()
        self.amount.setObjectName("loanAmount")
        self.product = QLineEdit()
        self.product.setObjectName("loanProduct")
        self.catalogue = product_combo(ws, "loanProductId")  # the catalogue's 首贷专属产品 (issue 23)
        self.form.addRow(self.tr("放款日期"), self.on)
        self.form.addRow(self.tr("金额（万元）"), self.amount)
        self.form.addRow(self.tr("产品"), self.product)
        self.form.addRow(self.tr("首贷专属产品"), self.catalogue)

    def submit(self) -> Outcome:
        return add_loan(
            self.ws,
            self.uscc,
            LoanInput(
                on=day(self.on),
                amount=self.amount.text(),
                product=text_or_none(self.product.text()),
                product_id=picked(self.catalogue),
            ),
        )
