"""The firm table as in a spreadsheet: the column chooser and what it remembers, 导出当前视图 (read back with
openpyxl), 清除筛选, saved views, copying rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.services.workspace import Workspace
from desktop.ui.firms_view import FirmsView
from desktop.ui.models.firm_cells import KEYS
from desktop.ui.saved_views import Filters
from tests.conftest import DEMO_FIRMS
from tests.ui.conftest import settle, today

DEFAULT = ["name", "uscc", "county", "stage", "officer", "next_211", "last_contact", "completeness"]


def _view(ws: Workspace, settings: QSettings, qtbot: QtBot) -> FirmsView:
    view = FirmsView(ws, today, settings=settings)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.choices_loaded, timeout=3000)
    return view


def _chooser_action(view: FirmsView, key: str) -> Any:
    menu = view.columns.popup(QPoint(10, 5))
    try:
        return next(a for a in menu.actions() if a.data() == key)
    finally:
        menu.hide()


def test_the_default_columns_are_the_dense_ones(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot
) -> None:
    view = _view(demo_ws, ui_settings, qtbot)
    assert view.columns.keys_shown() == DEFAULT
    titles = [view.model.headerData(KEYS.index(k), Qt_horizontal()) for k in DEFAULT]
    assert titles[:4] == ["企业名称", "统一社会信用代码", "县区", "培育阶段"]
    # Every default column fits beside the detail pane at 1366 wide (nothing essential off screen).
    assert sum(view.columns.width_of(k) for k in DEFAULT) <= 900


def Qt_horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_column_chooser_shows_hides_and_everything_is_remembered(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot
) -> None:
    view = _view(demo_ws, ui_settings, qtbot)
    capital = _chooser_action(view, "capital")
    assert capital.isCheckable() and not capital.isChecked()
    capital.trigger()  # shown
    _chooser_action(view, "officer").trigger()  # hidden
    header = view.columns.header
    header.moveSection(header.visualIndex(KEYS.index("stage")), 0)  # the stage first, as dragged
    header.resizeSection(KEYS.index("name"), 333)
    shown = view.columns.keys_shown()
    assert shown[0] == "stage" and "capital" in shown and "officer" not in shown
    view.columns.save()  # (what the timer does a moment after a drag)
    view.close()

    again = _view(demo_ws, QSettings(ui_settings.fileName(), QSettings.Format.IniFormat), qtbot)
    assert again.columns.keys_shown() == shown
    assert again.columns.width_of("name") == 333
    assert _chooser_action(again, "capital").isChecked()
    # 恢复默认列 brings the defaults back.
    again.columns.reset()
    assert again.columns.keys_shown() == DEFAULT


def test_the_last_column_cannot_be_hidden(demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot) -> None:
    view = _view(demo_ws, ui_settings, qtbot)
    for key in DEFAULT:
        view.columns.set_shown(key, False)
    assert len(view.columns.keys_shown()) == 1


def test_export_this_view_writes_exactly_the_rows_and_columns_shown(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(demo_ws, ui_settings, qtbot)
    settle(view, qtbot, lambda: view.county.setCurrentIndex(view.county.findData("卫辉市")))
    view.columns.set_shown("capital", True)
    view.columns.set_shown("uscc", False)
    header = view.columns.header
    header.moveSection(header.visualIndex(KEYS.index("completeness")), 1)
    out = tmp_path / "view"  # the .xlsx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view.row_actions.export()
    assert view.row_actions.last_export is None
    qtbot.waitUntil(lambda: view.row_actions.last_export is not None, timeout=10000)
    written = tmp_path / "view.xlsx"
    assert view.row_actions.last_export == written

    keys = view.columns.keys_shown()
    assert keys[1] == "completeness" and "uscc" not in keys and "capital" in keys
    rows = list(openpyxl.load_workbook(written).active.iter_rows(values_only=True))
    assert list(rows[0]) == [view.model.headerData(KEYS.index(k), Qt_horizontal()) for k in keys]
    shown = [view.model.row_texts(r, keys) for r in range(view.model.rowCount())]
    assert 0 < len(shown) < DEMO_FIRMS
    assert [[cell or "" for cell in row] for row in rows[1:]] == shown
    assert "已导出" in view.message.text()


def test_export_of_the_selection_only(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(demo_ws, ui_settings, qtbot)
    for row in (2, 5, 9):
        view.table.selectionModel().select(
            view.model.index(row, 0),
            view.table.selectionModel().SelectionFlag.Select | view.table.selectionModel().SelectionFlag.Rows,
        )
    assert view.selected_count() == 3 and "已选 3 家" in view.count_label.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "sel.xlsx"), ""))
    view.row_actions.export(selection=True)
    qtbot.waitUntil(lambda: view.row_actions.last_export is not None, timeout=10000)
    rows = list(openpyxl.load_workbook(tmp_path / "sel.xlsx").active.iter_rows(values_only=True))
    names = [r[0] for r in rows[1:]]
    assert names == [view.model.firm_at(r).name for r in (2, 5, 9)]  # type: ignore[union-attr]


def test_copy_puts_the_shown_cells_on_the_clipboard(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot, qapp: QApplication
) -> None:
    view = _view(demo_ws, ui_settings, qtbot)
    view.open_row(3)
    view.row_actions.copy_rows()
    assert QGuiApplication.clipboard().text() == "\t".join(view.model.row_texts(3, view.columns.keys_shown()))


def test_clear_filters_and_saved_views(demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot) -> None:
    view = _view(demo_ws, ui_settings, qtbot)
    assert not view.clear_button.isEnabled()
    mine = next(v for v in view.saved_views.all() if v.name == "我的待对接")
    settle(view, qtbot, lambda: view.apply_view(mine))
    assert view.stage.currentData() == "listed" and view.mine.isChecked()
    assert view.views_button.text() == "我的待对接"
    assert view.model.query.officer == demo_ws.profile.officer and view.model.rowCount() < DEMO_FIRMS
    assert view.clear_button.isEnabled()
    settle(view, qtbot, view.clear_button.click)
    assert view.filters() == Filters() and view.model.rowCount() == DEMO_FIRMS
    assert not view.clear_button.isEnabled()

    # The officer's own view is kept in the settings (by codes: it works in either language).
    settle(view, qtbot, lambda: view.county.setCurrentIndex(view.county.findData("卫辉市")))
    view.saved_views.save("卫辉", view.filters())
    again = _view(demo_ws, QSettings(ui_settings.fileName(), QSettings.Format.IniFormat), qtbot)
    own = again.saved_views.own()
    assert [v.name for v in own] == ["卫辉"] and own[0].filters.county == "卫辉市"
    again._fill_views_menu()
    assert "卫辉" in [a.text() for a in again.views_menu.actions()]


def test_escape_clears_the_search(demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    view = _view(demo_ws, ui_settings, qtbot)
    view.activateWindow()
    view.focus_search()
    qtbot.keyClicks(view.search, "abc")
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
