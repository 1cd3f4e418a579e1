"""名单企业: search as you type, filters and saved views (``firm_filter_bar``), a paged table that works like a spreadsheet
(columns chosen on the header's right-click, moved and sized and remembered, rows selected many at a time,
a right-click menu, 导出当前视图), and the firm's detail pane."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
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
from desktop.ui.column_chooser import ColumnChooser
from desktop.ui.dialogs.batch_print import BatchPrinter
from desktop.ui.dialogs.firm_add_dialog import FirmAddDialog
from desktop.ui.firm_actions import FirmActions
from desktop.ui.firm_detail_pane import FirmDetailPane
from desktop.ui.firm_filter_bar import FilterBar
from desktop.ui.models.firm_cells import COLUMNS, column_titles
from desktop.ui.models.firm_table_model import FirmTableModel
from desktop.ui.prefs import ui_settings
from desktop.ui.saved_views import Filters, SavedView, SavedViews
from desktop.ui.view import View
from desktop.ui.worker import Worker, start


class FirmsView(View):
    def __init__(
        self,
        ws: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(ws, today, parent)
        self.settings = settings if settings is not None else ui_settings(ws.data_dir)
        self.model = FirmTableModel(ws, today, self)
        self.saved_views = SavedViews(self.settings)
        self.counties: list[str] = []
        self.officers: list[str] = []
        self.choices_loaded = False
        self._choices_worker: Worker | None = None
        self.bar = bar = FilterBar(self.saved_views, self)
        bar.changed.connect(self.search_in_background)
        bar.submitted.connect(self.apply_filters)
        bar.view_chosen.connect(lambda view: self.apply_view(view) if view else self.clear_filters())
        # The bar's widgets by name, as the window, the tests and the screenshots reach them.
        self.search, self.stage, self.county, self.entity = bar.search, bar.stage, bar.county, bar.entity
        self.on_list, self.mine, self.overdue = bar.on_list, bar.mine, bar.overdue
        self.clear_button, self.views_button, self.views_menu = (
            bar.clear_button,
            bar.views_button,
            bar.views_menu,
        )
        self._build_table()
        self.detail = FirmDetailPane(ws, today, self)
        self.detail.failed.connect(self.failed)
        self.detail.changed.connect(self._firm_changed)
        self.row_actions = FirmActions(self)
        self.row_actions.changed.connect(self.refresh)
        self.row_actions.told.connect(self._tell)
        self._build_layout()
        self._update_count()
        # The county and type lists need a scan of the firms: filled right after the window shows.
        QTimer.singleShot(0, self, self.load_choices)  # with self as context: not run once self is gone

    # -- building ---------------------------------------------------------------------------------

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("firmTable")
        self.table.setModel(self.model)
        # No column chosen: firms by name, a search in list order (which pages fastest; see firm_search).
        # Set before sorting is enabled, which sorts by the indicator's column.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setVisible(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.activated.connect(lambda _index: self.show_detail())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.columns = ColumnChooser(self.table, COLUMNS, column_titles, self.settings)
        self.model.query_applied.connect(self._query_applied)
        self.model.counted.connect(self._update_count)
        self.model.failed.connect(self.failed)

    def _build_layout(self) -> None:
        self.count_label = QLabel()
        self.count_label.setObjectName("firmCount")
        self.message = QLabel()
        self.message.setObjectName("firmMessage")
        self.message.setStyleSheet("color: #2e7d32;")
        self.export_button = QPushButton(self.tr("导出当前视图(&E)…"))
        self.export_button.setObjectName("exportView")
        self.export_button.setToolTip(self.tr("把当前列表按显示的列和筛选导出为 Excel（Ctrl+E）"))
        self.export_button.clicked.connect(lambda: self.row_actions.export())
        self.print_all_button = QPushButton(self.tr("批量打印档案(&P)…"))
        self.print_all_button.setObjectName("batchPrint")
        self.print_all_button.setToolTip(
            self.tr("把当前列表（搜索和筛选的结果）中企业的一企一档打印为一个 PDF")
        )
        self.print_all_button.clicked.connect(self.print_all)
        self.add_firm_button = QPushButton(self.tr("新增企业(&N)…"))
        self.add_firm_button.setObjectName("addFirm")
        self.add_firm_button.setToolTip(self.tr("登记本行自己发现的企业（五张清单）：Ctrl+N"))
        self.add_firm_button.clicked.connect(self.add_firm)
        self.batch_printer: BatchPrinter | None = None
        below = QHBoxLayout()
        below.addWidget(self.count_label)
        below.addWidget(self.message, 1)
        below.addWidget(self.add_firm_button)
        below.addWidget(self.export_button)
        below.addWidget(self.print_all_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(below)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("firmsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # The table wide enough for its default columns at 1366 pixels; the pane takes the rest.
        self.splitter.setSizes([840, 380])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)

    # -- filter choices -----------------------------------------------------------------------------

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
        self.counties, self.officers = result.counties, result.officers
        self.bar.fill_choices(result)

    # -- filters and saved views --------------------------------------------------------------------

    def filters(self) -> Filters:
        return self.bar.filters()

    def set_filters(self, filters: Filters, *, background: bool = True) -> None:
        """Show these filters (a saved view, 清除筛选) and query once (on a worker, or at once)."""
        self.bar.show_filters(filters)
        if background:
            self.search_in_background()
        else:
            self.apply_filters()

    def clear_filters(self) -> None:
        self.set_filters(Filters())

    def apply_view(self, view: SavedView) -> None:
        self.set_filters(view.filters)
        self.views_button.setText(view.name)

    def _fill_views_menu(self) -> None:
        self.bar.fill_views_menu()

    # -- filters and saved views --------------------------------------------------------------------

    # -- querying ---------------------------------------------------------------------------------

    def current_query(self) -> FirmQuery:
        f = self.filters()
        return FirmQuery(
            search=f.search or None,
            stage=Stage(f.stage) if f.stage else None,
            county=f.county,
            entity_type=f.entity_type,
            on_list=f.on_list,
            officer=(self.ws.profile.officer or None) if f.mine else None,
            overdue_on=self.today() if f.overdue else None,
        )

    def apply_filters(self) -> None:
        self.bar.debounce.stop()
        try:
            self.model.set_query(self.current_query())
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._after_query()

    def search_in_background(self) -> None:
        """Typing or a filter: the query runs on a worker thread so the window never waits for it."""
        self.bar.debounce.stop()
        self.count_label.setText(self.tr("正在搜索……"))
        self.bar.show_state()
        self.model.set_query_in_background(self.current_query())

    def _query_applied(self) -> None:
        self._after_query()

    def _after_query(self) -> None:
        self._update_count()
        self.bar.show_state()
        self.detail.show_firm(None)

    def refresh(self) -> None:
        current = self.current_uscc()
        self.model.refresh()
        self._update_count()
        if current is not None:
            self.select_uscc(current)

    def _firm_changed(self, uscc: str) -> None:
        """A quick action changed a firm: re-read the table (stage, 211 marks); the pane reloads itself."""
        self.model.refresh()
        self._update_count()

    # -- selection ----------------------------------------------------------------------------------

    def _spans(self) -> list[tuple[int, int]]:
        """The selected blocks of rows, (top, bottom), top to bottom."""
        selection = self.table.selectionModel().selection()
        return sorted((selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.count()))

    def selected_rows(self) -> list[int]:
        rows: list[int] = []
        for top, bottom in self._spans():
            rows.extend(range(top, bottom + 1))
        return sorted(set(rows))

    def selected_count(self) -> int:
        return sum(bottom - top + 1 for top, bottom in self._spans())

    def selected_usccs(self) -> list[str]:
        """The codes of the selected firms in table order (one query per selected block of rows)."""
        codes: list[str] = []
        for top, bottom in self._spans():
            codes += [firm.uscc for firm in self.model.firms_between(top, bottom)]
        return list(dict.fromkeys(codes))

    def current_uscc(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        firm = self.model.firm_at(index.row()) if index.isValid() and self.selected_count() else None
        return firm.uscc if firm else None

    def select_uscc(self, uscc: str) -> None:
        for row in range(min(self.model.rowCount(), self.model.page_size)):
            firm = self.model.firm_at(row)
            if firm is not None and firm.uscc == uscc:
                self.open_row(row)
                return

    def open_row(self, row: int) -> None:
        # Through the selection model: QTableView.selectRow and setCurrentIndex read the keyboard's
        # modifiers, and a Ctrl still held from a shortcut (Ctrl+4 …) would toggle the row off again.
        flags = QItemSelectionModel.SelectionFlag
        selection = self.table.selectionModel()
        selection.setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)
        selection.select(self.model.index(row, 0), flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(self.model.index(row, 0))

    def show_detail(self) -> None:
        self.detail.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        count = self.selected_count()
        if count == 0:
            self.detail.show_firm(None)
        elif count == 1:
            firm = self.model.firm_at(self.selected_rows()[0])
            self.detail.show_firm(firm.uscc if firm else None)
        self._update_count()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.selected_count() > 1:
            firm = self.model.firm_at(current.row())
            self.detail.show_firm(firm.uscc if firm else None)

    def _row_menu(self, at: QPoint) -> None:
        index = self.table.indexAt(at)
        if index.isValid() and index.row() not in self.selected_rows():
            self.open_row(index.row())
        self.row_actions.row_menu().popup(self.table.viewport().mapToGlobal(at))

    # -- actions ------------------------------------------------------------------------------------

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
        self.batch_printer = BatchPrinter(self.ws, replace(self.model.query), self.today(), self)
        self.batch_printer.failed.connect(self.failed)
        self.batch_printer.start()

    def print_current(self) -> None:
        """Ctrl+P: the selected firms' dossiers, or the listed firms' when nothing is selected."""
        if self.selected_rows():
            self.row_actions.print_selection()
        else:
            self.print_all()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _tell(self, text: str) -> None:
        self.message.setText(text)

    def _update_count(self) -> None:
        shown = f"{self.model.rowCount():,}"
        if self.model.counting():
            text = self.tr("至少 %1 家企业，正在统计……").replace("%1", shown)
        else:
            text = self.tr("共 %1 家企业").replace("%1", shown)
        selected = self.selected_count()
        if selected > 1:
            text += self.tr("，已选 %1 家").replace("%1", f"{selected:,}")
        self.count_label.setText(text)
