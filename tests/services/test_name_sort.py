"""Firms sort by name in pinyin order, and a filtered list sorted by name is served by an index in that
order (issue 20 item 7, issue 21 item 2): no sort of all the filter's firms (2 s at 530,000 firms)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from desktop.domain.names import display_name, name_key, pinyin_initials
from desktop.domain.stages import Stage
from desktop.services.firms import FirmQuery, list_firms
from desktop.services.workspace import Workspace
from desktop.store.models import Firm
from tests.exchange.list_files import code

NAMES = ["赵四商店", "陈记商店", "安阳科技", "白云公司", "张三五金", "阿里巴巴", "绿源", "吕氏", "女装店"]


@pytest.fixture
def firms(workspace: Workspace) -> Workspace:
    with workspace.db.write() as session:
        for i, raw in enumerate(NAMES):
            name = display_name(raw)
            session.add(
                Firm(
                    uscc=code(i + 1),
                    name=name,
                    name_key=name_key(name),
                    name_initials=pinyin_initials(name),
                    entity_type="enterprise",
                    county="红旗区" if i % 2 else "卫滨区",
                    stage="listed",
                    on_list=True,
                    assigned_officer="王经理",
                    region_code="410702",
                )
            )
    return workspace


def test_firms_sort_as_people_read_chinese(firms: Workspace) -> None:
    names = [f.name for f in list_firms(firms, FirmQuery(order_by="name"))]
    assert names == [
        "阿里巴巴",
        "安阳科技",
        "白云公司",
        "陈记商店",
        "吕氏",
        "绿源",
        "女装店",
        "张三五金",
        "赵四商店",
    ]
    assert [f.name for f in list_firms(firms, FirmQuery(order_by="-name", county="红旗区"))] == [
        "吕氏",
        "陈记商店",
        "白云公司",
        "阿里巴巴",
    ]


def _plans(ws: Workspace, query: FirmQuery) -> list[str]:
    """The query plans of the statements ``list_firms`` runs."""
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(ws.db.engine, "before_cursor_execute", record)
    try:
        list_firms(ws, query)
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", record)
    plans = []
    with ws.db.engine.connect() as conn:
        for statement, parameters in seen:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
            plans.append(" | ".join(str(r[-1]) for r in rows))
    return plans


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"county": "红旗区"},
        {"officer": "王经理"},
        {"stage": Stage.LISTED},
        {"on_list": True},
        {"entity_type": "enterprise"},
    ],
    ids=lambda f: next(iter(f), "none"),
)
def test_a_filtered_list_sorted_by_name_walks_an_index_in_order(
    firms: Workspace, filters: dict[str, Any]
) -> None:
    for descending in ("name", "-name"):
        plans = _plans(firms, FirmQuery(limit=50, order_by=descending, **filters))
        listing = [p for p in plans if "firm" in p]
        assert listing, plans
        assert all("TEMP B-TREE" not in p for p in listing), listing
        assert all("USING INDEX" in p or "USING COVERING INDEX" in p for p in listing), listing
