"""The firm table's worked-out columns (next 211 deadline, last contact, completeness) for one page, and
导出当前视图: the same rule as the dossier, read back from the file; Cancel leaves nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.services.demands import add_demand
from desktop.services.demo import fill_demo
from desktop.services.dossiers import dossier_view
from desktop.services.firm_page import FirmFacts, page_facts
from desktop.services.firms import FirmQuery, FirmSummary, iter_firms, list_firms
from desktop.services.jobs import Cancelled, CancelToken
from desktop.services.view_export import export_firm_view
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Visit
from tests.conftest import TODAY


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    fill_demo(workspace, firms=120, today=TODAY)
    return workspace


def test_completeness_is_the_dossier_rule_and_last_contact_the_latest_visit(demo: Workspace) -> None:
    firms = list_firms(demo, FirmQuery(limit=60))
    facts = page_facts(demo, [f.uscc for f in firms], TODAY)
    assert set(facts) == {f.uscc for f in firms}
    for firm in firms:
        assert facts[firm.uscc].completeness == dossier_view(demo, firm.uscc).completeness.score
    with demo.db.session() as session:
        latest = dict(
            session.execute(select(Visit.firm_id, func.max(Visit.date)).group_by(Visit.firm_id)).all()
        )
        ids = dict(session.execute(select(Visit.firm_id, Visit.firm_id)).all())
    assert any(f.last_contact for f in facts.values()) and len(ids) > 0
    assert {f.last_contact for f in facts.values()} - {None} <= set(latest.values())


def test_next_211_deadline(demo: Workspace) -> None:
    uscc = list_firms(demo, FirmQuery(stage=None, limit=1))[0].uscc
    add_demand(demo, uscc, on=date(2026, 11, 13))  # Fri: feedback due Tue 11-17, overdue on 11-20
    facts = page_facts(demo, [uscc], TODAY)[uscc]
    assert facts.next_deadline == date(2026, 11, 17) and facts.overdue >= 1


def _cells(firm: FirmSummary, facts: FirmFacts) -> list[str]:
    return [firm.name, firm.uscc, f"{facts.completeness}%"]


def test_export_writes_the_query_in_its_order_and_is_audited(demo: Workspace, tmp_path: Path) -> None:
    query = FirmQuery(county="卫辉市", order_by="-uscc")
    out = tmp_path / "view.xlsx"
    count = export_firm_view(demo, query, out, header=["名称", "代码", "完整度"], cells=_cells, today=TODAY)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    expected = list_firms(demo, query)
    assert count == len(expected) > 0 and rows[0] == ("名称", "代码", "完整度")
    assert [r[1] for r in rows[1:]] == [f.uscc for f in expected]
    with demo.db.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.action == "export.firm_view"


def test_a_selection_keeps_its_order_and_cancel_leaves_nothing(demo: Workspace, tmp_path: Path) -> None:
    codes = [f.uscc for f in list_firms(demo, FirmQuery(limit=5))][::-1]
    out = tmp_path / "sel.xlsx"
    export_firm_view(demo, FirmQuery(), out, header=["a", "b", "c"], cells=_cells, today=TODAY, usccs=codes)
    assert [r[1] for r in list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))[1:]] == codes
    with demo.db.session() as session:
        before = session.scalar(select(func.count(AuditEntry.id)))
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_firm_view(
            demo, FirmQuery(), tmp_path / "no.xlsx", header=["a"], cells=_cells, today=TODAY, cancel=token
        )
    assert not list(tmp_path.glob("*no.xlsx*"))
    with demo.db.session() as session:
        assert session.scalar(select(func.count(AuditEntry.id))) == before


@pytest.mark.parametrize(
    "query",
    [
        FirmQuery(),
        FirmQuery(county="卫辉市", order_by="-name"),
        FirmQuery(search="有限"),
        FirmQuery(search="有限", order_by="uscc"),
        FirmQuery(search="9141"),
        FirmQuery(overdue_on=TODAY, order_by="stage"),
    ],
)
def test_iter_firms_streams_what_list_firms_lists(demo: Workspace, query: FirmQuery) -> None:
    streamed = [f for chunk in iter_firms(demo, query, chunk=7) for f in chunk]
    assert streamed == list_firms(demo, query)
