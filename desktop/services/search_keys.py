"""The search keys of the firms an import inserts — name key, pinyin initials and the short search
index's text (``search_index.short_row``) — worked out in a helper process while the import writes.

Pinyin is the dearest step of an insert (3.5 s of a 530,000-firm import, plus 0.3 s to load pypinyin)
and pure Python, so a thread would only take turns with the insert for the interpreter lock; a second
process runs it on the other core. It is started before the file is read, loads pypinyin while the
spreadsheet is parsed, and answers chunk by chunk in order, so the insert waits only for the first,
small chunk. Small files (every interactive edit, the tests) do not pay for starting it: below
``MIN_FILE_BYTES`` and whenever the helper cannot start or dies, the keys are worked out in this
process, with the same function and the same result.

The insert writes each chunk as it comes: it first waits for 1,000 names, then for chunks of 5,000,
each worked out (9 µs a name) while it writes the one before (13 µs a row), so it does not wait again.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import TracebackType

from desktop.domain.names import display_key, load_pinyin, pinyin_initials
from desktop.store.search_index import short_row

MIN_FILE_BYTES = 1 << 20  # about 15,000 rows of xlsx: below, loading pypinyin here costs 0.3 s at most
FIRST_CHUNK = 1_000
CHUNK = 5_000

# name key, pinyin initials, then the short index's name, legal representative and initials
SearchKey = tuple[str, str, str | None, str | None, str | None]
Person = tuple[str, str | None]  # a firm's name (display form) and legal representative


def search_keys(people: list[Person]) -> list[SearchKey]:
    """What the helper works out for a chunk of new firms (or this process, without one)."""
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


class SearchKeys:
    """``with SearchKeys.for_file(path) as keys: for chunk in keys.of(names): ...``"""

    def __init__(self, helper: bool) -> None:
        self._pool: ProcessPoolExecutor | None = None
        if helper:
            try:
                # spawn, as on Windows: no copy of this process's threads, locks or open database
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
                self._pool.submit(load_pinyin)  # starts the process now, not at the first chunk
            except (OSError, RuntimeError):
                self._pool = None

    @classmethod
    def for_file(cls, path: Path) -> SearchKeys:
        try:
            big = path.stat().st_size >= MIN_FILE_BYTES
        except OSError:
            big = False
        return cls(big)

    @property
    def helped(self) -> bool:
        return self._pool is not None

    def of(self, people: list[Person]) -> Iterator[list[SearchKey]]:
        """The keys of the firms, in order, a chunk at a time."""
        chunks = [people[start:end] for start, end in itertools.pairwise(chunk_bounds(len(people)))]
        futures = self._submit(chunks)
        for chunk, future in zip(chunks, futures, strict=True):
            yield self._result(chunk, future)

    def _submit(self, chunks: list[list[Person]]) -> list[Future[list[SearchKey]] | None]:
        if self._pool is None:
            return [None] * len(chunks)
        try:
            return [self._pool.submit(search_keys, chunk) for chunk in chunks]
        except (BrokenProcessPool, RuntimeError, OSError):
            self.close()
            return [None] * len(chunks)

    def _result(self, chunk: list[Person], future: Future[list[SearchKey]] | None) -> list[SearchKey]:
        if future is not None:
            try:
                return future.result()
            except (BrokenProcessPool, CancelledError, OSError):  # the helper died (killed, out of memory)
                self.close()
        return search_keys(chunk)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> SearchKeys:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
