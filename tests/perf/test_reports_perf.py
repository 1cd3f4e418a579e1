"""Benchmarks for issue 5 (run on demand):

    python -m pytest tests/perf/test_reports_perf.py -s -o addopts=""

Targets: a ledger of 10,000 rows in under 2 s; one dossier in under 0.5 s; 200 dossiers in under 40 s.
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

from desktop.domain.names import name_key
from desktop.services.demo import fill_demo
from desktop.services.ledger import export_ledger
from desktop.services.printing import print_dossier, print_dossiers
from desktop.services.workspace import Workspace
from desktop.store.models import Credit, Firm, Visit
from tests.conftest import TODAY
from tests.report_factories import make_uscc


def test_ledger_10000_rows(workspace: Workspace, tmp_path: Path) -> None:
    n = 10_000
    with workspace.db.write() as s:
        s.execute(
            insert(Firm),
            [
                {
                    "uscc": make_uscc(i + 1),
                    "name": f"新乡市测试{i}号商贸有限公司",
                    "name_key": name_key(f"新乡市测试{i}号商贸有限公司"),
                    "entity_type": "enterprise",
                    "assigned_bank": "中原银行",
                    "hand_edited": [],
                }
                for i in range(n)
            ],
        )
        ids = list(s.scalars(select(Firm.id)))
        s.execute(
            insert(Visit),
            [
                {"firm_id": fid, "date": date(2026, 10, 1) + timedelta(days=fid % 28), "mode": "site"}
                for fid in ids
            ],
        )
        s.execute(
            insert(Credit),
            [
                {"firm_id": fid, "date": date(2026, 10, 29), "amount": Decimal("50.5"), "guarantee": "credit"}
                for fid in ids[: n // 3]
            ],
        )
    out = tmp_path / "ledger.xlsx"
    start = time.perf_counter()
    result = export_ledger(
        workspace, "2026-10", out, unit="中原银行新乡分行", bank="中原银行", allow_incomplete=True
    )
    elapsed = time.perf_counter() - start
    print(f"\nledger: {result.rows} rows in {elapsed:.2f} s ({out.stat().st_size // 1024} KiB); target < 2 s")
    assert result.rows == n
    assert elapsed < 2.0


def test_dossiers(workspace: Workspace, tmp_path: Path) -> None:
    fill_demo(workspace, firms=400, today=TODAY)
    with workspace.db.session() as s:
        code = s.scalar(select(Firm.uscc).where(Firm.stage == "first_loan").limit(1))
    assert code is not None
    print_dossier(workspace, code, tmp_path / "warm.pdf", today=TODAY)  # loads the font once
    start = time.perf_counter()
    print_dossier(workspace, code, tmp_path / "one.pdf", today=TODAY)
    one = time.perf_counter() - start
    print(f"\none dossier: {one * 1000:.0f} ms; target < 500 ms")
    stages = [s for s in ("contacted", "demand", "cultivating", "credited", "first_loan", "partner")]
    from desktop.domain.stages import Stage

    start = time.perf_counter()
    result = print_dossiers(workspace, tmp_path / "many.pdf", stages=[Stage(s) for s in stages], today=TODAY)
    many = time.perf_counter() - start
    per = many / result.firms
    print(
        f"{result.firms} dossiers in one PDF: {many:.1f} s ({per * 1000:.0f} ms each; 200 → {per * 200:.1f} s); target < 40 s"
    )
    start = time.perf_counter()
    result2 = print_dossiers(workspace, tmp_path / "each", stages=[Stage(s) for s in stages], today=TODAY)
    each = time.perf_counter() - start
    print(f"{result2.firms} dossiers one file each: {each:.1f} s")
    assert result.firms >= 200
    assert one < 0.5
    assert per * 200 < 40
