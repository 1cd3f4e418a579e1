"""One writer per data directory: an OS file lock on ``<data dir>/.lock``.

The GUI holds it for its whole life and write commands of the CLI for theirs, so two processes never
write at once (SQLite would serialise single transactions, but not a whole import against an edit).
The OS drops the lock when the process dies, even by kill -9, so a crash never leaves a stale lock.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from desktop.store.errors import StoreError

LOCK_FILE_NAME = ".lock"
IN_USE_MESSAGE = "已有一个首贷培育工作台正在使用该数据目录"
IN_USE_MESSAGE_EN = "Another FirstLoan Desk is using this data folder"


class WorkspaceInUse(StoreError):
    """Another process holds the data directory."""


class WorkspaceLock:
    """A non-blocking exclusive lock; ``acquire`` raises WorkspaceInUse when someone else holds it."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE_NAME
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def try_acquire(self) -> bool:
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+b")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        # Who holds it, for a human looking at the file (the lock itself is what counts). Windows
        # locks the byte range itself, so the file stays empty there.
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                handle.truncate(0)
                handle.write(f"{os.getpid()}\n".encode("ascii"))
                handle.flush()
        self._handle = handle
        return True

    def acquire(self) -> WorkspaceLock:
        if not self.try_acquire():
            raise WorkspaceInUse(
                f"{IN_USE_MESSAGE}（{self.path.parent}）。请先关闭它，或在其中操作。",
                en=f"{IN_USE_MESSAGE_EN} ({self.path.parent}). Close it first, or work in it.",
            )
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._handle)
        self._handle.close()
        self._handle = None

    def __enter__(self) -> WorkspaceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    # flock locks belong to the open file, so a second lock in the same process conflicts too.
    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
