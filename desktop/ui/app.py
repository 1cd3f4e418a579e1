"""Starting the desktop application: translators, the error hook, the workspace, the main window.

A database that is missing under a stored key, or damaged, opens the recovery window (restore a
backup, or start a new database on purpose) instead of a silent new one. The daily backup runs in the
background once the window is up, so it never adds seconds to the start.
"""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop import __version__
from desktop.domain.errors import DomainError, in_language
from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.workspace import DataFolder, Workspace, open_workspace, take_daily_backup
from desktop.store.errors import DatabaseDamaged, DatabaseMissing
from desktop.ui import single_instance
from desktop.ui.backups_dialog import RecoveryDialog
from desktop.ui.errors import error_message, install_excepthook, ui_language
from desktop.ui.i18n import DEFAULT_LANGUAGE, install_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.opening import run_while_busy
from desktop.ui.prefs import ui_settings
from desktop.ui.worker import Worker, start

DAILY_BACKUP_WAIT_S = 120  # at quit: let a daily backup under way finish (it renames only when done)


def open_or_recover(folder: DataFolder) -> Workspace | None:
    """The workspace, after the recovery window when the database is missing or damaged; None when the
    officer quits there or the database cannot be opened (the reason was shown)."""
    while True:
        try:
            return run_while_busy(
                lambda: open_workspace(
                    folder.path, keyring_backend=folder.keyring_backend, daily_backup=False
                )
            )
        except (DatabaseMissing, DatabaseDamaged) as exc:
            if RecoveryDialog(folder, error_message(exc)).exec() != QDialog.DialogCode.Accepted:
                return None
        except DomainError as exc:
            title = QCoreApplication.translate("app", "首贷培育工作台")
            QMessageBox.critical(None, title, error_message(exc))
            return None


def run_gui(data_dir: Path, *, keyring_backend: Any | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("FirstLoanDesk")
    app.setApplicationVersion(__version__)
    settings = ui_settings(data_dir)
    install_translators(app, str(settings.value("language", DEFAULT_LANGUAGE)))
    # One instance per data directory: a second start brings the first window forward.
    instance = single_instance.claim(data_dir)
    if isinstance(instance, int):
        return instance
    window: MainWindow | None = None
    install_excepthook(data_dir, lambda: window)
    # Off the GUI thread: a database upgrade can take seconds (opening.py).
    ws = open_or_recover(DataFolder(data_dir, keyring_backend=keyring_backend))
    if ws is None:
        instance.release()
        return 2
    window = MainWindow(ws, settings)
    instance.bring_forward_on_request(window)
    window.show()
    show_warnings(window, ws.warnings)
    daily, backed_up = start_daily_backup(window, ws)  # held here until the app quits
    freeze_start_objects()
    try:
        return int(app.exec())
    finally:
        backed_up.wait(DAILY_BACKUP_WAIT_S)
        del daily
        ws.close()
        instance.release()


def start_daily_backup(window: MainWindow, ws: Workspace) -> tuple[Worker, threading.Event]:
    """The first start of a day backs up, on a pool thread after the window is shown; a failure is
    shown as a warning. Returns the worker (keep it while it runs) and an event set when it is done."""
    done = threading.Event()

    def job(_progress: ProgressCallback, _cancel: CancelToken) -> list[str]:
        try:
            before = len(ws.warnings)
            take_daily_backup(ws)
            return ws.warnings[before:]
        finally:
            done.set()

    worker = Worker(job)
    worker.signals.finished.connect(_WarningsShower(window).show)  # a slot of the GUI thread: queued
    start(worker)
    return worker, done


class _WarningsShower(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @Slot(object)
    def show(self, warnings: object) -> None:
        if isinstance(warnings, list):
            show_warnings(self.window, warnings)


def show_warnings(parent: QWidget, warnings: list[str]) -> None:
    """Things the officer should know that did not stop the start (the database behind its anchor, a
    failed backup): one message box, not blocking."""
    if not warnings:
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("app", "首贷培育工作台"),
        "\n\n".join(in_language(w, ui_language()) for w in warnings),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("startWarnings")
    box.open()


def freeze_start_objects() -> None:
    """Take everything built at start (modules, classes, Qt wrappers, the ORM's metadata) out of the
    garbage collector's full passes: one over them paused a search keystroke by 70-100 ms at 530,000
    firms (tests/perf/test_desktop_speed.py). Objects made later are collected as usual."""
    gc.freeze()
