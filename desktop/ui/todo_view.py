"""待办 you can work from: what is due or overdue today (211 deadlines, plan tasks, follow-ups, the ledger),
overdue first, then by due date, kind and firm; each item with its action in place — record the 211 step
(the demand step dialogs), mark the plan task done, record the follow-up visit, open the ledger — in the
办理 column (click it), on the buttons below and on the right-click menu. The filters are remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import in_language
from desktop.services.firm_detail import load_firm_detail
from desktop.services.plans import complete_task
from desktop.services.todo import KINDS, TodoItem, todo
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.demand_step_dialogs import AcceptDialog, DecisionDialog, FeedbackDialog
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.visit_dialog import VisitDialog
from desktop.ui.formats import format_day
from desktop.ui.labels import ui_language
from desktop.ui.models.records_model import RecordsModel, records_table, stretch_column
from desktop.ui.prefs import ui_settings
from desktop.ui.view import View

ACTION_COLUMN = 5


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


def action_labels() -> dict[str, str]:
    """What doing each kind of item means (the 办理 column and the button)."""
    return {
        "demand_211": QCoreApplication.translate("TodoView", "登记211步骤…"),
        "plan_task": QCoreApplication.translate("TodoView", "完成任务"),
        "follow_up": QCoreApplication.translate("TodoView", "记录回访…"),
        "ledger": QCoreApplication.translate("TodoView", "打开台帐"),
        "credit_report": QCoreApplication.translate("TodoView", "补录征信…"),
        "quarterly_report": QCoreApplication.translate("TodoView", "打开报表"),
        "list_update": QCoreApplication.translate("TodoView", "导入名单…"),
        "calendar": QCoreApplication.translate("TodoView", "导入节假日通知…"),
    }


class TodoView(View):
    open_firm = Signal(str)  # uscc
    open_ledger = Signal()  # also the quarter's report: its figures are on the 台帐与报表 screen
    open_import = Signal()  # the half-year list update
    open_holidays = Signal()  # 设置 → 节假日: next year's notice
    changed = Signal()  # an item was done: counts and the firm table change

    def __init__(
        self,
        ws: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(ws, today, parent)
        self.settings = settings if settings is not None else ui_settings(ws.data_dir)
        self.items: list[TodoItem] = []
        self.dialog: FormDialog | None = None
        self.model = RecordsModel(
            [
                self.tr("类别"),
                self.tr("企业"),
                self.tr("事项"),
                self.tr("期限"),
                self.tr("状态"),
                self.tr("办理"),
            ]
        )
        self.table = records_table(self.model, "todoTable")
        stretch_column(self.table, 2)  # 事项: 期限, 状态 and 办理 stay in view
        self.table.doubleClicked.connect(self._activated)
        self.table.clicked.connect(self._clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable_buttons())
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._button_row())
        self._enable_buttons()

    def _filter_row(self) -> QHBoxLayout:
        self.summary = QLabel()
        self.summary.setObjectName("todoSummary")
        self.kind = QComboBox()
        self.kind.setObjectName("todoKind")
        self.kind.addItem(self.tr("全部类别"), None)
        kinds = todo_kind_labels()
        for kind in KINDS:
            self.kind.addItem(kinds[kind], kind)
        self.mine = QCheckBox(self.tr("只看我的"))
        self.mine.setObjectName("todoMine")
        self.mine.setToolTip(self.tr("分配给我的企业的事项，以及工作台帐"))
        self._restore_filters()
        self.kind.currentIndexChanged.connect(self._filters_changed)
        self.mine.toggled.connect(self._filters_changed)
        refresh = QPushButton(self.tr("刷新"))
        refresh.setToolTip("F5")
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.kind)
        top.addWidget(self.mine)
        top.addWidget(refresh)
        return top

    def _button_row(self) -> QHBoxLayout:
        self.do_button = QPushButton(self.tr("办理(&D)"))
        self.do_button.setObjectName("todoDo")
        self.do_button.clicked.connect(self.do_selected)
        self.firm_button = QPushButton(self.tr("打开企业(&O)"))
        self.firm_button.setObjectName("todoOpenFirm")
        self.firm_button.clicked.connect(self.open_selected_firm)
        bottom = QHBoxLayout()
        hint = QLabel(self.tr("单击“办理”列直接办理；双击一行打开该企业"))
        hint.setStyleSheet("color: gray;")
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.do_button)
        bottom.addWidget(self.firm_button)
        return bottom

    # -- filters ------------------------------------------------------------------------------------

    def _restore_filters(self) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(self.settings.value("todo/kind") or None), 0))
        self.mine.setChecked(str(self.settings.value("todo/mine", "false")).lower() == "true")

    def _filters_changed(self) -> None:
        self.settings.setValue("todo/kind", self.kind.currentData() or "")
        self.settings.setValue("todo/mine", self.mine.isChecked())
        self.settings.sync()
        self.refresh()

    # -- the list -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        kind = self.kind.currentData()
        officer = (self.ws.profile.officer or None) if self.mine.isChecked() else None
        items = self.attempt(
            lambda: todo(self.ws, self.today(), kinds=[kind] if kind else None, officer=officer)
        )
        if items is None:
            return
        self.items = items
        kinds, actions, language = todo_kind_labels(), action_labels(), ui_language()
        overdue_text, due_text = self.tr("⚠ 已逾期"), self.tr("待办")
        self.model.set_rows(
            [
                (
                    kinds.get(i.kind, i.kind),
                    i.firm_name or "",
                    in_language(i.title, language),
                    format_day(i.due),
                    overdue_text if i.overdue else due_text,
                    actions[i.kind],
                )
                for i in self.items
            ]
        )
        self._mark_rows()
        overdue = sum(1 for i in self.items if i.overdue)
        self.summary.setText(
            self.tr("共 %1 项，其中 %2 项已逾期")
            .replace("%1", str(len(self.items)))
            .replace("%2", str(overdue))
        )
        self._enable_buttons()

    def _mark_rows(self) -> None:
        """Overdue rows in red; the 办理 column reads as a link."""
        link = QFont()
        link.setUnderline(True)
        for row, item in enumerate(self.items):
            if item.overdue:
                for column in range(ACTION_COLUMN):
                    self.model.set_style(row, column, foreground=QBrush(QColor("#c62828")))
            self.model.set_style(row, ACTION_COLUMN, foreground=QBrush(QColor("#1565c0")), font=link)

    def selected(self) -> TodoItem | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.items[row] if 0 <= row < len(self.items) else None

    def _enable_buttons(self) -> None:
        item = self.selected()
        self.do_button.setEnabled(item is not None)
        self.firm_button.setEnabled(item is not None and item.uscc is not None)
        if item is not None:
            self.do_button.setText(action_labels()[item.kind])

    # -- doing an item --------------------------------------------------------------------------------

    def do_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.do(item)

    def do(self, item: TodoItem) -> None:
        if item.kind in ("ledger", "quarterly_report"):
            self.open_ledger.emit()
        elif item.kind == "list_update":
            self.open_import.emit()
        elif item.kind == "calendar":
            self.open_holidays.emit()
        elif item.kind == "credit_report" and item.uscc:
            self.open_firm.emit(item.uscc)  # the dossier form records the credit report's facts
        elif item.kind == "plan_task":
            self.complete(item)
        elif item.kind == "follow_up" and item.uscc:
            self._open(VisitDialog(self.ws, item.uscc, self.today(), self))
        elif item.kind == "demand_211" and item.uscc:
            self.record_step(item)

    def record_step(self, item: TodoItem) -> None:
        """The dialog of the demand's first open 211 step (反馈, 受理 or 审批)."""
        assert item.uscc is not None
        detail = self.attempt(lambda: load_firm_detail(self.ws, str(item.uscc), self.today()))
        view = next((d for d in detail.demands if d.demand.id == item.ref_id), None) if detail else None
        if view is None:
            return
        demand = view.demand
        kind: type[FeedbackDialog | AcceptDialog | DecisionDialog] = DecisionDialog
        if demand.feedback_on is None:
            kind = FeedbackDialog
        elif demand.accepted_on is None:
            kind = AcceptDialog
        self._open(kind(self.ws, item.uscc, view, self.today(), self))

    def complete(self, item: TodoItem) -> None:
        title = self.tr("完成培植任务")
        text = in_language(item.title, ui_language())
        if item.ref_id is not None and self.confirm(
            title, self.tr("把“%1”标记为已完成？").replace("%1", text)
        ):
            task = item.ref_id
            if self.attempt(lambda: complete_task(self.ws, task, self.today())) is not None:
                self._done()

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self._done)
        dialog.open()

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def open_selected_firm(self) -> None:
        item = self.selected()
        if item is not None and item.uscc:
            self.open_firm.emit(item.uscc)

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == ACTION_COLUMN and 0 <= index.row() < len(self.items):
            self.do(self.items[index.row()])

    def _activated(self, index: QModelIndex) -> None:
        item = self.items[index.row()] if 0 <= index.row() < len(self.items) else None
        if item is None:
            return
        if item.uscc:
            self.open_firm.emit(item.uscc)
        else:  # the ledger, a report, the list or the calendar: no firm, the item's own place
            self.do(item)

    def _menu(self, at: QPoint) -> QMenu:
        index = self.table.indexAt(at)
        if index.isValid():
            self.table.selectRow(index.row())
        item = self.selected()
        menu = QMenu(self)
        menu.setObjectName("todoMenu")
        if item is not None:
            menu.addAction(action_labels()[item.kind], lambda: self.do(item))
            if item.uscc:
                menu.addAction(self.tr("打开企业"), self.open_selected_firm)
        menu.popup(self.table.viewport().mapToGlobal(at))
        return menu
