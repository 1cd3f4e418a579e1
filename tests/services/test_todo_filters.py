"""Filtering the to-do list by kind and by the officer the firms are assigned to."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from desktop.domain.errors import DomainError
from desktop.services.demands import add_demand
from desktop.services.todo import KINDS, todo
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from desktop.store.models import Firm
from tests.factories import add_firm

ON = date(2026, 11, 20)


def _two_officers(ws: Workspace) -> tuple[str, str]:
    mine, theirs = add_firm(ws, 1), add_firm(ws, 2)
    for uscc, officer in ((mine, "李明"), (theirs, "王芳")):
        with ws.db.write() as session:
            session.execute(update(Firm).where(Firm.uscc == uscc).values(assigned_officer=officer))
        add_visit(ws, uscc, VisitInput(date(2026, 11, 10), "site", follow_up=date(2026, 11, 19)))
        add_demand(ws, uscc, on=date(2026, 11, 13))
    return mine, theirs


def test_filter_by_kind_and_officer(workspace: Workspace) -> None:
    mine, theirs = _two_officers(workspace)
    everything = todo(workspace, ON)
    # 2026-11-20, 2027 not known yet: the calendar item too.
    assert {i.kind for i in everything} == {"demand_211", "follow_up", "ledger", "calendar"}
    only_211 = todo(workspace, ON, kinds=["demand_211"])
    assert only_211 == [i for i in everything if i.kind == "demand_211"] and len(only_211) == 2
    assert todo(workspace, ON, kinds=KINDS) == everything
    assert todo(workspace, ON, kinds=[]) == []

    my_items = todo(workspace, ON, officer="李明")
    assert {i.uscc for i in my_items} == {mine, None}  # None: the ledger and the calendar, for everyone
    assert my_items == [i for i in everything if i.uscc != theirs]
    assert todo(workspace, ON, officer="李明", kinds=["follow_up"]) == [
        i for i in everything if i.kind == "follow_up" and i.uscc == mine
    ]
    assert sorted(i.kind for i in todo(workspace, ON, officer="没有这个人")) == [
        "calendar",
        "ledger",
        "ledger",
    ]
    with pytest.raises(DomainError, match="nonsense"):
        todo(workspace, ON, kinds=["nonsense"])
