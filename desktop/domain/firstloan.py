"""When a loan makes a firm a 首贷户: its first loan, and no loan or bill discount on record before."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.errors import Message


@dataclass(frozen=True)
class FirstLoanVerdict:
    counts: bool
    reason: str  # why not (a Message: Chinese, with .en); empty when it counts


def first_loan_verdict(
    *, has_loan_record: bool | None, has_discount_record: bool | None, earlier_loans: int
) -> FirstLoanVerdict:
    """Unknown credit-report facts (None) do not block: the list says the firm had no loan."""
    if earlier_loans > 0:
        return FirstLoanVerdict(
            False,
            Message(
                f"该企业此前已在本系统登记 {earlier_loans} 笔贷款，本笔不计为首贷",
                f"This firm already has {earlier_loans} loans recorded here, so this one is not its first loan",
            ),
        )
    if has_loan_record:
        return FirstLoanVerdict(
            False,
            Message(
                "征信显示该企业此前已有贷款记录，本笔登记为贷款但不计为首贷",
                "The credit report shows an earlier loan: this loan is recorded but not counted as a first loan",
            ),
        )
    if has_discount_record:
        return FirstLoanVerdict(
            False,
            Message(
                "征信显示该企业此前已有票据贴现记录，本笔登记为贷款但不计为首贷",
                "The credit report shows an earlier bill discount: this loan is recorded but not counted as a "
                "first loan",
            ),
        )
    return FirstLoanVerdict(True, "")
