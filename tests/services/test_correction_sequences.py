"""Random sequences of add / edit / void on a firm always leave its stage equal to the stage derived from its
live records (desktop/domain/stage_replay over them), its loans' 首贷 verdicts equal to the one rule's, the
audit chain intact, and a refused operation leaves nothing written."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.domain.errors import DomainError
from desktop.domain.firstloan import FirstLoanStatus, LoanFact, first_loan_verdicts
from desktop.domain.stage_replay import StageEvent, replay
from desktop.domain.stages import Stage
from desktop.services.corrections import void_record
from desktop.services.credits import CreditInput, add_credit, edit_credit
from desktop.services.demand_edit import edit_demand
from desktop.services.demands import add_demand
from desktop.services.dossiers import update_dossier
from desktop.services.firm_state import credit_report
from desktop.services.loans import LoanInput, add_loan, edit_loan
from desktop.services.stage_moves import set_stage
from desktop.services.visits import VisitInput, add_visit, edit_visit
from desktop.services.workspace import Workspace
from desktop.store.audit import verify_chain
from desktop.store.models import AuditEntry, Credit, Demand, Dossier, Firm, Loan, StageChange, Visit
from tests.conftest import TODAY
from tests.factories import add_firm

START = date(2026, 1, 1)
_FIRMS = itertools.count(1)
MODELS: dict[str, Any] = {"visit": Visit, "demand": Demand, "credit": Credit, "loan": Loan}
EDITORS: dict[str, Any] = {
    "visit": edit_visit,
    "demand": edit_demand,
    "credit": edit_credit,
    "loan": edit_loan,
}
DATE_FIELD = {"visit": "on", "demand": "received_on", "credit": "on", "loan": "on"}

days = st.integers(min_value=0, max_value=(TODAY - START).days + 3)  # a few beyond today: refused
amounts = st.sampled_from(["30", "60", "100", "0", "-5"])
kinds = st.sampled_from(sorted(MODELS))
operation = st.one_of(
    st.tuples(st.just("add"), kinds, days, amounts),
    st.tuples(st.just("edit"), kinds, st.integers(0, 3), days, amounts),
    st.tuples(st.just("void"), kinds, st.integers(0, 3)),
    st.tuples(st.just("hand"), st.sampled_from(["no_demand", "contacted", "credited", "partner"]), days),
    st.tuples(st.just("report"), st.booleans()),
)


def _ids(ws: Workspace, firm_id: int, kind: str) -> list[int]:
    model = MODELS[kind]
    with ws.db.session() as session:
        return list(
            session.scalars(select(model.id).where(model.firm_id == firm_id, model.live).order_by(model.id))
        )


def _add(ws: Workspace, uscc: str, kind: str, on: date, amount: str) -> None:
    if kind == "visit":
        add_visit(ws, uscc, VisitInput(on, "site"))
    elif kind == "demand":
        add_demand(ws, uscc, on=on, amount=amount)
    elif kind == "credit":
        add_credit(ws, uscc, CreditInput(on, amount, "credit"))
    else:
        add_loan(ws, uscc, LoanInput(on, amount))


def _apply(ws: Workspace, uscc: str, firm_id: int, op: tuple[Any, ...]) -> None:
    if op[0] == "add":
        _add(ws, uscc, op[1], START + timedelta(days=op[2]), op[3])
    elif op[0] in ("edit", "void"):
        ids = _ids(ws, firm_id, op[1])
        if not ids:
            return
        record_id = ids[op[2] % len(ids)]
        if op[0] == "void":
            void_record(ws, op[1], record_id, "随机更正")
        else:
            changes: dict[str, Any] = {DATE_FIELD[op[1]]: START + timedelta(days=op[3])}
            if op[1] in ("credit", "loan"):
                changes["amount"] = op[4]
            EDITORS[op[1]](ws, record_id, changes, "随机更正")
    elif op[0] == "hand":
        set_stage(ws, uscc, Stage(op[1]), reason="随机调整", on=START + timedelta(days=op[2]))
    else:
        update_dossier(ws, uscc, {"has_loan_record": op[1], "has_discount_record": False})


def _derived(ws: Workspace, firm_id: int) -> tuple[str, dict[int, str]]:
    """The stage and the loans' verdicts worked out here, from the live records alone."""
    with ws.db.session() as session:
        live = {
            kind: list(session.scalars(select(m).where(m.firm_id == firm_id, m.live)))
            for kind, m in MODELS.items()
        }
        hands = list(session.scalars(select(StageChange).where(
            StageChange.firm_id == firm_id, StageChange.cause == "hand", StageChange.live)))  # fmt: skip
        report = credit_report(session.get(Dossier, firm_id))
    elsewhere = [h.on for h in hands if h.to_stage == "loan_elsewhere"]
    verdicts = first_loan_verdicts(
        [LoanFact(ln.id, ln.date, ln.kind, ln.id) for ln in live["loan"]],
        report,
        loan_elsewhere_on=min(elsewhere) if elsewhere else None,
    )
    firsts = {i for i, v in verdicts.items() if v.status is FirstLoanStatus.FIRST}
    events = [StageEvent(v.date, v.created_at, "visit") for v in live["visit"]]
    events += [StageEvent(d.received_on, d.created_at, "demand") for d in live["demand"]]
    events += [StageEvent(c.date, c.created_at, "credit") for c in live["credit"]]
    events += [StageEvent(ln.date, ln.created_at, "first_loan") for ln in live["loan"] if ln.id in firsts]
    events += [
        StageEvent(h.on, h.at, target=Stage(h.to_stage), reason=h.reason)
        for h in hands
        if h.to_stage != "first_loan" or h.loan_id in firsts
    ]
    return replay(events).stage.value, {i: v.status.value for i, v in verdicts.items()}


def _audit_count(ws: Workspace) -> int:
    with ws.db.session() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))) or 0)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operation, min_size=1, max_size=14))
def test_any_sequence_keeps_the_stage_derived_from_the_live_records(
    workspace: Workspace, ops: list[Any]
) -> None:
    ws = workspace
    ws.clock = lambda: TODAY
    uscc = add_firm(ws, next(_FIRMS))
    with ws.db.session() as session:
        firm_id = session.scalars(select(Firm.id).where(Firm.uscc == uscc)).one()
    for done, op in enumerate(ops, start=1):
        before = _audit_count(ws)
        try:
            _apply(ws, uscc, firm_id, op)
        except DomainError:
            assert _audit_count(ws) == before, f"a refused {op} wrote to the audit log"
        _check(ws, firm_id, ops[:done])
    with ws.db.session() as session:
        assert verify_chain(session) == []


def _check(ws: Workspace, firm_id: int, ops: list[Any]) -> None:
    stage, verdicts = _derived(ws, firm_id)
    with ws.db.session() as session:
        stored = session.scalars(select(Firm.stage).where(Firm.id == firm_id)).one()
        rows = session.execute(
            select(Loan.id, Loan.first_loan_status).where(Loan.firm_id == firm_id, Loan.live)
        )
        statuses = {loan_id: status for loan_id, status in rows}
    assert stored == stage, ops
    assert statuses == verdicts, ops
