"""尽职免责 evidence: for each first loan of a firm, one sheet drawn from the record — visits, the credit
report's facts, the 211 steps with their dates, the credit approval, the plan — with the audit entries of
those records, their hashes and one digest, so the officer can show the due diligence; each print audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.diligence import LoanFacts, StepFact, VisitFact, checks, evidence_digest
from desktop.domain.errors import DomainError
from desktop.domain.money import format_wan
from desktop.domain.service211 import StepStatus, evaluate
from desktop.domain.stages import Stage
from desktop.domain.vocabulary import DIAGNOSES, GUARANTEE_KINDS, LOAN_KINDS, MEASURES, VISIT_MODES
from desktop.reports.diligence_pdf import DiligenceSheet, EvidenceEntry, write_diligence
from desktop.reports.fonts import load_font
from desktop.services.firm_state import credit_report
from desktop.services.firms import get_firm
from desktop.services.printing import check_pdf_path, pdf_header
from desktop.services.workspace import Workspace
from desktop.store.audit import GENESIS, append_audit, verify_chain
from desktop.store.models import AuditEntry, Credit, Demand, Dossier, Firm, Loan, Plan, Visit

STEP_NAMES = {"feedback": "反馈意向", "accept": "正式受理", "decide": "审批决定"}
MAX_ENTRIES = 14  # the sheet stays one page; the digest covers every entry cited


def _steps(ws: Workspace, demands: Sequence[Demand], until: date) -> list[StepFact]:
    out: list[StepFact] = []
    for d in demands:
        for st in evaluate(d.dates(), ws.calendar, until):
            on_time = None if st.done_on is None else st.status == StepStatus.ON_TIME
            out.append(StepFact(d.id, st.step.value, st.deadline, st.done_on, on_time))
    return out


def _entries(session: Session, firm: Firm, cited: set[tuple[str, str]]) -> tuple[list[AuditEntry], int]:
    every = list(
        session.scalars(select(AuditEntry).where(AuditEntry.firm_id == firm.id).order_by(AuditEntry.id))
    )
    return [e for e in every if (e.entity, e.entity_id or "") in cited], len(every)


def _facts_rows(firm: Firm, loan: Loan, credit: Credit | None, plan: Plan | None) -> list[tuple[str, object]]:
    return [
        ("放款日期", loan.date.isoformat()),
        ("放款金额（万元）", format_wan(loan.amount)),
        ("贷款种类", LOAN_KINDS.zh(loan.kind)),
        ("产品", loan.product or ""),
        ("授信", f"{credit.date.isoformat()} {format_wan(credit.amount)} 万元" if credit else "未关联"),
        ("担保方式", GUARANTEE_KINDS.zh(credit.guarantee) if credit else ""),
        ("当前阶段", Stage(firm.stage).label_zh),
        ("客户经理", firm.assigned_officer or ""),
        ("问题诊断", "、".join(DIAGNOSES.zh(c) for c in plan.diagnosis) if plan else "未制定方案"),
        ("培植措施", "、".join(MEASURES.zh(c) for c in plan.measures) if plan else ""),
    ]


def _sheet(
    ws: Workspace, session: Session, firm: Firm, loan: Loan, head: str, intact: bool
) -> DiligenceSheet:
    credit = session.get(Credit, loan.credit_id) if loan.credit_id else None
    visits = list(
        session.scalars(
            select(Visit)
            .where(Visit.firm_id == firm.id, Visit.live, Visit.date <= loan.date)
            .order_by(Visit.date)
        )
    )
    demands = list(
        session.scalars(
            select(Demand)
            .where(Demand.firm_id == firm.id, Demand.live, Demand.received_on <= loan.date)
            .order_by(Demand.received_on)
        )
    )
    plans = list(session.scalars(select(Plan).where(Plan.firm_id == firm.id).order_by(Plan.version)))
    plan = next(
        (p for p in reversed(plans) if (p.drawn_on or loan.date) <= loan.date), plans[0] if plans else None
    )
    steps = _steps(ws, demands, loan.date)
    facts = LoanFacts(
        loan.date, loan.amount, loan.first_loan_status, credit.date if credit else None, credit.amount if credit else None,
        [VisitFact(v.date, v.mode, v.mode == "site") for v in visits], credit_report(session.get(Dossier, firm.id)),
        steps, plans[0].drawn_on if plans else None,
    )  # fmt: skip
    # The records the sheet rests on, and the firm's own entries (its stage moves).
    cited = {("visit", str(v.id)) for v in visits} | {("demand", str(d.id)) for d in demands}
    cited |= {("plan", str(p.id)) for p in plans} | {("loan", str(loan.id)), ("firm", firm.uscc)}
    if credit is not None:
        cited.add(("credit", str(credit.id)))
    entries, total = _entries(session, firm, cited)
    return DiligenceSheet(
        key=str(loan.id),
        firm_name=firm.name,
        uscc=firm.uscc,
        facts=_facts_rows(firm, loan, credit, plan),
        visits=[(v.date.isoformat(), VISIT_MODES.zh(v.mode), v.officer, v.findings or "") for v in visits],
        steps=[
            (
                str(s.demand_id),
                STEP_NAMES[s.step],
                s.deadline.isoformat() if s.deadline else "",
                s.done_on.isoformat() if s.done_on else "",
                "按时" if s.on_time else ("逾期" if s.on_time is False else "未办理"),
            )
            for s in steps
        ],
        checks=checks(facts),
        entries=[
            EvidenceEntry(e.id, e.at.astimezone().strftime("%Y-%m-%d %H:%M"), e.actor, e.summary, e.hash)
            for e in entries[-MAX_ENTRIES:]
        ],
        total_entries=total,
        digest=evidence_digest([e.hash for e in entries]),
        chain_intact=intact,
        head_hash=head,
    )


def diligence_sheets(ws: Workspace, uscc: str) -> list[DiligenceSheet]:
    """One sheet per live loan the 首贷 rule counts (or holds unverified) as the firm's first loan."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        loans = list(
            session.scalars(
                select(Loan)
                .where(
                    Loan.firm_id == firm.id, Loan.live, Loan.first_loan_status.in_(("first", "unverified"))
                )
                .order_by(Loan.date)
            )
        )
        if not loans:
            raise DomainError(
                f"{firm.name}没有首贷记录，无需尽职免责证明",
                en=f"{firm.name} has no first loan, so there is no evidence sheet",
            )
        head = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
        intact = not verify_chain(session)
        return [_sheet(ws, session, firm, loan, head, intact) for loan in loans]


def print_diligence(ws: Workspace, uscc: str, out: Path, *, today: date | None = None) -> Path:
    check_pdf_path(ws, out)
    sheets = diligence_sheets(ws, uscc)
    write_diligence(str(out), sheets, pdf_header(ws, today or ws.today()), load_font())
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        append_audit(
            session,
            actor=ws.actor,
            action="diligence.print",
            entity="firm",
            entity_id=firm.uscc,
            firm_id=firm.id,
            summary=f"打印尽职免责证明材料：{firm.name}",
            new={"file": str(out), "loans": [s.key for s in sheets], "digests": [s.digest for s in sheets]},
        )
    return out
