"""台帐与报表 screen: the month due now, rows 当月/累计, missing items that open the place to fill them, bulk
problem notes, remarks, changes since the last export, the frozen copies, the xlsx export, the figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.ledger import COLUMNS, MISSING_PROBLEM
from desktop.services.ledger import check_ledger, ledger_rows
from desktop.services.ledger_notes import note_history
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
    assert view.month_key() == "2026-11"  # 2026-11-20: after the 10th, this month's ledger is the one due
    view.month.setDate(QDate(2026, 10, 1))
    assert view.month_key() == MONTH
    return view


def _select(view: LedgerView, rows: list[int]) -> None:
    selection = view.rows_table.selectionModel()
    selection.clearSelection()
    for row in rows:
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(view.rows_model.index(row, 0), flags)


def test_month_rows_basis_problems_and_figures(window: MainWindow, qtbot: QtBot) -> None:
    view = _ledger(window, qtbot)
    rows = ledger_rows(window.ws, MONTH)
    assert rows and view.rows_model.rowCount() == len(rows)
    names = {view.rows_model.data(view.rows_model.index(r, 3)) for r in range(len(rows))}
    assert names == {r.name for r in rows}
    assert "口径：当月" in view.lines.text() and "项目：新乡市" in view.lines.text()
    view.basis.setCurrentIndex(1)
    assert "口径：累计" in view.lines.text() and view.rows == ledger_rows(window.ws, MONTH, cumulative=True)
    view.basis.setCurrentIndex(0)
    assert view.problems_model.rowCount() == len(check_ledger(window.ws, MONTH))
    report = programme_report(window.ws, 2026, today=today())
    assert view.figures.report is None  # worked out when its tab is shown
    view.tabs.setCurrentIndex(4)
    values = {
        view.figures_model.data(view.figures_model.index(r, 0)): view.figures_model.data(
            view.figures_model.index(r, 1)
        )
        for r in range(view.figures_model.rowCount())
    }
    assert values["首贷户数"] == str(report.figures.first_loan_firms)
    assert values["已对接"] == str(report.figures.contacted)
    assert "firstloan" not in " ".join(
        str(view.problems_model.data(view.problems_model.index(r, 3)))
        for r in range(view.problems_model.rowCount())
    )  # never a command line in the app


def test_a_missing_problem_opens_its_row_and_the_editor_fills_many_firms(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = _ledger(window, qtbot)
    problems = [m for m in view.missing if m.code == MISSING_PROBLEM]
    assert len(problems) >= 2, [m.code for m in view.missing]
    view.tabs.setCurrentIndex(1)
    view.problems_table.selectRow(view.missing.index(problems[0]))
    qtbot.mouseClick(view.fix_button, Qt.MouseButton.LeftButton)
    assert view.tabs.currentIndex() == 0 and view.selected_usccs() == [problems[0].uscc]
    rows = [next(i for i, r in enumerate(view.rows) if r.uscc == m.uscc) for m in problems[:2]]
    _select(view, rows)
    assert "2" in view.note_button.text()
    view.pick.setCurrentIndex(view.pick.findData("no_collateral"))
    view.note.setText("另需补充流水")
    qtbot.mouseClick(view.note_button, Qt.MouseButton.LeftButton)
    assert len(view.missing) == len(check_ledger(window.ws, MONTH))
    filled = {r.uscc: r for r in ledger_rows(window.ws, MONTH)}
    for m in problems[:2]:
        assert filled[m.uscc].problem == "缺少有效抵押物；另需补充流水"
        assert m not in view.missing
    _select(view, [rows[0]])
    view.remark.setText("下月回访")
    view.reason.setText("补充备注")
    qtbot.mouseClick(view.remark_button, Qt.MouseButton.LeftButton)
    history = note_history(window.ws, MONTH, problems[0].uscc)
    assert [(v.remark, v.reason) for v in history] == [("", None), ("下月回访", "补充备注")]


def test_export_writes_the_xlsx_then_history_and_changes_show(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _ledger(window, qtbot)
    out = tmp_path / "台帐"
    opened: list[QUrl] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert "尚未导出" in view.changes_label.text()
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
    assert view.history_model.rowCount() == 1 and "没有变化" in view.changes_label.text()
    _select(view, [0])
    view.remark.setText("导出后补记")
    qtbot.mouseClick(view.remark_button, Qt.MouseButton.LeftButton)
    assert "变更 1 户" in view.changes_label.text() and view.changes_model.rowCount() == 1
    qtbot.mouseClick(view.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].toLocalFile() == str(tmp_path)


def test_double_click_a_row_opens_the_firm(window: MainWindow, qtbot: QtBot) -> None:
    view = _ledger(window, qtbot)
    index = view.rows_model.index(0, 0)
    view.rows_table.doubleClicked.emit(index)
    assert window.current_page() == FIRMS
    assert window.firms is not None and window.firms.detail.detail is not None
    assert window.firms.detail.detail.firm.uscc == view.rows[0].uscc
