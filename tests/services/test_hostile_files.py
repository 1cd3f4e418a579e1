"""Hostile and broken files thrown at the importer: a clear error or a clean import, never a crash, a
hang, or a change to the database when the file is rejected (issue 7)."""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from desktop.domain.errors import DomainError
from desktop.domain.uscc import complete, org_code_check
from desktop.exchange.tables import UnusableFile
from desktop.services import sheet_reader
from desktop.services.list_import import import_list
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Firm, ImportBatch, ListMembership

T = TypeVar("T")
HEADER = ["统一社会信用代码", "企业名称", "法定代表人", "注册资本", "成立日期", "联系电话"]
SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _state(ws: Workspace) -> tuple[int, int, int, int]:
    with ws.db.session() as s:
        return (
            s.scalar(select(func.count(Firm.id))) or 0,
            s.scalar(select(func.count()).select_from(ListMembership)) or 0,
            s.scalar(select(func.count(ImportBatch.id))) or 0,
            s.scalar(select(func.count(AuditEntry.id))) or 0,
        )


def _import_or_reject(ws: Workspace, path: Path) -> bool:
    """True when imported; False when rejected with a DomainError that left the database unchanged."""
    before = _state(ws)
    try:
        import_list(ws, path, "敌意测试名单", confirm_removals=True)
    except DomainError as exc:
        assert str(exc).strip(), "a rejection must say why"
        assert _state(ws) == before, f"rejected file {path.name} changed the database"
        return False
    return True


def _code(n: int) -> str:
    body = f"{n % 10**8:08d}"
    return complete("91410702" + body + org_code_check(body))


cell = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=False, width=32),
    st.booleans(),
    st.sampled_from(
        ["=1+1", '=HYPERLINK("http://x")', "+SUM(A1:A9)", "-2", "@cmd", "\x00", "\ufeff", "x" * 5000]
    ),
)


@SETTINGS
@given(rows=st.lists(st.lists(cell, min_size=0, max_size=8), max_size=30), with_header=st.booleans())
def test_random_xlsx_grids(
    workspace: Workspace, tmp_path_factory: pytest.TempPathFactory, rows: list[list[Any]], with_header: bool
) -> None:
    path = tmp_path_factory.mktemp("grid") / "名单.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    if with_header:
        ws.append(HEADER)
    for i, row in enumerate(rows):
        # Every other row gets a real code, so imports with valid rows are exercised too.
        values = [(_code(i) if i % 2 == 0 else row[0] if row else None), *row[1:]] if with_header else row
        # openpyxl itself refuses control characters; the rest of the mess goes in.
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values])
    wb.save(path)
    with workspace.db.session() as s:
        known = set(s.scalars(select(Firm.uscc)))  # the workspace lives on from example to example
    imported = _import_or_reject(workspace, path)
    # Without a header no sheet has a code column: refused. With one and some rows: imported, and only
    # the real codes of the even rows can have become firms.
    assert imported == (with_header and bool(rows))
    written = {_code(i) for i in range(0, len(rows), 2)}
    with workspace.db.session() as s:
        stored = set(s.scalars(select(Firm.uscc))) - known
    assert stored <= written


@SETTINGS
@given(data=st.binary(max_size=4000), encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_random_csv_bytes(
    workspace: Workspace, tmp_path_factory: pytest.TempPathFactory, data: bytes, encoding: str
) -> None:
    path = tmp_path_factory.mktemp("csv") / "名单.csv"
    path.write_bytes(",".join(HEADER).encode(encoding, errors="replace") + b"\n" + data)
    before = _state(workspace)
    _import_or_reject(workspace, path)
    # Random bytes hold no valid credit code: whether read or refused, nothing is stored.
    assert _state(workspace) == before


@SETTINGS
@given(cut=st.integers(min_value=0, max_value=100))
def test_truncated_xlsx(workspace: Workspace, tmp_path_factory: pytest.TempPathFactory, cut: int) -> None:
    folder = tmp_path_factory.mktemp("cut")
    good = folder / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    for i in range(20):
        wb.active.append([_code(i), f"新乡市测试{i}有限公司", "张三", 100, "2019-03-05", "13812345678"])
    wb.save(good)
    data = good.read_bytes()
    broken = folder / "broken.xlsx"
    broken.write_bytes(data[: len(data) * cut // 100])
    imported = _import_or_reject(workspace, broken)
    assert imported == (cut == 100)  # a workbook cut anywhere has lost its zip directory


def test_csv_renamed_xlsx_and_garbage(workspace: Workspace, tmp_path: Path) -> None:
    renamed = tmp_path / "名单.xlsx"
    renamed.write_text(
        ",".join(HEADER) + "\n" + _code(1) + ",新乡市测试有限公司,张三,100,2019-03-05,138\n", encoding="utf-8"
    )
    garbage = tmp_path / "garbage.xls"
    garbage.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 2000)  # an OLE header with nothing behind it
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    # The kind is told from the content: a CSV named .xlsx is read as CSV; the rest are refused.
    assert _import_or_reject(workspace, renamed)
    assert not _import_or_reject(workspace, garbage)
    assert not _import_or_reject(workspace, empty)
    with workspace.db.session() as s:
        assert s.scalar(select(func.count(Firm.id))) == 1


def test_zip_bomb_is_rejected_quickly(workspace: Workspace, tmp_path: Path) -> None:
    """A tiny .xlsx whose sheet inflates to ~200 MB of repeated XML: refused or read, never hangs."""
    path = tmp_path / "bomb.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", "<x>" + "<row/>" * 30_000_000 + "</x>")
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 1_000_000
    assert not within(30, lambda: _import_or_reject(workspace, path))  # no workbook in it: refused


def within(seconds: float, call: Callable[[], T]) -> T:
    """``call()``'s result, failing the test when it has not returned after ``seconds`` (a hang guard,
    not a speed target: the work takes well under a second)."""
    outcome: list[Any] = []
    thread = threading.Thread(target=lambda: outcome.append(_outcome(call)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"still running after {seconds} s"
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return cast(T, outcome[0])


def _outcome(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except BaseException as exc:  # raised again on the test's thread
        return exc


def far_cell_xlsx(path: Path) -> Path:
    """A 5 KB workbook with a cell at XFD1048576: the reader allocated 512 GB for it and aborted."""
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    wb.active.append([_code(1), "新乡市远端有限公司"])
    wb.active.cell(row=1_048_576, column=16_384, value="x")
    wb.save(path)
    assert path.stat().st_size < 10_000
    return path


def test_a_sheet_claiming_xfd1048576_is_refused_before_reading(workspace: Workspace, tmp_path: Path) -> None:
    path = far_cell_xlsx(tmp_path / "far.xlsx")
    before = _state(workspace)
    with pytest.raises(UnusableFile, match="16384 列") as refused:
        within(30, lambda: import_list(workspace, path))
    assert "200 列" in str(refused.value) and "far.xlsx" in str(refused.value)
    assert refused.value.message_en and "16384 columns" in refused.value.message_en
    assert _state(workspace) == before


def test_a_reader_that_crashes_is_a_message(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the size checks the same file aborts the reader: in its child process, so the import gets
    a message and this process lives on."""
    monkeypatch.setattr(sheet_reader, "check_limits", lambda path: None)
    path = far_cell_xlsx(tmp_path / "far.xlsx")
    with pytest.raises(UnusableFile, match="读取程序异常退出") as crashed:
        within(60, lambda: import_list(workspace, path))
    assert "far.xlsx" in str(crashed.value)
    assert crashed.value.message_en and "Excel or WPS" in crashed.value.message_en
    assert _state(workspace) == (0, 0, 0, 0)


def _declare_size(data: bytes, size: int) -> bytes:
    """The zip with every part's uncompressed size in its central directory set to ``size``."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        out[at + 24 : at + 28] = size.to_bytes(4, "little")
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def test_a_workbook_that_unpacks_beyond_2_gb_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    wb.active.append([_code(1), "新乡市测试有限公司"])
    wb.save(good)
    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(_declare_size(good.read_bytes(), 0xFFFF_FFF0))
    with pytest.raises(UnusableFile, match="GB"):
        within(30, lambda: import_list(workspace, bomb))
    assert _state(workspace) == (0, 0, 0, 0)
    assert import_list(workspace, good).new == 1  # the same workbook as it declares its real sizes


def test_a_million_empty_rows_and_a_far_cell(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "far.xlsx"
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(HEADER)
    sheet.append([_code(7), "新乡市远端有限公司", "李四", 10, None, None])
    sheet.cell(row=1_000_000, column=1, value="合计")
    wb.save(path)
    assert _import_or_reject(workspace, path)
    with workspace.db.session() as s:
        assert s.scalar(select(func.count(Firm.id))) == 1


def test_formulas_and_merged_cells_everywhere(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "formulas.xlsx"
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["新乡市无贷户名单"])
    sheet.merge_cells("A1:F1")
    sheet.append(HEADER)
    for i in range(10):
        sheet.append([_code(i), f'=CONCAT("新乡","{i}")', "=A1", "=1/0", "=TODAY()", '=HYPERLINK("x")'])
    for r in range(3, 13, 2):
        sheet.merge_cells(start_row=r, start_column=3, end_row=r + 1, end_column=4)
    wb.save(path)
    _import_or_reject(workspace, path)
    with workspace.db.session() as s:
        names = s.scalars(select(Firm.name)).all()
    # Whatever was imported, no stored value is a live formula's text taken as a name silently.
    assert all(isinstance(n, str) for n in names)
