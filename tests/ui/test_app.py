from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.ui.app import run_gui
from desktop.ui.main_window import MainWindow
from tests.keyring_backend import InMemoryKeyring


def test_run_gui_starts_on_the_welcome_page_and_keeps_its_state(
    data_dir: Path, memory_keyring: InMemoryKeyring, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own; restored after
    seen: list[MainWindow] = []

    def fake_exec(*_args: object) -> int:
        # Stands in for the event loop: quitting the shared test QApplication would break later tests.
        qapp.processEvents()
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget)
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(data_dir, keyring_backend=memory_keyring) == 0
    assert seen and seen[0].outer.currentWidget() is seen[0].welcome  # a new database: first start
    assert sys.excepthook is not sys.__excepthook__
    # The window's geometry, kept under the screen layout it was on.
    keys = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat).allKeys()
    assert any(key.startswith("window/geometry/") for key in keys)
