"""Writing an output file all at once: a killed or failed export never leaves a half-written file where
the officer expects a finished one (a truncated ledger could be uploaded by mistake).

The one helper for it: the file is written under a temporary name beside its destination
(``.NAME.PID.partial``), flushed to disk, and renamed over the destination in one step. ``atomic_output``
renames as soon as the writing succeeds; ``AtomicFile`` lets the caller rename later (the ledger renames
inside the transaction that records the export; a print checks Cancel first).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from desktop.domain.errors import DomainError
from desktop.store.errors import disk_words

PARTIAL_SUFFIX = ".partial"


class OutputFileError(DomainError):
    """An output file could not be written or put in place (disk full, no permission, file locked)."""


class AtomicFile:
    """A destination and the temporary file beside it; ``commit()`` puts the temporary file in place,
    leaving the block without it removes the temporary file and leaves the destination untouched.

    ``private``: the file is created readable by its owner only (0600 on POSIX), as a key must be.
    """

    def __init__(self, path: Path, *, private: bool = False) -> None:
        self.path = path
        self.temp = path.with_name(f".{path.name}.{os.getpid()}{PARTIAL_SUFFIX}")
        self.private = private
        self.committed = False

    def __enter__(self) -> AtomicFile:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.private:
                os.close(os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        except OSError as exc:
            zh, en = disk_words(exc)
            raise OutputFileError(
                f"无法写入 {self.path}：{zh}", en=f"Cannot write {self.path}: {en}"
            ) from exc
        return self

    def commit(self) -> None:
        """Flush the temporary file to disk and rename it over the destination."""
        try:
            with open(self.temp, "rb+") as handle:  # on disk before the rename makes it visible
                os.fsync(handle.fileno())
            os.replace(self.temp, self.path)
        except OSError as exc:
            zh, en = disk_words(exc)
            raise OutputFileError(
                f"无法保存到 {self.path}：{zh}（该文件是否正在其他程序中打开？）",
                en=f"Cannot save to {self.path}: {en} (is the file open in another program?)",
            ) from exc
        self.committed = True

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.temp.unlink()
        if isinstance(error, OSError):
            # The writing itself failed (disk full, folder read-only): a message, nothing replaced.
            zh, en = disk_words(error)
            raise OutputFileError(
                f"无法写入 {self.path}：{zh}；原有文件未改动",
                en=f"Cannot write {self.path}: {en}; any existing file is unchanged",
            ) from error


@contextlib.contextmanager
def atomic_output(path: Path, *, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block succeeds it replaces ``path`` in one rename."""
    with AtomicFile(path, private=private) as output:
        yield output.temp
        output.commit()
