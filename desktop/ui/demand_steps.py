"""The 211 steps of the demand selected in the 融资需求与授信 tab: each step's deadline and status (marked
when counted into a year the calendar does not know yet), and buttons for the steps still open (the
dialogs are in dialogs/demand_step_dialogs.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.service211 import StepState, StepStatus
from desktop.domain.vocabulary import DECISIONS
from desktop.services.firm_detail import DemandView
from desktop.services.workspace import Workspace
from desktop.store.models import Demand
from desktop.ui.dialogs.demand_step_dialogs import (
    AcceptDialog,
    ConditionsDialog,
    DecisionDialog,
    FeedbackDialog,
    deadline_text,
)
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.labels import vocab_label


def calendar_note(step: StepState) -> str:
    """“（日历未知）” after a deadline counted into a year whose holidays are not known yet; else ""."""
    if step.deadline is None or step.calendar_known:
        return ""
    return QCoreApplication.translate("demand_steps", "（日历未知）")


def calendar_hint(steps: tuple[StepState, ...]) -> str:
    """What to do when a deadline ran into an unknown year; "" when none did."""
    years = sorted({s.deadline.year for s in steps if s.deadline is not None and not s.calendar_known})
    if not years:
        return ""
    return QCoreApplication.translate(
        "demand_steps",
        "日历还没有 %1 年的节假日安排，标“日历未知”的时限暂按周一至周五推算；通知发布后请在“设置 → 节假日”导入。",
    ).replace("%1", "、".join(str(y) for y in years))


class DemandStepsPanel(QWidget):
    def __init__(
        self,
        ws: Workspace,
        today: Callable[[], date],
        open_dialog: Callable[[FormDialog], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.open_dialog = open_dialog
        self.uscc = ""
        self.view: DemandView | None = None
        self.summary = QLabel()
        self.summary.setObjectName("demandSteps")
        self.summary.setWordWrap(True)
        self.feedback_button = QPushButton(self.tr("反馈意向"))
        self.conditions_button = QPushButton(self.tr("满足授信条件"))
        self.accept_button = QPushButton(self.tr("正式受理"))
        self.decide_button = QPushButton(self.tr("审批结果/撤回"))
        self.step_buttons = {
            FeedbackDialog: self.feedback_button,
            ConditionsDialog: self.conditions_button,
            AcceptDialog: self.accept_button,
            DecisionDialog: self.decide_button,
        }
        buttons = QHBoxLayout()
        for kind, button in self.step_buttons.items():
            button.clicked.connect(lambda _checked=False, k=kind: self._open(k))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.show_demand("", None)

    def show_demand(self, uscc: str, view: DemandView | None) -> None:
        self.uscc, self.view = uscc, view
        if view is None:
            self.summary.setText(self.tr("选择一条融资需求，登记其“211”各步骤"))
            self.summary.setStyleSheet("")
            for button in self.step_buttons.values():
                button.setEnabled(False)
            return
        d = view.demand
        names = (
            self.tr("反馈意向（2个工作日）"),
            self.tr("正式受理（1个工作日）"),
            self.tr("审批决定（受理后1个、条件满足后合计2个工作日）"),
        )
        line = self.tr("%1：%2")
        lines = [
            line.replace("%1", name).replace("%2", self._step_text(step))
            for name, step in zip(names, view.steps, strict=True)
        ]
        if d.conditions_met_on is not None:
            lines.insert(1, self.tr("满足授信条件：%1").replace("%1", d.conditions_met_on.isoformat()))
        lines += self._content(d)
        if d.decision is not None:
            lines.append(self.tr("结果：%1").replace("%1", vocab_label(DECISIONS, d.decision)))
        if hint := calendar_hint(view.steps):
            lines.append(hint)
        self.summary.setText("\n".join(lines))
        overdue = any(step.status == StepStatus.OVERDUE for step in view.steps)
        self.summary.setStyleSheet("color: #b00020;" if overdue else "")
        running = d.decision is None
        self.feedback_button.setEnabled(running and d.feedback_on is None)
        self.conditions_button.setEnabled(running and d.conditions_met_on is None and d.accepted_on is None)
        self.accept_button.setEnabled(running and d.accepted_on is None)
        self.decide_button.setEnabled(running)

    def _content(self, d: Demand) -> list[str]:
        """What the feedback said (初步意向, 授信条件) and what the decision gave (amount or reason)."""
        lines = []
        if d.feedback_intent is not None:
            intent = self.tr("可以办理") if d.feedback_intent else self.tr("暂不能办理")
            lines.append(
                self.tr("初步意向：%1").replace(
                    "%1", intent + (f"（{d.feedback_text}）" if d.feedback_text else "")
                )
            )
        if d.conditions:
            lines.append(self.tr("授信条件：%1").replace("%1", "；".join(d.conditions)))
        if d.approved_amount is not None:
            lines.append(
                self.tr("批准金额：%1 万元").replace("%1", format(d.approved_amount.normalize(), "f"))
            )
        if d.decline_reason:
            lines.append(self.tr("不同意原因：%1").replace("%1", d.decline_reason))
        return lines

    def _step_text(self, step: StepState) -> str:
        if step.done_on is None:
            return deadline_text(step) + calendar_note(step)
        return (
            self.tr("%1 已办理，%2")
            .replace("%1", step.done_on.isoformat())
            .replace("%2", deadline_text(step) + calendar_note(step))
        )

    def _open(self, kind: type[FeedbackDialog | ConditionsDialog | AcceptDialog | DecisionDialog]) -> None:
        if self.view is not None:
            self.open_dialog(kind(self.ws, self.uscc, self.view, self.today(), self))
