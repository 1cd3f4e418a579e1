"""登记需求: date, amount (万元) and channel -> services/demands.add_demand (starts the 211 clock)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.domain.vocabulary import DEMAND_CHANNELS
from desktop.services.demands import add_demand
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog, date_edit, day, fill_vocab, text_or_none


class DemandDialog(FormDialog):
    def __init__(self, ws: Workspace, uscc: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ws, uscc, "", parent)
        self.setWindowTitle(self.tr("登记融资需求"))
        self.on = date_edit(today, "demandDate")
        self.amount = QLineEdit()
        self.amount.setObjectName("demandAmount")
        self.amount.setPlaceholderText(self.tr("可不填"))
        self.channel = QComboBox()
        self.channel.setObjectName("demandChannel")
        fill_vocab(self.channel, DEMAND_CHANNELS)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("demandPurpose")
        self.form.addRow(self.tr("需求日期"), self.on)
        self.form.addRow(self.tr("金额（万元）"), self.amount)
        self.form.addRow(self.tr("渠道"), self.channel)
        self.form.addRow(self.tr("用途"), self.purpose)

    def submit(self) -> Outcome:
        return add_demand(
            self.ws,
            self.uscc,
            on=day(self.on),
            amount=text_or_none(self.amount.text()),
            channel=str(self.channel.currentData()),
            purpose=text_or_none(self.purpose.text()),
        )
