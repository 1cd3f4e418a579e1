"""Each programme's 首贷 test over every combination of recorded credit-report facts, look-back years and
a 他行已获贷 record, against an oracle written straight from the seed sentences."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.firstloan import CreditReport, FirstLoanStatus, LoanFact, first_loan_verdicts
from desktop.domain.programmes import first_loan_rule, programme, programme_from_settings

LOAN_DAY = date(2026, 6, 15)
SETTLED = (None, date(2023, 6, 15), date(2021, 6, 15), date(2021, 6, 14), date(2019, 1, 1))  # 3y, 5y, >5y
TRI = (None, False, True)
ELSEWHERE = (None, date(2026, 6, 1), date(2026, 7, 1))
F, U, N = FirstLoanStatus.FIRST, FirstLoanStatus.UNVERIFIED, FirstLoanStatus.NOT_FIRST


def oracle(code: str, r: CreditReport, years: int = 5) -> FirstLoanStatus:
    """The seeds, read literally."""
    if code in ("xinxiang", "quanzhou"):  # 从未有过贷款或票据贴现记录
        if r.has_loan_record or r.has_discount_record:
            return N
        return U if r.has_loan_record is None or r.has_discount_record is None else F
    if code == "zhejiang":  # 首次获得贷款
        if r.has_loan_record or r.last_loan_settled_on is not None:
            return N
        return U if r.has_loan_record is None else F
    # xinzhou: 可参考人民银行征信报告中近5年内有无贷款记录
    window = date(LOAN_DAY.year - years, LOAN_DAY.month, LOAN_DAY.day)
    if r.has_loan_record or r.last_loan_settled_on is not None:
        if r.last_loan_settled_on is None:
            return U
        return F if r.last_loan_settled_on <= window else N
    if r.has_loan_record is None:
        return U
    if r.lookback_years is not None:
        start = r.query_date or LOAN_DAY
        covered = date(start.year - r.lookback_years, start.month, start.day)
        return F if covered <= window else U
    return F


def reports() -> list[CreditReport]:
    return [
        CreditReport(loan, discount, lookback, query, settled)
        for loan, discount, lookback, query, settled in itertools.product(
            TRI, TRI, (None, 3, 5, 8), (None, date(2026, 5, 1), date(2026, 8, 1)), SETTLED
        )
    ]


@pytest.mark.parametrize("code", ["xinxiang", "quanzhou", "zhejiang", "xinzhou"])
def test_every_combination_of_facts_and_a_loan_elsewhere(code: str) -> None:
    rule = first_loan_rule(programme(code), "enterprise")
    for report, elsewhere in itertools.product(reports(), ELSEWHERE):
        verdict = first_loan_verdicts(
            [LoanFact(1, LOAN_DAY, "working_capital")], report, loan_elsewhere_on=elsewhere, rule=rule
        )
        expected = N if elsewhere is not None and elsewhere <= LOAN_DAY else oracle(code, report)
        assert verdict[1].status is expected, (code, report, elsewhere)
        if verdict[1].status is U:
            assert "待核实" in verdict[1].reason and verdict[1].reason.en  # type: ignore[attr-defined]


@pytest.mark.parametrize("years", [1, 3, 5, 7])
def test_xinzhou_look_back_years_are_editable(years: int) -> None:
    prog = programme_from_settings({"code": "xinzhou", "edits": {"lookback_years": years}})
    rule = first_loan_rule(prog, "enterprise")
    for report in reports():
        verdict = first_loan_verdicts([LoanFact(1, LOAN_DAY, "working_capital")], report, rule=rule)
        assert verdict[1].status is oracle("xinzhou", report, years), (years, report)
    assert f"近{years}年" in prog.first_loan_text()


def _kinds(code: str, entity: str, kinds: list[str]) -> list[FirstLoanStatus]:
    clean = CreditReport(False, False)
    loans = [LoanFact(n, date(2026, n, 1), kind) for n, kind in enumerate(kinds, start=1)]
    verdicts = first_loan_verdicts(loans, clean, rule=first_loan_rule(programme(code), entity))
    return [verdicts[n].status for n in range(1, len(kinds) + 1)]


def test_bill_discounts_by_programme() -> None:
    both = ["discount", "working_capital"]
    assert _kinds("quanzhou", "enterprise", both) == [F, N]  # 首次获得贷款（含票据贴现）
    assert _kinds("xinxiang", "enterprise", both) == [N, N]  # a discount ends 无贷户 status
    assert _kinds("zhejiang", "enterprise", both) == [N, F]  # not a loan
    assert _kinds("xinzhou", "enterprise", both) == [N, F]


def test_personal_business_loans_by_programme() -> None:
    owner = ["personal_business", "working_capital"]
    assert _kinds("quanzhou", "enterprise", owner) == [F, N]  # 含小微企业主、个体工商户经营性贷款
    for code in ("xinxiang", "zhejiang", "xinzhou"):
        assert _kinds(code, "enterprise", owner) == [N, F], code  # the owner's loan is not the firm's
        assert _kinds(code, "individual", owner) == [F, N], code  # 个体工商户的个人经营性贷款


def test_custom_profile_settings_are_checked() -> None:
    prog = programme_from_settings(
        {"code": "custom", "edits": {"test": "no_loan_record", "discount": "first", "quarterly_due_days": 20}}
    )
    assert prog.test == "no_loan_record" and prog.quarterly_due_days == 20
    for bad in ({"test": "maybe"}, {"lookback_years": 0}, {"rate_floor": 130}, {"quarterly_due_days": 200}):
        with pytest.raises(DomainError, match=r"无效|应为|应在"):
            programme_from_settings({"code": "custom", "edits": bad})
    with pytest.raises(DomainError, match="不能修改"):
        programme_from_settings({"code": "xinzhou", "edits": {"test": "no_loan_record"}})
    with pytest.raises(DomainError, match="没有名为"):
        programme("beijing")
