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

DASHBOARD, FIRMS, TODO, LEDGER, EXCHANGE, SETTINGS, ACTIVITIES, SYNC = range(8)


class WindowCommands(QMainWindow):
    ws: Workspace
    settings: QSettings
    today: Callable[[], date]
    firms: FirmsView | None
    ledger_view: LedgerView | None
    menus: Menus

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
        """Ctrl+N: 新增企业 on the firm screen (the firm table's own button does the same)."""
        if self.firms is not None:
            self.go(FIRMS)
            self.firms.add_firm()

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
        """工具 → 节假日 and the to-do item for next year's notice: 设置 → 节假日, where a notice is imported."""
        self._settings_tab("holidays_page")

    def show_programme_settings(self) -> None:
        """工具 → 项目设置: 设置 → 项目."""
        self._settings_tab("programme_page")

    def _settings_tab(self, page: str) -> None:
        self.go(SETTINGS)
        view = getattr(self, "settings_view", None)
        if view is not None:
            view.tabs.setCurrentWidget(getattr(view, page))

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
