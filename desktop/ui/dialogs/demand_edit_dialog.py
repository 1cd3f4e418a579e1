"""修改融资需求: every field of a demand and each of its 211 steps (a step left unticked is cleared), the
feedback's intent and conditions, the decision's amount or reason -> services/demand_edit.edit_demand,
checked whole as the steps were."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.domain.vocabulary import DECISIONS, DEMAND_CHANNELS
from desktop.services.demand_edit import edit_demand
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import (
    FormDialog,
    OptionalDate,
    date_edit,
    day,
    fill_vocab,
    number_text,
    select_data,
    text_or_none,
)
from desktop.ui.labels import vocab_label


def intent_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(QCoreApplication.translate("DemandEditDialog", "未填"), None)
    combo.addItem(QCoreApplication.translate("DemandEditDialog", "可以办理"), True)
    combo.addItem(QCoreApplication.translate("DemandEditDialog", "暂不能办理"), False)
    return combo


def conditions_of(edit: QPlainTextEdit) -> list[str]:
    """One condition a line, as typed (trimmed); blank lines left out."""
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class DemandEditDialog(FormDialog):
    def __init__(
        self, ws: Workspace, uscc: str, record: Any, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, uscc, "", parent)
        self.record = record
        self.setWindowTitle(self.tr("修改融资需求"))
        self.received = date_edit(record.received_on, "demandDate")
        self.channel = QComboBox()
        self.channel.setObjectName("demandChannel")
        fill_vocab(self.channel, DEMAND_CHANNELS)
        select_data(self.channel, record.channel)
        self.amount = QLineEdit(number_text(record.amount))
        self.amount.setObjectName("demandAmount")
        self.purpose = QLineEdit(record.purpose or "")
        self.feedback = OptionalDate(record.feedback_on, today, "feedbackDate", self.tr("已反馈"))
        self.intent = intent_combo("feedbackIntent")
        select_data(self.intent, record.feedback_intent)
        self.feedback_text = QLineEdit(record.feedback_text or "")
        self.feedback_text.setObjectName("feedbackText")
        self.conditions = QPlainTextEdit("\n".join(record.conditions or []))
        self.conditions.setObjectName("feedbackConditions")
        self.conditions.setMaximumHeight(70)
        self.met = OptionalDate(record.conditions_met_on, today, "conditionsDate", self.tr("已满足"))
        self.accepted_on = OptionalDate(record.accepted_on, today, "acceptDate", self.tr("已受理"))
        self.decision = QComboBox()
        self.decision.setObjectName("decision")
        self.decision.addItem(self.tr("尚无结果"), None)
        for term in DECISIONS:
            self.decision.addItem(vocab_label(DECISIONS, term.code), term.code)
        select_data(self.decision, record.decision)
        self.decided = date_edit(record.decided_on or today, "decisionDate")
        self.approved = QLineEdit(number_text(record.approved_amount))
        self.approved.setObjectName("approvedAmount")
        self.declined = QLineEdit(record.decline_reason or "")
        self.declined.setObjectName("declineReason")
        self._rows()
        self.add_reason_row()

    def _rows(self) -> None:
        rows = (
            (self.tr("需求日期"), self.received),
            (self.tr("渠道"), self.channel),
            (self.tr("金额（万元）"), self.amount),
            (self.tr("用途"), self.purpose),
            (self.tr("反馈日期"), self.feedback),
            (self.tr("初步意向"), self.intent),
            (self.tr("意向说明"), self.feedback_text),
            (self.tr("授信条件（每行一条）"), self.conditions),
            (self.tr("满足条件日期"), self.met),
            (self.tr("受理日期"), self.accepted_on),
            (self.tr("结果"), self.decision),
            (self.tr("结果日期"), self.decided),
            (self.tr("批准金额（万元）"), self.approved),
            (self.tr("不同意原因"), self.declined),
        )
        for label, widget in rows:
            self.form.addRow(label, widget)

    def changes(self) -> dict[str, Any]:
        decision = self.decision.currentData()
        return {
            "received_on": day(self.received),
            "channel": str(self.channel.currentData()),
            "amount": text_or_none(self.amount.text()),
            "purpose": text_or_none(self.purpose.text()),
            "feedback_on": self.feedback.value(),
            "feedback_intent": self.intent.currentData(),
            "feedback_text": text_or_none(self.feedback_text.text()),
            "conditions": conditions_of(self.conditions),
            "conditions_met_on": self.met.value(),
            "accepted_on": self.accepted_on.value(),
            "decision": decision,
            "decided_on": day(self.decided) if decision is not None else None,
            "approved_amount": text_or_none(self.approved.text()),
            "decline_reason": text_or_none(self.declined.text()),
        }

    def submit(self) -> Outcome:
        return edit_demand(self.ws, self.record.id, self.changes(), self.reason.text())
