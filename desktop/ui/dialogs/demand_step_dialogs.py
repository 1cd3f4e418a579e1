"""The 211 steps of one financing demand: 反馈意向, 满足授信条件, 正式受理, 审批决定 (or 企业撤回).

Each dialog shows the step's deadline and whether it is overdue, and makes one call to
services/demands.py; the service checks the order of the dates (a mistake stays in the dialog). The
feedback says what seed 001 asks (初步意向, 授信条件); the decision the amount approved or why declined.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.domain.service211 import StepState, StepStatus
from desktop.domain.vocabulary import DECISIONS
from desktop.services.demands import (
    record_acceptance,
    record_conditions_met,
    record_decision,
    record_feedback,
)
from desktop.services.firm_detail import DemandView
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.demand_edit_dialog import conditions_of, intent_combo
from desktop.ui.dialogs.form_dialog import FormDialog, date_edit, day, text_or_none
from desktop.ui.labels import label, step_status_labels, vocab_label


def deadline_text(step: StepState) -> str:
    """“截止 2026-11-17（已逾期）”, or what starts the clock when the step has no deadline yet."""
    status = label(step_status_labels(), step.status.value)
    if step.deadline is None:
        return status
    return (
        QCoreApplication.translate("demand_steps", "截止 %1（%2）")
        .replace("%1", step.deadline.isoformat())
        .replace("%2", status)
    )


class DemandStepDialog(FormDialog):
    """A date for one step of ``view``'s demand, with that step's deadline shown first."""

    def __init__(
        self,
        ws: Workspace,
        uscc: str,
        view: DemandView,
        step: StepState | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ws, uscc, "", parent)
        self.demand_id = view.demand.id
        self.deadline = QLabel(deadline_text(step) if step is not None else "")
        self.deadline.setObjectName("stepDeadline")
        if step is not None and step.status == StepStatus.OVERDUE:
            self.deadline.setStyleSheet("color: #b00020; font-weight: bold;")
        self.form.addRow(self.tr("需求日期"), QLabel(view.demand.received_on.isoformat()))
        if step is not None:
            self.form.addRow(self.tr("211时限"), self.deadline)
        self.on = date_edit(today, "stepDate")


class FeedbackDialog(DemandStepDialog):
    """The feedback seed 001 asks for: the date, the 初步意向 (yes / no, with words) and the 授信条件."""

    def __init__(
        self, ws: Workspace, uscc: str, view: DemandView, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, uscc, view, view.steps[0], today, parent)
        self.setWindowTitle(self.tr("登记反馈意向"))
        self.intent = intent_combo("feedbackIntent")
        self.text = QLineEdit()
        self.text.setObjectName("feedbackText")
        self.conditions = QPlainTextEdit()
        self.conditions.setObjectName("feedbackConditions")
        self.conditions.setPlaceholderText(self.tr("需企业落实的授信条件，每行一条"))
        self.conditions.setMaximumHeight(80)
        self.form.addRow(self.tr("反馈日期"), self.on)
        self.form.addRow(self.tr("初步意向"), self.intent)
        self.form.addRow(self.tr("意向说明"), self.text)
        self.form.addRow(self.tr("授信条件"), self.conditions)

    def submit(self) -> Outcome:
        return record_feedback(
            self.ws,
            self.demand_id,
            day(self.on),
            intent=self.intent.currentData(),
            text=text_or_none(self.text.text()),
            conditions=conditions_of(self.conditions),
        )


class ConditionsDialog(DemandStepDialog):
    """The day the firm met the credit conditions: the 1-working-day acceptance clock starts."""

    def __init__(
        self, ws: Workspace, uscc: str, view: DemandView, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, uscc, view, None, today, parent)
        self.setWindowTitle(self.tr("登记满足授信条件"))
        self.form.addRow(self.tr("满足条件日期"), self.on)

    def submit(self) -> Outcome:
        return record_conditions_met(self.ws, self.demand_id, day(self.on))


class AcceptDialog(DemandStepDialog):
    """Formal acceptance; the conditions date is asked for here when it was not recorded before."""

    def __init__(
        self, ws: Workspace, uscc: str, view: DemandView, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, uscc, view, view.steps[1], today, parent)
        self.setWindowTitle(self.tr("登记正式受理"))
        self.conditions = None
        met = view.demand.conditions_met_on
        if met is None:
            self.conditions = date_edit(today, "conditionsDate")
            self.form.addRow(self.tr("满足条件日期"), self.conditions)
        else:
            self.form.addRow(self.tr("满足条件日期"), QLabel(met.isoformat()))
        self.form.addRow(self.tr("受理日期"), self.on)

    def submit(self) -> Outcome:
        met = day(self.conditions) if self.conditions is not None else None
        return record_acceptance(self.ws, self.demand_id, day(self.on), conditions_met_on=met)


class DecisionDialog(DemandStepDialog):
    """The result after acceptance; before acceptance only a withdrawal by the firm can be recorded."""

    def __init__(
        self, ws: Workspace, uscc: str, view: DemandView, today: date, parent: QWidget | None = None
    ) -> None:
        accepted = view.demand.accepted_on is not None
        super().__init__(ws, uscc, view, view.steps[2] if accepted else None, today, parent)
        self.setWindowTitle(self.tr("登记审批结果"))
        self.decision = QComboBox()
        self.decision.setObjectName("decision")
        for term in DECISIONS:
            if accepted or term.code == "withdrawn":
                self.decision.addItem(vocab_label(DECISIONS, term.code), term.code)
        self.note = QLineEdit()
        self.note.setObjectName("decisionNote")
        self.approved = QLineEdit()
        self.approved.setObjectName("approvedAmount")
        self.declined = QLineEdit()
        self.declined.setObjectName("declineReason")
        self.form.addRow(self.tr("结果"), self.decision)
        self.form.addRow(self.tr("日期"), self.on)
        self.form.addRow(self.tr("批准金额（万元）"), self.approved)
        self.form.addRow(self.tr("不同意原因"), self.declined)
        self.form.addRow(self.tr("说明"), self.note)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._decision_changed()

    def _decision_changed(self) -> None:
        """The amount belongs to an approval, the reason to a refusal."""
        code = self.decision.currentData()
        self.approved.setEnabled(code == "approved")
        self.declined.setEnabled(code == "declined")

    def submit(self) -> Outcome:
        code = str(self.decision.currentData())
        return record_decision(
            self.ws,
            self.demand_id,
            day(self.on),
            code,
            note=text_or_none(self.note.text()),
            approved_amount=text_or_none(self.approved.text()) if code == "approved" else None,
            decline_reason=text_or_none(self.declined.text()) if code == "declined" else None,
        )
