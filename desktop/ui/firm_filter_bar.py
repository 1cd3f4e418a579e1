"""The firm table's filter bar: the search box (debounced; Esc clears it), stage, county, type, on list,
only mine, 211 overdue, 清除筛选 and 视图 ▾ (the saved views). It only shows and reports the filters; the
firms screen queries (``changed``: on a worker; ``submitted``: Enter, at once)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.domain.stages import Stage
from desktop.services.firm_filters import FilterChoices
from desktop.ui.labels import entity_labels, label, stage_labels
from desktop.ui.saved_views import Filters, SavedView, SavedViews

SEARCH_DELAY_MS = 150


def _combo(name: str, everything: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(everything, None)
    # Shrinks with the window (a county name or an English label never widens the bar beyond the screen).
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(5)
    return combo


class FilterBar(QWidget):
    changed = Signal()  # a filter changed, or typing paused: query on a worker
    submitted = Signal()  # Enter in the search box: query at once
    view_chosen = Signal(object)  # a SavedView (or None: 全部企业)

    def __init__(self, saved_views: SavedViews, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_views = saved_views
        self.search = QLineEdit()
        self.search.setObjectName("firmSearch")
        self.search.setPlaceholderText(self.tr("搜索：名称、信用代码、拼音首字母、法定代表人（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self.debounce.start())
        self.search.returnPressed.connect(self.submitted)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.search.clear)
        self._build_choices()
        self._build_buttons()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.views_button)
        row.addWidget(self.search, 3)
        for combo in (self.stage, self.county, self.entity, self.on_list):
            row.addWidget(combo, 1)
        for widget in (self.mine, self.overdue, self.clear_button):
            row.addWidget(widget)

    def _build_choices(self) -> None:
        self.stage = _combo("stageFilter", self.tr("全部阶段"))
        stages = stage_labels()
        for stage in Stage:
            self.stage.addItem(label(stages, stage.value), stage.value)
        self.county = _combo("countyFilter", self.tr("全部县区"))
        self.entity = _combo("entityFilter", self.tr("全部类型"))
        self.on_list = _combo("onListFilter", self.tr("名单内外"))
        self.on_list.addItem(self.tr("在名单"), True)
        self.on_list.addItem(self.tr("已出名单"), False)
        self.mine = QCheckBox(self.tr("只看我的"))
        self.mine.setObjectName("mineFilter")
        self.overdue = QCheckBox(self.tr("211逾期"))
        self.overdue.setObjectName("overdueFilter")
        self.overdue.setToolTip(self.tr("有融资需求的反馈、受理或审批已超过“211”时限仍未办理的企业"))
        for combo in (self.stage, self.county, self.entity, self.on_list):
            combo.currentIndexChanged.connect(self.changed)
        # A filter with a common search counts a few hundred ms at 530,000 firms: off the GUI thread too.
        self.mine.toggled.connect(self.changed)
        self.overdue.toggled.connect(self.changed)

    def _build_buttons(self) -> None:
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setToolTip(self.tr("清除搜索和全部筛选，显示全部企业"))
        self.clear_button.clicked.connect(lambda: self.view_chosen.emit(None))
        self.clear_button.setEnabled(False)  # nothing to clear yet
        self.views_button = QToolButton()
        self.views_button.setObjectName("savedViews")
        self.views_button.setText(self.tr("视图"))
        self.views_button.setToolTip(self.tr("常用视图：我的待对接、211 逾期……，或保存当前筛选"))
        self.views_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.views_menu = QMenu(self.views_button)
        self.views_menu.aboutToShow.connect(self.fill_views_menu)
        self.views_button.setMenu(self.views_menu)

    def fill_choices(self, result: FilterChoices) -> None:
        """The counties and entity types in the data (read on a worker), keeping what is chosen."""
        wanted = (self.county.currentData(), self.entity.currentData())
        for combo in (self.county, self.entity):
            combo.blockSignals(True)
        for county in result.counties:
            self.county.addItem(county, county)
        entities = entity_labels()
        for kind in result.entity_types:
            self.entity.addItem(label(entities, kind), kind)
        for combo, value in zip((self.county, self.entity), wanted, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def filters(self) -> Filters:
        return Filters(
            search=self.search.text().strip(),
            stage=self.stage.currentData(),
            county=self.county.currentData(),
            entity_type=self.entity.currentData(),
            on_list=self.on_list.currentData(),
            mine=self.mine.isChecked(),
            overdue=self.overdue.isChecked(),
        )

    def show_filters(self, filters: Filters) -> None:
        """Show these filters without a query per widget (the caller queries once)."""
        widgets: tuple[QWidget, ...] = (
            self.search, self.stage, self.county, self.entity, self.on_list, self.mine, self.overdue,
        )  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.debounce.stop()
        self.search.setText(filters.search)
        for combo, value in (
            (self.stage, filters.stage),
            (self.county, filters.county),
            (self.entity, filters.entity_type),
            (self.on_list, filters.on_list),
        ):
            index = combo.findData(value)
            if index < 0 and value is not None and combo in (self.county, self.entity):
                combo.addItem(str(value), value)  # the lists are not filled yet
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
        self.mine.setChecked(filters.mine)
        self.overdue.setChecked(filters.overdue)
        for widget in widgets:
            widget.blockSignals(False)

    def show_state(self) -> None:
        """清除筛选 enabled while something is set; the 视图 button back to its title when nothing is."""
        empty = self.filters().empty
        self.clear_button.setEnabled(not empty)
        if empty:
            self.views_button.setText(self.tr("视图"))

    def fill_views_menu(self) -> None:
        menu = self.views_menu
        menu.clear()
        menu.addAction(self.tr("全部企业"), lambda: self.view_chosen.emit(None))
        menu.addSeparator()
        for view in self.saved_views.all():
            menu.addAction(view.name, partial(self.view_chosen.emit, view))
        menu.addSeparator()
        menu.addAction(self.tr("保存当前筛选为视图…"), self.save_view)
        own = self.saved_views.own()
        if own:
            remove = menu.addMenu(self.tr("删除视图"))
            for view in own:
                remove.addAction(view.name, partial(self.delete_view, view))

    def save_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("保存视图"), self.tr("视图名称："))
        if ok and name.strip():
            self.saved_views.save(name, self.filters())
            self.views_button.setText(name.strip())

    def delete_view(self, view: SavedView) -> None:
        question = self.tr("删除视图“%1”？").replace("%1", view.name)
        if QMessageBox.question(self, self.tr("删除视图"), question) == QMessageBox.StandardButton.Yes:
            self.saved_views.delete(view.name)
