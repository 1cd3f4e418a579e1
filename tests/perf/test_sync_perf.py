"""Benchmark (issue 22): the coordinator imports 20 officers' month packages (5,000 firms each).

Run on demand: python -m pytest tests/perf/test_sync_perf.py -s -o addopts=""
The build (minutes) is cached in $FIRSTLOAN_BENCH_CACHE (default /tmp/firstloan-sync-bench); each run
imports into a fresh copy of the coordinator's data directory, in a child process whose peak memory is
its own. Targets: all 20 imported in under 10 s, peak memory under 500 MB; one officer's month without
attachments under 1 MB (asserted with peak memory; the time is printed against its target).
FIRSTLOAN_BENCH_RUNS (default 3) runs; the figures are their median.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.exchange.sync_package import read_header
from tests.perf.sync_bench import Scale, build, copy_laptop

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("FIRSTLOAN_BENCH_CACHE", "/tmp/firstloan-sync-bench"))
RUNS = int(os.environ.get("FIRSTLOAN_BENCH_RUNS", "3"))

CHILD = """
import json, resource, sys, time
from pathlib import Path
from typing import Any
from desktop.services.backup import backup_before
from desktop.services.sync_import import import_package
from tests.perf.sync_bench import open_laptop

folder, packages, with_backup = Path(sys.argv[1]), [Path(p) for p in sys.argv[2].split("|")], sys.argv[3] == "1"
ws = open_laptop(folder, "王主任")
start = time.perf_counter()
if with_backup:
    backup_before(ws, "import")
backed_up = time.perf_counter() - start
each, refreshed, counts = [], 0, [0, 0, 0, 0]
for package in packages:
    t = time.perf_counter()
    result = import_package(ws, package, backup=False)
    each.append(time.perf_counter() - t)
    refreshed += result.refreshed
    for n, v in enumerate((result.new, result.updated, result.already_had, len(result.conflicts))):
        counts[n] += v
total = time.perf_counter() - start
ws.close()
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"total": total, "backup": backed_up, "each": each, "peak_mb": peak_mb, "refreshed": refreshed, "counts": counts}))
"""


def _import_all(coordinator: Path, packages: list[Path], work: Path, with_backup: bool) -> dict[str, Any]:
    target = copy_laptop(coordinator, work / "coordinator-run")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(target), "|".join(str(p) for p in packages), "1" if with_backup else "0"],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def _body_size(package: Path) -> int:
    """The package without its attachments: magic, header, body part and signature."""
    opened = read_header(package)
    attachments = sum(length + 8 for _, length in opened.parts[1:])
    return package.stat().st_size - attachments


@pytest.mark.perf
@pytest.mark.timeout(0)  # the first build alone takes 7-10 min; the suite's 900 s limit is for unit tests
@pytest.mark.parametrize("attachments", [0.10, 0.0], ids=["with-attachments", "without-attachments"])
def test_the_coordinator_imports_twenty_officers_months(tmp_path: Path, attachments: float) -> None:
    scale = Scale(
        officers=int(os.environ.get("FIRSTLOAN_BENCH_OFFICERS", "20")),
        firms_each=int(os.environ.get("FIRSTLOAN_BENCH_FIRMS", "5000")),
        attachment_share=attachments,
    )
    start = time.perf_counter()
    built = build(CACHE, scale)
    print(f"\nbuild ({scale.tag}): {time.perf_counter() - start:.0f} s (cached after the first run)")
    sizes = [p.stat().st_size for p in built.packages]
    bodies = [_body_size(p) for p in built.packages]
    print(
        f"packages: {len(sizes)}, {sum(sizes) / 1e6:.0f} MB in all; without attachments each "
        f"{min(bodies) / 1e6:.2f}-{max(bodies) / 1e6:.2f} MB (median {statistics.median(bodies) / 1e6:.2f} MB)"
    )
    runs = [_import_all(built.coordinator, built.packages, tmp_path, with_backup=False) for _ in range(RUNS)]
    totals = sorted(float(r["total"]) for r in runs)
    peaks = sorted(float(r["peak_mb"]) for r in runs)
    each = runs[0]["each"]
    print(
        f"import of {len(built.packages)} packages: median {statistics.median(totals):.1f} s "
        f"(runs {', '.join(f'{t:.1f}' for t in totals)}); peak memory median {statistics.median(peaks):.0f} MB; "
        f"per package {min(each):.2f}-{max(each):.2f} s; refresh_firm calls {runs[0]['refreshed']}; "
        f"new/updated/already/conflicts {runs[0]['counts']}"
    )
    with_backup = _import_all(built.coordinator, built.packages, tmp_path, with_backup=True)
    print(
        f"with one backup before the batch: {float(with_backup['total']):.1f} s (backup {float(with_backup['backup']):.1f} s)"
    )
    median = statistics.median(totals)
    print(
        f"target: 20 packages under 10 s: {'met' if median < 10 else 'MISSED'} ({median:.1f} s); peak under 500 MB"
    )
    # The time target is reported, not asserted: see docs/branch.md (what the import costs and why).
    assert statistics.median(peaks) < 500
    if not attachments:
        assert max(bodies) < 1_000_000
