"""Benchmark (on demand, -s): what the data-safety work costs at 530,000 firms.

Opening (with the anchor check), an audited commit (with the anchor write), a backup (copy, check,
sidecar), a backup skipped because nothing changed, and ``check``. Prints figures; the only assertions
are that the work was done.
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

from desktop.services.backup import backup_now
from desktop.services.check import check_database
from desktop.services.workspace import open_workspace
from desktop.store.audit import append_audit
from tests.perf.firms_530k import ENV, build

AUDIT_ENTRIES = 100_000  # years of an officer's work: the anchor's count(*) runs over them


def _median(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1000:.0f} ms"


def test_safety_costs_at_530k(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(build(), data)
    ws = open_workspace(data, environ=ENV, daily_backup=False)
    conn = ws.db.raw_connection()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO audit_entry (at, actor, action, entity, summary, old, new, prev_hash, hash) "
        "VALUES ('2026-01-01 00:00:00.000000', 'perf', 'perf', 'firm', '', 'null', 'null', ?, ?)",
        ((f"{i:064x}", f"{i + 1:064x}") for i in range(AUDIT_ENTRIES)),
    )
    conn.execute("COMMIT")
    conn.close()
    commits = []
    for i in range(20):
        t0 = time.perf_counter()
        with ws.db.write() as s:
            append_audit(s, actor="perf", action="perf", entity="firm", summary=str(i))
        commits.append(time.perf_counter() - t0)
    ws.close()
    opens = []
    for _ in range(5):
        t0 = time.perf_counter()
        ws = open_workspace(data, environ=ENV, daily_backup=False)
        opens.append(time.perf_counter() - t0)
        ws.close()
    ws = open_workspace(data, environ=ENV, daily_backup=False)
    t0 = time.perf_counter()
    made = backup_now(ws)
    t_backup = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = backup_now(ws)
    t_skip = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = check_database(ws)
    t_check = time.perf_counter() - t0
    ws.close()
    assert not made.skipped and again.skipped and report.integrity == []
    size = (data / "firstloan.db").stat().st_size / 1e6
    print(
        f"\n[safety perf] 530,000 firms, {AUDIT_ENTRIES:,} audit entries, {size:.0f} MB: open {_median(opens)} "
        f"(median of 5, anchor check included), audited commit {_median(commits)} (median of 20, anchor "
        f"write included), backup {t_backup:.1f} s (copy, quick_check, sidecar), unchanged backup skipped in "
        f"{t_skip * 1000:.0f} ms, check {t_check:.1f} s"
    )
