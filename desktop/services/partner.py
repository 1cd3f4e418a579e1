"""After the first loan (seed 000: "无贷户—首贷户—伙伴客户"): the 配套金融服务方案 is a plan version of kind
伙伴培育, drawn only for a firm whose first loan is on record; the move to 伙伴客户 is the hand stage move
(``stage set USCC partner --reason R``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.firstloan import FirstLoanStatus
from desktop.store.models import Firm, Loan


class NotYetAFirstLoanFirm(DomainError):
    pass


def has_first_loan(session: Session, firm: Firm) -> bool:
    """The firm has a live loan the 首贷 rule counts (or is waiting to verify) as its first."""
    statuses = (FirstLoanStatus.FIRST.value, FirstLoanStatus.UNVERIFIED.value)
    query = select(Loan.id).where(Loan.firm_id == firm.id, Loan.live, Loan.first_loan_status.in_(statuses))
    return session.scalar(query.limit(1)) is not None


def require_first_loan(session: Session, firm: Firm) -> None:
    if not has_first_loan(session, firm):
        raise NotYetAFirstLoanFirm(
            f"{firm.name}尚无首贷记录：伙伴培育（配套金融服务方案）在发放首贷之后制定",
            en=f"{firm.name} has no first loan on record: the partner plan (配套金融服务方案) is drawn up after "
            "the first loan",
        )
