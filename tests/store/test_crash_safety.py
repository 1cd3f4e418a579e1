"""kill -9 at random moments during a long write transaction and during a migration.

Each kill must leave a database that opens, passes integrity_check and foreign_key_check, and holds
all of the write or none of it. Run with ``-s`` to see the figures (kills survived).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.seeds import fresh_seed, reported

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill harness forks (POSIX only)"),
]


def _harness(mode: str, work: Path, kills: int, seed: int) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    env.pop("FIRSTLOAN_DB_KEY", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.crash_harness", mode, str(work), str(kills), str(seed)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# Restore and list import are killed 45 and 60 times by the reliability soak (tests/reliability/).
@pytest.mark.parametrize(("mode", "kills"), [("demo", 25), ("migrate", 15)])
def test_kill_9_leaves_all_or_nothing(mode: str, kills: int, tmp_path: Path) -> None:
    with reported(fresh_seed()) as seed:
        _check_kills(mode, kills, _harness(mode, tmp_path, kills, seed))


def _check_kills(mode: str, kills: int, result: dict[str, object]) -> None:
    runs = result["runs"]
    assert isinstance(runs, list)
    bad = [
        r
        for r in runs
        if not (r["integrity_ok"] and r["fk_ok"] and r["backups_ok"]) or r["state"] == "partial"
    ]
    assert bad == [], bad
    assert runs[0]["state"] == "all"  # the uninterrupted run really writes everything
    killed = [r for r in runs if r.get("killed")]
    assert len(killed) == result["kills"] >= kills
    states = {s: sum(1 for r in killed if r["state"] == s) for s in ("none", "all")}
    torn = sum(1 for r in killed if r["wal_bytes"] and r["state"] == "none")
    print(
        f"\n[crash] {mode}: {len(killed)} kills survived ({states['none']} left nothing, {states['all']} left "
        f"everything; {torn} with uncommitted pages in the WAL); a full run takes {result['full_seconds']} s"
    )


def test_killed_cli_demo_leaves_nothing_and_no_stale_lock(tmp_path: Path) -> None:
    """The real command line, killed once its transaction has spilled into the WAL."""
    import signal
    import time

    from desktop.store.database import connect_raw
    from desktop.store.keys import DatabaseKey, KeySource
    from desktop.store.lock import WorkspaceLock

    key_hex = "ab" * 32
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "FIRSTLOAN_DB_KEY": key_hex,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    data = tmp_path / "data"
    cmd = [sys.executable, "-m", "desktop", "--data-dir", str(data), "demo", "--firms", "2000"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = data / "firstloan.db-wal"
    deadline = time.monotonic() + 60
    # The schema is created first (a few pages); the demo's transaction then grows the WAL.
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 1_000_000:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the demo finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = connect_raw(data / "firstloan.db", DatabaseKey(bytes.fromhex(key_hex), KeySource.ENV))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM firm").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == 0
    finally:
        conn.close()
    # The OS released the lock with the process: the next writer is not locked out.
    assert WorkspaceLock(data).try_acquire()
    print("\n[crash] firstloan demo --firms 2000 killed mid-transaction: 1 kill survived, 0 firms kept")
