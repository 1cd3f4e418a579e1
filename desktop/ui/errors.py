"""Errors as the officer sees them: one clear message in their language, never a traceback.

A ``DomainError`` carries a precise message from the services in Chinese and English; it is shown in
the language the UI runs in (``ui_language``). Anything else is a bug: it is written in full to
``<data dir>/logs/error.log`` (by services/error_log.py, the CLI's writer too) and the user is told where.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import DomainError, error_text
from desktop.services import error_log
from desktop.services.jobs import Cancelled
from desktop.ui.i18n import DEFAULT_LANGUAGE

LOG_NAME = error_log.LOG_NAME
# Message boxes shown without a parent window (e.g. before the window exists), kept alive while open.
_UNPARENTED: set[QMessageBox] = set()


def ui_language() -> str:
    """The language the UI runs in, as install_translators recorded it on the app (Chinese by default)."""
    app = QCoreApplication.instance()
    language = app.property("firstloan_language") if app is not None else None
    return str(language) if language else DEFAULT_LANGUAGE


def error_message(exc: BaseException) -> str:
    """An expected error's message in the UI's language (for views that show it in place)."""
    return error_text(exc, ui_language())


def log_path(data_dir: Path) -> Path:
    return error_log.log_path(data_dir)


def write_error_log(data_dir: Path, exc: BaseException) -> Path:
    """The one error-log writer (services/error_log.py): owner-only, no personal data."""
    return error_log.write_error_log(data_dir, exc, "ui")


def user_message(exc: BaseException, data_dir: Path) -> str:
    """What to tell the user about this exception (and log it when it is a bug)."""
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("errors", "操作已取消，数据未作任何改动。")
    if isinstance(exc, DomainError):
        return exc.text(ui_language())
    path = write_error_log(data_dir, exc)
    return (
        QCoreApplication.translate("errors", "发生了意外错误（%1）。详情已记录到：\n%2")
        .replace("%1", exc.__class__.__name__)
        .replace("%2", str(path))
    )


def show_error(parent: QWidget | None, exc: BaseException, data_dir: Path) -> str:
    message = user_message(exc, data_dir)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("errors", "首贷培育工作台"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorBox")
    if parent is None:  # a parentless box would be collected at once: hold it until it is closed
        _UNPARENTED.add(box)
        box.finished.connect(lambda _result: _UNPARENTED.discard(box))
    box.open()  # not exec(): never block a test or the event loop
    return message


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(data_dir: Path, parent: Callable[[], QWidget | None] = lambda: None) -> ExceptHook:
    """Route uncaught exceptions (e.g. in slots) to the log and a message box; returns the old hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        try:
            show_error(parent(), exc.with_traceback(tb), data_dir)
        except Exception:  # never raise from the hook itself
            previous(kind, exc, tb)

    sys.excepthook = hook
    return previous
