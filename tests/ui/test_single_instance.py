"""A second start on the same data directory brings the first window forward or says it is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop.store.lock import IN_USE_MESSAGE, WorkspaceLock
from desktop.ui import single_instance
from desktop.ui.single_instance import ALREADY_OPEN_EXIT, SingleInstance, claim


def test_second_start_brings_the_first_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    first = claim(tmp_path)
    assert isinstance(first, SingleInstance)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        first.bring_forward_on_request(window)
        told: list[str] = []
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert claim(tmp_path, tell=told.append) == 0
        assert told == [] and window.isVisible()
        # Meanwhile a write command is refused: the GUI holds the data directory.
        assert not WorkspaceLock(tmp_path).try_acquire()
    finally:
        first.release()
    again = claim(tmp_path)
    assert isinstance(again, SingleInstance)  # released on exit, so the next start is the first
    again.release()


def test_second_start_explains_when_a_command_holds_the_directory(qtbot: QtBot, tmp_path: Path) -> None:
    told: list[str] = []
    with WorkspaceLock(tmp_path):
        assert claim(tmp_path, tell=told.append) == ALREADY_OPEN_EXIT
    assert len(told) == 1 and IN_USE_MESSAGE in told[0]


def test_server_names_differ_per_data_directory(tmp_path: Path) -> None:
    a, b = single_instance.server_name(tmp_path / "a"), single_instance.server_name(tmp_path / "b")
    assert a != b and a == single_instance.server_name(tmp_path / "a")
