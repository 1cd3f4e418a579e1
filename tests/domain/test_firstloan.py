"""The one 首贷 rule: at most one first loan per firm, judged on recorded credit-report facts."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.firstloan import (
    CreditReport,
    FirstLoanRule,
    FirstLoanStatus,
    LoanFact,
    first_loan_verdicts,
)

CLEAN = CreditReport(has_loan_record=False, has_discount_record=False)
MAY = date(2026, 5, 1)


def _loan(n: int, day: date = MAY, kind: str = "working_capital") -> LoanFact:
    return LoanFact(n, day, kind, n)


def test_the_earliest_loan_of_a_clean_report_is_the_first_loan() -> None:
    verdicts = first_loan_verdicts([_loan(2, date(2026, 6, 1)), _loan(1)], CLEAN)
    assert verdicts[1].status is FirstLoanStatus.FIRST and verdicts[1].counts
    assert verdicts[2].status is FirstLoanStatus.NOT_FIRST
    assert "2026-05-01" in verdicts[2].reason


def test_unknown_facts_make_it_unverified_never_first() -> None:
    for report in (
        CreditReport(),
        CreditReport(has_loan_record=False),
        CreditReport(has_discount_record=False),
    ):
        verdict = first_loan_verdicts([_loan(1)], report)[1]
        assert verdict.status is FirstLoanStatus.UNVERIFIED and not verdict.counts
        assert "待核实" in verdict.reason and "unverified" in verdict.reason.en  # type: ignore[attr-defined]


def test_a_loan_or_discount_on_the_report_means_not_first_even_when_the_other_fact_is_unknown() -> None:
    for report in (CreditReport(has_loan_record=True), CreditReport(has_discount_record=True)):
        assert first_loan_verdicts([_loan(1)], report)[1].status is FirstLoanStatus.NOT_FIRST


def test_a_loan_elsewhere_before_the_loan_means_not_first_and_after_it_does_not_matter() -> None:
    assert (
        first_loan_verdicts([_loan(1)], CLEAN, loan_elsewhere_on=MAY)[1].status is FirstLoanStatus.NOT_FIRST
    )
    later = date(2026, 7, 1)
    assert first_loan_verdicts([_loan(1)], CLEAN, loan_elsewhere_on=later)[1].counts


def test_same_day_loans_are_ordered_as_they_were_recorded() -> None:
    verdicts = first_loan_verdicts(
        [LoanFact(7, MAY, "working_capital", 2), LoanFact(9, MAY, "other", 1)], CLEAN
    )
    assert verdicts[9].counts and not verdicts[7].counts


def test_kinds_the_rule_excludes() -> None:
    renewal = FirstLoanRule(never_first_kinds=frozenset({"renewal"}))
    verdicts = first_loan_verdicts(
        [_loan(1, kind="renewal"), _loan(2, date(2026, 6, 1))], CLEAN, rule=renewal
    )
    assert not verdicts[1].counts and not verdicts[2].counts  # a renewal is a loan: the next is not first
    no_discount = FirstLoanRule(not_loan_kinds=frozenset({"discount"}))
    verdicts = first_loan_verdicts(
        [_loan(1, kind="discount"), _loan(2, date(2026, 6, 1))], CLEAN, rule=no_discount
    )
    assert not verdicts[1].counts and verdicts[2].counts


facts = st.builds(CreditReport, st.one_of(st.none(), st.booleans()), st.one_of(st.none(), st.booleans()))


@given(
    days=st.lists(st.dates(date(2020, 1, 1), date(2026, 12, 1)), max_size=8),
    report=facts,
    elsewhere=st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2026, 12, 1))),
)
def test_never_more_than_one_first_loan(
    days: list[date], report: CreditReport, elsewhere: date | None
) -> None:
    loans = [_loan(n, day) for n, day in enumerate(days)]
    verdicts = first_loan_verdicts(loans, report, loan_elsewhere_on=elsewhere)
    assert set(verdicts) == {loan.id for loan in loans}
    firsts = [n for n, v in verdicts.items() if v.status is not FirstLoanStatus.NOT_FIRST]
    assert len(firsts) <= 1
    if firsts:
        assert min(days) == days[firsts[0]]
