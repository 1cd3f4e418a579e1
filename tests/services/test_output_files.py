"""What the app writes out: never over its own data files, never crashing on control characters, one
rounding rule for money in every writer."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.services.attachments import add_attachment, export_attachment
from desktop.services.keys import export_recovery_key
from desktop.services.ledger import export_ledger
from desktop.services.printing import print_dossier, print_dossiers
from desktop.services.region_export import export_feedback, export_recommendations
from desktop.services.workspace import Workspace
from desktop.store.atomic_file import OutputFileError
from desktop.store.models import AuditEntry, Firm, ImportBatch, ListMembership, RegionalList
from desktop.store.protected_paths import ProtectedOutputError, protected_reason
from tests.report_factories import add_credit, add_firm, add_visit, move

# A firm name as a hostile or unlucky list delivers it: C0 and C1 controls, DEL, a tab, a line feed.
DIRTY = "新乡市\x00鑫\x07达\x1b[0m科技\x7f有限\x85公司\x9f"
CLEAN = "新乡市鑫达[0m科技有限公司"


def _firm(ws: Workspace, name: str = "新乡市鑫达科技有限公司", credit: str = "100") -> str:
    with ws.db.write() as s:
        firm = add_firm(
            s, name, phone="13812345678", stage="listed", source="branch", source_channel="settlement"
        )
        lst = RegionalList(name="新乡名单")
        s.add(lst)
        s.flush()
        batch = ImportBatch(list_id=lst.id, file_name="x.xlsx", file_hash="h")
        s.add(batch)
        s.flush()
        s.add(
            ListMembership(list_id=lst.id, firm_id=firm.id, first_batch_id=batch.id, last_batch_id=batch.id)
        )
        add_visit(s, firm, date(2026, 10, 5))
        move(s, firm, "contacted", date(2026, 10, 5))
        add_credit(s, firm, date(2026, 10, 9), credit)
        code = firm.uscc
    add_attachment(ws, code, b"%PDF-1.4 scan", "licence.pdf")  # number 1
    return code


Writer = Callable[[Workspace, str, Path], object]
WRITERS: dict[str, Writer] = {
    "ledger": lambda ws, code, out: export_ledger(ws, "2026-10", out, allow_incomplete=True),
    "feedback": lambda ws, code, out: export_feedback(ws, "新乡名单", out),
    "recommendations": lambda ws, code, out: export_recommendations(ws, out),
    "dossier": lambda ws, code, out: print_dossier(ws, code, out),
    "plan-less dossiers": lambda ws, code, out: print_dossiers(ws, out),
    "recovery key": lambda ws, code, out: export_recovery_key(ws.db.key, out, data_dir=ws.data_dir),
    "attachment": lambda ws, code, out: export_attachment(ws, 1, out),
}


def _db_intact(ws: Workspace) -> None:
    with ws.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Firm)) == 1
    with pytest.raises(sqlite3.DatabaseError):  # still encrypted: the plain sqlite reader cannot open it
        sqlite3.connect(ws.data_dir / "firstloan.db").execute("select * from sqlite_master").fetchall()


@pytest.mark.parametrize("writer", WRITERS, ids=str)
@pytest.mark.parametrize(
    "target",
    [
        "firstloan.db",
        "firstloan.db-wal",
        "firstloan.db-shm",
        "firstloan.db.key",
        "FIRSTLOAN.DB",
        ".lock",
        "backups/x.pdf",
    ],
)
def test_no_writer_overwrites_the_data_directory(
    workspace: Workspace, writer: str, target: str, tmp_path: Path
) -> None:
    code = _firm(workspace)
    out = workspace.data_dir / target
    (workspace.data_dir / "backups").mkdir(exist_ok=True)
    before = {p: p.stat().st_mtime_ns for p in workspace.data_dir.rglob("*") if p.is_file()}
    with pytest.raises(ProtectedOutputError, match="不能写入"):
        WRITERS[writer](workspace, code, out)
    after = {p: p.stat().st_mtime_ns for p in workspace.data_dir.rglob("*") if p.is_file() and p in before}
    assert after == before
    _db_intact(workspace)


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
@pytest.mark.parametrize("writer", WRITERS, ids=str)
def test_a_symlink_into_the_data_directory_is_followed_and_refused(
    workspace: Workspace, writer: str, tmp_path: Path
) -> None:
    code = _firm(workspace)
    link = tmp_path / ("out.pdf" if writer in ("dossier", "plan-less dossiers") else "out.xlsx")
    link.symlink_to(workspace.data_dir / "firstloan.db")
    folder = tmp_path / "looks-harmless"
    folder.symlink_to(workspace.data_dir)
    for out in (link, folder / "firstloan.db-wal", folder / ".." / folder.name / "firstloan.db"):
        with pytest.raises(ProtectedOutputError):
            WRITERS[writer](workspace, code, out)
    _db_intact(workspace)


def test_a_hard_link_to_the_database_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    _firm(workspace)
    link = tmp_path / "feedback.xlsx"
    try:
        os.link(workspace.data_dir / "firstloan.db", link)
    except OSError:
        pytest.skip("no hard links on this file system")
    assert protected_reason(workspace.data_dir, link) is not None
    with pytest.raises(ProtectedOutputError):
        export_feedback(workspace, "新乡名单", link)


def test_ordinary_files_in_and_beside_the_data_directory_are_fine(
    workspace: Workspace, tmp_path: Path
) -> None:
    for free in ("feedback.xlsx", "firstloan.xlsx", "logs/x.xlsx", "backup-notes.xlsx"):
        assert protected_reason(workspace.data_dir, workspace.data_dir / free) is None, free
    assert protected_reason(workspace.data_dir, tmp_path / "firstloan.db") is None  # another folder


def test_control_characters_in_a_name_never_stop_an_export(workspace: Workspace, tmp_path: Path) -> None:
    """Each writer takes a firm named with control characters and writes the name without them."""
    code = _firm(workspace, name=DIRTY)
    export_ledger(workspace, "2026-10", tmp_path / "ledger.xlsx", allow_incomplete=True)
    export_feedback(workspace, "新乡名单", tmp_path / "fb.xlsx")
    export_recommendations(workspace, tmp_path / "rec.xlsx")
    for name in ("ledger.xlsx", "fb.xlsx", "rec.xlsx"):
        values = [v for row in load_workbook(tmp_path / name).active.iter_rows(values_only=True) for v in row]
        assert CLEAN in values, name
    print_dossier(workspace, code, tmp_path / "d.pdf")
    reader = PdfReader(tmp_path / "d.pdf")
    text = "".join(page.extract_text() for page in reader.pages).replace("\n", "")
    assert CLEAN in text and "[U+0007]" not in text and "[U+001B]" not in text
    assert "\x07" not in str(reader.metadata.title)


def test_money_rounds_half_up_in_the_ledger_and_the_pdf(workspace: Workspace, tmp_path: Path) -> None:
    """0.125 万元 is 0.13 in both (the PDF used Python's half-even formatting and printed 0.12)."""
    code = _firm(workspace, credit="0.125")
    export_ledger(workspace, "2026-10", tmp_path / "l.xlsx", allow_incomplete=True)
    sheet = load_workbook(tmp_path / "l.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if "授信金额（万元）" in row)  # below the title lines
    column = rows[header].index("授信金额（万元）")
    amounts = [row[column] for row in rows[header + 1 :]]  # the firm's row, then the 合计 row
    assert amounts == [0.13, 0.13]
    print_dossier(workspace, code, tmp_path / "d.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "d.pdf").pages)
    assert "0.13" in text and "0.12" not in text


def test_an_exported_attachment_is_audited_and_atomic(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = _firm(workspace)
    number = add_attachment(workspace, code, b"\x89PNG scan", "执照\u202egnp.exe", "licence").id
    done = export_attachment(workspace, number, tmp_path)  # a folder: the attachment's own (safe) name
    assert done.path == tmp_path / "执照gnp.exe" and done.path.read_bytes() == b"\x89PNG scan"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with workspace.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "attachment.export")).one()
    assert entry.new["file"] == str(done.path) and entry.new["sha256"] == done.sha256

    # A refused rename (the file open in another program on Windows) leaves no file and no audit entry.
    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputFileError, match="无法保存到"):
        export_attachment(workspace, number, tmp_path / "again.png")
    assert not (tmp_path / "again.png").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with workspace.db.session() as s:
        exports = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "attachment.export")
        assert s.scalar(exports) == 1
