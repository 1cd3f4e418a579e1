"""Reading a list file for an import: its size and kind checked here, a spreadsheet read in a child
process, its rows streamed back a block at a time.

The spreadsheet readers are native code: a sheet that claims a million rows by 16,384 columns, or a
workbook whose parts inflate to gigabytes, makes them allocate until the process aborts (issue 16 item
6: exit 134, the GUI gone with unsaved work). The declared sizes are checked before any reader runs
(``exchange/sheet_limits.py``), and the reading itself happens in a child: if it crashes anyway, the
import gets a message saying so. CSV is read here (Python's csv module cannot crash the process).

The child turns the rows into Python lists, which the reading in this process used to do (about 1 s of
a 530,000-row list): this process unpickles them instead, while the child goes on reading.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from desktop.domain.errors import DomainError
from desktop.exchange.sheet_limits import check_limits
from desktop.exchange.tables import RawSheet, UnusableFile, is_text_file, read_tables
from desktop.services import child_process

BLOCK_ROWS = 5_000
SILENCE_SECONDS = 600.0  # no message for 10 minutes: calamine loads a province's sheet in ~6 s


def read_sheets(path: Path) -> list[RawSheet]:
    """Every sheet of the file, its rows streamed; UnusableFile for a file that cannot be read."""
    if not path.is_file() or is_text_file(path):
        return read_tables(path)  # a missing file's message, or CSV read here
    check_limits(path)
    return _ChildReading(path).sheets()


def read_in_child(conn: Connection, path: str, block_rows: int) -> None:
    """The child's side: the sheets' names and heights, then each sheet's rows in blocks and its end,
    then "end"."""
    try:
        sheets = read_tables(Path(path))
        conn.send(("sheets", [(sheet.name, sheet.height) for sheet in sheets]))
        for index, sheet in enumerate(sheets):
            block: list[list[Any]] = []
            for row in sheet.rows:
                block.append(row)
                if len(block) >= block_rows:
                    conn.send(("rows", index, block))
                    block = []
            if block:
                conn.send(("rows", index, block))
            conn.send(("sheet-end", index))
        conn.send(("end",))
    except DomainError as exc:
        conn.send(("unusable", exc.message, exc.message_en))
    except Exception as exc:
        conn.send(("unusable", f"无法读取：{exc}", f"Cannot read it: {exc}"))
    except BaseException:
        raise
    with contextlib.suppress(EOFError, OSError):
        conn.recv()  # wait until the parent has everything (it closes its end)


class _ChildReading:
    """The parent's side of one file read in a child."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._last = 0  # the index of the file's last sheet

    def sheets(self) -> list[RawSheet]:
        try:
            self._process, self._conn = child_process.start(read_in_child, str(self._path), BLOCK_ROWS)
        except (OSError, RuntimeError):
            return read_tables(self._path)  # no child to be had (a locked-down machine): read here
        message = self._next()
        if message[0] != "sheets":
            self._close()
            raise self._unusable(message)
        self._last = len(message[1]) - 1
        return [RawSheet(name, self._rows(index), height) for index, (name, height) in enumerate(message[1])]

    def _rows(self, index: int) -> Iterator[list[Any]]:
        """Sheet ``index``'s rows; the rows of sheets before it that the parse did not read are skipped."""
        while self._conn is not None:
            message = self._next()
            if message[0] == "end":
                self._close()
                return
            if message[0] not in ("rows", "sheet-end"):
                self._close()
                raise self._unusable(message)
            sheet = message[1]
            if sheet < index:
                continue  # a sheet the parse left after its first rows (no firm table in it)
            if message[0] == "sheet-end":
                if index >= self._last:
                    self._close()
                return
            yield from message[2]

    def _next(self) -> Any:
        assert self._process is not None and self._conn is not None
        try:
            return child_process.receive(self._conn, self._process, SILENCE_SECONDS)
        except child_process.ChildGone:
            code = self._process.exitcode
            self._close()
            raise _crashed(self._path, code) from None

    def _unusable(self, message: Any) -> UnusableFile:
        if message[0] == "unusable":
            return UnusableFile(message[1], en=message[2])
        return _crashed(self._path, None)

    def _close(self) -> None:
        if self._process is not None and self._conn is not None:
            child_process.stop(self._process, self._conn)
        self._conn = None

    def __del__(self) -> None:
        self._close()


def _crashed(path: Path, code: int | None) -> UnusableFile:
    return UnusableFile(
        f"读取文件 {path.name} 时读取程序异常退出（代码 {code}）：文件可能已损坏，或声明的表格大小与内容不符。"
        "请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入",
        en=f"Reading the file {path.name} made the reader stop (code {code}): the file may be damaged, or "
        "its declared size does not match its content. Open it in Excel or WPS, save it as .xlsx and import that",
    )
