"""Cancelling a ledger export leaves no file, no export record and an earlier file untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import DomainError
from desktop.services.jobs import Cancelled, CancelToken
from desktop.services.ledger import export_ledger
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, LedgerExport
from tests.services.test_ledger import _setup


def _exports(ws: Workspace) -> tuple[int, int]:
    with ws.db.session() as s:
        records = s.scalar(select(func.count(LedgerExport.id))) or 0
        audits = s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "ledger.export")) or 0
    return records, audits


def _cancel_at(token: CancelToken, row: int) -> object:
    def progress(done: int, total: int, message: str) -> None:
        if total and done >= row:
            token.cancel()

    return progress


@pytest.mark.parametrize("after_rows", [1, 2])  # between rows, and after the last row before the rename
def test_cancel_leaves_no_file_and_no_record(workspace: Workspace, tmp_path: Path, after_rows: int) -> None:
    _setup(workspace)
    (folder := tmp_path / "out").mkdir()
    out = folder / "ledger.xlsx"
    token = CancelToken()
    with pytest.raises(Cancelled):
        export_ledger(
            workspace,
            "2026-10",
            out,
            allow_incomplete=True,
            progress=_cancel_at(token, after_rows),  # type: ignore[arg-type]
            cancel=token,
        )
    assert list(folder.iterdir()) == []  # neither the ledger nor its temporary file
    assert _exports(workspace) == (0, 0)


def test_cancel_keeps_the_earlier_file(workspace: Workspace, tmp_path: Path) -> None:
    _setup(workspace)
    (folder := tmp_path / "out").mkdir()
    out = folder / "ledger.xlsx"
    first = export_ledger(workspace, "2026-10", out, allow_incomplete=True)
    before = out.read_bytes()
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_ledger(workspace, "2026-10", out, allow_incomplete=True, cancel=token)
    assert out.read_bytes() == before and first.rows == 3
    assert [p.name for p in folder.iterdir()] == ["ledger.xlsx"]
    assert _exports(workspace) == (1, 1)
    # Not cancelled: progress runs to the end and the file is replaced.
    seen: list[tuple[int, int]] = []
    export_ledger(
        workspace, "2026-10", out, allow_incomplete=True, progress=lambda d, t, m: seen.append((d, t))
    )
    assert seen[-1] == (3, 3) and (1, 3) in seen
    assert _exports(workspace) == (2, 2)


def test_a_refused_rename_records_nothing(workspace: Workspace, tmp_path: Path) -> None:
    """The file cannot be put in place (here a folder has its name; on Windows, Excel holding it open)."""
    _setup(workspace)
    (folder := tmp_path / "out").mkdir()
    (out := folder / "ledger.xlsx").mkdir()
    with pytest.raises(DomainError, match="无法保存到"):
        export_ledger(workspace, "2026-10", out, allow_incomplete=True)
    assert [p.name for p in folder.iterdir()] == ["ledger.xlsx"] and out.is_dir()
    assert _exports(workspace) == (0, 0)
