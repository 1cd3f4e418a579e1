"""受理回告单 and the 尽职免责 evidence sheet: printed from the record, read back, recorded in the history."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.services.credits import CreditInput, add_credit
from desktop.services.demands import add_demand, record_acceptance, record_decision, record_feedback
from desktop.services.diligence import diligence_sheets, print_diligence
from desktop.services.dossiers import update_dossier
from desktop.services.loans import LoanInput, add_loan
from desktop.services.plans import PlanInput, save_plan
from desktop.services.replies import print_reply
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from desktop.store.audit import verify_chain
from desktop.store.models import AuditEntry
from tests.factories import add_firm


def _text(path: Path) -> str:
    return re.sub(r"\s", "", "".join(p.extract_text() for p in PdfReader(path).pages))


def _accepted(ws: Workspace) -> tuple[str, int]:
    uscc = add_firm(ws, 1)
    add_visit(ws, uscc, VisitInput(date(2026, 11, 2), "site", findings="需要流动资金"))
    demand = add_demand(ws, uscc, on=date(2026, 11, 2), amount="100").id
    record_feedback(ws, demand, date(2026, 11, 3))
    record_acceptance(ws, demand, date(2026, 11, 5), conditions_met_on=date(2026, 11, 4))
    return uscc, demand


def test_the_reply_to_an_accepted_demand_says_by_when(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    _uscc, demand = _accepted(ws)
    out = print_reply(ws, demand, tmp_path / "回告.pdf", phone="0373-1234567", today=date(2026, 11, 5))
    text = _text(out)
    # Conditions met Wed 11-04: decision due by the earlier of 11-05 + 1 (Fri 11-06) and 11-04 + 2 (11-06).
    for expected in ("受理回告单", "新乡市测试1号有限公司", "2026-11-05正式受理", "于2026-11-06前作出审批决定",
                     "0373-1234567", "回告", "（盖章）"):  # fmt: skip
        assert expected in text, expected
    assert "内部资料" not in text
    with ws.db.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and (entry.action, entry.entity, entry.entity_id) == (
            "demand.reply",
            "demand",
            str(demand),
        )
        assert entry.new["decision_due"] == "2026-11-06"


def test_the_reply_to_a_declined_demand_says_why_and_what_to_do(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    uscc, demand = _accepted(ws)
    save_plan(ws, uscc, PlanInput(date(2026, 11, 3), ["缺担保"], ["政府性融资担保", "财务辅导"]))
    record_decision(ws, demand, date(2026, 11, 6), "declined", "缺少有效担保，流水不足")
    text = _text(print_reply(ws, demand, tmp_path / "回告.pdf"))
    for expected in (
        "暂不予授信",
        "缺少有效担保，流水不足",
        "申请政府性融资担保增信",
        "规范财务管理",
        "再次提出申请",
    ):
        assert expected in text, expected


def test_no_reply_before_acceptance(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    uscc = add_firm(ws, 1)
    demand = add_demand(ws, uscc, on=date(2026, 11, 2)).id
    with pytest.raises(DomainError, match="尚未正式受理"):
        print_reply(ws, demand, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(DomainError):
        print_reply(ws, 999, tmp_path / "x.pdf")


def test_the_evidence_sheet_of_a_first_loan(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    uscc, demand = _accepted(ws)
    update_dossier(ws, uscc, {"has_loan_record": False, "has_discount_record": False})
    save_plan(ws, uscc, PlanInput(date(2026, 11, 3), ["缺抵押"], ["信用贷款产品"]))
    record_decision(ws, demand, date(2026, 11, 6), "approved")
    credit = add_credit(ws, uscc, CreditInput(date(2026, 11, 6), "100", "credit", demand_id=demand))
    add_loan(ws, uscc, LoanInput(date(2026, 11, 9), "80", credit_id=credit.id))
    [sheet] = diligence_sheets(ws, uscc)
    assert [c.met for c in sheet.checks] == [True, True, True, True, True, True]
    assert sheet.chain_intact and len(sheet.digest) == 64
    assert {e.summary.split("：")[0] for e in sheet.entries} >= {
        "2026-11-09 放款 80 万元（流动资金贷款）（首贷）"
    }
    text = _text(print_diligence(ws, uscc, tmp_path / "尽职.pdf", today=date(2026, 11, 20)))
    for expected in ("首贷尽职免责证明材料", "贷前实地走访", "√符合", "2026-11-02实地走访", "查询日期未登记", sheet.digest,
                     "完整，未发现删改", "审计记录"):  # fmt: skip
        assert expected in text, expected
    with ws.db.session() as session:
        assert verify_chain(session) == []
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and last.action == "diligence.print" and last.new["digests"] == [sheet.digest]


def test_a_broken_chain_and_missing_diligence_show(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    uscc = add_firm(ws, 2)  # no report facts, no site visit, no plan
    add_visit(ws, uscc, VisitInput(date(2026, 11, 2), "phone"))
    credit = add_credit(ws, uscc, CreditInput(date(2026, 11, 6), "100", "credit"))
    add_loan(ws, uscc, LoanInput(date(2026, 11, 9), "80", credit_id=credit.id))
    with ws.db.write() as session:  # someone edits an entry behind the app's back
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "visit.add")).one()
        entry.summary = "改过的摘要"
    [sheet] = diligence_sheets(ws, uscc)
    assert [c.met for c in sheet.checks] == [False, None, None, False, True, None]
    assert not sheet.chain_intact
    with pytest.raises(DomainError, match="没有首贷"):
        print_diligence(ws, add_firm(ws, 3), tmp_path / "none.pdf")
