"""The one 首贷 rule: which of a firm's loans, if any, is its first loan, judged on recorded facts.

A loan is the firm's 首贷 only when (1) it is the firm's earliest live loan of a kind that can be a first
loan, (2) the programme's credit-report test passes on the facts the officer recorded, and (3) the firm
had not already got a loan elsewhere (他行已获贷) before it. When the facts the test needs are not recorded
the loan is 待核实 (unverified): counted apart, never silently as 首贷. Every other live loan is not a
first loan. So a firm has at most one 首贷, whatever is voided and entered again.

The credit-report tests of the programmes (seeds 000–004) are ``ReportTest`` functions: never a loan or a
票据贴现 (新乡, 泉州), no loan on record (浙江: 首次获得贷款), no loan in the last N years (忻州). The
programme profile (desktop/domain/programmes.py) builds the ``FirstLoanRule`` of each programme.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from desktop.domain.dates import add_years
from desktop.domain.errors import Message


class FirstLoanStatus(str, Enum):
    FIRST = "first"
    UNVERIFIED = "unverified"
    NOT_FIRST = "not_first"


@dataclass(frozen=True)
class CreditReport:
    """What the officer recorded from the firm's credit report (None: not recorded)."""

    has_loan_record: bool | None = None
    has_discount_record: bool | None = None
    lookback_years: int | None = None
    query_date: date | None = None
    last_loan_settled_on: date | None = None


@dataclass(frozen=True)
class LoanFact:
    id: int
    on: date
    kind: str
    seq: int = 0  # the order the loans were recorded in, for loans of the same day


@dataclass(frozen=True)
class Verdict:
    status: FirstLoanStatus
    reason: str = ""  # a Message (Chinese, with .en) saying why it is not 首贷; empty when it is

    @property
    def counts(self) -> bool:
        return self.status is FirstLoanStatus.FIRST


# A credit-report test: True passes, False fails, None when the recorded facts cannot tell. It gets the
# report and the loan's date (a look-back of N years counts back from the loan).
ReportTest = Callable[[CreditReport, date], bool | None]


def never_loan_or_discount(report: CreditReport, _on: date) -> bool | None:
    """新乡 / 泉州: the credit report shows never a loan and never a 票据贴现."""
    if report.has_loan_record or report.has_discount_record:
        return False
    if report.has_loan_record is None or report.has_discount_record is None:
        return None
    return True


def no_loan_record(report: CreditReport, _on: date) -> bool | None:
    """浙江 (seed 000): 首次获得贷款 — the credit report shows no loan (a bill discount is not a loan)."""
    if report.has_loan_record or report.last_loan_settled_on is not None:
        return False
    return None if report.has_loan_record is None else True


@dataclass(frozen=True)
class NoLoanWithinYears:
    """忻州 (seed 003, note 1): 可参考人民银行征信报告中近5年内有无贷款记录 — no loan on the report within
    ``years`` years before this loan.

    A report with no loan record passes when it looks back far enough (``lookback_years`` counted back from
    the query date, or from the loan when the query date is not recorded; unknown look-back: the report is
    taken as the seed's reference). A report with a loan passes only when its latest loan was settled
    ``years`` years or more before this loan; without that date the loan is 待核实."""

    years: int = 5

    def __call__(self, report: CreditReport, on: date) -> bool | None:
        window_start = add_years(on, -self.years)
        had_loan = report.has_loan_record or report.last_loan_settled_on is not None
        if had_loan:
            if report.last_loan_settled_on is None:
                return None
            return report.last_loan_settled_on <= window_start
        if report.has_loan_record is None:
            return None
        if report.lookback_years is None:
            return True
        covered_from = add_years(report.query_date or on, -report.lookback_years)
        return True if covered_from <= window_start else None


_REPORT_FAILS = Message(
    "征信显示该企业此前已有贷款或票据贴现记录，本笔登记为贷款但不计为首贷",
    "The credit report shows an earlier loan or bill discount: this loan is recorded but not counted as a "
    "first loan",
)
_REPORT_UNKNOWN = Message(
    "尚未登记征信情况（有无贷款、票据贴现记录），本笔首贷待核实：请在档案中补录征信信息",
    "The credit report facts (loan and bill discount records) are not recorded yet, so this first loan is "
    "unverified: record them in the dossier",
)


@dataclass(frozen=True)
class FirstLoanRule:
    report_test: ReportTest = never_loan_or_discount
    # Loan kinds that are loans but never a first loan (renewals, e.g. 无还本续贷; 票据贴现 where a discount
    # ends a firm's 无贷户 status without being a first loan itself).
    never_first_kinds: frozenset[str] = frozenset()
    # Loan kinds that are not loans for this programme at all (e.g. 票据贴现 where it does not count).
    not_loan_kinds: frozenset[str] = frozenset()
    # Why a loan is not first when the report test fails, and what to record when it cannot tell.
    fails: Message = _REPORT_FAILS
    unknown: Message = _REPORT_UNKNOWN
    # The dossier's credit-report facts the test reads (what the officer is asked to record).
    facts: tuple[str, ...] = ("has_loan_record", "has_discount_record")


NEVER_LOAN_OR_DISCOUNT = FirstLoanRule()


def _elsewhere(on: date) -> Message:
    return Message(
        f"该企业已于 {on.isoformat()} 登记为“他行已获贷”，本笔不计为本行首贷",
        f"The firm was recorded as having a loan elsewhere on {on.isoformat()}, so this loan is not "
        "counted as our first loan",
    )


def _earlier(first: LoanFact) -> Message:
    return Message(
        f"该企业此前已有 {first.on.isoformat()} 的贷款，本笔不计为首贷",
        f"This firm already has a loan of {first.on.isoformat()}, so this one is not its first loan",
    )


def first_loan_verdicts(
    loans: Sequence[LoanFact],
    report: CreditReport,
    *,
    loan_elsewhere_on: date | None = None,
    rule: FirstLoanRule = NEVER_LOAN_OR_DISCOUNT,
) -> dict[int, Verdict]:
    """The verdict for each of a firm's live loans (voided loans are not passed in).

    ``loan_elsewhere_on``: the earliest day the firm was recorded as 他行已获贷 (a live stage move)."""
    counted = sorted((f for f in loans if f.kind not in rule.not_loan_kinds), key=lambda f: (f.on, f.seq))
    verdicts = {f.id: Verdict(FirstLoanStatus.NOT_FIRST, Message("", "")) for f in loans}
    if not counted:
        return verdicts
    first = counted[0]
    for later in counted[1:]:
        verdicts[later.id] = Verdict(FirstLoanStatus.NOT_FIRST, _earlier(first))
    if first.kind in rule.never_first_kinds:
        return verdicts
    if loan_elsewhere_on is not None and loan_elsewhere_on <= first.on:
        verdicts[first.id] = Verdict(FirstLoanStatus.NOT_FIRST, _elsewhere(loan_elsewhere_on))
        return verdicts
    passed = rule.report_test(report, first.on)
    if passed is None:
        verdicts[first.id] = Verdict(FirstLoanStatus.UNVERIFIED, rule.unknown)
    elif passed:
        verdicts[first.id] = Verdict(FirstLoanStatus.FIRST)
    else:
        verdicts[first.id] = Verdict(FirstLoanStatus.NOT_FIRST, rule.fails)
    return verdicts
