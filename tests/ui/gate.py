"""Holding a service step on the worker thread, so a test can press Cancel while the job is running."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QProgressDialog, QPushButton


class Gate:
    """Wraps ``func``: a call from a worker thread waits until ``release()``; the GUI thread passes."""

    def __init__(self, func: Callable[..., Any]) -> None:
        self.func = func
        self.entered = threading.Event()
        self._open = threading.Event()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            self.entered.set()
            self._open.wait(10)
        return self.func(*args, **kwargs)

    def release(self) -> None:
        self._open.set()


def cancel_button(dialog: QProgressDialog) -> QPushButton:
    button = dialog.findChild(QPushButton)
    assert button is not None and button.isVisible()
    return button
