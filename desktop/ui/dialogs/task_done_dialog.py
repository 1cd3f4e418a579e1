"""完成培植任务: the day it was done and what was done -> services/plans.complete_task (the same call the
to-do list makes)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.services.outcome import Outcome
from desktop.services.plans import complete_task
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog, date_edit, day, text_or_none


class TaskDoneDialog(FormDialog):
    def __init__(
        self, ws: Workspace, uscc: str, task_id: int, title: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, uscc, "", parent)
        self.task_id = task_id
        self.setWindowTitle(self.tr("完成培植任务"))
        self.on = date_edit(today, "taskDoneDate")
        self.note = QLineEdit()
        self.note.setObjectName("taskDoneNote")
        self.note.setPlaceholderText(self.tr("完成情况，例如：已收齐近一年纳税证明"))
        self.form.addRow(self.tr("任务"), QLabel(title))
        self.form.addRow(self.tr("完成日期"), self.on)
        self.form.addRow(self.tr("完成情况"), self.note)

    def submit(self) -> Outcome:
        return complete_task(self.ws, self.task_id, day(self.on), note=text_or_none(self.note.text()))
