"""Benchmark: backup, check and restore of a database with a realistic programme (run on demand, -s)."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from desktop.services.backup import backup_now, restore_backup
from desktop.services.check import check_database
from desktop.services.demo import fill_demo
from desktop.services.workspace import open_workspace
from tests.keyring_backend import InMemoryKeyring

FIRMS = 5000
TARGET_SECONDS = 5.0  # each of backup, check and restore for 5,000 firms


def test_backup_check_restore_speed(tmp_path: Path) -> None:
    keyring = InMemoryKeyring()
    data_dir = tmp_path / "data"
    ws = open_workspace(data_dir, keyring_backend=keyring)
    fill_demo(ws, firms=FIRMS, today=date(2026, 11, 20))
    size_mb = ws.db.path.stat().st_size / 1e6
    t0 = time.perf_counter()
    made = backup_now(ws)
    t_backup = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = check_database(ws)
    t_check = time.perf_counter() - t0
    t0 = time.perf_counter()
    restore_backup(ws, made.path)
    t_restore = time.perf_counter() - t0
    assert report.healthy
    print(
        f"\n[backup perf] {FIRMS} firms, {size_mb:.1f} MB: backup {t_backup:.2f} s, check {t_check:.2f} s, "
        f"restore {t_restore:.2f} s (target < {TARGET_SECONDS} s each)"
    )
    assert max(t_backup, t_check, t_restore) < TARGET_SECONDS
