"""The reliability soak (issue 16, "Done means"): 200 kill -9 points across list import, ledger export,
backup, restore, a void and a branch package import; 0 corrupt stores, 0 lost commits, 0 orphan processes. Run with ``-s`` for the figures.

The seed is printed (and in the assertion message), so a failing run can be repeated:
``python -m tests.reliability.soak /tmp/soak SEED import=45 ledger=30 backup=35 restore=30 void=30 package=30``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Kills per operation: 200 in all. A new operation (operations.py) gets its share here.
PLAN = {"import": 45, "ledger": 30, "backup": 35, "restore": 30, "void": 30, "package": 30}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the soak forks (POSIX only)"),
]


def _soak(work: Path, seed: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    env.pop("FIRSTLOAN_DB_KEY", None)
    plan = [f"{name}={kills}" for name, kills in PLAN.items()]
    done = subprocess.run(
        [sys.executable, "-m", "tests.reliability.soak", str(work), str(seed), *plan],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, f"seed {seed}: {done.stderr[-3000:]}"
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_200_kills_leave_no_corrupt_store_no_lost_commit_no_orphan(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    result = _soak(tmp_path, seed)
    lines = []
    total = {"kills": 0, "corrupt": 0, "lost": 0, "orphans": 0}
    for op in result["operations"]:
        full, runs = op["full"], op["runs"]
        assert full["state"] == "all" and not full["problems"], (seed, op["operation"], full)
        killed = [r for r in runs if r["killed"]]
        corrupt = [r for r in runs if r["problems"] or r["state"] == "partial"]
        lost = [r for r in runs if r["lost"]]
        orphans = sum(r["orphans"] for r in runs) + full["orphans"]
        assert corrupt == [] and lost == [] and orphans == 0, (seed, op["operation"], corrupt[:3], lost[:3])
        assert len(killed) >= PLAN[op["operation"]], (seed, op["operation"], len(killed))
        states = {s: sum(1 for r in killed if r["state"] == s) for s in ("none", "all")}
        total["kills"] += len(killed)
        finished = len(runs) - len(killed)
        lines.append(
            f"{op['operation']}: {len(killed)} kills ({states['none']} left nothing, {states['all']} left all of "
            f"it; {finished} more runs ended before their kill, checked too), a whole run {full['seconds']} s"
        )
    assert total["kills"] >= sum(PLAN.values())
    print(
        f"\n[soak] seed {seed}, subreaper {result['subreaper']}: {total['kills']} kills, 0 corrupt stores, "
        "0 lost commits, 0 orphan processes"
    )
    for line in lines:
        print(f"[soak]   {line}")
