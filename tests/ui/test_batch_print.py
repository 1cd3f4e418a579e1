"""批量打印档案: the firms the table lists, into one PDF, read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.firms import FirmQuery, list_firms
from desktop.services.workspace import Workspace
from desktop.ui.dialogs import batch_print
from desktop.ui.firms_view import FirmsView
from tests.ui.conftest import today


def _view(ws: Workspace, qtbot: QtBot) -> FirmsView:
    view = FirmsView(ws, today)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.choices_loaded, timeout=5000)
    return view


def test_prints_the_firms_the_table_lists(
    demo_ws: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(demo_ws, qtbot)
    view.search.setText("五金")
    view.county.blockSignals(True)  # one query for both, below
    view.county.setCurrentIndex(1)
    view.county.blockSignals(False)
    view.apply_filters()
    expected = list_firms(demo_ws, FirmQuery(search="五金", county=view.county.currentData()))
    assert 0 < len(expected) == view.model.rowCount() < 20
    out = tmp_path / "batch"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.print_all_button, Qt.MouseButton.LeftButton)
    printer = view.batch_printer
    assert printer is not None
    with qtbot.waitSignal(printer.printed, timeout=30000):
        pass
    reader = PdfReader(out.with_suffix(".pdf"))
    text = "\n".join(page.extract_text() for page in reader.pages)
    positions = [text.find(firm.name) for firm in expected]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)  # the table's order
    assert len(reader.pages) >= len(expected)


def test_refuses_a_list_too_long_to_print(
    demo_ws: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(demo_ws, qtbot)
    told: list[str] = []
    monkeypatch.setattr(batch_print, "BATCH_LIMIT", 5)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no file is asked for"))
    qtbot.mouseClick(view.print_all_button, Qt.MouseButton.LeftButton)
    assert told and "5" in told[0]
    assert view.batch_printer is not None and view.batch_printer.runner is None  # nothing started
