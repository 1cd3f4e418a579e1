"""导出当前视图: the firm table as the officer sees it — the rows its search and filters find, in its order,
with the columns it shows and their texts — into one .xlsx sheet.

The caller gives the header and ``cells`` (a row's values, as the table writes them), so the file holds
exactly what was on screen; the rows are read a chunk at a time and written as they come, so a view of
530,000 firms never sits in memory. Cancel between chunks leaves no file and no audit entry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from desktop.domain.errors import DomainError, Message
from desktop.exchange.xlsx_safe import CellValue
from desktop.exchange.xlsx_writer import Sheet, Style, write_xlsx
from desktop.services.firm_page import FirmFacts, page_facts
from desktop.services.firms import FirmQuery, FirmSummary, count_firms, firms_by_code, iter_firms
from desktop.services.jobs import CancelToken, ProgressCallback, no_progress
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit

CHUNK = 2000
EXCEL_ROWS = 1_048_576  # rows of one sheet, the header included
Cells = Callable[[FirmSummary, FirmFacts], Sequence[CellValue]]


class ViewTooLarge(DomainError):
    pass


def export_firm_view(
    ws: Workspace,
    query: FirmQuery,
    out: Path,
    *,
    header: Sequence[str],
    cells: Cells,
    today: date,
    usccs: Sequence[str] | None = None,
    widths: Sequence[float] = (),
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Write the firms ``query`` lists (or only ``usccs``, a selection, in the order given) with ``header``
    and each row's ``cells``; returns the number of firms written."""
    query = replace(query, limit=None, offset=0)
    total = len(usccs) if usccs is not None else count_firms(ws, query)
    if total >= EXCEL_ROWS:
        raise ViewTooLarge(
            f"当前视图有 {total:,} 家企业，超过 Excel 一张表的行数上限，请先用筛选缩小范围",
            en=f"The view lists {total:,} firms, more than one Excel sheet holds; narrow it with the filters first",
        )
    rows = _rows(ws, query, usccs, header, cells, today, total, progress, cancel)
    write_xlsx(out, Sheet(title="企业列表", rows=rows, widths=widths, freeze_row=1))
    with ws.db.write() as session:
        append_audit(
            session,
            actor=ws.actor,
            action="export.firm_view",
            entity="export",
            entity_id=out.name,
            summary=f"导出企业列表：{total} 家企业",
            new={"file": str(out), "firms": total, "columns": list(header), "query": _described(query)},
        )
    return total


def _rows(
    ws: Workspace,
    query: FirmQuery,
    usccs: Sequence[str] | None,
    header: Sequence[str],
    cells: Cells,
    today: date,
    total: int,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> Iterator[list[tuple[CellValue, Style]]]:
    yield [(title, Style.HEADER) for title in header]
    done = 0
    progress(0, total, Message("正在导出……", "Exporting…"))
    for firms in _chunks(ws, query, usccs):
        facts = page_facts(ws, [f.uscc for f in firms], today)
        for firm in firms:
            yield [(value, Style.PLAIN) for value in cells(firm, facts.get(firm.uscc, FirmFacts()))]
        done += len(firms)
        progress(done, total, Message(f"已导出 {done}/{total} 家", f"Exported {done} of {total} firms"))
        if cancel is not None:
            cancel.raise_if_cancelled()


def _chunks(ws: Workspace, query: FirmQuery, usccs: Sequence[str] | None) -> Iterator[list[FirmSummary]]:
    if usccs is None:
        yield from iter_firms(ws, query, CHUNK)
        return
    for start in range(0, len(usccs), CHUNK):
        wanted = list(usccs[start : start + CHUNK])
        found = {f.uscc: f for f in firms_by_code(ws, wanted)}
        yield [found[code] for code in wanted if code in found]


def _described(query: FirmQuery) -> dict[str, object]:
    """The query's filters for the audit entry (what the file was made from)."""
    fields = ("search", "stage", "county", "entity_type", "officer", "on_list", "overdue_on", "order_by")
    values = {name: getattr(query, name) for name in fields}
    return {
        k: (str(v) if isinstance(v, date) else getattr(v, "value", v))
        for k, v in values.items()
        if v is not None
    }
