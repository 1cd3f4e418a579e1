"""The firm table: a virtual model over SQL that loads pages of rows on demand.

``rowCount`` is the filtered count (``count_firms``); ``data`` loads the page holding a row the first
time the view asks for it and keeps only the most recently used pages, so 530,000 firms cost a count and
a few pages, never all rows. The worked-out columns (next 211 deadline, last contact, completeness) are
read per page with it (``services/firm_page.page_facts``). Sorting goes through the service
(``FirmQuery.order_by``); the columns and their texts are ``firm_cells``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.services.firm_page import FirmFacts, page_facts
from desktop.services.firms import FirmQuery, FirmSummary, count_firms, list_firms
from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.workspace import Workspace
from desktop.ui.models.firm_cells import COLUMNS, FirmCells
from desktop.ui.worker import Worker

PAGE_SIZE = 200
MAX_PAGES = 12
AnyIndex = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#c62828")
DUE = QColor("#ef6c00")


@dataclass(frozen=True)
class _Fetched:
    generation: int
    query: FirmQuery
    first_page: list[FirmSummary]
    facts: dict[str, FirmFacts]
    exact: bool  # the first page is all there is (else the exact count follows)


class FirmTableModel(QAbstractTableModel):
    query_applied = Signal()  # a background query's result is now shown
    counted = Signal()  # ... and then its exact count
    # A background result reached the GUI thread: True when shown, False when dropped as out of date (a
    # newer query had been asked for meanwhile).
    result_arrived = Signal(bool)
    failed = Signal(object)

    def __init__(
        self,
        ws: Workspace,
        today: Callable[[], date] = date.today,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.max_pages = max_pages
        self.ws = ws
        self.today = today
        self._query = FirmQuery()
        self._count = 0
        self._counting = False
        self._pages: OrderedDict[int, list[FirmSummary]] = OrderedDict()
        self._facts: dict[str, FirmFacts] = {}
        self.cells = FirmCells()
        self._count = count_firms(ws, self._query)
        # Background queries (search as you type): one at a time, newer ones replace queued ones, and
        # a result that arrives after a newer query was asked for is dropped.
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._workers: set[Worker] = set()

    # -- querying -------------------------------------------------------------------------------

    @property
    def query(self) -> FirmQuery:
        return self._query

    def set_query(self, query: FirmQuery) -> None:
        """Apply new search/filters (keeping the sort order); the count and pages are re-read."""
        self._generation += 1
        self.beginResetModel()
        self._query = replace(query, order_by=self._query.order_by, limit=None, offset=0)
        self._reset_cache()
        self._count = count_firms(self.ws, self._query)
        self._counting = False
        self.endResetModel()

    def set_query_in_background(self, query: FirmQuery) -> None:
        """Like set_query, but read on a worker thread (the window stays live), in two steps: the first
        page, shown at once, then the exact count (a common word's count takes longer than its page)."""
        self._generation += 1
        generation = self._generation
        wanted = replace(query, order_by=self._query.order_by, limit=None, offset=0)
        ws, size, today = self.ws, self.page_size, self.today()

        def job(_progress: ProgressCallback, _cancel: CancelToken) -> _Fetched:
            page = list_firms(ws, replace(wanted, limit=size, offset=0))
            facts = page_facts(ws, [f.uscc for f in page], today)
            return _Fetched(generation, wanted, page, facts, exact=len(page) < size)

        self._start(job, self._fetched)

    def _start(
        self, job: Callable[[ProgressCallback, CancelToken], object], done: Callable[[object], None]
    ) -> None:
        worker = Worker(job)
        self._workers.add(worker)
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(self._fetch_failed)
        self._pool.clear()  # queued, not yet started queries are out of date
        # Keep a reference only to the running worker and the new one (the pool does not own them).
        self._workers = {w for w in self._workers if w.started and not w.done} | {worker}
        self._pool.start(worker)

    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def wait_idle(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

    def counting(self) -> bool:
        """The rows shown are the first page; the exact count is on its way."""
        return self._counting

    def _fetched(self, result: object) -> None:
        assert isinstance(result, _Fetched)
        if result.generation != self._generation:
            self.result_arrived.emit(False)
            return
        self.beginResetModel()
        self._query = result.query
        self._reset_cache()
        self._count = len(result.first_page)
        self._pages[0] = result.first_page
        self._facts.update(result.facts)
        self._counting = not result.exact
        self.endResetModel()
        self.query_applied.emit()
        self.result_arrived.emit(True)
        if not result.exact:
            ws, wanted, generation = self.ws, result.query, result.generation
            self._start(lambda _p, _c: (generation, count_firms(ws, wanted)), self._counted)

    def _counted(self, result: object) -> None:
        generation, count = cast(tuple[int, int], result)
        if generation != self._generation:
            return
        self._counting = False
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # the data changed between the two steps
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self.counted.emit()

    def _fetch_failed(self, exc: object) -> None:
        self.failed.emit(exc)

    def refresh(self) -> None:
        self.set_query(self._query)

    def _reset_cache(self) -> None:
        self._pages.clear()
        self._facts.clear()
        self.cells = FirmCells()  # picks up a language switch

    def loaded_rows(self) -> int:
        """Rows held in memory now (for tests: never the whole table)."""
        return sum(len(page) for page in self._pages.values())

    def _page(self, number: int) -> list[FirmSummary]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = list_firms(self.ws, replace(self._query, limit=self.page_size, offset=number * self.page_size))
        self._pages[number] = page
        self._facts.update(page_facts(self.ws, [f.uscc for f in page], self.today()))
        while len(self._pages) > self.max_pages:
            _, dropped = self._pages.popitem(last=False)
            for firm in dropped:
                self._facts.pop(firm.uscc, None)
        return page

    def firm_at(self, row: int) -> FirmSummary | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def facts_at(self, row: int) -> FirmFacts:
        firm = self.firm_at(row)
        return self._facts.get(firm.uscc, FirmFacts()) if firm else FirmFacts()

    def firms_between(self, top: int, bottom: int) -> list[FirmSummary]:
        """The firms of rows top..bottom (a selection): from the pages held, else in one query."""
        top, bottom = max(top, 0), min(bottom, self._count - 1)
        if bottom < top:
            return []
        pages = range(top // self.page_size, bottom // self.page_size + 1)
        if all(number in self._pages for number in pages):
            return [f for row in range(top, bottom + 1) if (f := self.firm_at(row)) is not None]
        return list_firms(self.ws, replace(self._query, limit=bottom - top + 1, offset=top))

    def row_texts(self, row: int, keys: Sequence[str]) -> list[str]:
        firm = self.firm_at(row)
        return [] if firm is None else self.cells.row(firm, self.facts_at(row), keys)

    # -- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells.titles[COLUMNS[section].key]
        if role == Qt.ItemDataRole.ToolTipRole and not COLUMNS[section].sortable:
            return self.tr("按此列不能排序（逐页计算）")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count or index.column() >= len(COLUMNS):
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            firm = self.firm_at(index.row())
            return None if firm is None else self.cells.text(firm, self.facts_at(index.row()), key)
        if key == "next_211" and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            facts = self.facts_at(index.row())
            if role == Qt.ItemDataRole.ForegroundRole:
                if facts.overdue:
                    return QBrush(OVERDUE)
                return QBrush(DUE) if facts.due else None
            if facts.overdue or facts.due:
                return (
                    self.tr("211时限：%1 项逾期，%2 项待办")
                    .replace("%1", str(facts.overdue))
                    .replace("%2", str(facts.due))
                )
        if role == Qt.ItemDataRole.UserRole:
            firm = self.firm_at(index.row())
            return firm.uscc if firm else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column through the firms service; column -1 (no sort indicator) is the default
        order: firms by name, a search in list order (the fast plan)."""
        if column == -1:
            order_by = None
        elif not 0 <= column < len(COLUMNS) or not COLUMNS[column].sortable:
            return
        else:
            key = COLUMNS[column].key
            order_by = key if order == Qt.SortOrder.AscendingOrder else f"-{key}"
        if order_by == self._query.order_by:
            return
        self._generation += 1
        self.beginResetModel()
        self._query = replace(self._query, order_by=order_by)
        self._reset_cache()
        self.endResetModel()
