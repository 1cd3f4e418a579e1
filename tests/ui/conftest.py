"""UI fixtures: a demo-filled workspace, a temporary QSettings file, a fixed today."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.workspace import Workspace
from desktop.ui.firms_view import FirmsView
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow
from tests.conftest import TODAY


def today() -> date:
    return TODAY


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(demo_ws: Workspace, ui_settings: QSettings, qtbot: object) -> Iterator[MainWindow]:
    win = MainWindow(demo_ws, ui_settings, today=today)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    yield win


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The UI switched to English the way the app does it (settings language -> install_translators)."""
    translators = install_translators(qapp, "en")
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "zh_CN")


def settle(view: FirmsView, qtbot: QtBot, change: Callable[[], object], timeout: int = 5000) -> None:
    """Change a filter and wait for the table: filters query on a worker thread, like typing."""
    with qtbot.waitSignal(view.model.query_applied, timeout=timeout):
        change()
    if view.model.counting():
        with qtbot.waitSignal(view.model.counted, timeout=timeout):
            pass
