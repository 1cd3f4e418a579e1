"""活动与产品: the programme's work beyond one firm — the 活动 list with its editor, the 首贷专属产品 catalogue
and the 月度材料 — one screen of the main window's navigation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.activities import ACTIVITY_KINDS
from desktop.domain.errors import DomainError
from desktop.services.activities import void_activity
from desktop.services.activity_views import ActivityView, list_activities
from desktop.services.workspace import Workspace
from desktop.ui.activity_editor import ActivityEditor
from desktop.ui.errors import error_message
from desktop.ui.labels import vocab_label
from desktop.ui.materials_panel import MaterialsPanel
from desktop.ui.models.records_model import RecordsModel, records_table
from desktop.ui.products_view import ProductsPanel
from desktop.ui.view import View


class ActivitiesView(View):
    """活动与产品 (Ctrl+7): the activities, the product catalogue and the month's materials."""

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, today, parent)
        self.activities: list[ActivityView] = []
        now = today()
        self.month = QDateEdit(QDate(now.year, now.month, 1))
        self.month.setObjectName("activitiesMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.all_months = QCheckBox(self.tr("全部月份"))
        self.all_months.toggled.connect(lambda _on: self.refresh())
        self.new_button = QPushButton(self.tr("新增活动"))
        self.new_button.setObjectName("newActivity")
        self.void_button = QPushButton(self.tr("作废活动…"))
        self.void_button.setObjectName("voidActivity")
        self.model = RecordsModel(
            [
                self.tr("日期"),
                self.tr("类型"),
                self.tr("活动名称"),
                self.tr("地点"),
                self.tr("组织单位"),
                self.tr("参加企业"),
            ]
        )
        self.table = records_table(self.model, "activitiesTable")
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.editor = ActivityEditor(ws, today)
        self.editor.saved.connect(self._saved)
        self.new_button.clicked.connect(self._new)
        self.void_button.clicked.connect(self.ask_void)
        self.summary = QLabel()
        self.products = ProductsPanel(ws, today)
        self.materials = MaterialsPanel(ws, today)
        for panel in (self.products, self.materials):
            panel.failed.connect(self.failed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("programmeTabs")
        self.tabs.addTab(self._activities_page(), self.tr("活动"))
        self.tabs.addTab(self.products, self.tr("首贷专属产品"))
        self.tabs.addTab(self.materials, self.tr("月度材料"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.materials:  # new activities since it was last shown
            self.materials.refresh()

    def _activities_page(self) -> QWidget:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份")))
        top.addWidget(self.month)
        top.addWidget(self.all_months)
        top.addWidget(self.new_button)
        top.addWidget(self.void_button)
        top.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.summary)
        splitter = QSplitter()
        splitter.setObjectName("activitiesSplitter")
        splitter.addWidget(left)
        # The editor scrolls: its form and lists are taller than a 1366x768 screen at 150 % scaling.
        scroll = QScrollArea()
        scroll.setObjectName("activityEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        splitter.addWidget(scroll)
        splitter.setSizes([640, 520])
        return splitter

    def month_key(self) -> str | None:
        if self.all_months.isChecked():
            return None
        value = self.month.date()
        return f"{value.year():04d}-{value.month():02d}"

    def refresh(self) -> None:
        try:
            self.activities = list_activities(self.ws, self.month_key())
        except DomainError as exc:
            self.failed.emit(exc)
            return
        self.model.set_rows(
            [
                (
                    v.on.isoformat(),
                    vocab_label(ACTIVITY_KINDS, v.kind),
                    v.title,
                    v.place,
                    v.organiser,
                    len(v.firms),
                )
                for v in self.activities
            ]
        )
        reached = len({code for v in self.activities for code, _ in v.firms})
        self.summary.setText(
            self.tr("共 %1 场活动，覆盖企业 %2 户")
            .replace("%1", str(len(self.activities)))
            .replace("%2", str(reached))
        )
        self.void_button.setEnabled(False)

    def select(self, activity_id: int) -> None:
        for row, view in enumerate(self.activities):
            if view.id == activity_id:
                self.table.selectRow(row)
                return

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.activities):
            return
        self.editor.load(self.activities[rows[0].row()].id)
        self.void_button.setEnabled(True)

    def _new(self) -> None:
        self.table.clearSelection()
        self.editor.new_activity()
        self.editor.title.setFocus()

    def _saved(self, activity_id: int) -> None:
        self.refresh()
        self.select(activity_id)

    def ask_void(self) -> None:
        if self.editor.activity_id is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("作废活动"), self.tr("作废原因（参加企业的对接记录一并作废）：")
        )
        if ok:
            self.void(reason)

    def void(self, reason: str) -> bool:
        assert self.editor.activity_id is not None
        try:
            void_activity(self.ws, self.editor.activity_id, reason)
        except DomainError as exc:
            self.editor.say(error_message(exc), error=True)
            return False
        self.refresh()
        self.editor.new_activity()
        return True
