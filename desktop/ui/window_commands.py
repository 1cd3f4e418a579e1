"""The main window's menu commands (menus.MenuSlots): each goes to the screen that does it. A mixin of
``MainWindow`` so the window module keeps to the window itself (screens, language, state)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from desktop.services.workspace import Workspace
from desktop.ui import help_dialogs
from desktop.ui.firms_view import FirmsView
from desktop.ui.i18n import switch_language
from desktop.ui.labels import ui_language
from desktop.ui.ledger_view import LedgerView
from desktop.ui.menus import Menus

DASHBOARD, FIRMS, TODO, LEDGER, EXCHANGE, SETTINGS = range(6)


class WindowCommands(QMainWindow):
    ws: Workspace
    settings: QSettings
    today: Callable[[], date]
    firms: FirmsView | None
    ledger_view: LedgerView | None
    menus: Menus
    # Filled by the record work (issue 18: 新增企业): a dialog class taking (ws, today, parent) whose
    # ``accepted`` means a firm was added. Until then 新建企业 (Ctrl+N) is shown disabled.
    new_firm_dialog: type | None = None

    def go(self, number: int) -> None:
        raise NotImplementedError

    def current_page(self) -> int:
        raise NotImplementedError

    def export_current(self) -> None:
        """Ctrl+E: the ledger on the ledger screen, else the firm table's view."""
        if self.current_page() == LEDGER and self.ledger_view is not None:
            self.ledger_view.export()
        elif self.firms is not None:
            self.go(FIRMS)
            self.firms.row_actions.export()

    def print_current(self) -> None:
        if self.firms is not None:
            self.go(FIRMS)
            self.firms.print_current()

    def new_firm(self) -> None:
        if self.new_firm_dialog is None or self.firms is None:
            return
        self.go(FIRMS)
        dialog = self.new_firm_dialog(self.ws, self.today(), self)
        dialog.accepted.connect(self.firms.refresh)
        dialog.open()

    def copy_rows(self) -> None:
        if self.firms is not None and self.current_page() == FIRMS:
            self.firms.row_actions.copy_rows()

    def clear_filters(self) -> None:
        if self.firms is not None:
            self.go(FIRMS)
            self.firms.clear_filters()

    def batch_assign_officer(self) -> None:
        if self.firms is not None:
            self.go(FIRMS)
            self.firms.row_actions.assign_officer()

    def batch_set_county(self) -> None:
        if self.firms is not None:
            self.go(FIRMS)
            self.firms.row_actions.set_county()

    def batch_add_tag(self) -> None:
        if self.firms is not None:
            self.go(FIRMS)
            self.firms.row_actions.add_tag()

    def choose_columns(self) -> None:
        if self.firms is not None:
            self.go(FIRMS)
            self.firms.columns.popup(self.firms.columns.header.rect().center())

    def switch_language(self, language: str) -> None:
        """Applies at once: the translators change and every screen is built again (changeEvent)."""
        self.settings.setValue("language", language)
        self.settings.sync()
        if language != ui_language():
            switch_language(language)

    def check_database(self) -> None:
        help_dialogs.check_database(self, self.ws)

    def show_holidays(self) -> None:
        help_dialogs.show_holidays(self, self.ws, self.today())

    def show_programme_settings(self) -> None:
        """项目设置 (slot for the programme settings of the figures work): today the 设置 screen."""
        self.go(SETTINGS)

    def show_guide(self) -> None:
        help_dialogs.show_guide(self)

    def show_shortcuts(self) -> None:
        help_dialogs.show_shortcuts(self, self.menus.shortcut_rows())

    def open_data_folder(self) -> None:
        help_dialogs.open_folder(self.ws.data_dir)

    def open_log(self) -> None:
        help_dialogs.open_log(self, self.ws.data_dir)

    def show_about(self) -> None:
        help_dialogs.show_about(self, self.ws)
