"""The firm table's "overdue" filter: firms with an open demand past a 211 deadline."""

from __future__ import annotations

from datetime import date

from desktop.services.demands import (
    add_demand,
    record_acceptance,
    record_conditions_met,
    record_decision,
    record_feedback,
)
from desktop.services.firms import FirmQuery, count_firms, list_firms
from desktop.services.workspace import Workspace
from tests.conftest import TODAY
from tests.factories import add_firm

RECEIVED = date(2026, 11, 13)  # a Friday: feedback due Tue 11-17, so overdue on TODAY (Fri 11-20)


def _found(ws: Workspace, **kw: object) -> list[str]:
    query = FirmQuery(overdue_on=TODAY, **kw)  # type: ignore[arg-type]
    found = [f.uscc for f in list_firms(ws, query)]
    assert count_firms(ws, query) == len(found)
    paged = [f.uscc for f in list_firms(ws, FirmQuery(overdue_on=TODAY, limit=1, offset=0, **kw))]  # type: ignore[arg-type]
    assert paged == found[:1]
    return found


def test_overdue_filter_finds_firms_with_a_missed_211_step(workspace: Workspace) -> None:
    no_feedback = add_firm(workspace, 1)
    add_demand(workspace, no_feedback, on=RECEIVED)
    answered = add_firm(workspace, 2)
    record_feedback(workspace, add_demand(workspace, answered, on=RECEIVED).id, date(2026, 11, 16))
    not_accepted = add_firm(workspace, 3)  # conditions met Mon 11-16: acceptance was due Tue 11-17
    demand = add_demand(workspace, not_accepted, on=RECEIVED).id
    record_feedback(workspace, demand, date(2026, 11, 16))
    record_conditions_met(workspace, demand, date(2026, 11, 16))
    decided = add_firm(workspace, 4)
    demand = add_demand(workspace, decided, on=RECEIVED).id
    record_feedback(workspace, demand, date(2026, 11, 16))
    record_acceptance(workspace, demand, date(2026, 11, 17), conditions_met_on=date(2026, 11, 17))
    record_decision(workspace, demand, date(2026, 11, 18), "approved")
    withdrawn = add_firm(workspace, 5)
    record_decision(workspace, add_demand(workspace, withdrawn, on=RECEIVED).id, RECEIVED, "withdrawn")
    fresh = add_firm(workspace, 6)  # received yesterday: feedback still due, not overdue
    add_demand(workspace, fresh, on=date(2026, 11, 19))
    add_firm(workspace, 7)  # no demand at all

    assert sorted(_found(workspace)) == sorted([no_feedback, not_accepted])
    # Late but done is no longer overdue.
    record_feedback(workspace, 1, TODAY)
    assert _found(workspace) == [not_accepted]
    # It combines with the other filters; before the deadline nothing is overdue.
    assert _found(workspace, search="测试3号") == [not_accepted]
    assert _found(workspace, officer="nobody") == []
    assert list_firms(workspace, FirmQuery(overdue_on=date(2026, 11, 17))) == []
    assert count_firms(workspace, FirmQuery()) == 7
