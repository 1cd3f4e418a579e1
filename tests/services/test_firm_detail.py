"""The firm pane's record is the printed dossier's: one loader, one completeness rule (pane, table, PDF, JSON)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.services.attachments import add_attachment
from desktop.services.contacts import add_contact
from desktop.services.demo import fill_demo
from desktop.services.dossiers import completeness_scores, dossier_view, update_dossier
from desktop.services.firm_detail import load_firm_detail
from desktop.services.firms import FirmNotFound
from desktop.services.printing import print_dossier
from desktop.services.serving_banks import add_bank_relationship
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from desktop.store.models import Demand, Firm, Loan, StageChange, Visit
from tests.conftest import TODAY
from tests.factories import add_firm


def test_detail_holds_the_firms_own_records(workspace: Workspace) -> None:
    fill_demo(workspace, firms=120, today=TODAY)
    with workspace.db.session() as session:
        firm_id, uscc = session.execute(
            select(Firm.id, Firm.uscc).join(Loan, Loan.firm_id == Firm.id).limit(1)
        ).one()
        visits = session.scalar(select(func.count(Visit.id)).where(Visit.firm_id == firm_id))
        demands = session.scalar(select(func.count(Demand.id)).where(Demand.firm_id == firm_id))
        moves = session.scalar(select(func.count(StageChange.id)).where(StageChange.firm_id == firm_id))
    add_visit(workspace, uscc, VisitInput(TODAY, "phone"))
    visits += 1
    detail = load_firm_detail(workspace, uscc.lower(), TODAY)
    assert detail.firm.uscc == uscc
    assert len(detail.visits) == visits and visits > 1
    assert all(v.firm_id == firm_id for v in detail.visits)
    assert [v.date for v in detail.visits] == sorted(v.date for v in detail.visits)
    assert len(detail.demands) == demands
    assert all(len(d.steps) == 3 for d in detail.demands)
    assert detail.loans and all(loan.firm_id == firm_id for loan in detail.loans)
    assert len(detail.stages) == moves
    assert detail.plan is not None and detail.plan.firm_id == firm_id and detail.plan_versions >= 1
    assert 0 <= detail.completeness.score <= 100
    assert detail.audit and all(a.firm_id == firm_id for a in detail.audit)


def test_unknown_firm_is_a_clear_error(workspace: Workspace) -> None:
    with pytest.raises(FirmNotFound, match="找不到"):
        load_firm_detail(workspace, "91410700000000000X", TODAY)


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_pane_table_pdf_and_json_give_one_score(workspace: Workspace, tmp_path: Path) -> None:
    """The case of the issue: the pane said 0 % where the PDF said 7 %. Now all four agree, item by item."""
    ws = workspace
    uscc = add_firm(ws)
    update_dossier(ws, uscc, {"main_business": "面粉加工", "employees": 0}, criteria={"compliant": True})
    add_contact(ws, uscc, "张三", phone="13800000000")
    out = add_bank_relationship(ws, uscc, "中原银行", basic_account=True)
    add_attachment(ws, uscc, b"%PDF-1.4", "licence.pdf", "licence")
    pane = load_firm_detail(ws, uscc, TODAY).completeness
    table = completeness_scores(ws, [uscc])[uscc]
    view = dossier_view(ws, uscc)
    shown = json.loads(json.dumps(view.to_json(), ensure_ascii=False))["completeness"]
    print_dossier(ws, uscc, tmp_path / "d.pdf", today=TODAY)
    text = _pdf_text(tmp_path / "d.pdf")
    assert pane == table == view.completeness
    assert shown == {"score": pane.score, "missing": pane.missing, "optional_missing": pane.optional_missing}
    assert pane.score == 6 * 100 // 14 and "主营业务" not in pane.missing and "从业人数" not in pane.missing
    assert f"完整度 {pane.score}%" in text
    # A voided bank no longer gives the firm its basic-account bank, in every view alike.
    from desktop.services.corrections import void_record

    void_record(ws, "bank", out.id, "录错银行")
    after = load_firm_detail(ws, uscc, TODAY).completeness
    assert "基本户开户行" in after.missing and after == completeness_scores(ws, [uscc])[uscc]
    assert after == dossier_view(ws, uscc).completeness
