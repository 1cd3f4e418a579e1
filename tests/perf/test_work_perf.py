"""Benchmarks for the daily work: recording a visit and building the to-do list on a large programme.

Run on demand: python -m pytest tests/perf/test_work_perf.py -s -o addopts=""
"""

from __future__ import annotations

import time
from datetime import date

from sqlalchemy import select

from desktop.services.demo import fill_demo
from desktop.services.todo import todo
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from desktop.store.models import Firm

TODAY = date(2026, 11, 20)
FIRMS = 5000


def test_todo_and_visit_on_a_large_programme(workspace: Workspace) -> None:
    start = time.perf_counter()
    result = fill_demo(workspace, firms=FIRMS, today=TODAY)
    filled = time.perf_counter() - start
    start = time.perf_counter()
    items = todo(workspace, TODAY)
    todo_s = time.perf_counter() - start
    with workspace.db.session() as session:
        codes = list(session.scalars(select(Firm.uscc).limit(50)))
    start = time.perf_counter()
    for code in codes:
        add_visit(workspace, code, VisitInput(TODAY, "phone", "电话回访"))
    visit_ms = (time.perf_counter() - start) / len(codes) * 1000
    print(
        f"\n{FIRMS} firms ({result.visits} visits, {result.demands} demands) filled in {filled:.1f} s; "
        f"todo: {len(items)} items in {todo_s * 1000:.0f} ms; add_visit: {visit_ms:.1f} ms each"
    )
    assert todo_s < 2.0  # the to-do list opens the app's home screen
    assert visit_ms < 200
