"""The reliability soak: kill -9 at random moments across the operations of operations.py.

Run by tests/reliability/test_soak.py as ``python -m tests.reliability.soak WORKDIR SEED OP=KILLS...``; prints
one JSON object. Each run copies the operation's prepared folder, forks a child that runs the operation
(tests/crash_harness.py: forking from a parent that has imported everything puts the kills inside the
work, not inside Python's start-up) and SIGKILLs it after a random time. Then, for every run:

* corrupt: the database does not open, or ``check`` finds anything (integrity, foreign keys, the audit
  chain, the database behind its anchor), or a listed backup does not verify, or the operation's data
  is torn ("partial");
* lost: a commit the child reported before it died is not in the folder;
* orphans: processes the child left behind (on Linux the soak is the children's subreaper, so anything
  the killed child started comes back to it and is counted, then ended).

POSIX only.
"""

from __future__ import annotations

import ctypes
import json
import os
import random
import shutil
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from desktop.services.check import check_files
from desktop.store.backup import backup_dir, list_backups, verify_file
from desktop.store.backup_meta import BackupStatus
from tests.crash_harness import Report, run_killed
from tests.crash_harness import _small_cache as small_cache
from tests.reliability.operations import KEY, OPERATIONS, Operation

_PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> bool:
    """Orphans of the killed children are re-parented to this process (Linux), so they can be counted."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0)


def reap_orphans() -> int:
    """Count (and end) the processes that are still children of this one once the killed child is gone."""
    mine = os.getpid()
    orphans = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == mine:
                orphans.append(int(entry.name))
    for pid in orphans:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
    return len(orphans)


def inspect(op: Operation, data_dir: Path, reported: list[str]) -> dict[str, Any]:
    problems: list[str] = []
    try:
        report = check_files(data_dir, KEY)
        problems += report.problems("en")
    except Exception as exc:  # the database does not even open
        problems.append(f"{type(exc).__name__}: {exc}")
    for backup in list_backups(backup_dir(data_dir), KEY):
        if backup.status is not BackupStatus.VERIFIED or verify_file(backup.path, KEY) != []:
            problems.append(f"backup {backup.path.name}: {backup.status.value}")
    try:
        outcome = op.outcome(data_dir, reported)
        state, lost = outcome.state, outcome.lost
    except Exception as exc:
        state, lost = "partial", []
        problems.append(f"{type(exc).__name__}: {exc}")
    return {"state": state, "lost": lost, "problems": problems}


def _in_child(op: Operation, data_dir: Path, report: Report) -> None:
    # A tiny page cache makes SQLite spill uncommitted pages into the WAL long before the commit, so a
    # kill leaves half a transaction on disk that recovery must ignore.
    event.listen(Engine, "connect", small_cache)
    op.run(data_dir, report)


def soak(op: Operation, work: Path, kills: int, rng: random.Random) -> dict[str, Any]:
    template = op.prepare(work)
    counter = iter(range(10**6))

    def attempt(kill_after: float | None) -> dict[str, Any]:
        data_dir = work / f"{op.name}-{next(counter):04d}"
        shutil.copytree(template, data_dir)
        run = run_killed(lambda report: _in_child(op, data_dir, report), kill_after, data_dir)
        orphans = reap_orphans()
        result = {
            "kill_after": kill_after,
            "killed": run.killed,
            "seconds": round(run.seconds, 3),
            "orphans": orphans,
            **inspect(op, data_dir, run.reported),
        }
        shutil.rmtree(data_dir)
        return result

    full = attempt(None)  # calibration: the whole operation, uninterrupted, must leave "all"
    runs: list[dict[str, Any]] = []
    upper = max(0.05, float(full["seconds"]) * 1.05)
    while sum(r["killed"] for r in runs) < kills and len(runs) < kills * 3:
        # Half the kills anywhere, half in the last quarter, where the commits and file swaps are.
        low = 0.003 if rng.random() < 0.5 else upper * 0.75
        result = attempt(round(rng.uniform(low, upper), 4))
        runs.append(result)
        # Runs vary a lot on a shared machine: narrow the window while runs finish first, widen it while
        # kills land before anything was written, so kills fall on both sides of each commit.
        if not result["killed"]:
            upper = max(0.05, upper * 0.9)
        elif result["state"] == "none":
            upper *= 1.1
    return {"operation": op.name, "full": full, "runs": runs}


def main(work: Path, seed: int, plan: dict[str, int]) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    subreaper = become_subreaper()
    rng = random.Random(seed)
    results = [soak(OPERATIONS[name], work, kills, rng) for name, kills in plan.items()]
    return {"seed": seed, "subreaper": subreaper, "operations": results}


if __name__ == "__main__":
    plan = {name: int(kills) for name, kills in (arg.split("=") for arg in sys.argv[3:])}
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]), plan), ensure_ascii=False))
