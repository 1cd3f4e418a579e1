"""A helper process for a big import: it cleans blocks of rows while this process cleans others, then
works out the new firms' search keys (name key, pinyin initials, the short search index's text) while
this process writes them.

Cleaning cells and pinyin are the dearest Python steps of an import (about 7 s and 5 s of a
530,000-row list) and a thread would only take turns with this one for the interpreter lock, so a
second process runs them on the other core. It is started (spawn, as on Windows: no copy of this
process's threads, locks or open database) before the file is read, so it is ready when the rows are.

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
import multiprocessing
from collections import deque
from collections.abc import Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.domain.names import display_key, load_pinyin, pinyin_initials
from desktop.exchange.list_rows import CleanJob, Pending, clean_rows
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
_GONE = (BrokenProcessPool, CancelledError, OSError, RuntimeError)  # the helper died or was shut down


def search_keys(people: list[Person]) -> list[SearchKey]:
    """What the helper works out for a chunk of new firms (or this process, for a chunk taken back)."""
    keys: list[SearchKey] = []
    for name, legal_rep in people:
        initials = pinyin_initials(name)
        keys.append((display_key(name), initials, *short_row(name, legal_rep, initials)))
    return keys


def chunk_bounds(count: int) -> list[int]:
    """0, 1000, 6000, 11000 ... count."""
    bounds = [0, min(FIRST_CHUNK, count)]
    while bounds[-1] < count:
        bounds.append(min(bounds[-1] + CHUNK, count))
    return bounds if count else [0]


def _no_pinyin() -> None:
    """The first task of a helper that only cleans rows: it starts the process."""


class _Shared:
    """A piece of work handed to the helper, and how to do it here instead."""

    def __init__(
        self, helper: ImportHelper, future: Future[Any], take_back: bool, here: Any, *args: Any
    ) -> None:
        self._helper, self._future, self._here, self._args = helper, future, here, args
        self._take_back = take_back

    def done(self) -> bool:
        return self._future.done()

    def take(self) -> Any:
        if self._take_back and not self._future.done() and self._future.cancel():
            return self._here(*self._args)  # not started yet: do it here rather than wait
        try:
            return self._future.result()  # done, or started: it will not be long
        except _GONE:
            self._helper.close()
            return self._here(*self._args)


class ImportHelper:
    """``with ImportHelper.for_file(path) as helper:`` parse with ``offload=helper.offload``, then
    ``for chunk in helper.keys(people): ...``"""

    def __init__(self, start: bool, pinyin: bool = True) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._cleaning: list[_Shared] = []
        if start:
            try:
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
                # The process starts now, not at the first block.
                self._pool.submit(load_pinyin if pinyin else _no_pinyin)
            except (OSError, RuntimeError):
                self._pool = None

    @classmethod
    def for_file(cls, path: Path, pinyin: bool = True) -> ImportHelper:
        """A helper for a file big enough to be worth one; ``pinyin`` False when it will only clean rows."""
        try:
            big = path.stat().st_size >= MIN_FILE_BYTES
        except OSError:
            big = False
        return cls(big, pinyin)

    @property
    def helping(self) -> bool:
        return self._pool is not None

    def offload(self, job: CleanJob) -> Pending | None:
        """Hand a block of rows to the helper, unless it is gone or already has enough to do."""
        self._cleaning = [work for work in self._cleaning if not work.done()]
        if len(self._cleaning) >= _AHEAD:
            return None
        work = self._share(clean_rows, job, take_back=True)
        if work is not None:
            self._cleaning.append(work)
        return work

    def keys(self, people: list[Person]) -> Iterator[list[SearchKey]]:
        """The search keys of the firms, in order, a chunk at a time."""
        bounds = itertools.pairwise(chunk_bounds(len(people)))
        chunks = (people[start:end] for start, end in bounds)
        ahead: deque[tuple[list[Person], _Shared | None]] = deque()
        for chunk in chunks:
            ahead.append((chunk, self._share(search_keys, chunk, take_back=False)))
            if len(ahead) < _KEYS_AHEAD:
                continue
            yield self._take(*ahead.popleft())
        while ahead:
            yield self._take(*ahead.popleft())

    @staticmethod
    def _take(chunk: list[Person], work: _Shared | None) -> list[SearchKey]:
        return work.take() if work is not None else search_keys(chunk)

    def _share(self, function: Any, argument: Any, take_back: bool) -> _Shared | None:
        if self._pool is None:
            return None
        try:
            return _Shared(self, self._pool.submit(function, argument), take_back, function, argument)
        except _GONE:
            self.close()
            return None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> ImportHelper:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
