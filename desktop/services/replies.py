"""受理回告单: printing the reply to a firm whose demand was formally accepted or decided, from the demand's
record; the print is an entry in the demand's history (audit ``demand.reply``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.replies import Reply, ReplyFacts, compose_reply
from desktop.domain.service211 import decision_deadline
from desktop.domain.vocabulary import MEASURES
from desktop.reports.fonts import load_font
from desktop.reports.reply_pdf import write_reply
from desktop.services.outcome import RecordNotFound
from desktop.services.printing import check_pdf_path, pdf_header
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Credit, Demand, Firm, Plan

# What a declined firm can do, for the measures of its plan (the reply speaks to the firm).
ADVICE = {
    "finance_coaching": "规范财务管理，完善财务报表和纳税记录（我行可提供财务辅导）",
    "gov_guarantee": "申请政府性融资担保增信",
    "insurance": "通过保证保险增信",
    "credit_product": "积累结算流水和纳税信用，申请信用类首贷产品",
    "supply_chain": "以应收账款、订单等供应链融资方式申请",
    "relending": "了解支小再贷款、贴息等政策支持",
}


def _facts(ws: Workspace, session: Session, demand: Demand, firm: Firm, phone: str | None) -> ReplyFacts:
    credit = session.scalar(select(Credit).where(Credit.demand_id == demand.id, Credit.live).limit(1))
    plan = session.scalar(select(Plan).where(Plan.firm_id == firm.id, Plan.is_current).limit(1))
    due = decision_deadline(ws.calendar, demand.accepted_on, demand.conditions_met_on)
    product = (credit.product if credit else None) or (plan.target_product if plan else None)
    measures = [ADVICE[m] for m in (plan.measures if plan else []) if m in ADVICE]
    if plan is not None and not measures:
        measures = [MEASURES.zh(m) for m in plan.measures if m != "other"]
    return ReplyFacts(
        firm_name=firm.name,
        uscc=firm.uscc,
        demand_id=demand.id,
        received_on=demand.received_on,
        amount=demand.amount,
        accepted_on=demand.accepted_on,
        decided_on=demand.decided_on,
        decision=demand.decision,
        decision_due=due.day if due else None,
        calendar_known=due.calendar_known if due else True,
        product=product,
        approved_amount=demand.approved_amount,
        reason=demand.decline_reason or demand.note,
        suggestions=measures,
        officer=ws.profile.officer or ws.actor,
        phone=(phone or "").strip() or None,
    )


def reply_for(ws: Workspace, demand_id: int, phone: str | None = None) -> tuple[ReplyFacts, Reply]:
    """The reply a demand's state calls for (NoReplyToPrint before acceptance or after a withdrawal)."""
    with ws.db.session() as session:
        demand = session.get(Demand, demand_id) if 0 < demand_id < 2**63 else None
        if demand is None or not demand.live:
            raise RecordNotFound(
                f"找不到编号为 {demand_id} 的融资需求", en=f"There is no financing demand number {demand_id}"
            )
        firm = session.get(Firm, demand.firm_id)
        assert firm is not None
        facts = _facts(ws, session, demand, firm, phone)
    return facts, compose_reply(facts)


KIND_WORDS = {"accepted": "正式受理", "approved": "审批同意", "declined": "暂不予授信"}


def print_reply(
    ws: Workspace, demand_id: int, out: Path, *, phone: str | None = None, today: date | None = None
) -> Path:
    """The 受理回告单 for the demand as it stands; ``phone``: the officer's number printed for the firm."""
    check_pdf_path(ws, out)
    facts, reply = reply_for(ws, demand_id, phone)
    header = pdf_header(ws, today or ws.today(), mark="回告")
    write_reply(str(out), facts, reply, header, load_font())
    with ws.db.write() as session:
        demand = session.get(Demand, demand_id)
        assert demand is not None
        append_audit(
            session,
            actor=ws.actor,
            action="demand.reply",
            entity="demand",
            entity_id=demand_id,
            firm_id=demand.firm_id,
            summary=f"打印受理回告单（{KIND_WORDS[reply.kind]}）：{facts.firm_name}",
            new={"file": str(out), "kind": reply.kind, "on": reply.on, "decision_due": facts.decision_due},
        )
    return out
