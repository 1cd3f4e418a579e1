"""Cancel in the progress dialog stops the service itself: no ledger file or PDF is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

import desktop.services.ledger as ledger_service
import desktop.services.printing as printing_service
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, LedgerExport
from desktop.ui.main_window import MainWindow
from tests.ui.gate import Gate, cancel_button
from tests.ui.test_quick_actions import _open_firm


def _audited(ws: Workspace, action: str) -> int:
    with ws.db.session() as session:
        return int(session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == action)) or 0)


def test_cancel_the_ledger_export(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.ledger_view
    assert view is not None
    view.month.setDate(QDate(2026, 10, 1))
    (folder := tmp_path / "out").mkdir()
    out = folder / "台帐.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    gate = Gate(ledger_service.ledger_sheet)
    monkeypatch.setattr(ledger_service, "ledger_sheet", gate)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert view.runner is not None
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)  # the export is running on the worker
    qtbot.mouseClick(cancel_button(view.runner.dialog), Qt.MouseButton.LeftButton)
    gate.release()
    qtbot.waitUntil(lambda: "取消" in view.status.text(), timeout=10000)
    assert list(folder.iterdir()) == []
    with window.ws.db.session() as session:
        assert session.scalar(select(func.count(LedgerExport.id))) == 0
    assert _audited(window.ws, "ledger.export") == 0
    assert not view.runner.dialog.isVisible() and not view.open_folder_button.isEnabled()


def test_cancel_printing(
    demo_ws: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, _firm = _open_firm(demo_ws, qtbot, stage="cultivating")
    (folder := tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "d.pdf"), ""))
    gate = Gate(printing_service.gather)
    monkeypatch.setattr(printing_service, "gather", gate)
    qtbot.mouseClick(view.detail.print_button, Qt.MouseButton.LeftButton)
    printer = view.detail.printer
    assert printer is not None and printer.runner is not None
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)
    with qtbot.waitSignal(printer.cancelled, timeout=10000):
        qtbot.mouseClick(cancel_button(printer.runner.dialog), Qt.MouseButton.LeftButton)
        gate.release()
    assert list(folder.iterdir()) == []
    assert _audited(demo_ws, "dossier.print") == 0
    assert "取消" in view.detail.notice.text() and view.detail.notice.isVisible()
