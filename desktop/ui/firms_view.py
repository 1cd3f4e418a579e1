"""名单企业: search as you type, filters, a sortable paged table and the firm's detail pane."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.stages import Stage
from desktop.services.firm_filters import FilterChoices, filter_choices
from desktop.services.firms import FirmQuery
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.batch_print import BatchPrinter
from desktop.ui.dialogs.firm_add_dialog import FirmAddDialog
from desktop.ui.firm_detail_pane import FirmDetailPane
from desktop.ui.labels import entity_labels, label, stage_labels
from desktop.ui.models.firm_table_model import FirmTableModel
from desktop.ui.worker import Worker, start

SEARCH_DELAY_MS = 150


class FirmsView(QWidget):
    failed = Signal(object)

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.model = FirmTableModel(ws, today, self)

        self.search = QLineEdit()
        self.search.setObjectName("firmSearch")
        self.search.setPlaceholderText(self.tr("搜索：企业名称、信用代码、拼音首字母、法定代表人（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search_in_background)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filters)

        self.stage = QComboBox()
        self.stage.setObjectName("stageFilter")
        self.stage.addItem(self.tr("全部阶段"), None)
        stages = stage_labels()
        for stage in Stage:
            self.stage.addItem(label(stages, stage.value), stage.value)
        self.county = QComboBox()
        self.county.setObjectName("countyFilter")
        self.county.addItem(self.tr("全部县区"), None)
        self.entity = QComboBox()
        self.entity.setObjectName("entityFilter")
        self.entity.addItem(self.tr("全部类型"), None)
        self.choices_loaded = False
        self._choices_worker: Worker | None = None
        self.on_list = QComboBox()
        self.on_list.setObjectName("onListFilter")
        self.on_list.addItem(self.tr("名单内外"), None)
        self.on_list.addItem(self.tr("在名单"), True)
        self.on_list.addItem(self.tr("已出名单"), False)
        self.mine = QCheckBox(self.tr("只看我的"))
        self.mine.setObjectName("mineFilter")
        self.overdue = QCheckBox(self.tr("只看211逾期"))
        self.overdue.setObjectName("overdueFilter")
        self.overdue.setToolTip(self.tr("有融资需求的反馈、受理或审批已超过“211”时限仍未办理的企业"))
        for combo in (self.stage, self.county, self.entity, self.on_list):
            combo.currentIndexChanged.connect(self.search_in_background)
        # A filter with a common search counts a few hundred ms at 530,000 firms: off the GUI thread too.
        self.mine.toggled.connect(self.search_in_background)
        self.overdue.toggled.connect(self.search_in_background)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.stage, self.county, self.entity, self.on_list, self.mine, self.overdue):
            filters.addWidget(widget)

        self.table = QTableView()
        self.table.setObjectName("firmTable")
        self.table.setModel(self.model)
        # No column chosen: firms by name, a search in list order (which pages fastest; see firm_search).
        # Set before sorting is enabled, which sorts by the indicator's column.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 170)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.model.query_applied.connect(self._query_applied)
        self.model.counted.connect(self._update_count)
        self.model.failed.connect(self.failed)
        self.count_label = QLabel()
        self.count_label.setObjectName("firmCount")
        self.detail = FirmDetailPane(ws, today, self)
        self.detail.failed.connect(self.failed)
        self.detail.changed.connect(self._firm_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.count_label, 1)
        self.print_all_button = QPushButton(self.tr("批量打印档案(&P)…"))
        self.print_all_button.setObjectName("batchPrint")
        self.print_all_button.setToolTip(
            self.tr("把当前列表（搜索和筛选的结果）中企业的一企一档打印为一个 PDF")
        )
        self.print_all_button.clicked.connect(self.print_all)
        self.add_firm_button = QPushButton(self.tr("新增企业…"))
        self.add_firm_button.setObjectName("addFirm")
        self.add_firm_button.clicked.connect(self.add_firm)
        below.addWidget(self.add_firm_button)
        below.addWidget(self.print_all_button)
        left_layout.addLayout(below)
        self.batch_printer: BatchPrinter | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("firmsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        self._update_count()
        # The county and type lists need a scan of the firms: filled right after the window shows.
        QTimer.singleShot(0, self.load_choices)

    def load_choices(self) -> None:
        """Fill the county and type filters from the data, on a worker thread (a scan of the firm
        indexes: 140 ms at 530,000 firms, which would hold the window just after it shows)."""
        if self.choices_loaded or self._choices_worker is not None:
            return
        ws = self.ws
        self._choices_worker = Worker(lambda _progress, _cancel: filter_choices(ws))
        self._choices_worker.signals.finished.connect(self._fill_choices)
        self._choices_worker.signals.failed.connect(self.failed)
        start(self._choices_worker)

    def _fill_choices(self, result: object) -> None:
        assert isinstance(result, FilterChoices)
        self.choices_loaded = True
        for combo in (self.county, self.entity):
            combo.blockSignals(True)
        for county in result.counties:
            self.county.addItem(county, county)
        entities = entity_labels()
        for kind in result.entity_types:
            self.entity.addItem(label(entities, kind), kind)
        for combo in (self.county, self.entity):
            combo.blockSignals(False)

    def current_query(self) -> FirmQuery:
        stage = self.stage.currentData()
        return FirmQuery(
            search=self.search.text().strip() or None,
            stage=Stage(stage) if stage else None,
            county=self.county.currentData(),
            entity_type=self.entity.currentData(),
            on_list=self.on_list.currentData(),
            officer=(self.ws.profile.officer or None) if self.mine.isChecked() else None,
            overdue_on=self.today() if self.overdue.isChecked() else None,
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        try:
            self.model.set_query(self.current_query())
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._update_count()
        self.detail.show_firm(None)

    def search_in_background(self) -> None:
        """Typing or a filter: the query runs on a worker thread so the window never waits for it."""
        self._debounce.stop()
        self.count_label.setText(self.tr("正在搜索……"))
        self.model.set_query_in_background(self.current_query())

    def _query_applied(self) -> None:
        self._update_count()
        self.detail.show_firm(None)

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()

    def _firm_changed(self, uscc: str) -> None:
        """A quick action changed a firm: re-read the table (stage, 211 marks); the pane reloads itself."""
        self.refresh()

    def add_firm(self) -> None:
        """新增企业 (a firm the branch found itself); once added it is searched for and shown."""
        self.firm_dialog = FirmAddDialog(self.ws, self)
        self.firm_dialog.accepted.connect(self._firm_added)
        self.firm_dialog.open()

    def _firm_added(self) -> None:
        outcome = self.firm_dialog.outcome
        if outcome is not None:
            self.search.setText(outcome.uscc)
            self.apply_filters()

    def print_all(self) -> None:
        """The dossiers of the firms the table lists now, into one PDF (background, progress, Cancel)."""
        self.batch_printer = BatchPrinter(self.ws, self.model.query, self.today(), self)
        self.batch_printer.failed.connect(self.failed)
        self.batch_printer.start()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        firm = self.model.firm_at(min(rows)) if rows else None
        self.detail.show_firm(firm.uscc if firm else None)

    def _update_count(self) -> None:
        shown = f"{self.model.rowCount():,}"
        if self.model.counting():
            self.count_label.setText(self.tr("至少 %1 家企业，正在统计……").replace("%1", shown))
        else:
            self.count_label.setText(self.tr("共 %1 家企业").replace("%1", shown))
