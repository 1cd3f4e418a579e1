"""记录走访 / 修改走访: date, mode, people, findings, next step and follow-up date -> services/visits.add_visit,
or, for a visit already recorded, edit_visit with the reason."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.domain.vocabulary import VISIT_MODES
from desktop.services.outcome import Outcome
from desktop.services.visits import VisitInput, add_visit, edit_visit
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import (
    FormDialog,
    date_edit,
    day,
    fill_vocab,
    select_data,
    set_day,
    text_or_none,
)


class VisitDialog(FormDialog):
    def __init__(
        self, ws: Workspace, uscc: str, today: date, parent: QWidget | None = None, record: Any = None
    ) -> None:
        super().__init__(ws, uscc, "", parent)
        self.record = record
        self.setWindowTitle(self.tr("修改走访") if record is not None else self.tr("记录走访"))
        self.on = date_edit(today, "visitDate")
        self.mode = QComboBox()
        self.mode.setObjectName("visitMode")
        fill_vocab(self.mode, VISIT_MODES)
        self.people = QLineEdit()
        self.people.setObjectName("visitPeople")
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("visitFindings")
        self.next_step = QLineEdit()
        self.next_step.setObjectName("visitNextStep")
        self.has_follow_up = QCheckBox(self.tr("需要回访"))
        self.has_follow_up.setObjectName("visitHasFollowUp")
        self.follow_up = date_edit(today, "visitFollowUp")
        self.follow_up.setEnabled(False)
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        self.form.addRow(self.tr("走访日期"), self.on)
        self.form.addRow(self.tr("方式"), self.mode)
        self.form.addRow(self.tr("参与人员"), self.people)
        self.form.addRow(self.tr("了解情况"), self.findings)
        self.form.addRow(self.tr("下一步"), self.next_step)
        self.form.addRow(self.has_follow_up, self.follow_up)
        if record is not None:
            self._fill(record)
            self.add_reason_row()

    def _fill(self, visit: Any) -> None:
        set_day(self.on, visit.date)
        select_data(self.mode, visit.mode)
        self.people.setText(visit.people or "")
        self.findings.setPlainText(visit.findings or "")
        self.next_step.setText(visit.next_step or "")
        self.has_follow_up.setChecked(visit.follow_up is not None)
        if visit.follow_up is not None:
            set_day(self.follow_up, visit.follow_up)

    def data(self) -> VisitInput:
        return VisitInput(
            on=day(self.on),
            mode=str(self.mode.currentData()),
            people=text_or_none(self.people.text()),
            findings=text_or_none(self.findings.toPlainText()),
            next_step=text_or_none(self.next_step.text()),
            follow_up=day(self.follow_up) if self.has_follow_up.isChecked() else None,
        )

    def submit(self) -> Outcome:
        data = self.data()
        if self.record is None:
            return add_visit(self.ws, self.uscc, data)
        return edit_visit(self.ws, self.record.id, data.__dict__, self.reason.text())
