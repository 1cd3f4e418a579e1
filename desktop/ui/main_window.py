"""The main window: a menu bar, a navigation on the left, one screen at a time, a status bar; keyboard first.

It opens sized to the screen it is on and remembers its state per screen layout (``window_fit``); the
menus and shortcuts are ``menus.py``; a list file dropped on the window opens the import wizard on it. A
language switch applies at once: on LanguageChange the menus and the screens are built again in the new
language, each screen keeping what the officer had chosen (filters, the open firm, the page).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QListWidget, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QWidget

from desktop.services.figure_sets import FigureFilter
from desktop.services.firms import FirmQuery
from desktop.services.todo import todo
from desktop.services.workspace import Workspace
from desktop.ui.activities_view import ActivitiesView
from desktop.ui.backups_dialog import BackupsDialog
from desktop.ui.dashboard_view import DashboardView
from desktop.ui.errors import show_error
from desktop.ui.firms_view import FirmsView
from desktop.ui.import_view import ImportView
from desktop.ui.index_progress import stop_fills
from desktop.ui.labels import ui_language
from desktop.ui.ledger_view import LedgerView
from desktop.ui.menus import Menus, build_menus
from desktop.ui.programme_page import rederive_if_needed
from desktop.ui.saved_views import Filters
from desktop.ui.settings_view import SettingsView
from desktop.ui.status_bar import StatusBar
from desktop.ui.sync_view import SyncView
from desktop.ui.todo_view import TodoView
from desktop.ui.welcome_page import WelcomePage
from desktop.ui.window_commands import (
    ACTIVITIES,
    DASHBOARD,
    EXCHANGE,
    FIRMS,
    LEDGER,
    SETTINGS,
    SYNC,
    TODO,
    WindowCommands,
)
from desktop.ui.window_fit import WindowPlacement
from desktop.ui.worker import Worker, start

LIST_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv")
# How long closing waits for a search index fill to stop between chunks (one takes about a second).
INDEX_STOP_WAIT_S = 10.0


__all__ = ["ACTIVITIES", "DASHBOARD", "EXCHANGE", "FIRMS", "LEDGER", "SETTINGS", "SYNC", "TODO", "MainWindow"]


class MainWindow(WindowCommands):
    def __init__(
        self,
        ws: Workspace,
        settings: QSettings,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        placement: Callable[[QMainWindow, QSettings], WindowPlacement] = WindowPlacement,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.settings = settings
        self.today = today
        self.last_error = ""
        self._retranslating = False
        self.dashboard: DashboardView | None = None
        self.firms: FirmsView | None = None
        self.settings_view: SettingsView | None = None
        self.todo_view: TodoView | None = None
        self.ledger_view: LedgerView | None = None
        self.import_view: ImportView | None = None
        self.sync_view: SyncView | None = None
        self._todo_worker: Worker | None = None
        self.todo_counts = (0, 0)
        self.setAcceptDrops(True)

        self.outer = QStackedWidget()
        self.setCentralWidget(self.outer)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(190)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet("QListWidget { font-size: 14px; } QListWidget::item { padding: 6px; }")
        self.pages = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([130, 1100])
        self.nav.currentRowChanged.connect(self.show_page)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.welcome: WelcomePage | None = None
        self._build_welcome()
        self.outer.addWidget(self.splitter)
        self.menus = Menus()
        self._translate_chrome()

        self.placement = placement(self, settings)
        self.placement.restore()
        if ws.profile.complete:
            self.enter_workspace()

    # -- building in the current language ---------------------------------------------------------

    def _translate_chrome(self) -> None:
        self.setWindowTitle(self.tr("首贷培育工作台"))
        self.menus = build_menus(self, self, ui_language())
        self.status.show_workspace(self.ws, self.today())

    def _build_welcome(self) -> None:
        welcome = WelcomePage(self.ws, demo_today=None)
        welcome.failed.connect(self.report)
        welcome.finished.connect(self.enter_workspace)
        welcome.import_requested.connect(self.start_import)
        self.outer.insertWidget(0, welcome)
        if self.welcome is not None:
            self.outer.removeWidget(self.welcome)
            self.welcome.deleteLater()
        self.welcome = welcome

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            # Every translator installed or removed sends one: rebuild once, after the switch.
            self._retranslating = True
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Build the menus and screens again in the language now installed, keeping the officer's place."""
        self._retranslating = False
        self._translate_chrome()
        if self.firms is None:
            if self.outer.currentWidget() is self.welcome:
                self._build_welcome()
                self.outer.setCurrentIndex(0)
            return
        page = self.pages.currentIndex()
        filters, uscc = self.firms.filters(), self.firms.current_uscc()
        self.save_state()
        self._drop_screens()
        self.enter_workspace()
        self.go(page)
        assert self.firms is not None
        if not filters.empty:
            self.firms.set_filters(filters)
        elif uscc is not None:
            self.firms.select_uscc(uscc)

    def _drop_screens(self) -> None:
        self.nav.setMinimumWidth(0)
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        while self.pages.count():
            widget = self.pages.widget(0)
            assert widget is not None
            self.pages.removeWidget(widget)
            widget.deleteLater()
        stop_fills()  # the new import view takes the fill over where this one stops
        self.dashboard = self.firms = self.settings_view = None
        self.todo_view = self.ledger_view = self.import_view = None
        self.sync_view = None

    # -- screens ----------------------------------------------------------------------------------

    def enter_workspace(self) -> None:
        """Build the screens (after the welcome page, or at once when the profile is known)."""
        if self.firms is None:
            self._build_screens()
            # Once, after the upgrade to programme profiles: the stored 首贷 verdicts by the programme's rule.
            self.rederive_runner = rederive_if_needed(self, self.ws)
            # A search index fill a big import left (stopped, or the app was killed) goes on, on a worker.
            assert self.import_view is not None
            self.import_view.index_progress.resume()
        self.status.show_workspace(self.ws, self.today())  # the officer just entered on the welcome page
        self.outer.setCurrentWidget(self.splitter)
        last = str(self.settings.value("window/page", DASHBOARD))
        # Showing a page computes it (the dashboard's figures only when it is the page shown).
        self.go(int(last) if last.isdigit() else DASHBOARD)
        QTimer.singleShot(250, self.count_todo)  # after the first paint: the count reads every open item

    def _build_screens(self) -> None:
        ws, today = self.ws, self.today
        self.dashboard = DashboardView(ws, today)
        self.dashboard.show_firms.connect(self.show_figure_firms)
        self.firms = FirmsView(ws, today, settings=self.settings)
        self.settings_view = SettingsView(ws, self.settings)
        self.todo_view = TodoView(ws, today, settings=self.settings)
        self.todo_view.open_firm.connect(self.open_firm)
        self.todo_view.open_ledger.connect(lambda: self.go(LEDGER))
        self.todo_view.open_import.connect(self.start_import)
        self.todo_view.open_holidays.connect(self.show_holidays)
        self.todo_view.changed.connect(self.count_todo)
        self.todo_view.changed.connect(self.firms.refresh)
        self.ledger_view = LedgerView(ws, today)
        self.ledger_view.open_firm.connect(self.open_firm)
        self.import_view = import_view = ImportView(ws)
        # The firms table re-reads after an import or an undo.
        import_view.imported.connect(self.firms.refresh)
        import_view.undone.connect(self.firms.refresh)
        import_view.index_progress.message.connect(self.status.show_index)
        self.sync_view = SyncView(ws, today)
        # Merged work: the firm table and the to-do count read again.
        self.sync_view.imported.connect(self.firms.refresh)
        self.sync_view.imported.connect(self.count_todo)
        screens: list[tuple[str, QWidget]] = [
            (self.tr("工作台"), self.dashboard),
            (self.tr("名单企业"), self.firms),
            (self.tr("待办"), self.todo_view),
            (self.tr("台帐与报表"), self.ledger_view),
            (self.tr("导入导出"), import_view),
            (self.tr("设置"), self.settings_view),
            (self.tr("活动与产品"), ActivitiesView(ws, today)),  # issue 23
            (self.tr("同步"), self.sync_view),
        ]
        for number, (title, widget) in enumerate(screens):
            self.nav.addItem(title)
            self.nav.item(number).setToolTip(f"Ctrl+{number + 1}")
            # As wide as the longest entry (待办 (123) included), so no label is cut in either language.
            shown = f"{title} (000)" if number == TODO else title
            width = self.nav.fontMetrics().horizontalAdvance(shown) + 30
            self.nav.setMinimumWidth(min(max(self.nav.minimumWidth(), width), 190))
            self.pages.addWidget(widget)
            failed = getattr(widget, "failed", None)
            if failed is not None:
                failed.connect(self.report)
        for name, splitter in (("mainSplitter", self.splitter), ("firmsSplitter", self.firms.splitter)):
            state = self.settings.value(f"splitters/{name}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        self.settings_view.saved.connect(self.firms.refresh)
        self.settings_view.saved.connect(lambda: self.status.show_workspace(self.ws, self.today()))
        self.settings_view.language_chosen.connect(self.switch_language)
        self.settings_view.backups_button.clicked.connect(self.open_backups)
        self.show_todo_count(*self.todo_counts)

    def start_import(self, path: Path | None = None) -> None:
        """导入名单: the workspace, the 导入导出 screen, then the file chooser (or the file given)."""
        self.enter_workspace()
        self.go(EXCHANGE)
        if self.import_view is not None:
            if path is None:
                self.import_view.choose_file()
            else:
                self.import_view.set_file(path)

    def go(self, number: int) -> None:
        if self.firms is None or not 0 <= number < self.pages.count():
            return
        if self.nav.currentRow() == number:
            self.show_page(number)
        else:
            self.nav.setCurrentRow(number)

    def show_page(self, number: int) -> None:
        if number < 0:
            return
        self.pages.setCurrentIndex(number)
        if number in (DASHBOARD, TODO, LEDGER):
            self.refresh_current()

    def refresh_current(self) -> None:
        """F5: the screen shown reads its data again."""
        widget = self.pages.currentWidget()
        refresh = getattr(widget, "refresh", None)
        if callable(refresh) and self.outer.currentWidget() is self.splitter:
            refresh()

    def open_firm(self, uscc: str) -> None:
        """Show one firm in the firms screen: searched by its code, selected, its detail open."""
        if self.firms is None:
            return
        self.go(FIRMS)
        self.firms.set_filters(Filters(search=uscc), background=False)
        if self.firms.model.rowCount():
            self.firms.open_row(0)

    def show_figure_firms(self, figure: FigureFilter) -> None:
        """A dashboard tile clicked: the firm table lists exactly the firms that figure counts."""
        if self.firms is None:
            return
        self.go(FIRMS)
        self.firms.model.set_query(FirmQuery(figure=figure))
        self.firms.refresh()

    def current_page(self) -> int:
        return self.pages.currentIndex() if self.outer.currentWidget() is self.splitter else -1

    def focus_search(self) -> None:
        if self.firms is None:
            return
        self.go(FIRMS)
        self.firms.focus_search()

    # -- the to-do count --------------------------------------------------------------------------

    def count_todo(self) -> None:
        """The number of open to-do items for the navigation and the status bar, read on a worker."""
        if self._todo_worker is not None and not self._todo_worker.done:
            return
        ws, today = self.ws, self.today()
        self._todo_worker = Worker(lambda _p, _c: todo(ws, today))
        # A bound slot, not a lambda: Qt drops it when the window is gone before the count arrives.
        self._todo_worker.signals.finished.connect(self._todo_counted)
        self._todo_worker.signals.failed.connect(self.report)
        start(self._todo_worker)

    def _todo_counted(self, items: object) -> None:
        assert isinstance(items, list)
        self.show_todo_count(len(items), sum(1 for i in items if i.overdue))

    def show_todo_count(self, total: int, overdue: int) -> None:
        self.todo_counts = (total, overdue)
        self.status.show_todo(total, overdue)
        if self.nav.count() > TODO:
            title = self.tr("待办")
            self.nav.item(TODO).setText(f"{title} ({total})" if total else title)

    # -- drag and drop of a list file -------------------------------------------------------------

    def _dropped_list(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        lists = [f for f in files if f.suffix.lower() in LIST_SUFFIXES]
        return lists[0] if len(lists) == 1 and self.ws.profile.complete else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_list(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_list(event)
        if path is not None:
            event.acceptProposedAction()
            self.start_import(path)

    # -- errors and state ---------------------------------------------------------------------------

    def report(self, exc: object) -> None:
        if isinstance(exc, BaseException):
            self.last_error = show_error(self, exc, self.ws.data_dir)

    def open_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(self.ws, self)
        dialog.restored.connect(self.after_restore)
        dialog.open()
        return dialog

    def after_restore(self, result: object) -> None:
        """The restore closed the workspace under every view: say so and close, for a clean restart."""
        QMessageBox.information(
            self,
            self.tr("已恢复"),
            self.tr("数据库已从备份恢复。请重新启动首贷培育工作台以打开恢复后的数据。"),
        )
        self.close()

    def save_state(self) -> None:
        self.placement.save()
        if self.firms is not None:
            self.settings.setValue("window/page", self.pages.currentIndex())
            self.settings.setValue("splitters/mainSplitter", self.splitter.saveState())
            self.settings.setValue("splitters/firmsSplitter", self.firms.splitter.saveState())
            self.firms.columns.save()
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.placement.fit()  # the frame is known now: never beyond the available area

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        stop_fills(INDEX_STOP_WAIT_S)  # the database closes next; the rest is filled at the next start
        super().closeEvent(event)
