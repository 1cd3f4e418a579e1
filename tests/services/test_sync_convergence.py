"""Random interleavings of work and exchanges end in the same state on every laptop (hypothesis)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.services.dossiers import update_dossier
from desktop.services.firm_edit import edit_firm_fields
from desktop.services.sync_conflicts import open_conflicts, resolve_conflict
from desktop.services.visits import VisitInput, add_visit
from desktop.store.models import Dossier, Firm, Visit
from tests.branch_helpers import Laptop, branch, hand_out
from tests.factories import add_firm

STEPS = st.lists(
    st.tuples(
        st.sampled_from(["work", "edit", "dossier", "send", "receive"]), st.integers(0, 2), st.integers(0, 1)
    ),
    min_size=1,
    max_size=8,
)


def _state(laptop: Laptop, code: str) -> Any:
    """One firm as a laptop holds it: its fields, stage, visits and dossier."""
    with laptop.ws.db.session() as session:
        firm = session.scalar(select(Firm).where(Firm.uscc == code))
        assert firm is not None
        visits = sorted(session.execute(select(Visit.uid, Visit.date).where(Visit.firm_id == firm.id)).all())
        employees = session.scalar(select(Dossier.employees).where(Dossier.firm_id == firm.id))
        return firm.address, firm.stage, firm.assigned_officer, visits, employees


@pytest.mark.slow
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STEPS)
def test_any_interleaving_converges(steps: list[tuple[str, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp, branch(Path(tmp)) as (coordinator, officers):
        codes = [add_firm(coordinator.ws, n) for n in (1, 2)]
        for officer, code in zip(officers, codes, strict=True):
            hand_out(coordinator, officer, [code])  # each firm has one officer; the coordinator works on both
        laptops = [coordinator, *officers]
        for n, (action, who, firm) in enumerate(steps):
            laptop = laptops[who]
            code = codes[firm] if laptop is coordinator else codes[who - 1]
            if action == "work":
                add_visit(laptop.ws, code, VisitInput(on=date(2026, 11, 1 + n), mode="site"))
            elif action == "edit":
                edit_firm_fields(laptop.ws, code, {"address": f"{laptop.name} 第{n}步"})
            elif action == "dossier":
                update_dossier(laptop.ws, code, {"employees": n + 1})
            elif action == "send" and laptop is not coordinator:
                coordinator.take(laptop.export())
            elif action == "receive" and laptop is not coordinator:
                laptop.take(coordinator.export(laptop.ws.profile.officer))
        for _ in range(2):  # everyone exchanges until nothing is left to tell
            for officer in officers:
                coordinator.take(officer.export())
            for officer in officers:
                officer.take(coordinator.export(officer.ws.profile.officer))
        for officer, code in zip(officers, codes, strict=True):
            assert _state(officer, code) == _state(coordinator, code)
        for conflict in open_conflicts(coordinator.ws):
            resolve_conflict(coordinator.ws, conflict.id, take="theirs")
        for officer in officers:
            officer.take(coordinator.export(officer.ws.profile.officer))
        assert all(open_conflicts(o.ws) == [] for o in officers)
