"""一企一策 editing: diagnosis (问题诊断) and measures (培植措施) from the pick lists with free text, targets,
tasks with due date and owner; 保存为新版本, 取消, what changed since the previous version, 标记完成 for a
task of the current version, and 打印方案. A version is never overwritten: each save is version n+1."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError, in_language
from desktop.domain.vocabulary import DIAGNOSES, MEASURES, Vocabulary
from desktop.services.plans import PlanInput, PlanVersion, plan_versions, save_plan
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import OptionalDate, date_edit, day, number_text, set_day
from desktop.ui.errors import error_message, ui_language
from desktop.ui.firm.plan_tasks import TaskTable
from desktop.ui.labels import vocab_label


class PlanEditor(QWidget):
    saved = Signal(object)  # the Outcome of a save
    task_done_requested = Signal(int, str)  # task id, title
    print_requested = Signal()

    def __init__(self, ws: Workspace, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.uscc = ""
        self.versions: list[PlanVersion] = []
        self.loaded: dict[str, Any] = {}
        self.version = QComboBox()
        self.version.setObjectName("planVersion")
        self.version.currentIndexChanged.connect(lambda _i: self._show_version())
        self.changes = QLabel()
        self.changes.setObjectName("planChanges")
        self.changes.setWordWrap(True)
        self.changes.setStyleSheet("color: #555;")
        self.diagnosis = self._checks("diagnosis", DIAGNOSES)
        self.diagnosis_note = QLineEdit()
        self.diagnosis_note.setObjectName("planDiagnosisNote")
        self.measures = self._checks("measure", MEASURES)
        self.measures_note = QLineEdit()
        self.measures_note.setObjectName("planMeasuresNote")
        self.drawn_on = date_edit(today(), "planDate")
        self.product = QLineEdit()
        self.product.setObjectName("planProduct")
        self.amount = QLineEdit()
        self.amount.setObjectName("planAmount")
        self.target_date = OptionalDate(None, today(), "planTargetDate", self.tr("设定"))
        self.note = QLineEdit()
        self.note.setObjectName("planNote")
        self.tasks = TaskTable(self)
        self.tasks.changed.connect(self._changed)
        self.tasks.done_requested.connect(self.task_done_requested)
        self.error = QLabel()
        self.error.setObjectName("planError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("保存为新版本"))
        self.save_button.setObjectName("planSave")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("取消修改"))
        self.cancel_button.setObjectName("planCancel")
        self.cancel_button.clicked.connect(self._show_version)
        self.print_button = QPushButton(self.tr("打印方案"))
        self.print_button.setObjectName("planPrint")
        self.print_button.clicked.connect(self.print_requested)
        self._layout()
        for widget in (self.diagnosis_note, self.measures_note, self.product, self.amount, self.note):
            widget.textChanged.connect(lambda _t: self._changed())
        self.drawn_on.dateChanged.connect(lambda _d: self._changed())
        self.target_date.check.toggled.connect(lambda _on: self._changed())
        self.target_date.edit.dateChanged.connect(lambda _d: self._changed())

    def _checks(self, name: str, vocabulary: Vocabulary) -> dict[str, QCheckBox]:
        checks = {}
        for term in vocabulary:
            check = QCheckBox(vocab_label(vocabulary, term.code))
            check.setObjectName(f"{name}_{term.code}")
            check.toggled.connect(lambda _on: self._changed())
            checks[term.code] = check
        return checks

    def _grid(self, title: str, checks: dict[str, QCheckBox], note: QLineEdit) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        for i, check in enumerate(checks.values()):
            grid.addWidget(check, i // 3, i % 3)
        note.setPlaceholderText(self.tr("补充说明"))
        grid.addWidget(note, (len(checks) + 2) // 3, 0, 1, 3)
        return box

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("版本")))
        top.addWidget(self.version, 1)
        for button in (self.save_button, self.cancel_button, self.print_button):
            top.addWidget(button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.changes)
        column.addWidget(self._grid(self.tr("问题诊断"), self.diagnosis, self.diagnosis_note))
        column.addWidget(self._grid(self.tr("培植措施"), self.measures, self.measures_note))
        targets = QGroupBox(self.tr("方案日期与目标"))
        form = QFormLayout(targets)
        form.addRow(self.tr("新版本日期"), self.drawn_on)
        form.addRow(self.tr("目标产品"), self.product)
        form.addRow(self.tr("目标金额（万元）"), self.amount)
        form.addRow(self.tr("目标日期"), self.target_date)
        form.addRow(self.tr("备注"), self.note)
        column.addWidget(targets)
        column.addWidget(self.tasks)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)

    def load(self, uscc: str) -> None:
        """The firm's versions, showing the current one (or an empty first plan)."""
        self.uscc = uscc
        self.versions = plan_versions(self.ws, uscc)
        self.version.blockSignals(True)
        self.version.clear()
        for v in self.versions:
            text = (
                self.tr("第 %1 版（%2）").replace("%1", str(v.version)).replace("%2", str(v.drawn_on or ""))
            )
            self.version.addItem(text + (self.tr("，当前") if v.is_current else ""), v.version)
        if not self.versions:
            self.version.addItem(self.tr("尚未制定方案"), None)
        self.version.setCurrentIndex(self.version.count() - 1)
        self.version.blockSignals(False)
        self._show_version()

    def clear(self) -> None:
        self.uscc, self.versions = "", []
        self.version.blockSignals(True)
        self.version.clear()
        self.version.blockSignals(False)
        self._show_version()

    def _shown(self) -> PlanVersion | None:
        wanted = self.version.currentData()
        return next((v for v in self.versions if v.version == wanted), None)

    def _show_version(self) -> None:
        v = self._shown()
        for code, check in self.diagnosis.items():
            check.setChecked(v is not None and code in v.diagnosis)
        for code, check in self.measures.items():
            check.setChecked(v is not None and code in v.measures)
        self.diagnosis_note.setText(v.diagnosis_note or "" if v else "")
        self.measures_note.setText(v.measures_note or "" if v else "")
        self.product.setText(v.target_product or "" if v else "")
        self.amount.setText(number_text(v.target_amount) if v else "")
        self.target_date.set_value(v.target_date if v else None)
        self.note.setText(v.note or "" if v else "")
        set_day(self.drawn_on, self.today())
        self.tasks.load(v.tasks if v else [], current=v is not None and v.is_current)
        sep = "; " if ui_language() == "en" else "；"
        self.changes.setText(
            self.tr("与上一版相比：%1").replace(
                "%1", sep.join(in_language(c, ui_language()) for c in v.changes)
            )
            if v is not None
            else self.tr("填写诊断、措施和任务后保存，即为第 1 版方案。")
        )
        self.error.hide()
        self.loaded = self.values()
        self._changed()

    def values(self) -> dict[str, Any]:
        return {
            "diagnosis": [c for c, check in self.diagnosis.items() if check.isChecked()],
            "measures": [c for c, check in self.measures.items() if check.isChecked()],
            "diagnosis_note": self.diagnosis_note.text().strip(),
            "measures_note": self.measures_note.text().strip(),
            "product": self.product.text().strip(),
            "amount": self.amount.text().strip(),
            "target_date": self.target_date.value(),
            "note": self.note.text().strip(),
            "tasks": self.tasks.rows(),
        }

    def is_dirty(self) -> bool:
        return bool(self.uscc) and self.values() != self.loaded

    def _changed(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.cancel_button.setEnabled(dirty)
        self.print_button.setEnabled(bool(self.versions) and not dirty)

    def save(self) -> bool:
        v = self.values()
        try:
            data = PlanInput(
                on=day(self.drawn_on),
                diagnosis=v["diagnosis"],
                measures=v["measures"],
                diagnosis_note=v["diagnosis_note"] or None,
                measures_note=v["measures_note"] or None,
                target_product=v["product"] or None,
                target_amount=v["amount"] or None,
                target_date=v["target_date"],
                note=v["note"] or None,
                tasks=self.tasks.task_inputs(),
            )
            outcome = save_plan(self.ws, self.uscc, data)
        except DomainError as exc:
            self.error.setText(error_message(exc))
            self.error.show()
            return False
        self.saved.emit(outcome)
        return True
