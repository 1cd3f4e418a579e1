"""台帐与报表 screen: a month's rows and problems, a problem note, the xlsx export, the year's figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.exchange.ledger import COLUMNS
from desktop.services.ledger import check_ledger, ledger_rows
from desktop.services.programme import programme_report
from desktop.ui.ledger_view import LedgerView
from desktop.ui.main_window import FIRMS, LEDGER, MainWindow
from tests.ui.conftest import today

MONTH = "2026-10"


def _ledger(window: MainWindow, qtbot: QtBot) -> LedgerView:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == LEDGER
    view = window.ledger_view
    assert view is not None
    view.month.setDate(QDate(2026, 10, 1))
    assert view.month_key() == MONTH
    return view


def test_month_rows_problems_and_figures(window: MainWindow, qtbot: QtBot) -> None:
    view = _ledger(window, qtbot)
    rows = ledger_rows(window.ws, MONTH)
    assert rows and view.rows_model.rowCount() == len(rows)
    names = {view.rows_model.data(view.rows_model.index(r, 3)) for r in range(len(rows))}
    assert names == {r.name for r in rows}
    assert view.problems_model.rowCount() == len(check_ledger(window.ws, MONTH))
    report = programme_report(window.ws, 2026, today=today())
    values = {
        view.figures_model.data(view.figures_model.index(r, 0)): view.figures_model.data(
            view.figures_model.index(r, 2)
        )
        for r in range(view.figures_model.rowCount())
    }
    assert values["首贷户数"] == str(report.figures.first_loan_firms)
    assert values["已走访对接"] == str(report.figures.contacted)


def test_problem_note_fills_the_ledger(window: MainWindow, qtbot: QtBot) -> None:
    view = _ledger(window, qtbot)
    problems = [m for m in view.missing if "问题" in m.column]
    assert problems, [m.column for m in view.missing]
    row = view.missing.index(problems[0])
    view.problems_table.selectRow(row)
    view.note.setText("缺少抵押物")
    qtbot.mouseClick(view.note_button, Qt.MouseButton.LeftButton)
    assert len(view.missing) == len(check_ledger(window.ws, MONTH))
    assert problems[0] not in view.missing
    mine = next(r for r in ledger_rows(window.ws, MONTH) if r.uscc == problems[0].uscc)
    assert "缺少抵押物" in str(mine.cells(with_code=False))


def test_export_writes_the_xlsx(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _ledger(window, qtbot)
    out = tmp_path / "台帐"
    opened: list[QUrl] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    with qtbot.waitSignal(view.exported, timeout=20000):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    xlsx = out.with_suffix(".xlsx")
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    header = next(
        [c for c in row if c is not None] for row in sheet.iter_rows(values_only=True) if row[0] == COLUMNS[0]
    )
    assert header == list(COLUMNS) and len(header) == 10
    names = {row[3] for row in sheet.iter_rows(values_only=True)}
    assert {r.name for r in view.rows} <= names
    assert str(xlsx) in view.status.text()
    qtbot.mouseClick(view.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].toLocalFile() == str(tmp_path)


def test_double_click_a_problem_opens_the_firm(window: MainWindow, qtbot: QtBot) -> None:
    view = _ledger(window, qtbot)
    assert view.missing
    index = view.problems_model.index(0, 0)
    view.problems_table.doubleClicked.emit(index)  # QTest's double click is covered by the 待办 test
    assert window.current_page() == FIRMS
    assert window.firms is not None and window.firms.detail.detail is not None
    assert window.firms.detail.detail.firm.uscc == view.missing[0].uscc
