"""Kill -9 at random moments: a parent forks a child that writes, SIGKILLs it, then checks the database.

Run by tests/store/test_crash_safety.py as ``python -m tests.crash_harness MODE WORKDIR KILLS SEED``;
prints one JSON object. Forking from a parent that has already imported everything puts the kills
inside the write instead of inside Python's start-up. POSIX only.

Modes:
* ``demo``: ``fill_demo`` of DEMO_FIRMS firms (one transaction) into an empty database;
* ``migrate``: the schema fixture upgraded through a long test-only extra revision;
* ``restore``: ``restore_backup`` of an older backup (file swaps, then the restore's audit entry);
* ``import``: ``import_list`` of an IMPORT_ROWS-row list (its safety backup, then one transaction).

After each kill the database must open with the key, pass integrity_check and foreign_key_check, and
hold all of the write or none of it; every complete backup file listed must verify too.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from desktop.services.backup import backup_now, restore_backup
from desktop.services.demo import fill_demo
from desktop.services.list_import import import_list
from desktop.services.workspace import open_workspace
from desktop.store import migrate
from desktop.store.audit import append_audit
from desktop.store.backup import backup_dir, list_backups, verify_file
from desktop.store.database import DB_FILE_NAME, connect_raw
from desktop.store.keys import DatabaseKey, KeySource
from tests.migration_helpers import (
    EXTRA_REVISION,
    FIXTURE_KEY_HEX,
    GOOD_BODY,
    fixtures,
    script_dir_with_extra,
    table_counts,
)

DEMO_FIRMS = 300
IMPORT_ROWS = 2000
CHUNKS, PER_CHUNK = 12, 150
ENV = {"FIRSTLOAN_DB_KEY": FIXTURE_KEY_HEX}
KEY = DatabaseKey(bytes.fromhex(FIXTURE_KEY_HEX), KeySource.ENV)


def _small_cache(dbapi_conn: Any, record: Any) -> None:
    dbapi_conn.execute("PRAGMA cache_size = -128")


def _child(mode: str, data_dir: Path) -> None:
    # A tiny page cache makes SQLite spill uncommitted pages into the WAL long before the commit,
    # so a kill leaves half a transaction on disk that recovery must ignore.
    event.listen(Engine, "connect", _small_cache)
    ws = open_workspace(data_dir, environ=ENV, daily_backup=False)
    if mode == "restore":
        (backup,) = (b for b in list_backups(backup_dir(data_dir)) if b.reason == "manual")
        restore_backup(ws, backup.path)
        return
    try:
        if mode == "demo":
            fill_demo(ws, firms=DEMO_FIRMS)
        elif mode == "import":
            import_list(ws, data_dir.parent / "list.xlsx", "崩溃测试名单")
    finally:
        ws.close()


def _write_list(path: Path) -> None:
    import openpyxl

    from desktop.domain.uscc import complete, org_code_check

    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["新乡市小微企业无贷户名单（崩溃测试）"])
    sheet.append(["统一社会信用代码", "企业名称", "法定代表人", "所属区县", "注册资本"])
    for n in range(IMPORT_ROWS):
        body = f"{n:08d}"
        code = complete("91410702" + body + org_code_check(body))
        sheet.append([code, f"新乡市崩溃测试{n}号有限公司", "张三", "红旗区", "100万元"])
    wb.save(path)


def _prepare(mode: str, work: Path, template: Path, i: int) -> Path:
    data_dir = work / f"{mode}-{i:03d}"
    if template.is_dir():
        shutil.copytree(template, data_dir)
    else:
        data_dir.mkdir(parents=True)
        shutil.copyfile(template, data_dir / DB_FILE_NAME)
    return data_dir


def _restore_template(work: Path) -> Path:
    """A database with 3 audit entries when backed up and 8 now."""
    template = work / "template"
    ws = open_workspace(template, environ=ENV, daily_backup=False)
    try:
        for i in range(8):
            if i == 3:
                backup_now(ws)
            with ws.db.write() as session:
                append_audit(session, actor="test", action="test", entity="firm", summary=f"{i}")
    finally:
        ws.close()
    return template


Report = Callable[[str], None]


@dataclass
class Run:
    killed: bool
    seconds: float
    reported: list[str]  # what the child said it had committed, in order, before it ended


def run_killed(work: Callable[[Report], None], kill_after: float | None, where: Path) -> Run:
    """Fork a child that runs ``work(report)``; SIGKILL it after ``kill_after`` seconds (None: let it
    finish). ``report(tag)`` goes through a pipe as soon as it is called, so the parent knows which
    commits the child had confirmed when it died."""
    read_end, write_end = os.pipe()
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: write, then leave without running the parent's cleanup
        os.close(read_end)
        code = 0
        try:
            work(lambda tag: _send(write_end, tag))
        except BaseException:
            code = 1
        os._exit(code)
    os.close(write_end)
    status = _wait_or_kill(pid, start, kill_after)
    with os.fdopen(read_end, "rb") as pipe:
        reported = pipe.read().decode("utf-8").splitlines()
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    if not killed and os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the writer failed in {where}")
    return Run(killed, time.monotonic() - start, reported)


def _send(fd: int, tag: str) -> None:
    os.write(fd, tag.encode("utf-8") + b"\n")


def _wait_or_kill(pid: int, start: float, kill_after: float | None) -> int:
    if kill_after is not None:
        deadline = start + kill_after
        while time.monotonic() < deadline:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return status
            time.sleep(0.002)
        os.kill(pid, signal.SIGKILL)
    return os.waitpid(pid, 0)[1]


def _run_once(mode: str, data_dir: Path, kill_after: float | None) -> tuple[bool, float]:
    """Fork a writer; kill it after ``kill_after`` seconds. Returns (killed, seconds it ran)."""
    run = run_killed(lambda _report: _child(mode, data_dir), kill_after, data_dir)
    return run.killed, run.seconds


def _inspect(mode: str, data_dir: Path, baseline: dict[str, int]) -> dict[str, Any]:
    db = data_dir / DB_FILE_NAME
    wal = Path(str(db) + "-wal")
    wal_bytes = wal.stat().st_size if wal.exists() else 0  # what the killed writer left behind
    conn = connect_raw(db, KEY)  # WAL recovery happens here
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    counts = table_counts(db, KEY)
    if mode == "restore":
        # 8: untouched; 4: the 3 backed-up entries and the restore's own.
        audit = counts["audit_entry"]
        state = {8: "none", 4: "all"}.get(audit, "partial")
        if state != "none" and not list(data_dir.glob("firstloan.db.replaced-*")):
            state = "partial"  # restored but the old database was not kept aside
    elif mode == "import":
        firms, batches = counts["firm"], counts["import_batch"]
        state = (
            "none"
            if firms == 0 and batches == 0
            else "all"
            if firms == IMPORT_ROWS and batches == 1
            else "partial"
        )
    elif mode == "demo":
        firms, audit = counts["firm"], counts["audit_entry"]
        state = (
            "none"
            if firms == 0 and audit == 0
            else "all"
            if firms == DEMO_FIRMS and audit == 1
            else "partial"
        )
    else:
        unchanged = {t: counts[t] for t in baseline} == baseline
        expected_probe = CHUNKS * PER_CHUNK * baseline["firm"]
        if revision == EXTRA_REVISION and unchanged and counts.get("probe") == expected_probe:
            state = "all"
        elif revision != EXTRA_REVISION and unchanged and "probe" not in counts:
            state = "none"
        else:
            state = "partial"
    backups_ok = all(verify_file(b.path, KEY) == [] for b in list_backups(backup_dir(data_dir)))
    return {
        "integrity_ok": integrity == ["ok"],
        "fk_ok": not fk,
        "state": state,
        "backups_ok": backups_ok,
        "wal_bytes": wal_bytes,
    }


def main(mode: str, work: Path, kills: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    work.mkdir(parents=True, exist_ok=True)
    if mode == "restore":
        template = _restore_template(work)
    elif mode in ("demo", "import"):
        if mode == "import":
            _write_list(work / "list.xlsx")
        template = work / "empty.db"
        ws = open_workspace(work / "template", environ=ENV, daily_backup=False)
        ws.close()
        shutil.copyfile(work / "template" / DB_FILE_NAME, template)
    else:
        template = fixtures()[-1]
        body = GOOD_BODY.format(chunks=CHUNKS, per_chunk=PER_CHUNK)
        migrate.MIGRATIONS_DIR = script_dir_with_extra(work, body)
    baseline = table_counts(template / DB_FILE_NAME if template.is_dir() else template, KEY)
    # Calibrate: how long does the whole write take here?
    data_dir = _prepare(mode, work, template, 0)
    _, full = _run_once(mode, data_dir, None)
    results = [{"kill_after": None, **_inspect(mode, data_dir, baseline)}]
    upper = full * 1.05
    killed = 0
    i = 0
    while killed < kills and i < kills * 3:
        i += 1
        data_dir = _prepare(mode, work, template, i)
        # Runs vary a lot on a shared machine: widen the window while kills land before the end of
        # the write, narrow it while runs finish first, so kills fall on both sides of the commit.
        kill_after = rng.uniform(0.01, upper)
        was_killed, _ = _run_once(mode, data_dir, kill_after)
        killed += was_killed
        outcome = _inspect(mode, data_dir, baseline)
        if not was_killed:
            upper = max(0.05, upper * 0.9)
        elif outcome["state"] == "none":
            upper *= 1.1
        results.append({"kill_after": round(kill_after, 3), "killed": was_killed, **outcome})
        shutil.rmtree(data_dir)
    return {"mode": mode, "full_seconds": round(full, 3), "kills": killed, "runs": results}


if __name__ == "__main__":
    mode, work, kills, seed = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    print(json.dumps(main(mode, work, kills, seed), ensure_ascii=False))
