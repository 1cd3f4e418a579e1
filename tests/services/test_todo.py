"""The to-do list: 211 deadlines, plan tasks, follow-ups and the monthly ledger due on the 10th."""

from __future__ import annotations

from datetime import date

from desktop.services.demands import add_demand, record_feedback
from desktop.services.todo import todo
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from desktop.store.models import LedgerExport
from tests.factories import add_firm

D = date.fromisoformat


def test_empty_database_has_nothing_to_do(workspace: Workspace) -> None:
    assert todo(workspace, D("2026-03-05")) == []


def test_ledger_items_disappear_once_exported(workspace: Workspace) -> None:
    add_firm(workspace)
    items = todo(workspace, D("2026-03-05"))
    assert [(i.kind, i.due, i.overdue) for i in items] == [
        ("ledger", D("2026-02-10"), True),  # January's
        ("ledger", D("2026-03-10"), False),  # February's
    ]
    with workspace.db.write() as session:
        for month in ("2026-01", "2026-02"):
            session.add(
                LedgerExport(month=month, file_name="x.xlsx", file_hash="0" * 64, row_count=0, rows=[])
            )
    assert todo(workspace, D("2026-03-05")) == []
    # On the 11th the next month's ledger is the one due.
    assert [(i.due, i.overdue) for i in todo(workspace, D("2026-03-11"))] == [(D("2026-04-10"), False)]


def test_211_steps_and_follow_ups_leave_the_list_when_done(workspace: Workspace) -> None:
    uscc = add_firm(workspace)
    add_visit(workspace, uscc, VisitInput(D("2025-01-24"), "site", follow_up=D("2025-02-05")))
    demand_id = add_demand(workspace, uscc, on=D("2025-01-27")).id
    work = [i for i in todo(workspace, D("2025-02-06")) if i.kind != "ledger"]
    # Feedback on 2025-01-27 is due 2025-02-06 across the 2025 Spring Festival (1.28-2.4).
    assert [(i.kind, i.due, i.overdue) for i in work] == [
        ("follow_up", D("2025-02-05"), True),
        ("demand_211", D("2025-02-06"), False),
    ]
    record_feedback(workspace, demand_id, D("2025-02-06"))
    add_visit(workspace, uscc, VisitInput(D("2025-02-06"), "phone"))
    assert [i for i in todo(workspace, D("2025-02-07")) if i.kind != "ledger"] == []
