from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.domain.errors import DomainError
from desktop.ui import opening


class ShowCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown += 1
        return False


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[QDialog, ShowCounter]]:
    made: list[tuple[QDialog, ShowCounter]] = []
    real = opening.busy_dialog

    def watched() -> QDialog:
        dialog, counter = real(), ShowCounter()
        dialog.installEventFilter(counter)
        made.append((dialog, counter))
        return dialog

    monkeypatch.setattr(opening, "busy_dialog", watched)
    return made


def test_a_slow_open_shows_the_busy_dialog_and_returns_the_result(
    qapp: QApplication, dialogs: list[tuple[QDialog, ShowCounter]]
) -> None:
    release = threading.Event()
    on_screen: list[bool] = []

    def look_then_release() -> None:
        on_screen.append(bool(dialogs) and dialogs[0][0].isVisible())
        release.set()

    def slow() -> str:
        assert release.wait(10)
        return "workspace"

    QTimer.singleShot(300, look_then_release)  # runs in the local event loop, while the job waits
    assert opening.run_while_busy(slow, show_after_ms=50) == "workspace"
    assert on_screen == [True]
    assert not dialogs[0][0].isVisible()


def test_a_quick_open_shows_nothing(qapp: QApplication, dialogs: list[tuple[QDialog, ShowCounter]]) -> None:
    assert opening.run_while_busy(lambda: 42, show_after_ms=2000) == 42
    qapp.processEvents()
    assert dialogs[0][1].shown == 0


def test_the_open_error_is_raised_on_the_gui_thread(
    qapp: QApplication, dialogs: list[tuple[QDialog, ShowCounter]]
) -> None:
    seen: list[threading.Thread] = []

    def fails() -> None:
        seen.append(threading.current_thread())
        raise DomainError("密钥不对", en="The key is wrong")

    with pytest.raises(DomainError, match="密钥不对"):
        opening.run_while_busy(fails)
    assert seen and seen[0] is not threading.main_thread()  # the work ran on a pool thread
    assert not dialogs[0][0].isVisible()
