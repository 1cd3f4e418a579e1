"""Benchmark of the firm table's 只看211逾期 filter on 530,000 firms with 3,000 demands.

Run: PYTHONPATH=$PWD python -m pytest tests/perf/test_overdue_filter_perf.py -s -o addopts=""
Works on a copy of the cached 530,000-firm database (tests/perf/firms_530k.py), so the cache stays as built.
"""

from __future__ import annotations

import random
import shutil
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.services.firms import FirmQuery, count_firms, list_firms
from desktop.services.workspace import open_workspace
from desktop.store.models import Demand
from tests.perf.firms_530k import ENV, FIRMS, build

pytestmark = pytest.mark.perf
TODAY = date(2026, 11, 20)
DEMANDS = 3000


def _demands(rng: random.Random) -> list[Demand]:
    """A spread of demands: most answered, some approved or withdrawn, the rest open and often late."""
    made = []
    for _ in range(DEMANDS):
        received = TODAY - timedelta(days=rng.randint(0, 200))
        feedback = received + timedelta(days=1) if rng.random() < 0.7 else None
        decision = rng.choice([None, None, "approved", "withdrawn"]) if feedback else None
        approved = decision == "approved"
        made.append(
            Demand(
                firm_id=rng.randint(1, FIRMS),
                received_on=received,
                channel="visit",
                feedback_on=feedback,
                conditions_met_on=received + timedelta(days=2) if approved else None,
                accepted_on=received + timedelta(days=3) if approved else None,
                decided_on=received + timedelta(days=4) if decision else None,
                decision=decision,
            )
        )
    return made


def test_overdue_filter_pages_from_sql(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(build(), data)
    ws = open_workspace(data, environ=ENV)
    try:
        with ws.db.write() as session:
            session.add_all(_demands(random.Random(211)))
        timings = []
        for base in (
            FirmQuery(overdue_on=TODAY),
            FirmQuery(overdue_on=TODAY, order_by="-capital"),
            FirmQuery(overdue_on=TODAY, county="卫辉市"),
            FirmQuery(overdue_on=TODAY, search="华源"),
        ):
            started = time.perf_counter()
            count = count_firms(ws, base)
            counted = time.perf_counter() - started
            started = time.perf_counter()
            page = list_firms(ws, replace(base, limit=200, offset=0))
            paged = time.perf_counter() - started
            assert len(page) == min(200, count)
            timings.append((counted, paged))
            print(
                f"\noverdue filter {base.search or base.county or base.order_by or ''}: {count:,} firms, "
                f"count {counted * 1000:.0f} ms, first page {paged * 1000:.0f} ms"
            )
        plain = timings[0]
        assert plain[0] < 0.3 and plain[1] < 0.3  # the filter alone: well within a keystroke's budget
    finally:
        ws.close()
