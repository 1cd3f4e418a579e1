"""The main window: a navigation on the left, one screen at a time, keyboard first.

Ctrl+1..7 open the screens, Ctrl+F searches the firms. Size, splitters and the last screen are kept in
the QSettings the caller passes (``ui.ini`` in the data directory; tests give a temporary one).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QWidget

from desktop.services.workspace import Workspace
from desktop.ui.backups_dialog import BackupsDialog
from desktop.ui.dashboard_view import DashboardView
from desktop.ui.errors import show_error
from desktop.ui.firms_view import FirmsView
from desktop.ui.import_view import ImportView
from desktop.ui.ledger_view import LedgerView
from desktop.ui.settings_view import SettingsView
from desktop.ui.sync_view import SyncView
from desktop.ui.todo_view import TodoView
from desktop.ui.welcome_page import WelcomePage

DASHBOARD, FIRMS, TODO, LEDGER, EXCHANGE, SETTINGS, SYNC = range(7)


class MainWindow(QMainWindow):
    def __init__(
        self,
        ws: Workspace,
        settings: QSettings,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.settings = settings
        self.today = today
        self.last_error = ""
        self.setWindowTitle(self.tr("首贷培育工作台"))
        self.resize(1280, 800)

        self.outer = QStackedWidget()
        self.setCentralWidget(self.outer)
        self.welcome = WelcomePage(ws, demo_today=None)
        self.welcome.failed.connect(self.report)
        self.welcome.finished.connect(self.enter_workspace)
        self.welcome.import_requested.connect(self.start_import)
        self.outer.addWidget(self.welcome)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(160)
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 8px; }")
        self.pages = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([150, 1100])
        self.outer.addWidget(self.splitter)
        self.dashboard: DashboardView | None = None
        self.firms: FirmsView | None = None
        self.settings_view: SettingsView | None = None
        self.todo_view: TodoView | None = None
        self.ledger_view: LedgerView | None = None
        self.import_view: ImportView | None = None
        self.nav.currentRowChanged.connect(self.show_page)

        for number in range(SYNC + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(lambda n=number: self.go(n))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self).activated.connect(self.focus_search)

        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if ws.profile.complete:
            self.enter_workspace()

    # -- screens ----------------------------------------------------------------------------------

    def enter_workspace(self) -> None:
        """Build the screens (after the welcome page, or at once when the profile is known)."""
        if self.firms is None:
            self.dashboard = DashboardView(self.ws, self.today)
            self.firms = FirmsView(self.ws, self.today)
            self.settings_view = SettingsView(self.ws, self.settings)
            self.todo_view = TodoView(self.ws, self.today)
            self.todo_view.open_firm.connect(self.open_firm)
            self.ledger_view = LedgerView(self.ws, self.today)
            self.ledger_view.open_firm.connect(self.open_firm)
            self.import_view = import_view = ImportView(self.ws)
            # The firms table re-reads after an import or an undo.
            import_view.imported.connect(self.firms.refresh)
            import_view.undone.connect(self.firms.refresh)
            self.sync_view = SyncView(self.ws, self.today)
            self.sync_view.imported.connect(self.firms.refresh)  # merged work: the table re-reads
            screens: list[tuple[str, QWidget]] = [
                (self.tr("工作台"), self.dashboard),
                (self.tr("名单企业"), self.firms),
                (self.tr("待办"), self.todo_view),
                (self.tr("台帐与报表"), self.ledger_view),
                (self.tr("导入导出"), import_view),
                (self.tr("设置"), self.settings_view),
                (self.tr("同步"), self.sync_view),
            ]
            for number, (title, widget) in enumerate(screens):
                self.nav.addItem(title)
                self.nav.item(number).setToolTip(f"Ctrl+{number + 1}")
                self.pages.addWidget(widget)
                failed = getattr(widget, "failed", None)
                if failed is not None:
                    failed.connect(self.report)
            for name, splitter in (("mainSplitter", self.splitter), ("firmsSplitter", self.firms.splitter)):
                state = self.settings.value(f"splitters/{name}")
                if isinstance(state, QByteArray):
                    splitter.restoreState(state)
            self.settings_view.saved.connect(self.firms.refresh)
            self.settings_view.backups_button.clicked.connect(self.open_backups)
        self.outer.setCurrentWidget(self.splitter)
        last = str(self.settings.value("window/page", DASHBOARD))
        # Showing a page computes it (the dashboard's figures only when it is the page shown).
        self.go(int(last) if last.isdigit() else DASHBOARD)

    def start_import(self) -> None:
        """The welcome page's 导入无贷户名单: the workspace, the 导入导出 screen, then the file chooser."""
        self.enter_workspace()
        self.go(EXCHANGE)
        if self.import_view is not None:
            self.import_view.choose_file()

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
        if number == DASHBOARD and self.dashboard is not None:
            self.dashboard.refresh()
        elif number == TODO and self.todo_view is not None:
            self.todo_view.refresh()
        elif number == LEDGER and self.ledger_view is not None:
            self.ledger_view.refresh()

    def open_firm(self, uscc: str) -> None:
        """Show one firm in the firms screen: searched by its code, selected, its detail open."""
        if self.firms is None:
            return
        self.go(FIRMS)
        self.firms.search.setText(uscc)
        self.firms.apply_filters()
        if self.firms.model.rowCount():
            self.firms.open_row(0)

    def current_page(self) -> int:
        return self.pages.currentIndex() if self.outer.currentWidget() is self.splitter else -1

    def focus_search(self) -> None:
        if self.firms is None:
            return
        self.go(FIRMS)
        self.firms.focus_search()

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
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.firms is not None:
            self.settings.setValue("window/page", self.pages.currentIndex())
            self.settings.setValue("splitters/mainSplitter", self.splitter.saveState())
            self.settings.setValue("splitters/firmsSplitter", self.firms.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
