"""One app per data directory: a second start brings the first window forward, or says it is open.

The lock itself is the OS file lock of ``desktop/store/lock.py`` (also taken by the CLI's write
commands); a QLocalServer named after the data directory lets a second start reach the first window.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import is_english
from desktop.store.lock import IN_USE_MESSAGE, IN_USE_MESSAGE_EN, WorkspaceLock
from desktop.ui.errors import ui_language

_RAISE = b"raise\n"
_TIMEOUT_MS = 1000
ALREADY_OPEN_EXIT = 2


def server_name(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no login name on some service accounts
        user = ""
    digest = hashlib.sha256(f"{user}\0{data_dir.expanduser().resolve()}".encode()).hexdigest()[:20]
    return f"FirstLoanDesk-{digest}"


def _message_box(text: str) -> None:
    QMessageBox.information(None, "首贷培育工作台", text)


class SingleInstance(QObject):
    """Held by the first instance for its whole life: the lock and the server second starts call."""

    activated = Signal()

    def __init__(self, data_dir: Path, lock: WorkspaceLock) -> None:
        super().__init__()
        self.lock = lock
        self.server = QLocalServer(self)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crash; we hold the lock, so it is stale
        self.server.listen(name)
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_RAISE.strip()):
            self.activated.emit()
        socket.disconnectFromServer()

    def bring_forward_on_request(self, window: QWidget) -> None:
        def bring_forward() -> None:
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.raise_()
            window.activateWindow()

        self.activated.connect(bring_forward)

    def release(self) -> None:
        self.server.close()
        self.lock.release()


def _ask_first_to_come_forward(data_dir: Path) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    socket.write(_RAISE)
    sent = socket.waitForBytesWritten(_TIMEOUT_MS)
    socket.disconnectFromServer()
    return sent


def claim(data_dir: Path, *, tell: Callable[[str], None] = _message_box) -> SingleInstance | int:
    """The SingleInstance if this start is the first; else an exit code, after bringing the first
    window forward or telling the officer why the app cannot start (a command is writing)."""
    lock = WorkspaceLock(data_dir)
    if lock.try_acquire():
        return SingleInstance(data_dir, lock)
    if _ask_first_to_come_forward(data_dir):
        return 0
    if is_english(ui_language()):
        tell(
            f"{IN_USE_MESSAGE_EN} ({data_dir}). Switch to the open window, or start again when the command has finished."
        )
    else:
        tell(f"{IN_USE_MESSAGE}（{data_dir}）。请切换到已打开的窗口，或等命令行操作结束后再启动。")
    return ALREADY_OPEN_EXIT
