"""待办: what is due or overdue today (211 deadlines, plan tasks, follow-ups, the ledger), filtered by kind and
to the officer's own firms; double-click opens the firm in the firms screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.todo import KINDS, TodoItem, todo
from desktop.services.workspace import Workspace
from desktop.ui.models.records_model import RecordsModel, records_table


def todo_kind_labels() -> dict[str, str]:
    return {
        "demand_211": QCoreApplication.translate("labels", "211时限"),
        "plan_task": QCoreApplication.translate("labels", "培植任务"),
        "follow_up": QCoreApplication.translate("labels", "走访回访"),
        "ledger": QCoreApplication.translate("labels", "工作台帐"),
        "calendar": QCoreApplication.translate("labels", "节假日安排"),
        "credit_report": QCoreApplication.translate("labels", "首贷待核实"),
        "quarterly_report": QCoreApplication.translate("labels", "季度报送"),
        "list_update": QCoreApplication.translate("labels", "名单更新"),
    }


class TodoView(QWidget):
    failed = Signal(object)
    open_firm = Signal(str)  # uscc

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.items: list[TodoItem] = []
        self.model = RecordsModel(
            [self.tr("类别"), self.tr("企业"), self.tr("事项"), self.tr("期限"), self.tr("状态")]
        )
        self.table = records_table(self.model, "todoTable")
        self.table.doubleClicked.connect(self._activated)
        self.summary = QLabel()
        self.summary.setObjectName("todoSummary")
        self.kind = QComboBox()
        self.kind.setObjectName("todoKind")
        self.kind.addItem(self.tr("全部类别"), None)
        kinds = todo_kind_labels()
        for kind in KINDS:
            self.kind.addItem(kinds[kind], kind)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.mine = QCheckBox(self.tr("只看我的"))
        self.mine.setObjectName("todoMine")
        self.mine.setToolTip(self.tr("分配给我的企业的事项，以及工作台帐"))
        self.mine.toggled.connect(self.refresh)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.kind)
        top.addWidget(self.mine)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("双击一行打开该企业"))
        hint.setStyleSheet("color: gray;")
        layout.addWidget(hint)

    def refresh(self) -> None:
        try:
            kind = self.kind.currentData()
            officer = (self.ws.profile.officer or None) if self.mine.isChecked() else None
            self.items = todo(self.ws, self.today(), kinds=[kind] if kind else None, officer=officer)
        except Exception as exc:
            self.failed.emit(exc)
            return
        kinds = todo_kind_labels()
        overdue_text, due_text = self.tr("⚠ 已逾期"), self.tr("待办")
        self.model.set_rows(
            [
                (
                    kinds.get(i.kind, i.kind),
                    i.firm_name or "",
                    i.title,
                    i.due.isoformat(),
                    overdue_text if i.overdue else due_text,
                )
                for i in self.items
            ]
        )
        overdue = sum(1 for i in self.items if i.overdue)
        self.summary.setText(
            self.tr("共 %1 项，其中 %2 项已逾期")
            .replace("%1", str(len(self.items)))
            .replace("%2", str(overdue))
        )

    def _activated(self, index: QModelIndex) -> None:
        uscc = self.items[index.row()].uscc if 0 <= index.row() < len(self.items) else None
        if uscc:  # the ledger item has no firm
            self.open_firm.emit(uscc)
