"""A helper process for a big import: it cleans blocks of rows while this process cleans others, then
works out the new firms' search keys (name key, pinyin initials, the short search index's text) while
this process writes them.

Cleaning cells and pinyin are the dearest Python steps of an import (about 7 s and 5 s of a
530,000-row list) and a thread would only take turns with this one for the interpreter lock, so a
second process runs them on the other core. It is started (services/child_process.py: from a fork
server, or spawned on Windows — never a copy of this process's threads, locks or open database) before
the file is read, so it is ready when the rows are. It ends when this process ends, however it ends.

The protocol is this module's own, not a process pool's (a pool on Python 3.11.2 deadlocked when its
worker died with a half-written result in the pipe, issue 16 item 14): tasks go down one duplex pipe and
a thread in the helper reads them as they come (a send never waits on a task); results come back in
order, each task announced before it starts, and every wait here is on the pipe *or* the helper's death,
with a time limit (``TASK_SECONDS``). A helper that dies, or goes silent, is stopped and its work done here.

This process never depends on it: a block of rows the helper has not started is taken back and cleaned
here, one it is working on is waited for (a few tens of milliseconds at most), and a helper that
cannot start or dies leaves all the work here, with the same functions and the same result. Key chunks
are waited for (the helper has pypinyin loaded; taking one back would cost this process 0.3 s to load
it — session 3 measured exactly that on the first chunk). Small
files (below ``MIN_FILE_BYTES``: every test, most lists) do not start one.

For an import the helper loads pypinyin (0.3 s) first, while this process reads the file (a preview,
which needs no pinyin, does not make it wait for that), then takes blocks of rows
as they come (two at a time: this process cleans the rest). Search keys go in chunks of 1,000, then
5,000 names, each worked out there (9 µs a name) while the insert writes the one before (13 µs a row).
Its imports are light (no SQLAlchemy, no Qt): it is ready before a 3 MB file is read.
"""

from __future__ import annotations

import itertools
import os
import queue
import threading
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.domain.names import display_key, load_pinyin, pinyin_initials
from desktop.exchange.list_rows import Pending
from desktop.exchange.row_cleaning import CleanJob, clean_rows
from desktop.services import child_process
from desktop.store.search_index import short_row

MIN_FILE_BYTES = 1 << 20  # about 15,000 rows of xlsx
FIRST_CHUNK = 1_000
CHUNK = 5_000
_AHEAD = 2  # blocks of rows handed to the helper and not yet done
# Key chunks handed to the helper and not yet taken: it is faster than the insert, and the results of
# a whole province waiting here would cost 100 MB.
_KEYS_AHEAD = 3

# name key, pinyin initials, then the short index's name, legal representative and initials
SearchKey = tuple[str, str, str | None, str | None, str | None]
Person = tuple[str, str | None]  # a firm's name (display form) and legal representative


def search_keys(people: list[Person]) -> list[SearchKey]:
    """What the helper works out for a chunk of new firms (or this process, for a chunk taken back)."""
    keys: list[SearchKey] = []
    for name, legal_rep in people:
        initials = pinyin_initials(name)
        keys.append((display_key(name), initials, *short_row(name, legal_rep, initials)))
    return keys


def name_keys(people: list[Person]) -> list[SearchKey]:
    """The sort key and pinyin initials only, for firms whose search indexes are filled after the import
    (``search_index.bulk_insert(later=True)``)."""
    return [(display_key(name), pinyin_initials(name), None, None, None) for name, _legal_rep in people]


def chunk_bounds(count: int) -> list[int]:
    """0, 1000, 6000, 11000 ... count."""
    bounds = [0, min(FIRST_CHUNK, count)]
    while bounds[-1] < count:
        bounds.append(min(bounds[-1] + CHUNK, count))
    return bounds if count else [0]


def _no_pinyin() -> None:
    """The first task of a helper that only cleans rows: it starts the process."""


TASK_SECONDS = 60.0  # far beyond any task (a block: ~50 ms, pypinyin's load: 0.3 s); then it is gone


def _serve(conn: Connection) -> None:
    """The helper's loop: tasks run one at a time in the order sent; a thread reads this process's end
    of the pipe all the time, so the parent's sends never wait on a task (and its cancels arrive while
    one runs). Each task is announced ("started") before it runs, so the parent knows which ones it can
    still take back."""
    tasks: queue.SimpleQueue[tuple[int, Any, Any]] = queue.SimpleQueue()
    cancelled: set[int] = set()

    def read() -> None:
        try:
            while True:
                message = conn.recv()
                if message[0] == "run":
                    tasks.put(message[1:])
                else:
                    cancelled.add(message[1])
        except (EOFError, OSError):
            os._exit(0)  # the parent closed its end or died

    threading.Thread(target=read, name="helper-reader", daemon=True).start()
    while True:
        task_id, function, argument = tasks.get()
        if task_id in cancelled:
            cancelled.discard(task_id)
            continue
        conn.send(("started", task_id))
        try:
            conn.send(("done", task_id, function(argument) if argument is not None else function()))
        except Exception as exc:
            conn.send(("failed", task_id, repr(exc)))


class _Worker:
    """This process's side of the helper: tasks sent, messages read as they come."""

    def __init__(self) -> None:
        self._process, self._conn = child_process.start(_serve)
        self._next = 0
        self._started: set[int] = set()
        self._results: dict[int, tuple[bool, Any]] = {}

    def submit(self, function: Any, argument: Any) -> int:
        self._next += 1
        child_process.send(self._conn, ("run", self._next, function, argument))
        return self._next

    def _read(self, timeout: float) -> None:
        message = child_process.receive(self._conn, self._process, timeout)
        if message[0] == "started":
            self._started.add(message[1])
        else:
            self._results[message[1]] = (message[0] == "done", message[2] if len(message) > 2 else None)

    def drain(self) -> None:
        """Read what the helper has sent so far, without waiting."""
        while self._conn.poll():
            self._read(TASK_SECONDS)

    def finished(self, task_id: int) -> bool:
        self.drain()
        return task_id in self._results

    def started(self, task_id: int) -> bool:
        return task_id in self._started

    def cancel(self, task_id: int) -> None:
        child_process.send(self._conn, ("cancel", task_id))

    def result(self, task_id: int) -> Any:
        while task_id not in self._results:
            self._read(TASK_SECONDS)
        self._started.discard(task_id)
        ok, value = self._results.pop(task_id)
        if not ok:
            raise child_process.ChildGone(str(value))
        return value

    def forget(self, task_id: int) -> None:
        self._results.pop(task_id, None)
        self._started.discard(task_id)

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def stop(self) -> None:
        child_process.stop(self._process, self._conn)


class _Shared:
    """A piece of work handed to the helper, and how to do it here instead."""

    def __init__(self, helper: ImportHelper, task_id: int, take_back: bool, here: Any, *args: Any) -> None:
        self._helper, self._task, self._here, self._args = helper, task_id, here, args
        self._take_back = take_back
        self._taken = False

    def done(self) -> bool:
        worker = self._helper.worker
        try:
            return worker is None or worker.finished(self._task)
        except child_process.ChildGone:
            self._helper.close()
            return True

    def take(self) -> Any:
        worker = self._helper.worker
        if worker is None:
            return self._here(*self._args)
        try:
            if self._take_back and not worker.finished(self._task) and not worker.started(self._task):
                worker.cancel(self._task)  # not started yet: do it here rather than wait
                worker.forget(self._task)
                return self._here(*self._args)
            return worker.result(self._task)  # done, or started: it will not be long
        except child_process.ChildGone:
            self._helper.close()
            return self._here(*self._args)


class ImportHelper:
    """``with ImportHelper.for_file(path) as helper:`` parse with ``offload=helper.offload``, then
    ``for chunk in helper.keys(people): ...``"""

    def __init__(self, start: bool, pinyin: bool = True) -> None:
        self.worker: _Worker | None = None
        self._cleaning: list[_Shared] = []
        if start:
            try:
                self.worker = _Worker()
                self.worker.submit(load_pinyin if pinyin else _no_pinyin, None)
            except (OSError, RuntimeError, child_process.ChildGone):
                self.close()

    @classmethod
    def for_file(cls, path: Path, pinyin: bool = True) -> ImportHelper:
        """A helper for a file big enough to be worth one; ``pinyin`` False when it will only clean rows."""
        try:
            big = path.stat().st_size >= MIN_FILE_BYTES
        except OSError:
            big = False
        return cls(big, pinyin)

    @property
    def pid(self) -> int | None:
        """The helper process's id (None when there is none)."""
        return self.worker.pid if self.worker is not None else None

    @property
    def helping(self) -> bool:
        return self.worker is not None

    def offload(self, job: CleanJob) -> Pending | None:
        """Hand a block of rows to the helper, unless it is gone or already has enough to do."""
        self._cleaning = [work for work in self._cleaning if not work.done()]
        if len(self._cleaning) >= _AHEAD:
            return None
        work = self._share(clean_rows, job, take_back=True)
        if work is not None:
            self._cleaning.append(work)
        return work

    def keys(self, people: list[Person], short: bool = True) -> Iterator[list[SearchKey]]:
        """The search keys of the firms, in order, a chunk at a time (``short`` False: the sort keys and
        initials only, see ``name_keys``)."""
        work_out = search_keys if short else name_keys
        bounds = itertools.pairwise(chunk_bounds(len(people)))
        chunks = (people[start:end] for start, end in bounds)
        ahead: deque[tuple[list[Person], _Shared | None]] = deque()
        for chunk in chunks:
            ahead.append((chunk, self._share(work_out, chunk, take_back=False)))
            if len(ahead) < _KEYS_AHEAD:
                continue
            yield self._take(*ahead.popleft(), work_out)
        while ahead:
            yield self._take(*ahead.popleft(), work_out)

    @staticmethod
    def _take(chunk: list[Person], work: _Shared | None, work_out: Any) -> list[SearchKey]:
        keys: list[SearchKey] = work.take() if work is not None else work_out(chunk)
        return keys

    def _share(self, function: Any, argument: Any, take_back: bool) -> _Shared | None:
        if self.worker is None:
            return None
        try:
            return _Shared(self, self.worker.submit(function, argument), take_back, function, argument)
        except child_process.ChildGone:
            self.close()
            return None

    def close(self) -> None:
        if self.worker is not None:
            worker, self.worker = self.worker, None
            worker.stop()

    def __enter__(self) -> ImportHelper:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
