from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.services.workspace import Workspace
from desktop.store.models import Credit, Firm
from desktop.store.types import Money


def test_money_is_exact_through_the_database_and_sum(workspace: Workspace) -> None:
    amounts = [Decimal("0.1"), Decimal("0.2"), Decimal("1234.567891")]
    with workspace.db.write() as s:
        firm = Firm(uscc="91410700MA3X00000X", name="甲", name_key="甲", entity_type="enterprise")
        s.add(firm)
        s.flush()
        for a in amounts:
            s.add(Credit(firm_id=firm.id, date=date(2026, 1, 5), amount=a, guarantee="credit"))
    with workspace.db.session() as s:
        stored = sorted(s.scalars(select(Credit.amount)).all())
        total = s.scalar(select(func.sum(Credit.amount)))
    assert stored == sorted(amounts)
    assert total == Decimal("1234.867891")


@given(st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=6))
def test_money_round_trips(value: Decimal) -> None:
    assert Money.process_result_value(Money.process_bind_param(value, None), None) == value  # type: ignore[arg-type]
