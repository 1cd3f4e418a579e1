"""The plan editor's tasks: content, due date and owner typed in the table, done ones shown with their day
and note. 标记完成 marks a task of the current version done (plans.complete_task, as the to-do list does)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import parse_iso_date
from desktop.services.plans import TaskInput, TaskView

_DONE_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class TaskTable(QWidget):
    changed = Signal()
    done_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = False
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("planTasks")
        self.table.setHorizontalHeaderLabels(
            [self.tr("任务"), self.tr("期限"), self.tr("负责人"), self.tr("状态")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(140)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.itemSelectionChanged.connect(self._selection)
        self.add_button = QPushButton(self.tr("添加任务"))
        self.add_button.setObjectName("planTaskAdd")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("删除任务"))
        self.remove_button.setObjectName("planTaskRemove")
        self.remove_button.clicked.connect(self.remove_row)
        self.done_button = QPushButton(self.tr("标记完成…"))
        self.done_button.setObjectName("planTaskDone")
        self.done_button.clicked.connect(self._done)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("培植任务（期限写作 YYYY-MM-DD）")), 1)
        for button in (self.add_button, self.remove_button, self.done_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._selection()

    def load(self, tasks: Sequence[TaskView], *, current: bool) -> None:
        self.current = current
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for task in tasks:
            self._append(task.title, str(task.due or ""), task.owner or "", task)
        self.table.blockSignals(False)
        self._selection()

    def _append(self, title: str, due: str, owner: str, task: TaskView | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        status = self.tr("未完成")
        if task is not None and task.done:
            status = self.tr("%1 完成").replace("%1", str(task.done_on or "")) + (
                f"：{task.note}" if task.note else ""
            )
        items = [
            QTableWidgetItem(title),
            QTableWidgetItem(due),
            QTableWidgetItem(owner),
            QTableWidgetItem(status),
        ]
        items[0].setData(Qt.ItemDataRole.UserRole, task)
        items[3].setFlags(_DONE_FLAGS)
        if task is not None and task.done:  # a done task stays with its version, as it was
            for item in items:
                item.setFlags(_DONE_FLAGS)
        for column, item in enumerate(items):
            self.table.setItem(row, column, item)

    def add_row(self) -> None:
        self._append("", "", "")
        self.table.selectRow(self.table.rowCount() - 1)
        item = self.table.item(self.table.rowCount() - 1, 0)
        if item is not None:
            self.table.editItem(item)
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        task = self._task(row)
        if row >= 0 and not (task is not None and task.done):
            self.table.removeRow(row)
            self.changed.emit()

    def _task(self, row: int) -> TaskView | None:
        item = self.table.item(row, 0)
        task: Any = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return task if isinstance(task, TaskView) else None

    def _selection(self) -> None:
        task = self._task(self.table.currentRow())
        self.remove_button.setEnabled(self.table.currentRow() >= 0 and not (task is not None and task.done))
        self.done_button.setEnabled(self.current and task is not None and not task.done)

    def _done(self) -> None:
        task = self._task(self.table.currentRow())
        if task is not None and not task.done:
            self.done_requested.emit(task.id, task.title)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def rows(self) -> list[tuple[str, str, str, bool]]:
        out = []
        for row in range(self.table.rowCount()):
            task = self._task(row)
            out.append((self._text(row, 0), self._text(row, 1), self._text(row, 2), bool(task and task.done)))
        return out

    def task_inputs(self) -> list[TaskInput]:
        """The open tasks of the new version (done ones stay with theirs); a bad due date names its row."""
        out = []
        for row, (title, due, owner, done) in enumerate(self.rows(), start=1):
            if done or not (title or due or owner):
                continue
            label = self.tr("第 %1 行任务的期限").replace("%1", str(row))
            on = parse_iso_date(due, label, f"The due date of task row {row}") if due else None
            out.append(TaskInput(title, on, owner or None))
        return out
