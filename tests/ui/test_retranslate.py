"""Switching the language applies at once, without a restart: menus, navigation, every screen, the status
bar and Qt's own buttons change; the officer's filters stay. Dates and amounts follow the language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.services.workspace import Workspace
from desktop.ui.formats import format_day, format_wan
from desktop.ui.i18n import install_translators, qt_translations_dir
from desktop.ui.main_window import FIRMS, SETTINGS, SYNC, TODO, MainWindow
from desktop.ui.menus import SCREENS
from desktop.ui.models.firm_cells import KEYS
from tests.ui.conftest import settle, today


@pytest.fixture
def back_to_chinese(qapp: QApplication) -> Iterator[None]:
    yield
    from desktop.ui.i18n import switch_language

    switch_language("zh_CN", qapp)


def _switched(window: MainWindow, qtbot: QtBot, nav_text: str) -> None:
    qtbot.waitUntil(
        lambda: window.nav.count() == len(SCREENS) and window.nav.item(1).text() == nav_text, timeout=5000
    )


def test_switching_to_english_and_back_applies_at_once(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot, back_to_chinese: None
) -> None:
    window = MainWindow(demo_ws, ui_settings, today=today)
    qtbot.addWidget(window)
    window.show()
    window.go(FIRMS)
    assert window.firms is not None
    qtbot.waitUntil(lambda: window.firms is not None and window.firms.choices_loaded, timeout=5000)
    settle(
        window.firms,
        qtbot,
        lambda: window.firms.county.setCurrentIndex(window.firms.county.findData("卫辉市")),
    )  # type: ignore[union-attr]
    window.go(SETTINGS)
    assert window.settings_view is not None
    window.settings_view.language.setCurrentIndex(window.settings_view.language.findData("en"))
    _switched(window, qtbot, "Firms")

    assert QSettings(ui_settings.fileName(), QSettings.Format.IniFormat).value("language") == "en"
    assert window.menus.menus["file"].title() == "&File"
    assert window.menus.actions["quit"].text() == "E&xit"
    assert window.nav.item(SYNC).text() == "Sync" and window.menus.actions["screen8"].text() == "Sync"
    assert window.current_page() == SETTINGS  # the officer stays where the switch was made
    firms = window.firms
    assert firms is not None and firms.county.currentData() == "卫辉市"  # the filters stay
    assert firms.model.headerData(KEYS.index("name"), Qt.Orientation.Horizontal) == "Name"
    assert firms.clear_button.text() == "Clear filters"
    assert "Officer" in window.status.labels["officer"].text()
    stage = firms.model.data(firms.model.index(0, KEYS.index("stage")))
    assert stage.isascii(), stage  # a label in English, never a code or Chinese
    window.go(TODO)
    assert window.todo_view is not None
    assert window.todo_view.model.headerData(0, Qt.Orientation.Horizontal) == "Kind"
    titles = [
        window.todo_view.model.data(window.todo_view.model.index(r, 2))
        for r in range(window.todo_view.model.rowCount())
    ]
    assert all(title.split(":")[0].isascii() for title in titles), [
        t for t in titles if not t.split(":")[0].isascii()
    ]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in buttons.buttons()] == ["&OK", "&Cancel"] or "OK" in buttons.buttons()[0].text()

    window.menus.actions["language_zh_CN"].trigger()  # and back from the 视图 menu
    _switched(window, qtbot, "名单企业")
    assert window.menus.menus["file"].title() == "文件(&F)"
    assert window.firms is not None and window.firms.clear_button.text() == "清除筛选"
    chinese = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in chinese.buttons()] == ["确定", "取消"]  # Qt's own qtbase_zh_CN


def test_qt_chinese_catalogue_is_found_where_qt_looks(qapp: QApplication) -> None:
    assert (qt_translations_dir() / "qtbase_zh_CN.qm").is_file()
    install_translators(qapp, "zh_CN")
    assert QCoreApplication.translate("QFileDialog", "Save As") == "另存为"


def test_dates_and_amounts_per_language() -> None:
    assert format_day(date(2026, 10, 5), "zh_CN") == "2026年10月5日"
    assert format_day(date(2026, 10, 5), "en") == "2026-10-05"
    # 万元 with two decimals, rounded half up everywhere (0.125 is 0.13, not banker's 0.12).
    assert format_wan(Decimal("0.125")) == "0.13"
    assert format_wan(Decimal("1234.5")) == "1,234.50"
    assert format_wan(None) == ""
