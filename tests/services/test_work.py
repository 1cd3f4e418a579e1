"""Visits, demand under 211, credit, loans and stage moves as services: rules, history and audit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.domain.service211 import StepStatus
from desktop.domain.stages import IllegalStageMove, Stage
from desktop.services.credits import CreditInput, add_credit
from desktop.services.demands import (
    add_demand,
    demand_status,
    firm_demands,
    record_acceptance,
    record_conditions_met,
    record_decision,
    record_feedback,
)
from desktop.services.firms import FirmNotFound
from desktop.services.loans import LoanExceedsCredit, LoanInput, add_loan
from desktop.services.outcome import DateOrderError
from desktop.services.stage_moves import set_stage, stage_history
from desktop.services.visits import VisitInput, add_visit, complete_follow_up, list_visits
from desktop.services.workspace import Workspace
from desktop.store.audit import verify_chain
from desktop.store.models import AuditEntry, Credit, Firm, Loan, Visit
from desktop.store.settings import set_setting
from tests.factories import add_firm

D = date.fromisoformat


def _stage(ws: Workspace, uscc: str) -> str:
    with ws.db.session() as session:
        return session.scalars(select(Firm.stage).where(Firm.uscc == uscc)).one()


def _audit(ws: Workspace) -> list[AuditEntry]:
    with ws.db.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


@pytest.fixture
def officer(workspace: Workspace) -> Workspace:
    with workspace.db.write() as session:
        set_setting(session, "profile", {"officer": "李明", "bank": "中原银行", "branch": "红旗支行"})
    workspace.forget_profile()
    return workspace


def test_visit_moves_listed_to_contacted_with_history_and_audit(officer: Workspace) -> None:
    ws = officer
    uscc = add_firm(ws)
    out = add_visit(
        ws, uscc, VisitInput(D("2026-03-02"), "实地走访", "有扩产计划", follow_up=D("2026-03-16"))
    )
    assert out.stage_move is not None and (out.stage_move.from_stage, out.stage_move.to_stage) == (
        "listed",
        "contacted",
    )
    assert _stage(ws, uscc) == "contacted"
    [visit] = list_visits(ws, uscc)
    assert visit.mode == "site" and visit.officer == "李明" and visit.follow_up == D("2026-03-16")
    # A second visit does not move the firm again, and fulfils the earlier follow-up.
    again = add_visit(ws, uscc, VisitInput(D("2026-03-16"), "phone"))
    assert again.stage_move is None
    first, second = list_visits(ws, uscc)
    assert first.follow_up_done and not second.follow_up_done
    [change] = stage_history(ws, uscc)
    assert (change.from_stage, change.to_stage, change.cause, change.on, change.actor) == (
        "listed",
        "contacted",
        "visit",
        D("2026-03-02"),
        "李明",
    )
    actions = [e.action for e in _audit(ws)]
    assert actions == ["visit.add", "stage.advance", "visit.follow_up_done", "visit.add"]
    entry = _audit(ws)[1]
    assert entry.actor == "李明" and entry.old == {"stage": "listed"} and entry.new["stage"] == "contacted"
    with ws.db.session() as session:
        assert verify_chain(session) == []


def test_visit_rules(officer: Workspace) -> None:
    ws = officer
    uscc = add_firm(ws)
    with pytest.raises(DomainError, match="走访方式“dance”无效"):
        add_visit(ws, uscc, VisitInput(D("2026-03-02"), "dance"))
    with pytest.raises(DateOrderError, match="回访日期"):
        add_visit(ws, uscc, VisitInput(D("2026-03-02"), "site", follow_up=D("2026-03-01")))
    with pytest.raises(FirmNotFound):
        add_visit(ws, "91410702MA00000000", VisitInput(D("2026-03-02"), "site"))
    assert list_visits(ws, uscc) == [] and _audit(ws) == [] and _stage(ws, uscc) == "listed"
    out = add_visit(ws, uscc, VisitInput(D("2026-03-02"), "site", follow_up=D("2026-03-09")))
    complete_follow_up(ws, out.id)
    assert list_visits(ws, uscc)[0].follow_up_done
    assert _audit(ws)[-1].action == "visit.follow_up_done"


def test_visit_shows_crowding_and_basic_account_elsewhere(officer: Workspace) -> None:
    ws = officer
    # 垒小户 counts the banks that gave credit (the list's count of serving banks is not credit).
    crowded = add_firm(
        ws, 1, individual=True, banks=tuple((b, False, Decimal(10)) for b in ("工行", "农行", "建行"))
    )
    [warning] = add_visit(ws, crowded, VisitInput(D("2026-03-02"), "site")).warnings
    assert "垒小户" in warning
    basic = add_firm(ws, 2, banks=(("工商银行", True, None),))
    [warning] = add_visit(ws, basic, VisitInput(D("2026-03-02"), "site")).warnings
    assert "基本户开户行为工商银行" in warning


def test_demand_211_steps_and_statuses(officer: Workspace) -> None:
    ws = officer
    uscc = add_firm(ws, stage="contacted")
    out = add_demand(ws, uscc, on=D("2026-02-13"), amount="100", channel="贷款码")
    assert out.stage_move is not None and out.stage_move.to_stage == "demand"
    demand_id = out.id
    feedback = demand_status(ws, demand_id, D("2026-02-24")).steps[0]
    assert feedback.deadline == D("2026-02-24") and feedback.status == StepStatus.DUE
    assert demand_status(ws, demand_id, D("2026-02-25")).steps[0].status == StepStatus.OVERDUE
    record_feedback(ws, demand_id, D("2026-02-25"))
    assert demand_status(ws, demand_id, D("2026-03-01")).steps[0].status == StepStatus.LATE
    record_conditions_met(ws, demand_id, D("2026-02-27"))
    status = demand_status(ws, demand_id, D("2026-02-28"))
    assert status.steps[1].deadline == D("2026-02-28")  # Saturday 2.28 is worked
    record_acceptance(ws, demand_id, D("2026-02-28"))
    status = demand_status(ws, demand_id, D("2026-03-02"))
    assert status.steps[1].status == StepStatus.ON_TIME
    assert status.steps[2].deadline == D("2026-03-02") and status.steps[2].status == StepStatus.DUE
    record_decision(ws, demand_id, D("2026-03-02"), "approved")
    [done] = firm_demands(ws, uscc, D("2026-03-30"))
    assert done.decision == "approved" and [s.status for s in done.steps] == [
        StepStatus.LATE,
        StepStatus.ON_TIME,
        StepStatus.ON_TIME,
    ]
    assert done.amount == Decimal(100) and done.channel == "loan_code"
    actions = [e.action for e in _audit(ws)]
    assert actions == [
        "demand.add",
        "stage.advance",
        "demand.feedback",
        "demand.conditions",
        "demand.accept",
        "demand.decide",
    ]
    assert _audit(ws)[2].old == {"feedback_on": None} and _audit(ws)[2].new == {"feedback_on": "2026-02-25"}


def test_demand_step_order_is_validated_and_nothing_changes(officer: Workspace) -> None:
    ws = officer
    uscc = add_firm(ws)
    demand_id = add_demand(ws, uscc, on=D("2026-03-05")).id
    before = len(_audit(ws))
    with pytest.raises(DateOrderError, match="反馈日期早于"):
        record_feedback(ws, demand_id, D("2026-03-04"))
    with pytest.raises(DateOrderError, match="应先登记企业满足授信条件"):
        record_acceptance(ws, demand_id, D("2026-03-06"))
    with pytest.raises(DomainError, match="应先正式受理"):
        record_decision(ws, demand_id, D("2026-03-06"), "approved")
    with pytest.raises(DateOrderError, match="正式受理日期早于"):
        record_acceptance(ws, demand_id, D("2026-03-06"), conditions_met_on=D("2026-03-09"))
    with pytest.raises(DomainError, match="找不到编号为 999"):
        record_feedback(ws, 999, D("2026-03-06"))
    assert len(_audit(ws)) == before
    status = demand_status(ws, demand_id, D("2026-03-06"))
    assert status.steps[0].done_on is None and status.steps[1].deadline is None
    record_acceptance(ws, demand_id, D("2026-03-09"), conditions_met_on=D("2026-03-06"))
    with pytest.raises(DomainError, match="已登记正式受理"):
        record_acceptance(ws, demand_id, D("2026-03-10"))
    with pytest.raises(DateOrderError, match="审批决定日期早于"):
        record_decision(ws, demand_id, D("2026-03-08"), "declined")
    with pytest.raises(DomainError, match="融资需求金额不能为负数"):
        add_demand(ws, uscc, on=D("2026-03-05"), amount="-1")


def test_withdrawal_stops_the_clock(officer: Workspace) -> None:
    ws = officer
    uscc = add_firm(ws)
    demand_id = add_demand(ws, uscc, on=D("2026-03-05"), channel="walk_in").id
    record_decision(ws, demand_id, D("2026-03-06"), "企业撤回", note="暂不需要")
    status = demand_status(ws, demand_id, D("2026-04-01"))
    assert status.decision == "withdrawn"
    assert not any(s.status.open for s in status.steps)
    with pytest.raises(DomainError, match="已有结果"):
        record_feedback(ws, demand_id, D("2026-03-06"))


def test_credit_moves_to_credited_and_warns_on_crowding(officer: Workspace) -> None:
    ws = officer
    four = ("工商银行", "农业银行", "建设银行", "交通银行")
    uscc = add_firm(ws, stage="demand", banks=tuple((b, False, Decimal(100)) for b in four))
    out = add_credit(ws, uscc, CreditInput(D("2026-04-01"), "200", "政府性融资担保", "首贷通", "3.45", 12))
    assert out.stage_move is not None and out.stage_move.to_stage == "credited"
    assert len(out.warnings) == 1 and "垒小户" in out.warnings[0]
    with ws.db.session() as session:
        credit = session.get(Credit, out.id)
        assert credit is not None
        assert credit.amount == Decimal(200) and credit.guarantee == "gov_guarantee"
        assert credit.rate == Decimal("3.45") and credit.bank == "中原银行"
    # Over 1000万元 in total, the small-firm cap no longer applies.
    big = add_firm(ws, 2, banks=tuple((b, False, Decimal(100)) for b in four))
    assert add_credit(ws, big, CreditInput(D("2026-04-01"), "700", "credit")).warnings == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (CreditInput(D("2026-04-01"), "-5", "credit"), "授信金额不能为负数"),
        (CreditInput(D("2026-04-01"), "5", "handshake"), "担保方式"),
        (CreditInput(D("2026-04-01"), "5", "credit", rate="99"), "利率"),
        (CreditInput(D("2026-04-01"), "5", "credit", term_months=0), "期限"),
        (CreditInput(D("2026-04-01"), "5", "credit", demand_id=42), "融资需求"),
    ],
)
def test_credit_rules(officer: Workspace, data: CreditInput, message: str) -> None:
    uscc = add_firm(officer)
    with pytest.raises(DomainError, match=message):
        add_credit(officer, uscc, data)
    assert _audit(officer) == [] and _stage(officer, uscc) == "listed"


def test_credit_not_before_its_demand(officer: Workspace) -> None:
    uscc = add_firm(officer)
    demand_id = add_demand(officer, uscc, on=D("2026-04-02")).id
    with pytest.raises(DateOrderError, match="授信日期"):
        add_credit(officer, uscc, CreditInput(D("2026-04-01"), "5", "credit", demand_id=demand_id))


def test_first_loan_counts_once_and_moves_stage(officer: Workspace) -> None:
    ws = officer
    uscc = add_firm(ws, stage="credited", has_loan_record=False, has_discount_record=False)
    credit_id = add_credit(ws, uscc, CreditInput(D("2026-04-01"), "100", "credit", "信用贷")).id
    out = add_loan(ws, uscc, LoanInput(D("2026-04-03"), "80", credit_id=credit_id))
    assert out.is_first_loan and out.stage_move is not None and out.stage_move.to_stage == "first_loan"
    second = add_loan(ws, uscc, LoanInput(D("2026-05-03"), "20", credit_id=credit_id))
    assert not second.is_first_loan and second.stage_move is None
    assert any("不计为首贷" in w for w in second.warnings)
    with ws.db.session() as session:
        loans = list(session.scalars(select(Loan).order_by(Loan.id)))
    assert [loan.is_first_loan for loan in loans] == [True, False]
    assert loans[0].product == "信用贷"


def test_a_firm_with_a_loan_or_discount_record_is_not_a_first_loan(officer: Workspace) -> None:
    ws = officer
    for n, kw in ((1, {"has_loan_record": True}), (2, {"has_discount_record": True})):
        uscc = add_firm(ws, n, stage="credited", **kw)  # type: ignore[arg-type]
        out = add_loan(ws, uscc, LoanInput(D("2026-04-03"), "50"))
        assert not out.is_first_loan and out.stage_move is None
        assert _stage(ws, uscc) == "credited"
        assert any("不计为首贷" in w for w in out.warnings)
        assert any("尚未登记授信" in w for w in out.warnings)


def test_an_earlier_loan_entered_late_becomes_the_first_loan(officer: Workspace) -> None:
    ws = officer
    uscc = add_firm(ws, stage="credited", has_loan_record=False, has_discount_record=False)
    late = add_loan(ws, uscc, LoanInput(D("2026-05-01"), "50"))
    early = add_loan(ws, uscc, LoanInput(D("2026-04-01"), "30"))
    assert late.is_first_loan and early.is_first_loan
    with ws.db.session() as session:
        flags = {loan.id: loan.first_loan_status for loan in session.scalars(select(Loan))}
    assert flags == {late.id: "not_first", early.id: "first"}
    moved = [e for e in _audit(ws) if e.action == "loan.first_loan_status"]
    assert [(e.entity_id, e.old, e.new) for e in moved] == [
        (str(late.id), {"first_loan_status": "first"}, {"first_loan_status": "not_first"})
    ]


def test_loan_rules(officer: Workspace) -> None:
    ws = officer
    uscc = add_firm(ws)
    credit_id = add_credit(ws, uscc, CreditInput(D("2026-04-01"), "100", "credit")).id
    n = len(_audit(ws))
    with pytest.raises(DomainError, match="放款金额不能为负数"):
        add_loan(ws, uscc, LoanInput(D("2026-04-03"), "-1"))
    with pytest.raises(DateOrderError, match="放款日期"):
        add_loan(ws, uscc, LoanInput(D("2026-03-31"), "10", credit_id=credit_id))
    other = add_firm(ws, 2)
    with pytest.raises(DomainError, match="没有编号为"):
        add_loan(ws, other, LoanInput(D("2026-04-03"), "10", credit_id=credit_id))
    assert len(_audit(ws)) == n
    with pytest.raises(LoanExceedsCredit, match="超过该笔授信的剩余额度 100"):
        add_loan(ws, uscc, LoanInput(D("2026-04-03"), "150", credit_id=credit_id))
    assert len(_audit(ws)) == n
    first = add_loan(ws, uscc, LoanInput(D("2026-04-03"), "60"))  # draws on the credit by default
    with ws.db.session() as session:
        assert session.get(Loan, first.id).credit_id == credit_id  # type: ignore[union-attr]
    with pytest.raises(LoanExceedsCredit, match="剩余额度 40"):
        add_loan(ws, uscc, LoanInput(D("2026-04-04"), "41", credit_id=credit_id))


def test_stage_by_hand(officer: Workspace) -> None:
    ws = officer
    uscc = add_firm(ws, stage="credited")
    with pytest.raises(IllegalStageMove, match="需要填写原因"):
        set_stage(ws, uscc, Stage.CONTACTED, reason=" ", on=D("2026-04-01"))
    assert _stage(ws, uscc) == "credited" and len(stage_history(ws, uscc)) == 1  # the factory's own move
    out = set_stage(ws, uscc, Stage.CONTACTED, reason="授信录错", on=D("2026-04-01"))
    assert out.stage_move is not None and out.stage_move.from_stage == "credited"
    [_, change] = stage_history(ws, uscc)
    assert change.cause == "hand" and change.reason == "授信录错"
    [entry] = _audit(ws)
    assert entry.action == "stage.hand" and "授信录错" in entry.summary
    # An exited firm is not moved by actions; reopening needs the officer.
    set_stage(ws, uscc, Stage.NO_DEMAND, reason="暂无需求", on=D("2026-04-02"))
    assert add_visit(ws, uscc, VisitInput(D("2026-04-03"), "phone")).stage_move is None
    assert _stage(ws, uscc) == "no_demand"


def test_a_failed_write_leaves_no_partial_rows(officer: Workspace) -> None:
    ws = officer
    uscc = add_firm(ws)
    with pytest.raises(FirmNotFound):
        add_visit(
            ws, uscc[:-1] + "0" if uscc[-1] != "0" else uscc[:-1] + "1", VisitInput(D("2026-03-02"), "site")
        )
    with ws.db.session() as session:
        assert session.scalars(select(Visit)).all() == []
