"""记录走访: date, mode, people, findings, next step and follow-up date -> services/visits.add_visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.domain.vocabulary import VISIT_MODES
from desktop.services.outcome import Outcome
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog, date_edit, day, fill_vocab, text_or_none


class VisitDialog(FormDialog):
    def __init__(self, ws: Workspace, uscc: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ws, uscc, "", parent)
        self.setWindowTitle(self.tr("记录走访"))
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

    def submit(self) -> Outcome:
        return add_visit(
            self.ws,
            self.uscc,
            VisitInput(
                on=day(self.on),
                mode=str(self.mode.currentData()),
                people=text_or_none(self.people.text()),
                findings=text_or_none(self.findings.toPlainText()),
                next_step=text_or_none(self.next_step.text()),
                follow_up=day(self.follow_up) if self.has_follow_up.isChecked() else None,
            ),
        )
