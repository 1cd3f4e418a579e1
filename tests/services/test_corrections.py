"""Edit and void of every record kind: checked as the add was, audited old → new with the reason, the firm
re-derived (stage, 首贷), nothing deleted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import DomainError
from desktop.domain.stages import Stage
from desktop.services.contacts import add_contact, edit_contact
from desktop.services.corrections import CorrectionError, void_record
from desktop.services.credits import CreditInput, CreditTooSmall, add_credit, edit_credit
from desktop.services.demand_edit import edit_demand, list_demands
from desktop.services.demands import add_demand, record_acceptance, record_conditions_met, record_feedback
from desktop.services.dossiers import dossier_view
from desktop.services.loans import LoanExceedsCredit, LoanInput, add_loan, edit_loan
from desktop.services.outcome import DateOrderError, FutureDateError, RecordNotFound
from desktop.services.serving_banks import add_bank_relationship, edit_bank_relationship
from desktop.services.stage_moves import edit_stage_move, set_stage, stage_history
from desktop.services.targets import edit_target, list_targets, set_target, void_target
from desktop.services.visits import VisitInput, add_visit, edit_visit, list_visits
from desktop.services.workspace import Workspace
from desktop.store.audit import verify_chain
from desktop.store.models import AuditEntry, Firm, StageChange
from desktop.store.settings import set_setting
from tests.conftest import TODAY
from tests.factories import add_firm

D = date.fromisoformat


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    with workspace.db.write() as session:
        set_setting(session, "profile", {"officer": "李明", "bank": "中原银行", "branch": "红旗支行"})
    workspace.forget_profile()
    workspace.clock = lambda: TODAY
    return workspace


def _stage(ws: Workspace, uscc: str) -> str:
    with ws.db.session() as session:
        return session.scalars(select(Firm.stage).where(Firm.uscc == uscc)).one()


def _audit(ws: Workspace) -> list[AuditEntry]:
    with ws.db.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def _count(ws: Workspace) -> int:
    with ws.db.session() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))) or 0)


def test_visit_edit_and_void(ws: Workspace) -> None:
    uscc = add_firm(ws)
    out = add_visit(ws, uscc, VisitInput(D("2026-10-05"), "site", "有需求"))
    edit_visit(ws, out.id, {"mode": "phone", "findings": "  暂无需求 "}, "方式记错")
    [visit] = list_visits(ws, uscc)
    assert (visit.mode, visit.findings, visit.date) == ("phone", "暂无需求", D("2026-10-05"))
    entry = _audit(ws)[-1]
    assert entry.action == "visit.edit" and entry.old["mode"] == "site" and entry.old["findings"] == "有需求"
    assert entry.new == {"changes": {"mode": "phone", "findings": "暂无需求"}, "reason": "方式记错"}
    before = _count(ws)
    for changes, error in (
        ({"on": D("2030-01-01")}, FutureDateError),
        ({"follow_up": D("2026-10-01")}, DateOrderError),
        ({"mode": "dance"}, DomainError),
        ({"colour": "red"}, CorrectionError),
    ):
        with pytest.raises(error):
            edit_visit(ws, out.id, changes, "更正")
    with pytest.raises(CorrectionError, match="原因"):
        edit_visit(ws, out.id, {"mode": "site"}, "  ")
    assert _count(ws) == before and list_visits(ws, uscc)[0].mode == "phone"
    # The only visit voided: the firm is back to 待对接, and the history says why.
    void_record(ws, "visit", out.id, "走错企业")
    assert _stage(ws, uscc) == "listed"
    last = stage_history(ws, uscc)[-1]
    assert last.cause == "correction" and last.reason == "作废走访（2026-10-05 电话）：走错企业"
    [kept] = list_visits(ws, uscc)
    assert kept.void_reason == "走错企业" and kept.voided_by == "李明" and not kept.live
    with pytest.raises(CorrectionError, match="已于"):
        void_record(ws, "visit", out.id, "再次作废")
    with pytest.raises(CorrectionError, match="已于"):
        edit_visit(ws, out.id, {"mode": "site"}, "再改")
    with pytest.raises(RecordNotFound):
        void_record(ws, "visit", 999, "没有")


def _demand(ws: Workspace, uscc: str) -> int:
    out = add_demand(ws, uscc, on=D("2026-10-09"), amount="100")
    record_feedback(ws, out.id, D("2026-10-12"), intent=True, text="可以办理", conditions=["补充流水"])
    record_conditions_met(ws, out.id, D("2026-10-14"))
    return out.id


def test_demand_edit_checks_every_step_and_void_stops_the_clock(ws: Workspace) -> None:
    from desktop.services.deadlines import overdue_firm_ids
    from desktop.services.demands import open_demand_statuses
    from desktop.services.todo import todo

    uscc = add_firm(ws, stage="contacted")
    demand_id = _demand(ws, uscc)
    before = _count(ws)
    with pytest.raises(DateOrderError, match="反馈日期早于"):
        edit_demand(ws, demand_id, {"received_on": D("2026-10-13")}, "日期记错")
    with pytest.raises(DateOrderError, match="满足授信条件日期早于需求日期"):
        edit_demand(ws, demand_id, {"conditions_met_on": D("2026-10-08")}, "日期记错")
    with pytest.raises(FutureDateError):
        edit_demand(ws, demand_id, {"feedback_on": D("2026-12-31")}, "日期记错")
    with pytest.raises(DomainError, match="必须大于 0"):
        edit_demand(ws, demand_id, {"amount": "0"}, "金额记错")
    with pytest.raises(DomainError, match="批准金额"):
        edit_demand(ws, demand_id, {"approved_amount": "50"}, "未审批")
    assert _count(ws) == before
    edit_demand(ws, demand_id, {"conditions": ["补充流水", "提供担保"], "feedback_intent": False}, "补录条件")
    [demand] = list_demands(ws, uscc)
    assert demand.conditions == ["补充流水", "提供担保"] and demand.feedback_intent is False
    # A step cleared is open again: acceptance is due.
    record_acceptance(ws, demand_id, D("2026-10-15"))
    edit_demand(ws, demand_id, {"accepted_on": None}, "受理日期录错")
    assert list_demands(ws, uscc)[0].accepted_on is None
    with ws.db.session() as session:
        assert demand.firm_id in overdue_firm_ids(session, ws.calendar, TODAY)
    assert [s.demand_id for s in open_demand_statuses(ws, TODAY)] == [demand_id]
    void_record(ws, "demand", demand_id, "重复登记")
    assert open_demand_statuses(ws, TODAY) == []
    assert [i for i in todo(ws, TODAY) if i.kind == "demand_211"] == []
    with ws.db.session() as session:
        assert overdue_firm_ids(session, ws.calendar, TODAY) == set()
    assert _stage(ws, uscc) == "contacted"


def _credited(ws: Workspace) -> tuple[str, int]:
    uscc = add_firm(ws, has_loan_record=False, has_discount_record=False)
    add_visit(ws, uscc, VisitInput(D("2026-03-01"), "site"))
    credit = add_credit(ws, uscc, CreditInput(D("2026-03-05"), "100", "credit"))
    return uscc, credit.id


def test_credit_edit_must_still_cover_its_loans(ws: Workspace) -> None:
    uscc, credit_id = _credited(ws)
    add_loan(ws, uscc, LoanInput(D("2026-03-10"), "60", credit_id=credit_id))
    with pytest.raises(CreditTooSmall, match="小于已在该授信上发放的 60"):
        edit_credit(ws, credit_id, {"amount": "50"}, "金额记错")
    with pytest.raises(DateOrderError, match="最早的放款日期"):
        edit_credit(ws, credit_id, {"on": D("2026-03-11")}, "日期记错")
    with pytest.raises(CorrectionError, match="还有 1 笔有效放款"):
        void_record(ws, "credit", credit_id, "录错")
    edit_credit(ws, credit_id, {"amount": "80", "guarantee": "保证"}, "按合同更正")
    entry = _audit(ws)[-1]
    assert (
        entry.action == "credit.edit"
        and entry.old["amount"] == "100"
        and entry.new["changes"]
        == {
            "amount": "80",
            "guarantee": "guarantee",
        }
    )


def test_voiding_the_only_loan_takes_first_loan_back_to_credited_and_says_why(ws: Workspace) -> None:
    uscc, credit_id = _credited(ws)
    loan = add_loan(ws, uscc, LoanInput(D("2026-03-10"), "60", credit_id=credit_id))
    assert _stage(ws, uscc) == "first_loan"
    out = void_record(ws, "loan", loan.id, "录入错误")
    assert out.stage_move is not None and (out.stage_move.from_stage, out.stage_move.to_stage) == (
        "first_loan",
        "credited",
    )
    last = stage_history(ws, uscc)[-1]
    assert (last.cause, last.reason) == ("correction", "作废放款 60 万元：录入错误")
    # The credit is free again and can now be voided too: the firm goes back to 已对接.
    void_record(ws, "credit", credit_id, "授信未生效")
    assert _stage(ws, uscc) == "contacted"
    with ws.db.session() as session:
        assert verify_chain(session) == []


def test_loan_edit_is_checked_against_its_credit(ws: Workspace) -> None:
    uscc, credit_id = _credited(ws)
    other, other_credit = _credited_other(ws)
    first = add_loan(ws, uscc, LoanInput(D("2026-03-10"), "60", credit_id=credit_id))
    second = add_loan(ws, uscc, LoanInput(D("2026-03-12"), "30", credit_id=credit_id))
    before = _count(ws)
    with pytest.raises(LoanExceedsCredit, match="剩余额度 40"):
        edit_loan(ws, second.id, {"amount": "41"}, "金额")
    with pytest.raises(DateOrderError, match="放款日期"):
        edit_loan(ws, first.id, {"on": D("2026-03-01")}, "日期")
    with pytest.raises(RecordNotFound, match="有效授信"):
        edit_loan(ws, first.id, {"credit_id": other_credit}, "授信")
    with pytest.raises(DomainError, match="不能为负数"):
        edit_loan(ws, first.id, {"amount": "-5"}, "金额")
    assert _count(ws) == before
    # Its own amount is left out of what is drawn: 60 -> 70 fits (70 + 30 = 100).
    edit_loan(ws, first.id, {"amount": "70", "kind": "票据贴现", "term_months": 12}, "按借据更正")
    edit_loan(ws, second.id, {"credit_id": None}, "不占用该授信")
    assert other  # the other firm's credit was never touched


def _credited_other(ws: Workspace) -> tuple[str, int]:
    uscc = add_firm(ws, 2)
    credit = add_credit(ws, uscc, CreditInput(D("2026-03-05"), "100", "credit"))
    return uscc, credit.id


def test_hand_moves_are_corrected_and_voided(ws: Workspace) -> None:
    uscc = add_firm(ws)
    add_visit(ws, uscc, VisitInput(D("2026-03-01"), "site"))
    set_stage(ws, uscc, Stage.NO_DEMAND, reason="暂无资金需求", on=D("2026-03-02"))
    move = stage_history(ws, uscc)[-1]
    assert _stage(ws, uscc) == "no_demand"
    edit_stage_move(ws, move.id, reason="日期记错", on=D("2026-03-03"))
    with pytest.raises(DomainError, match="需要填写原因"):
        edit_stage_move(ws, move.id, reason="清空原因", why=" ")
    derived = stage_history(ws, uscc)[0]
    with pytest.raises(CorrectionError, match="推导"):
        void_record(ws, "stage", derived.id, "不对")
    void_record(ws, "stage", move.id, "误操作")
    assert _stage(ws, uscc) == "contacted"
    with ws.db.session() as session:
        voided = session.get(StageChange, move.id)
        assert voided is not None and voided.void_reason == "误操作" and voided.on == D("2026-03-03")


def test_contacts_and_banks_are_corrected_and_voided(ws: Workspace) -> None:
    uscc = add_firm(ws, individual=True)
    contact = add_contact(ws, uscc, "张三", phone="13800000000")
    with pytest.raises(DomainError, match="联系电话“12345”无效"):
        edit_contact(ws, contact.id, {"phone": "12345"}, "换号")
    edit_contact(ws, contact.id, {"phone": "0373-5551234", "primary": True}, "换号")
    assert dossier_view(ws, uscc).contacts[0]["phone"] == "0373-5551234"
    void_record(ws, "contact", contact.id, "已离职")
    assert dossier_view(ws, uscc).contacts == []
    add_bank_relationship(ws, uscc, "工行", roles=["credit"])
    add_bank_relationship(ws, uscc, "农行", roles=["credit"])
    third = add_bank_relationship(ws, uscc, "建行", roles=["basic", "settlement", "credit"])
    # 垒小户 counts the banks that gave credit (seed 002): three for an individual business is one too many.
    assert any("垒小户" in w for w in third.warnings)
    banks = dossier_view(ws, uscc).banks
    assert [(b["bank"], b["roles"]) for b in banks] == [
        ("中国工商银行", ["credit"]),
        ("中国农业银行", ["credit"]),
        ("中国建设银行", ["basic", "settlement", "credit"]),
    ]
    with pytest.raises(DomainError, match="已登记中国农业银行"):
        edit_bank_relationship(ws, third.id, {"bank": "农业银行"}, "改名")
    out = void_record(ws, "bank", third.id, "录错")
    assert not any("垒小户" in w for w in out.warnings) and len(dossier_view(ws, uscc).banks) == 2
    edit_bank_relationship(ws, banks[1]["id"], {"roles": ["loan"], "credit_amount": "30"}, "补录")
    assert dossier_view(ws, uscc).banks[1]["roles"] == ["credit", "loan"]


def test_targets_are_corrected_voided_and_set_again(ws: Workspace) -> None:
    target = set_target(ws, 2026, "county", "红旗区", firms=50, first_loans=10, amount=Decimal(500))
    edit_target(ws, target.id, {"firms": 60, "amount": "600"}, "按文件更正")
    [t] = list_targets(ws, 2026)
    assert (t.firms_target, t.amount_target) == (60, Decimal(600))
    other = set_target(ws, 2026, "county", "卫滨区", firms=5, first_loans=None, amount=None)
    with pytest.raises(DomainError, match="已有"):
        edit_target(ws, other.id, {"scope_name": "红旗区"}, "改名")
    void_target(ws, target.id, "目标下错了")
    assert [t.scope_name for t in list_targets(ws, 2026)] == ["卫滨区"]
    assert {t.scope_name for t in list_targets(ws, 2026, voided=True)} == {"卫滨区", "红旗区"}
    again = set_target(ws, 2026, "county", "红旗区", firms=40, first_loans=None, amount=None)
    assert again.id == target.id and again.voided_at is None and again.amount_target is None
