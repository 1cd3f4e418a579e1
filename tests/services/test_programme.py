from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.errors import DomainError
from desktop.services.demo import fill_demo
from desktop.services.programme import programme_report
from desktop.services.programme_setup import set_programme
from desktop.services.targets import set_target
from desktop.services.workspace import Workspace
from desktop.store.models import (
    Credit,
    Demand,
    Dossier,
    Firm,
    ImportBatch,
    ListMembership,
    Loan,
    RegionalList,
    Visit,
)
from tests.conftest import TODAY
from tests.report_factories import add_credit, add_demand, add_firm, add_loan, add_visit, move


def _records(ws: Workspace) -> dict[str, Firm]:
    with ws.db.write() as s:
        lst = RegionalList(name="名单")
        s.add(lst)
        s.flush()
        batch = ImportBatch(list_id=lst.id, file_name="f", file_hash="h")
        s.add(batch)
        s.flush()
        a = add_firm(s, "甲公司", county="红旗区", bank="中原银行")
        b = add_firm(s, "乙公司", county="红旗区", bank="新乡银行")
        c = add_firm(s, "丙公司", county="卫滨区", bank="中原银行")
        d = add_firm(s, "丁公司", county="卫滨区", bank="中原银行")
        for f, active in ((a, True), (b, True), (c, False)):
            s.add(
                ListMembership(
                    list_id=lst.id,
                    firm_id=f.id,
                    active=active,
                    first_batch_id=batch.id,
                    last_batch_id=batch.id,
                )
            )
        add_visit(s, a, date(2026, 3, 2))
        add_visit(s, a, date(2026, 3, 20))
        add_visit(s, b, date(2026, 3, 5))
        add_visit(s, c, date(2026, 4, 1))
        add_visit(s, d, date(2025, 12, 30))  # another year
        # 2026-03-02 (Mon) + 2 working days = 03-04: feedback on 03-03 met; b's 03-09 late.
        add_demand(s, a, date(2026, 3, 2), feedback_on=date(2026, 3, 3))
        add_demand(s, b, date(2026, 3, 5), feedback_on=date(2026, 3, 12))
        add_demand(s, c, date(2026, 4, 1))  # no feedback: overdue by the period's end
        move(s, a, "cultivating", date(2026, 3, 10))
        move(s, c, "cultivating", date(2026, 5, 10))
        ca = add_credit(s, a, date(2026, 3, 25), "100", "credit")
        cc = add_credit(s, c, date(2026, 4, 3), "60.5", "mortgage")
        add_loan(s, a, date(2026, 3, 28), "80").credit_id = ca.id
        add_loan(s, a, date(2026, 6, 1), "20", first=False)  # not a first loan
        add_loan(s, c, date(2026, 4, 10), "60.5").credit_id = cc.id
        for firm in (a, b, c, d):  # clean credit reports: the loans stay 首贷 under any programme
            s.add(
                Dossier(
                    firm_id=firm.id,
                    has_loan_record=False,
                    has_discount_record=False,
                    criteria={},
                    policy_tags=[],
                )
            )
        return {"a": a, "b": b, "c": c, "d": d}


def test_year_figures_reconcile(workspace: Workspace) -> None:
    _records(workspace)
    set_target(workspace, 2026, "county", "红旗区", firms=300, first_loans=10, amount=Decimal(500))
    set_target(workspace, 2026, "bank", "中原银行", firms=None, first_loans=5, amount=None)
    report = programme_report(workspace, 2026, today=TODAY)
    f = report.figures
    assert (f.on_lists, f.contacted, f.with_demand, f.planned) == (2, 3, 3, 2)
    assert (f.credited, f.credit_amount) == (2, Decimal("160.5"))
    assert (f.first_loan_firms, f.first_loans, f.first_loan_amount) == (2, 2, Decimal("140.5"))
    assert f.credit_loan_amount == Decimal(80)
    assert f.credit_loan_share == Decimal("56.9")  # 80 / 140.5
    # 2 of the 4 firms contacted by the year's end without a first loan before it (d: contacted 2025-12-30)
    assert f.conversion == Decimal("50.0")
    assert f.subsidy_estimate is None and not report.subsidy.applies  # no subsidy outside 新乡
    # a: feedback on time; b: late; c: overdue; no one reached acceptance.
    assert (f.met_211, f.missed_211, f.open_211) == (1, 2, 0)
    assert [q.quarter for q in report.quarters] == [1, 2, 3, 4]
    q1, q2 = report.quarters[0].figures, report.quarters[1].figures
    assert (q1.contacted, q1.first_loan_amount, q2.contacted, q2.first_loan_amount) == (
        2,
        80,
        1,
        Decimal("60.5"),
    )
    assert report.quarters[0].report_due is None  # this programme asks no quarterly report
    targets = {(t.scope_kind, t.scope_name): t for t in report.targets}
    county = targets[("county", "红旗区")]
    assert (county.firms_target, county.firms_actual, county.first_loans_actual, county.amount_actual) == (
        300,
        2,
        1,
        Decimal(80),
    )
    bank = targets[("bank", "中原银行")]
    assert (bank.firms_actual, bank.first_loans_target, bank.first_loans_actual, bank.amount_actual) == (
        2,
        5,
        2,
        Decimal("140.5"),
    )


def test_subsidy_only_for_xinxiang_banks_in_xinxiang_and_only_2022(workspace: Workspace) -> None:
    from desktop.services.profile import save_profile
    from desktop.services.workspace import Profile

    save_profile(workspace, Profile(officer="李明", bank="中原银行", branch="新乡红旗支行"))
    with workspace.db.write() as s:
        a = add_firm(s, "甲公司")
        add_loan(s, a, date(2022, 12, 20), "1000")
        b = add_firm(s, "乙公司")
        add_loan(s, b, date(2023, 3, 1), "500")
        for firm in (a, b):
            s.add(
                Dossier(
                    firm_id=firm.id,
                    has_loan_record=False,
                    has_discount_record=False,
                    criteria={},
                    policy_tags=[],
                )
            )
    set_programme(workspace, "xinxiang")
    old = programme_report(workspace, 2022, today=TODAY)
    assert old.subsidy.applies and old.figures.subsidy_estimate == Decimal("0.5000")  # 1000 万元 × 0.5‰
    assert old.to_json()["subsidy_rate"] == "0.5‰"
    later = programme_report(workspace, 2023, today=TODAY)
    assert (
        later.subsidy.applies
        and later.figures.subsidy_estimate is None
        and "另行研究制定" in later.subsidy.note
    )
    both = programme_report(workspace, None, to_date=True, today=TODAY)
    assert both.figures.subsidy_estimate == Decimal("0.5000") and "2023" in both.subsidy.note
    set_programme(workspace, "xinxiang", {"local_bank": False})  # not a 驻新银行
    assert not programme_report(workspace, 2022, today=TODAY).subsidy.applies
    set_programme(workspace, "quanzhou")
    assert programme_report(workspace, 2022, today=TODAY).to_json()["subsidy_rate"] is None


def test_quarterly_report_dates_by_programme(workspace: Workspace) -> None:
    _records(workspace)
    set_programme(workspace, "quanzhou")
    assert programme_report(workspace, 2026, today=TODAY).quarters[0].report_due == date(2026, 4, 15)
    set_programme(workspace, "xinzhou")
    assert programme_report(workspace, 2026, today=TODAY).quarters[2].report_due == date(2026, 10, 10)


def test_seed_default_targets_matched_on_the_right_thing(workspace: Workspace) -> None:
    from desktop.services.profile import save_profile
    from desktop.services.workspace import Profile

    firms = _records(workspace)
    save_profile(workspace, Profile(officer="李明", bank="中原银行", branch="忻州支行"))
    with workspace.db.write() as s:
        loan = s.get(Loan, 1)
        assert loan is not None
        loan.bank = "新乡银行"  # a's first loan was lent by another bank: not 中原银行's
        urban = add_firm(s, "忻府甲公司", county="忻府区")
        add_visit(s, urban, date(2026, 5, 1))
    set_programme(workspace, "xinzhou")
    set_target(workspace, 2026, "county", "卫滨区", firms=50, first_loans=None, amount=None)
    targets = {
        (t.scope_kind, t.scope_name): t for t in programme_report(workspace, 2026, today=TODAY).targets
    }
    hongqi = targets[("county", "红旗区")]
    assert (hongqi.source, hongqi.firms_target, hongqi.first_loans_target) == ("seed", 300, 200)
    assert (hongqi.firms_actual, hongqi.first_loans_actual) == (2, 1)  # a and b contacted; a's loan
    assert targets[("county", "卫滨区")].source == "set" and targets[("county", "卫滨区")].firms_target == 50
    assert (
        targets[("county", "忻州市区")].firms_target == 600
        and targets[("county", "忻州市区")].firms_actual == 1
    )
    assert ("county", "忻府区") not in targets
    bank = targets[("bank", "中原银行")]  # 城市商业银行: 140 / 100
    assert (bank.firms_target, bank.first_loans_target, bank.source) == (140, 100, "seed")
    assert (bank.first_loans_actual, bank.amount_actual) == (1, Decimal("60.5"))  # c only: lent by 中原银行
    assert firms["c"].county == "卫滨区"
    rate = programme_report(workspace, 2026, today=TODAY).rate_target
    assert rate is not None and (rate.floor, rate.goal) == (Decimal(30), Decimal(40))


def test_month_and_quarter(workspace: Workspace) -> None:
    _records(workspace)
    march = programme_report(workspace, 2026, month=3, today=TODAY).figures
    assert (march.contacted, march.with_demand, march.first_loan_amount, march.planned) == (2, 2, 80, 1)
    assert (march.met_211, march.missed_211) == (1, 1)
    q2 = programme_report(workspace, 2026, quarter=2, today=TODAY)
    assert q2.period == "2026-Q2" and q2.figures.credited == 1 and q2.quarters == []
    with pytest.raises(DomainError):
        programme_report(workspace, 2026, quarter=5)
    with pytest.raises(DomainError):
        programme_report(workspace, 2026, month=3, quarter=1)


def test_demo_figures_match_an_independent_count(workspace: Workspace) -> None:
    workspace.clock = lambda: TODAY
    fill_demo(workspace, firms=150, today=TODAY)
    report = programme_report(workspace, TODAY.year, today=TODAY)
    start, end = date(TODAY.year, 1, 1), date(TODAY.year, 12, 31)
    with workspace.db.session() as s:
        visits = s.query(Visit).all()
        loans = s.query(Loan).all()
        credits = {c.id: c for c in s.query(Credit).all()}
        demands = s.query(Demand).all()
        members = s.query(ListMembership).all()
    first = [ln for ln in loans if ln.is_first_loan and ln.live and start <= ln.date <= end]
    f = report.figures
    assert f.on_lists == len({m.firm_id for m in members if m.active})
    assert f.contacted == len({v.firm_id for v in visits if start <= v.date <= end})
    assert f.with_demand == len({d.firm_id for d in demands if start <= d.received_on <= end})
    assert f.first_loan_firms == len({ln.firm_id for ln in first})
    assert f.first_loan_amount == sum((ln.amount for ln in first), Decimal(0))
    assert f.credit_loan_amount == sum(
        (ln.amount for ln in first if ln.credit_id and credits[ln.credit_id].guarantee == "credit"),
        Decimal(0),
    )
    assert sum(q.figures.first_loan_amount for q in report.quarters) == f.first_loan_amount


def test_set_target_validates_and_replaces(workspace: Workspace) -> None:
    with pytest.raises(DomainError, match="范围"):
        set_target(workspace, 2026, "city", "x", firms=1, first_loans=None, amount=None)
    with pytest.raises(DomainError, match="至少"):
        set_target(workspace, 2026, "county", "红旗区", firms=None, first_loans=None, amount=None)
    set_target(workspace, 2026, "county", "红旗区", firms=300, first_loans=None, amount=None)
    t = set_target(workspace, 2026, "county", "红旗区", firms=None, first_loans=20, amount=None)
    assert (t.firms_target, t.first_loans_target) == (300, 20)
