"""A firm's derived state after a merge: its stage and its loans' 首贷 verdicts, and its plans' numbering.

``refresh_firm`` (desktop/services/firm_state.py) is the one derivation. It costs a few queries per firm,
so a merge first compares a digest of the firm's derivation inputs — every live record the stage and
the 首贷 rule read, by global id — with the digest the sender worked its state out from. Equal inputs give
equal results under the same rule: the sender's stage and verdicts are then taken as they are. Any
difference (records from another laptop, a void, a credit-report fact) calls ``refresh_firm``.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.services.firm_state import refresh_firm
from desktop.services.sync_records import chunks, firm_ids
from desktop.store.jsonable import to_jsonable
from desktop.store.models import Credit, Demand, Dossier, Firm, Loan, Plan, StageChange, SyncOp, Visit

# The 首贷 rule the derivation uses (firm_state's default); part of the digest, so laptops that judge by
# different rules never take each other's verdicts.
RULE_ID = "never_loan_or_discount"


def _inputs(session: Session, ids: list[int]) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = defaultdict(list)
    queries = [
        ("v", select(Visit.firm_id, Visit.uid, Visit.date, Visit.created_at).where(Visit.live)),
        ("d", select(Demand.firm_id, Demand.uid, Demand.received_on, Demand.created_at).where(Demand.live)),
        ("p", select(Plan.firm_id, Plan.uid, Plan.drawn_on, Plan.created_at).where(Plan.version == 1)),
        ("c", select(Credit.firm_id, Credit.uid, Credit.date, Credit.created_at).where(Credit.live)),
        ("l", select(Loan.firm_id, Loan.uid, Loan.date, Loan.kind, Loan.created_at).where(Loan.live)),
        (
            "h",
            select(
                StageChange.firm_id, StageChange.uid, StageChange.on, StageChange.at, StageChange.to_stage,
                StageChange.reason, StageChange.loan_id,
            ).where(StageChange.cause == "hand", StageChange.live),
        ),
        (
            "r",
            select(
                Dossier.firm_id, Dossier.has_loan_record, Dossier.has_discount_record, Dossier.credit_lookback_years,
                Dossier.credit_query_date, Dossier.last_loan_settled_on,
            ),
        ),
    ]  # fmt: skip
    loan_uids: dict[int, str] = {}
    for batch in chunks(ids):
        loan_uids.update(session.execute(select(Loan.id, Loan.uid).where(Loan.firm_id.in_(batch))).all())
        for tag, query in queries:
            firm_col = query.selected_columns[0]
            for row in session.execute(query.where(firm_col.in_(batch))):
                firm_id: int = row[0]  # type: ignore[assignment]
                values: list[Any] = list(row[1:])
                if tag == "h":
                    values[-1] = loan_uids.get(values[-1]) if values[-1] is not None else None
                found[firm_id].append([tag, *to_jsonable(values)])
    return found


def digests(session: Session, ids: list[int]) -> dict[int, str]:
    """Per firm: the SHA-256 of the rule and the sorted derivation inputs."""
    inputs = _inputs(session, ids)
    out = {}
    for firm_id in ids:
        rows = sorted(json.dumps(r, ensure_ascii=False) for r in inputs.get(firm_id, []))
        out[firm_id] = hashlib.sha256("\n".join([RULE_ID, *rows]).encode()).hexdigest()
    return out


def derived_states(session: Session, usccs: set[str]) -> dict[str, list[Any]]:
    """What a package says of each of its firms: stage, when it changed, each loan's verdict, the digest."""
    ids = firm_ids(session, usccs)
    by_id = {v: k for k, v in ids.items()}
    found = digests(session, list(by_id))
    loans: dict[int, dict[str, str]] = defaultdict(dict)
    out: dict[str, list[Any]] = {}
    for batch in chunks(list(by_id)):
        for firm_id, uid, status in session.execute(
            select(Loan.firm_id, Loan.uid, Loan.first_loan_status).where(Loan.firm_id.in_(batch))
        ):
            loans[firm_id][uid] = status
        for firm_id, stage, changed in session.execute(
            select(Firm.id, Firm.stage, Firm.stage_changed_at).where(Firm.id.in_(batch))
        ):
            out[by_id[firm_id]] = [stage, to_jsonable(changed), loans[firm_id], found[firm_id]]
    return out


def apply_derived(
    session: Session, actor: str, today: date, usccs: set[str], sent: dict[str, list[Any]]
) -> int:
    """Set the merged firms' derived state; returns how many needed ``refresh_firm``."""
    ids = firm_ids(session, usccs)
    local = digests(session, list(ids.values()))
    slow = 0
    for uscc, firm_id in ids.items():
        theirs = sent.get(uscc)
        if theirs is not None and theirs[3] == local[firm_id]:
            _take(session, firm_id, theirs)
            continue
        firm = session.get(Firm, firm_id)
        assert firm is not None
        refresh_firm(session, actor, firm, today)
        slow += 1
    return slow


def _take(session: Session, firm_id: int, state: list[Any]) -> None:
    from datetime import datetime

    stage, changed, loans, _ = state
    session.execute(
        update(Firm)
        .where(Firm.id == firm_id, Firm.stage != stage)
        .values(stage=stage, stage_changed_at=datetime.fromisoformat(changed) if changed else None)
    )
    for uid, status in loans.items():
        session.execute(
            update(Loan)
            .where(Loan.uid == uid, Loan.first_loan_status != status)
            .values(first_loan_status=status)
        )


def renumber_plans(session: Session, usccs: set[str]) -> None:
    """Number each firm's plan versions by the order they were made (their clock stamps; records not yet
    exchanged last): the same numbers on every laptop, the latest current."""
    ids = firm_ids(session, usccs)
    for firm_id in ids.values():
        plans = list(session.scalars(select(Plan).where(Plan.firm_id == firm_id)))
        stamps = dict(
            session.execute(
                select(SyncOp.rkey, SyncOp.hlc).where(
                    SyncOp.rtype == "plan", SyncOp.kind == "create", SyncOp.rkey.in_([p.uid for p in plans])
                )
            ).all()
        )
        order = sorted(plans, key=lambda p: (p.uid not in stamps, stamps.get(p.uid, ""), p.created_at, p.uid))
        if [p.version for p in order] == list(range(1, len(order) + 1)) and all(
            p.is_current == (n == len(order) - 1) for n, p in enumerate(order)
        ):
            continue
        for p in plans:
            p.version = -p.version if p.version > 0 else p.version
        session.flush()
        for n, p in enumerate(order, start=1):
            p.version, p.is_current = n, n == len(order)
        session.flush()
