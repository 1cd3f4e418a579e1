"""The pure rules of issue 23: activities in the replay, firm lists typed, the materials' counts, the
products' wording, the reply's wording and the points of due diligence."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop.domain.activities import split_firm_refs, summary_of
from desktop.domain.diligence import LoanFacts, StepFact, VisitFact, checks, evidence_digest
from desktop.domain.firstloan import CreditReport, LoanFact, first_loan_verdicts
from desktop.domain.materials import ActivityFact, summarise
from desktop.domain.products import rate_range, term_range
from desktop.domain.replies import NoReplyToPrint, ReplyFacts, compose_reply
from desktop.domain.stage_replay import StageEvent, replay
from desktop.domain.stages import Stage

AT = datetime(2026, 11, 1, tzinfo=UTC)


def test_an_activity_moves_a_listed_firm_to_contacted_and_no_further() -> None:
    assert replay([StageEvent(date(2026, 11, 5), AT, "activity")]).stage == Stage.CONTACTED
    later = [StageEvent(date(2026, 11, 1), AT, "credit"), StageEvent(date(2026, 11, 5), AT, "activity")]
    assert replay(later).stage == Stage.CREDITED


def test_firm_lists_and_summaries() -> None:
    assert split_firm_refs(" A，B、C,A;\nD ") == ["A", "B", "C", "D"]
    assert (summary_of("talk"), summary_of("fair"), summary_of("mentoring"), summary_of("other")) == (
        "publicity",
        "mentoring",
        "mentoring",
        "publicity",
    )
    facts = [
        ActivityFact(date(2026, 11, 3), "talk", "甲", None, None, ("1", "2")),
        ActivityFact(date(2026, 11, 3), "training", "乙", None, None, ("2",)),
        ActivityFact(date(2026, 11, 9), "fair", "丙", None, None, ("3",)),
    ]
    s = summarise("publicity", facts)
    assert (s.count, s.by_kind, s.firms_reached, s.participations, s.dates) == (
        2,
        {"talk": 1, "training": 1},
        2,
        3,
        [date(2026, 11, 3)],
    )


def test_renewals_are_never_the_first_loan() -> None:
    report = CreditReport(has_loan_record=False, has_discount_record=False)
    verdicts = first_loan_verdicts([LoanFact(1, date(2026, 1, 1), "renewal")], report)
    assert not verdicts[1].counts
    verdicts = first_loan_verdicts(
        [LoanFact(1, date(2026, 1, 1), "working_capital"), LoanFact(2, date(2026, 6, 1), "revolving")], report
    )
    assert verdicts[1].counts and not verdicts[2].counts


def test_product_terms_read_one_way() -> None:
    assert rate_range(Decimal("3.45"), Decimal("4.35")) == "3.45%–4.35%"
    assert rate_range(None, Decimal("4.5")) == "不高于 4.5%"
    assert rate_range(None, Decimal("4.5"), en=True) == "up to 4.5%"
    assert (
        term_range(6, 36) == "6–36 个月"
        and term_range(None, 12) == "最长 12 个月"
        and term_range(None, None) == ""
    )


def _facts(**kw: object) -> ReplyFacts:
    base: dict[str, object] = dict(
        firm_name="甲公司",
        uscc="X",
        demand_id=1,
        received_on=date(2026, 11, 2),
        amount=Decimal("100"),
        accepted_on=None,
        decided_on=None,
        decision=None,
        decision_due=None,
        calendar_known=True,
        product=None,
        approved_amount=None,
        reason=None,
        suggestions=(),
        officer="张三",
        phone=None,
    )
    return ReplyFacts(**(base | kw))  # type: ignore[arg-type]


def test_the_reply_follows_the_demand() -> None:
    with pytest.raises(NoReplyToPrint):
        compose_reply(_facts())
    with pytest.raises(NoReplyToPrint):
        compose_reply(_facts(decision="withdrawn", decided_on=date(2026, 11, 3)))
    accepted = compose_reply(
        _facts(accepted_on=date(2026, 11, 4), decision_due=date(2026, 11, 5), calendar_known=False)
    )
    assert accepted.kind == "accepted" and "于 2026-11-05 前作出审批决定" in accepted.paragraphs[1]
    assert "节假日安排公布后" in accepted.paragraphs[1]
    declined = compose_reply(
        _facts(decision="declined", decided_on=date(2026, 11, 6), suggestions=("申请政府性融资担保增信",))
    )
    assert (
        "暂不符合本行授信条件" in declined.paragraphs[0]
        and "申请政府性融资担保增信" in declined.paragraphs[1]
    )


def test_the_points_of_due_diligence() -> None:
    facts = LoanFacts(
        loan_on=date(2026, 11, 9),
        loan_amount=Decimal("80"),
        status="first",
        credit_on=date(2026, 11, 6),
        credit_amount=Decimal("100"),
        visits=[VisitFact(date(2026, 11, 2), "site", True)],
        report=CreditReport(False, False, query_date=date(2026, 11, 10)),
        steps=[StepFact(1, "feedback", date(2026, 11, 4), date(2026, 11, 5), False)],
        plan_on=None,
    )
    assert [c.met for c in checks(facts)] == [True, False, False, False, True, True]
    assert evidence_digest(["a", "b"]) != evidence_digest(["b", "a"])
