"""Batch edits from the firm table: one transaction for all the firms, an audit entry for each."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.services.dossiers import add_policy_tags, dossier_view
from desktop.services.firm_edit import assign_officer, set_county
from desktop.services.firms import FirmNotFound, get_firm
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry
from tests.factories import add_firm


def test_assign_officer_and_county_to_many_firms(workspace: Workspace) -> None:
    ws = workspace
    firms = [add_firm(ws, n) for n in (1, 2, 3)]
    assert assign_officer(ws, firms[:2], " 王芳 ") == 2
    assert assign_officer(ws, firms[:2], "王芳") == 0  # nothing changes twice
    assert set_county(ws, firms, "红旗区") == 3
    with ws.db.session() as session:
        got = [(get_firm(session, u).assigned_officer, get_firm(session, u).county) for u in firms]
        edited = get_firm(session, firms[0]).hand_edited
        actions = list(session.scalars(select(AuditEntry.action)))
    assert got == [("王芳", "红旗区"), ("王芳", "红旗区"), (None, "红旗区")]
    assert set(edited) == {"assigned_officer", "county"} and actions.count("firm.edit") == 5


def test_a_batch_with_an_unknown_firm_changes_none(workspace: Workspace) -> None:
    ws = workspace
    known = add_firm(ws, 1)
    with pytest.raises(FirmNotFound):
        assign_officer(ws, [known, "91410702MA00000000"], "王芳")
    with ws.db.session() as session:
        assert get_firm(session, known).assigned_officer is None


def test_add_policy_tags_keeps_the_tags_a_firm_had(workspace: Workspace) -> None:
    ws = workspace
    a, b = add_firm(ws, 1), add_firm(ws, 2)
    assert add_policy_tags(ws, [a], ["专精特新"]) == 1
    assert add_policy_tags(ws, [a, b], ["park"]) == 2
    assert dossier_view(ws, a).policy_tags == ["park", "specialised"]
    assert dossier_view(ws, b).policy_tags == ["park"]
