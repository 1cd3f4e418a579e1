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

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from desktop.domain.programmes import rule_fingerprint
from desktop.services.contact_events import live_participations
from desktop.services.firm_state import refresh_firm
from desktop.services.programme_profile import load_programme
from desktop.services.sync_records import chunks, firm_ids, model_table
from desktop.store.jsonable import to_jsonable
from desktop.store.models import (
    ActivityFirm,
    Credit,
    Demand,
    Dossier,
    Firm,
    Loan,
    Plan,
    StageChange,
    SyncOp,
    Visit,
)


def rule_id(session: Session) -> str:
    """The 首贷 rule the derivation judges by: the stored programme's (firm_state). Part of the digest, with
    the firm's entity type the rule reads, so laptops that judge by different programmes never take each
    other's verdicts: each works them out by its own."""
    return rule_fingerprint(load_programme(session))


def _inputs(session: Session, ids: list[int]) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = defaultdict(list)
    queries = [
        ("v", select(Visit.firm_id, Visit.uid, Visit.date, Visit.created_at).where(Visit.live)),
        ("a", live_participations().with_only_columns(ActivityFirm.firm_id, ActivityFirm.uid, ActivityFirm.on, ActivityFirm.created_at)),
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
        ("e", select(Firm.id, Firm.entity_type)),
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
    rule = rule_id(session)
    out = {}
    for firm_id in ids:
        rows = sorted(json.dumps(r, ensure_ascii=False) for r in inputs.get(firm_id, []))
        # 128 bits: an equality test of the same firm's inputs, not a signature (the package is signed).
        out[firm_id] = hashlib.sha256("\n".join([rule, *rows]).encode()).hexdigest()[:32]
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
    taken: dict[int, list[Any]] = {}
    slow = []
    for uscc, firm_id in ids.items():
        theirs = sent.get(uscc)
        if theirs is not None and theirs[3] == local[firm_id]:
            taken[firm_id] = theirs
        else:
            slow.append(firm_id)
    _take(session, taken)
    for firm_id in slow:
        firm = session.get(Firm, firm_id)
        assert firm is not None
        refresh_firm(session, actor, firm, today)
    return len(slow)


def _take(session: Session, states: dict[int, list[Any]]) -> None:
    """Take the sender's stages and verdicts as they are, a few statements for many firms."""
    from datetime import datetime

    firms = model_table(Firm)
    loans = model_table(Loan)
    by_stage: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    by_status: dict[str, list[str]] = defaultdict(list)
    for firm_id, (stage, changed, verdicts, _) in states.items():
        by_stage[(stage, changed)].append(firm_id)
        for uid, status in verdicts.items():
            by_status[status].append(uid)
    for (stage, changed), ids in by_stage.items():
        when = datetime.fromisoformat(changed) if changed else None
        for firm_batch in chunks(ids):
            session.execute(
                update(firms)
                .where(firms.c.id.in_(firm_batch), firms.c.stage != stage)
                .values(stage=stage, stage_changed_at=when)
            )
    for status, uids in by_status.items():
        for uid_batch in chunks(uids):
            session.execute(
                update(loans)
                .where(loans.c.uid.in_(uid_batch), loans.c.first_loan_status != status)
                .values(first_loan_status=status)
            )


def renumber_plans(session: Session, usccs: set[str]) -> None:
    """Number each firm's plan versions by the order they were made (their clock stamps; records not yet
    exchanged last): the same numbers on every laptop, the latest current."""
    ids = list(firm_ids(session, usccs).values())
    plans: dict[int, list[Any]] = defaultdict(list)
    stamps: dict[str, str] = {}
    columns = (Plan.id, Plan.firm_id, Plan.uid, Plan.version, Plan.is_current, Plan.created_at)
    for batch in chunks(ids):
        for plan in session.execute(select(*columns).where(Plan.firm_id.in_(batch))):
            plans[plan.firm_id].append(plan)
    for batch in chunks([p.uid for firm_plans in plans.values() for p in firm_plans]):
        stamps.update(
            session.execute(
                select(SyncOp.rkey, SyncOp.hlc).where(
                    SyncOp.rtype == "plan", SyncOp.kind == "create", SyncOp.rkey.in_(batch)
                )
            ).all()
        )
    numbered: list[dict[str, Any]] = []
    for firm_plans in plans.values():
        order = sorted(
            firm_plans, key=lambda p: (p.uid not in stamps, stamps.get(p.uid, ""), p.created_at, p.uid)
        )
        for n, plan in enumerate(order, start=1):
            if plan.version != n or plan.is_current != (n == len(order)):
                numbered.append({"pid": plan.id, "v": n, "current": n == len(order)})
    if not numbered:
        return
    table = model_table(Plan)
    step = update(table).where(table.c.id == bindparam("pid"))
    # Out of the way first (a firm's versions are unique), then the numbers.
    session.execute(step.values(version=-bindparam("pid")), [{"pid": r["pid"]} for r in numbered])
    session.execute(step.values(version=bindparam("v"), is_current=bindparam("current")), numbered)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Plan):
            session.expire(obj)  # loaded before the renumbering
