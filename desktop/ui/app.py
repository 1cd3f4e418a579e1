"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from desktop import __version__
from desktop.domain.errors import DomainError
from desktop.services.firms import count_firms
from desktop.services.workspace import Workspace, open_workspace
from desktop.ui import single_instance


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.setWindowTitle(self.tr("首贷培育工作台"))
        self.resize(1200, 800)
        self.setCentralWidget(QLabel(self.tr("共 %n 家企业", "", count_firms(ws))))


def run_gui(data_dir: Path, *, keyring_backend: Any | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("FirstLoanDesk")
    app.setApplicationVersion(__version__)
    # One instance per data directory (issue 7): a second start brings this window forward.
    instance = single_instance.claim(data_dir)
    if isinstance(instance, int):
        return instance
    try:
        ws = open_workspace(data_dir, keyring_backend=keyring_backend)
    except DomainError as exc:
        instance.release()
        QMessageBox.critical(None, "首贷培育工作台", str(exc))
        return 2
    window = MainWindow(ws)
    instance.bring_forward_on_request(window)
    window.show()
    try:
        return int(app.exec())
    finally:
        ws.close()
        instance.release()
