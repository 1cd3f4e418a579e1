"""The operations the reliability soak kills at random moments, one ``Operation`` each.

An operation says how to build the data folder it starts from (``prepare``, once), what the killed child
does (``run``, calling ``report(tag)`` right after each commit it makes), and what the folder holds
after the kill (``outcome``: "none", "all" or "partial", and which reported commits are missing). The
soak adds the checks every operation shares: the database opens and passes ``check`` (integrity, foreign
keys, audit chain, anchor), every listed backup verifies, and no process is left behind.

Adding an operation is one more entry in OPERATIONS (and its share of kills in test_soak.PLAN).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl
from sqlalchemy import select

from desktop.domain.uscc import complete, org_code_check
from desktop.services.backup import backup_now, restore_backup
from desktop.services.branch import assign_firms, init_branch, join_branch
from desktop.services.corrections import void_record
from desktop.services.demo import fill_demo
from desktop.services.ledger import export_ledger
from desktop.services.list_import import import_list
from desktop.services.profile import save_profile
from desktop.services.sync_export import export_package
from desktop.services.sync_import import import_package
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Profile, open_workspace
from desktop.store.audit import append_audit
from desktop.store.backup import backup_dir, list_backups
from desktop.store.database import connect_raw
from desktop.store.keys import DatabaseKey, KeySource
from desktop.store.models import Firm

KEY_HEX = "5c" * 32
ENV = {"FIRSTLOAN_DB_KEY": KEY_HEX}
KEY = DatabaseKey(bytes.fromhex(KEY_HEX), KeySource.ENV)
TODAY = date(2026, 11, 20)
DEMO_FIRMS = 150
IMPORT_ROWS = 1500  # below the helper process's 1 MB: the helper's own soak belongs to issue 16 item 13
LEDGER_MONTH = "2026-10"
Report = Callable[[str], None]


@dataclass(frozen=True)
class Outcome:
    state: str  # "none" (nothing of the operation), "all" (all of it) or "partial" (a torn write)
    lost: list[str]  # reported commits the folder does not hold


@dataclass(frozen=True)
class Operation:
    name: str
    prepare: Callable[[Path], Path]  # a work folder -> the data folder every run starts from (a copy)
    run: Callable[[Path, Report], None]  # in the child: the operation on the data folder
    outcome: Callable[[Path, list[str]], Outcome]  # after the kill: what the folder holds


def counts(data_dir: Path, *tables: str) -> dict[str, int]:
    conn = connect_raw(data_dir / "firstloan.db", KEY)
    try:
        return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}
    finally:
        conn.close()


def _open(data_dir: Path):  # type: ignore[no-untyped-def]
    return open_workspace(data_dir, environ=ENV, daily_backup=False)


def _demo_folder(work: Path) -> Path:
    template = work / "demo-template"
    if not template.exists():
        ws = _open(template)
        try:
            fill_demo(ws, firms=DEMO_FIRMS, today=TODAY)
        finally:
            ws.close()
    return template


# -- list import: one transaction after its safety backup ------------------------------------------------


def _prepare_import(work: Path) -> Path:
    template = work / "import-template"
    _open(template).close()
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["新乡市小微企业无贷户名单（可靠性测试）"])
    sheet.append(["统一社会信用代码", "企业名称", "法定代表人", "所属区县", "注册资本"])
    for n in range(IMPORT_ROWS):
        body = f"{n:08d}"
        sheet.append(
            [
                complete("91410702" + body + org_code_check(body)),
                f"新乡市可靠{n}号有限公司",
                "李四",
                "红旗区",
                "50万元",
            ]
        )
    book.save(work / "list.xlsx")
    return template


def _run_import(data_dir: Path, report: Report) -> None:
    ws = _open(data_dir)
    try:
        import_list(ws, data_dir.parent / "list.xlsx", "可靠性测试名单")
        report("import")
    finally:
        ws.close()


def _import_outcome(data_dir: Path, reported: list[str]) -> Outcome:
    got = counts(data_dir, "firm", "import_batch")
    state = {(0, 0): "none", (IMPORT_ROWS, 1): "all"}.get((got["firm"], got["import_batch"]), "partial")
    return Outcome(state, [tag for tag in reported if state != "all"])


# -- ledger export: the file is renamed into place inside the transaction that records it -----------------


def _run_ledger(data_dir: Path, report: Report) -> None:
    ws = _open(data_dir)
    try:
        export_ledger(ws, LEDGER_MONTH, data_dir / "ledger.xlsx", allow_incomplete=True)
        report("ledger")
    finally:
        ws.close()


def _ledger_outcome(data_dir: Path, reported: list[str]) -> Outcome:
    exports = counts(data_dir, "ledger_export")["ledger_export"]
    out = data_dir / "ledger.xlsx"
    if out.exists():  # whatever became of the record, a file in place is a whole workbook
        openpyxl.load_workbook(out, read_only=True).close()
    # A record without its file would be torn; a file without a record (killed between the rename and
    # the commit) is a finished file the officer can export again: no data is lost either way.
    state = "all" if exports == 1 and out.exists() else "none" if exports == 0 else "partial"
    return Outcome(state, [tag for tag in reported if state != "all"])


# -- backup: a change (one commit), then a backup checked and sealed -----------------------------------


def _run_backup(data_dir: Path, report: Report) -> None:
    ws = _open(data_dir)
    try:
        with ws.db.write() as session:
            append_audit(session, actor="soak", action="test", entity="firm", summary="备份前的改动")
        report("note")
        made = backup_now(ws)
        report(f"backup {made.path.name}")
    finally:
        ws.close()


def _backup_outcome(data_dir: Path, reported: list[str]) -> Outcome:
    notes = (
        counts(data_dir, "audit_entry")["audit_entry"]
        - counts(_demo_baseline(data_dir), "audit_entry")["audit_entry"]
    )
    names = {b.path.name for b in list_backups(backup_dir(data_dir), KEY)}
    lost = [
        tag
        for tag in reported
        if (tag == "note" and notes != 1) or (tag.startswith("backup ") and tag[7:] not in names)
    ]
    state = "all" if names else "none"
    return Outcome(state if notes in (0, 1) else "partial", lost)


def _demo_baseline(data_dir: Path) -> Path:
    return data_dir.parent / "demo-template"


# -- restore: file swaps, the restore's audit entry, the anchor moved ----------------------------------


def _prepare_restore(work: Path) -> Path:
    template = work / "restore-template"
    shutil.copytree(_demo_folder(work), template)
    ws = _open(template)
    try:
        backup_now(ws)
        for i in range(5):
            with ws.db.write() as session:
                append_audit(session, actor="soak", action="test", entity="firm", summary=f"备份后 {i}")
    finally:
        ws.close()
    return template


def _run_restore(data_dir: Path, report: Report) -> None:
    ws = _open(data_dir)
    (backup,) = [b for b in list_backups(backup_dir(data_dir)) if b.reason == "manual"]
    restore_backup(ws, backup.path)
    report("restore")


def _restore_outcome(data_dir: Path, reported: list[str]) -> Outcome:
    base = counts(_demo_baseline(data_dir), "audit_entry")["audit_entry"]
    audit = counts(data_dir, "audit_entry")["audit_entry"]
    # Untouched: the demo's entries and five more. Restored: the demo's and the restore's own.
    state = {base + 5: "none", base + 1: "all"}.get(audit, "partial")
    if state == "all" and not [p for p in data_dir.glob("firstloan.db.replaced-*") if p.suffix != ".anchor"]:
        state = "partial"  # restored, but the replaced database was not kept aside
    return Outcome(state, [tag for tag in reported if state != "all"])


# -- void: a first loan voided; the firm's stage and 首贷 are worked out again in the same transaction ------


def _sql(data_dir: Path, query: str) -> int:
    conn = connect_raw(data_dir / "firstloan.db", KEY)
    try:
        return int(conn.execute(query).fetchone()[0])
    finally:
        conn.close()


def _first_loan_id(data_dir: Path) -> int:
    return _sql(data_dir, "SELECT min(id) FROM loan WHERE voided_at IS NULL")


def _run_void(data_dir: Path, report: Report) -> None:
    ws = _open(data_dir)
    try:
        void_record(ws, "loan", _first_loan_id(_demo_baseline(data_dir)), "可靠性测试：录错了")
        report("void")
    finally:
        ws.close()


def _void_outcome(data_dir: Path, reported: list[str]) -> Outcome:
    loan = _first_loan_id(_demo_baseline(data_dir))
    voided = _sql(data_dir, f"SELECT count(*) FROM loan WHERE id = {loan} AND voided_at IS NOT NULL")
    audited = _sql(data_dir, "SELECT count(*) FROM audit_entry WHERE action = 'loan.void'")
    state = {(0, 0): "none", (1, 1): "all"}.get((voided, audited), "partial")
    return Outcome(state, [tag for tag in reported if state != "all"])


# -- package import: an officer's month merged on the coordinator's laptop, one transaction ------------

PACKAGE_FIRMS = 40


def _prepare_package(work: Path) -> Path:
    """The coordinator (the demo programme) with one officer who joined, took 40 firms and visited them."""
    template = work / "package-template"
    shutil.copytree(_demo_folder(work), template)
    coordinator, officer = _open(template), _open(work / "package-officer")
    try:
        save_profile(officer, Profile(officer="张三", bank="中原银行", branch="新乡红旗支行"))
        join_branch(officer, init_branch(coordinator, "新乡红旗支行"), "张三")
        hello = work / "hello.flpkg"
        export_package(officer, hello)
        import_package(coordinator, hello, backup=False)
        with coordinator.db.session() as session:
            codes = list(session.scalars(select(Firm.uscc).order_by(Firm.id).limit(PACKAGE_FIRMS)))
        assign_firms(coordinator, "张三", codes)
        handout = work / "handout.flpkg"
        export_package(coordinator, handout, "张三")
        import_package(officer, handout, backup=False)
        for uscc in codes:
            add_visit(officer, uscc, VisitInput(on=TODAY, mode="site", findings="可靠性测试走访"))
        export_package(officer, work / "month.flpkg")
    finally:
        coordinator.close()
        officer.close()
    return template


def _visits(data_dir: Path) -> int:
    return _sql(data_dir, "SELECT count(*) FROM visit WHERE findings = '可靠性测试走访'")


def _run_package(data_dir: Path, report: Report) -> None:
    ws = _open(data_dir)
    try:
        import_package(ws, data_dir.parent / "month.flpkg", backup=False)
        report("package")
    finally:
        ws.close()


def _package_outcome(data_dir: Path, reported: list[str]) -> Outcome:
    visits = _visits(data_dir)
    state = {0: "none", PACKAGE_FIRMS: "all"}.get(visits, "partial")
    return Outcome(state, [tag for tag in reported if state != "all"])


OPERATIONS: dict[str, Operation] = {
    op.name: op
    for op in (
        Operation("import", _prepare_import, _run_import, _import_outcome),
        Operation("ledger", _demo_folder, _run_ledger, _ledger_outcome),
        Operation("backup", _demo_folder, _run_backup, _backup_outcome),
        Operation("restore", _prepare_restore, _run_restore, _restore_outcome),
        Operation("void", _demo_folder, _run_void, _void_outcome),
        Operation("package", _prepare_package, _run_package, _package_outcome),
    )
}
