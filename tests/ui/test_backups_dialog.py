"""The backups window: back up now, list, restore (the workspace is then reopened by the owner)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.services.workspace import Workspace, open_workspace
from desktop.store.audit import append_audit
from desktop.store.models import AuditEntry
from desktop.ui.backups_dialog import BackupsDialog
from desktop.ui.main_window import MainWindow
from tests.keyring_backend import InMemoryKeyring


def _note(ws: Workspace) -> None:
    with ws.db.write() as s:
        append_audit(s, actor="李明", action="test", entity="firm", summary="记录")


def test_back_up_then_restore_from_the_dialog(
    qtbot: QtBot, workspace: Workspace, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    _note(workspace)
    told: list[str] = []
    dialog = BackupsDialog(
        workspace, confirm=lambda parent, text: True, tell=lambda parent, text: told.append(text)
    )
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "手动"
    _note(workspace)
    _note(workspace)
    with qtbot.waitSignal(dialog.restored, timeout=5000) as signal:
        dialog.restore_selected()
    assert told == [] and signal.args[0].safety_backup.reason == "before-restore"
    ws = open_workspace(data_dir, keyring_backend=memory_keyring)
    try:
        with ws.db.session() as s:
            assert s.scalar(select(func.count(AuditEntry.id))) == 2  # the backed-up note + the restore
    finally:
        ws.close()


def test_a_bad_file_is_refused_with_a_message(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    told: list[str] = []
    dialog = BackupsDialog(
        workspace, confirm=lambda parent, text: True, tell=lambda parent, text: told.append(text)
    )
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    assert dialog.restore(bad) is None
    assert len(told) == 1 and "bad.db" in told[0]
    # Declining the confirmation changes nothing either.
    declined = BackupsDialog(workspace, confirm=lambda parent, text: False)
    qtbot.addWidget(declined)
    assert declined.restore(bad) is None


def test_settings_opens_backups_and_a_restore_closes_the_window(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window.go(5)
    assert window.settings_view is not None
    qtbot.mouseClick(window.settings_view.backups_button, Qt.MouseButton.LeftButton)
    dialogs = window.findChildren(BackupsDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialog = dialogs[0]
    dialog._confirm = lambda parent, text: True
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() >= 1
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert told and "重新启动" in told[0]
    assert not window.isVisible()
