"""Starting the desktop application: translators, the error hook, the workspace, the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.domain.errors import DomainError
from desktop.services.workspace import open_workspace
from desktop.ui import single_instance
from desktop.ui.errors import error_message, install_excepthook
from desktop.ui.i18n import DEFAULT_LANGUAGE, install_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.opening import run_while_busy
from desktop.ui.prefs import ui_settings


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
    try:
        # Off the GUI thread: the daily backup or a database upgrade can take seconds (opening.py).
        ws = run_while_busy(lambda: open_workspace(data_dir, keyring_backend=keyring_backend))
    except DomainError as exc:
        instance.release()
        QMessageBox.critical(None, app.translate("app", "首贷培育工作台"), error_message(exc))
        return 2
    window = MainWindow(ws, settings)
    instance.bring_forward_on_request(window)
    window.show()
    freeze_start_objects()
    try:
        return int(app.exec())
    finally:
        ws.close()
        instance.release()


def freeze_start_objects() -> None:
    """Take everything built at start (modules, classes, Qt wrappers, the ORM's metadata) out of the
    garbage collector's full passes: one over them paused a search keystroke by 70-100 ms at 530,000
    firms (tests/perf/test_desktop_speed.py). Objects made later are collected as usual."""
    gc.freeze()
