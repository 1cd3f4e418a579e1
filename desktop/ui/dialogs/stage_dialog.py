"""调整阶段: a target the rules allow by hand and the reason -> services/stage_moves.set_stage. A move to
已获首贷 names the loan that made it (the firm's 首贷 is offered); a move to an exit stage is asked first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QWidget

from desktop.domain.errors import DomainError
from desktop.domain.stages import Stage, allowed_targets, check_move
from desktop.services.outcome import Outcome
from desktop.services.stage_moves import edit_stage_move, set_stage
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog, date_edit, day, number_text
from desktop.ui.errors import error_message
from desktop.ui.labels import label, stage_labels


class StageDialog(FormDialog):
    def __init__(
        self,
        ws: Workspace,
        uscc: str,
        current: str,
        today: date,
        parent: QWidget | None = None,
        loans: Sequence[Any] = (),
    ) -> None:
        super().__init__(ws, uscc, "", parent)
        self.setWindowTitle(self.tr("调整阶段"))
        self.current = current
        stages = stage_labels()
        self.target = QComboBox()
        self.target.setObjectName("stageTarget")
        for stage in allowed_targets(Stage(current), by_hand=True):
            self.target.addItem(label(stages, stage.value), stage.value)
        self.reason = QLineEdit()
        self.reason.setObjectName("stageReason")
        self.on = date_edit(today, "stageDate")
        self.loan = QComboBox()
        self.loan.setObjectName("stageLoan")
        # The loans that can have made the firm's first loan: live ones, the one counted first on top.
        live = sorted(
            (ln for ln in loans if ln.voided_at is None), key=lambda ln: (not ln.is_first_loan, ln.date)
        )
        for ln in live:
            text = (
                self.tr("%1 放款 %2 万元")
                .replace("%1", ln.date.isoformat())
                .replace("%2", number_text(ln.amount))
            )
            self.loan.addItem(text + (self.tr("（首贷）") if ln.is_first_loan else ""), ln.id)
        self.bank = QLineEdit()
        self.bank.setObjectName("stageBank")
        self.form.addRow(self.tr("当前阶段"), QLineEdit(label(stages, current), readOnly=True))
        self.form.addRow(self.tr("调整为"), self.target)
        self.form.addRow(self.tr("首贷放款"), self.loan)
        self.form.addRow(self.tr("获得贷款的他行"), self.bank)
        self.form.addRow(self.tr("原因"), self.reason)
        self.form.addRow(self.tr("日期"), self.on)
        self.target.currentIndexChanged.connect(self._target_changed)
        self._target_changed()

    def _target(self) -> Stage | None:
        data = self.target.currentData()
        return None if data is None else Stage(str(data))

    def _target_changed(self) -> None:
        target = self._target()
        self.loan.setEnabled(target == Stage.FIRST_LOAN)
        self.bank.setEnabled(target == Stage.LOAN_ELSEWHERE)

    def accept(self) -> None:
        """An exit takes the firm out of the work (no more 待办): say so and ask before doing it."""
        target = self._target()
        if target is not None and target.is_exit:
            try:  # a move the rules refuse is explained at once, before asking
                check_move(Stage(self.current), target, reason=self.reason.text(), by_hand=True)
            except DomainError as exc:
                self.error.setText(error_message(exc))
                self.error.show()
                return
            answer = QMessageBox.question(
                self,
                self.tr("调整阶段"),
                self.tr(
                    "将企业转为“%1”后，它不再出现在待办和在培企业中，只能由客户经理手工重新启动。确定吗？"
                ).replace("%1", label(stage_labels(), target.value)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    def submit(self) -> Outcome:
        target = self._target()
        if target is None:
            raise DomainError(self.tr("当前阶段不能手工调整"))
        loan = self.loan.currentData() if target == Stage.FIRST_LOAN else None
        return set_stage(
            self.ws,
            self.uscc,
            target,
            reason=self.reason.text(),
            on=day(self.on),
            loan_id=int(loan) if loan is not None else None,
            bank=self.bank.text() if target == Stage.LOAN_ELSEWHERE else None,
        )


class StageEditDialog(FormDialog):
    """修改手工调整: its business date and its reason, with the reason for the correction."""

    def __init__(self, ws: Workspace, uscc: str, move: Any, parent: QWidget | None = None) -> None:
        super().__init__(ws, uscc, "", parent)
        self.move_id = int(move.id)
        self.setWindowTitle(self.tr("修改手工调整"))
        stages = stage_labels()
        text = f"{label(stages, move.from_stage)} → {label(stages, move.to_stage)}"
        self.on = date_edit(move.on, "stageDate")
        self.why = QLineEdit(move.reason or "")
        self.why.setObjectName("stageReason")
        self.form.addRow(self.tr("调整"), QLineEdit(text, readOnly=True))
        self.form.addRow(self.tr("日期"), self.on)
        self.form.addRow(self.tr("调整原因"), self.why)
        self.add_reason_row()

    def submit(self) -> Outcome:
        return edit_stage_move(
            self.ws, self.move_id, reason=self.reason.text(), on=day(self.on), why=self.why.text()
        )
