"""调整阶段: a target the rules allow by hand and the reason -> services/stage_moves.set_stage."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.domain.errors import DomainError
from desktop.domain.stages import Stage, allowed_targets
from desktop.services.outcome import Outcome
from desktop.services.stage_moves import set_stage
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog, date_edit, day
from desktop.ui.labels import label, stage_labels


class StageDialog(FormDialog):
    def __init__(
        self, ws: Workspace, uscc: str, current: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, uscc, "", parent)
        self.setWindowTitle(self.tr("调整阶段"))
        stages = stage_labels()
        self.target = QComboBox()
        self.target.setObjectName("stageTarget")
        for stage in allowed_targets(Stage(current), by_hand=True):
            self.target.addItem(label(stages, stage.value), stage.value)
        self.reason = QLineEdit()
        self.reason.setObjectName("stageReason")
        self.on = date_edit(today, "stageDate")
        self.form.addRow(self.tr("当前阶段"), QLineEdit(label(stages, current), readOnly=True))
        self.form.addRow(self.tr("调整为"), self.target)
        self.form.addRow(self.tr("原因"), self.reason)
        self.form.addRow(self.tr("日期"), self.on)

    def submit(self) -> Outcome:
        if self.target.currentData() is None:
            raise DomainError(self.tr("当前阶段不能手工调整"))
        return set_stage(
            self.ws,
            self.uscc,
            Stage(str(self.target.currentData())),
            reason=self.reason.text(),
            on=day(self.on),
        )
