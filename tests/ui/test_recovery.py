"""Issue 16 item 1, the window's face: a missing or damaged database at start opens the recovery window
(restore one of the backups, or start a new database on purpose), never a silent new database."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.services.backup import backup_now
from desktop.services.workspace import Workspace, open_workspace
from desktop.store.audit import append_audit
from desktop.store.keys import KEYRING_SERVICE
from desktop.store.models import AuditEntry
from desktop.ui import app as app_module
from desktop.ui.app import run_gui
from desktop.ui.backups_dialog import RecoveryDialog
from desktop.ui.main_window import MainWindow
from tests.keyring_backend import InMemoryKeyring

DB = "firstloan.db"


def _entries(ring: InMemoryKeyring) -> dict[str, str]:
    return {a: s for (svc, a), s in ring.entries.items() if svc == KEYRING_SERVICE}


@pytest.fixture
def lost(data_dir: Path, memory_keyring: InMemoryKeyring) -> Path:
    """A data folder with two audit entries backed up, then its database file deleted."""
    ws = open_workspace(data_dir, keyring_backend=memory_keyring)
    for text in ("一", "二"):
        with ws.db.write() as s:
            append_audit(s, actor="李明", action="test", entity="firm", summary=text)
    made = backup_now(ws)
    ws.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(data_dir / DB) + suffix).unlink(missing_ok=True)
    return made.path


@pytest.fixture
def gui(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """run_gui without its event loop: the windows it showed are collected and closed."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr("desktop.ui.backups_dialog._confirm", lambda parent, text: True)
    seen: list[MainWindow] = []

    def fake_exec(*_args: object) -> int:
        qapp.processEvents()
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget)
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return seen


def _answer(monkeypatch: pytest.MonkeyPatch, choose: Callable[[RecoveryDialog], object]) -> list[str]:
    """Stand in for the officer in the recovery window; returns the problems it showed."""
    shown: list[str] = []

    def exec_(dialog: RecoveryDialog) -> int:
        shown.append(dialog.problem.text())
        choose(dialog)
        return int(dialog.result())

    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    return shown


def _audit_count(data_dir: Path, ring: InMemoryKeyring) -> int:
    ws: Workspace = open_workspace(data_dir, keyring_backend=ring)
    try:
        with ws.db.session() as s:
            return s.scalar(select(func.count(AuditEntry.id))) or 0
    finally:
        ws.close()


def test_a_lost_database_offers_its_backups_and_restores_one(
    data_dir: Path,
    memory_keyring: InMemoryKeyring,
    lost: Path,
    gui: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _entries(memory_keyring)
    listed: list[int] = []

    def restore_first(dialog: RecoveryDialog) -> None:
        listed.append(dialog.table.rowCount())
        assert dialog.table.selected_file() == lost
        dialog.restore_selected()

    shown = _answer(monkeypatch, restore_first)
    assert run_gui(data_dir, keyring_backend=memory_keyring) == 0
    assert len(shown) == 1 and "数据库文件不见了" in shown[0]
    assert listed == [1] and gui, "the window opened on the restored database"
    assert _entries(memory_keyring) == before  # the key was never replaced
    assert _audit_count(data_dir, memory_keyring) == 3  # the two backed-up entries and the restore's


def test_starting_a_new_database_is_explicit_and_keeps_the_old_key(
    data_dir: Path,
    memory_keyring: InMemoryKeyring,
    lost: Path,
    gui: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (old,) = _entries(memory_keyring).values()
    _answer(monkeypatch, lambda dialog: dialog.start_new())
    assert run_gui(data_dir, keyring_backend=memory_keyring) == 0
    assert gui and gui[0].outer.currentWidget() is gui[0].welcome
    keys = _entries(memory_keyring)
    assert len(keys) == 2 and old in keys.values()
    assert lost.exists()  # the backups stay, readable with the old key kept aside


def test_quitting_the_recovery_window_creates_nothing(
    data_dir: Path,
    memory_keyring: InMemoryKeyring,
    lost: Path,
    gui: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _entries(memory_keyring)
    _answer(monkeypatch, lambda dialog: dialog.reject())
    assert run_gui(data_dir, keyring_backend=memory_keyring) == 2
    assert gui == [] and not (data_dir / DB).exists()
    assert _entries(memory_keyring) == before


def test_a_damaged_database_offers_the_backups_too(
    data_dir: Path,
    memory_keyring: InMemoryKeyring,
    lost: Path,
    gui: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (data_dir / DB).write_bytes(b"\x13" * 8192)
    shown = _answer(monkeypatch, lambda dialog: dialog.restore_selected())
    assert run_gui(data_dir, keyring_backend=memory_keyring) == 0
    assert "已损坏" in shown[0] and gui
    assert _audit_count(data_dir, memory_keyring) == 3
    assert list(data_dir.glob(DB + ".replaced-*"))  # the damaged file is kept


def test_the_first_start_says_where_it_made_the_database(
    data_dir: Path, memory_keyring: InMemoryKeyring, gui: list[MainWindow]
) -> None:
    assert run_gui(data_dir, keyring_backend=memory_keyring) == 0
    note = gui[0].welcome.created_note
    assert not note.isHidden() and str(data_dir) in note.text()


def test_an_open_behind_its_anchor_warns_in_the_window(
    data_dir: Path, memory_keyring: InMemoryKeyring, gui: list[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = open_workspace(data_dir, keyring_backend=memory_keyring)
    for text in ("一", "二"):
        with ws.db.write() as s:
            append_audit(s, actor="李明", action="test", entity="firm", summary=text)
    with ws.db.write() as s:  # the newest entry goes, the anchor stays
        s.execute(AuditEntry.__table__.delete().where(AuditEntry.id == 2))
    ws.close()
    warned: list[str] = []
    monkeypatch.setattr(app_module, "show_warnings", lambda parent, warnings: warned.extend(warnings))
    assert run_gui(data_dir, keyring_backend=memory_keyring) == 0
    assert any("落后于它的审计锚点" in w for w in warned), warned
    assert gui  # the window still opened: the officer decides what to do
