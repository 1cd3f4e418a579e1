from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.services import firms
from desktop.services.demo import fill_demo
from desktop.services.firms import FirmQuery, count_firms, list_firms
from desktop.services.workspace import Workspace
from desktop.store.models import Firm
from tests.conftest import TODAY


def test_order_by_column_and_descending(workspace: Workspace) -> None:
    fill_demo(workspace, firms=60, today=TODAY)
    by_code = [f.uscc for f in list_firms(workspace, FirmQuery(order_by="uscc"))]
    assert by_code == sorted(by_code)
    desc = [f.uscc for f in list_firms(workspace, FirmQuery(order_by="-uscc"))]
    assert desc == sorted(by_code, reverse=True)
    capital = [
        f.capital for f in list_firms(workspace, FirmQuery(order_by="-capital")) if f.capital is not None
    ]
    assert capital == sorted(capital, reverse=True)
    # Paging over a sorted query gives the same rows as the whole list.
    pages = [
        f.uscc
        for n in range(3)
        for f in list_firms(workspace, FirmQuery(order_by="uscc", limit=20, offset=20 * n))
    ]
    assert pages == by_code


def test_unknown_sort_column_is_a_clear_error(workspace: Workspace) -> None:
    with pytest.raises(DomainError, match="不能按"):
        list_firms(workspace, FirmQuery(order_by="password"))


def test_search_results_keep_the_order(workspace: Workspace) -> None:
    fill_demo(workspace, firms=80, today=TODAY)
    everything = [f.uscc for f in list_firms(workspace, FirmQuery(order_by="-uscc"))]
    found = [f.uscc for f in list_firms(workspace, FirmQuery(search="9141", order_by="-uscc"))]
    assert found and found == [code for code in everything if code in set(found)]
    named = [f.uscc for f in list_firms(workspace, FirmQuery(search="县", order_by="name"))]
    by_name = [f.uscc for f in list_firms(workspace)]
    assert len(named) > 1 and named == [code for code in by_name if code in set(named)]


def _list_order(workspace: Workspace) -> list[str]:
    with workspace.db.session() as session:
        return list(session.scalars(select(Firm.uscc).order_by(Firm.id)))


@pytest.mark.parametrize("search", ["县", "有限", "汽修厂", "xy", "xxqc"])
def test_a_search_lists_in_list_order_and_pages_alike(workspace: Workspace, search: str) -> None:
    fill_demo(workspace, firms=80, today=TODAY)
    found = [f.uscc for f in list_firms(workspace, FirmQuery(search=search))]
    expected = [code for code in _list_order(workspace) if code in set(found)]
    assert len(found) >= 3 and found == expected
    pages = [
        f.uscc
        for n in range(9)
        for f in list_firms(workspace, FirmQuery(search=search, limit=10, offset=10 * n))
    ]
    assert pages == found
    assert count_firms(workspace, FirmQuery(search=search)) == len(found)
    assert count_firms(workspace, FirmQuery(search=search), at_most=3) == min(3, len(found))


def test_a_code_prefix_lists_in_code_order_with_filters(workspace: Workspace) -> None:
    fill_demo(workspace, firms=80, today=TODAY)
    every = list_firms(workspace, FirmQuery(order_by="uscc"))
    county = every[0].county
    prefix = every[0].uscc[:4]
    found = list_firms(workspace, FirmQuery(search=prefix.lower(), county=county))
    assert [f.uscc for f in found] == [
        f.uscc for f in every if f.uscc.startswith(prefix) and f.county == county
    ]
    assert count_firms(workspace, FirmQuery(search=prefix, county=county)) == len(found)


@pytest.mark.parametrize("few", [1, 20_000])
def test_a_search_sorted_by_a_column_pages_alike_either_plan(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch, few: int
) -> None:
    """Few matches are collected and sorted; many go through the display-order plans. Same rows."""
    fill_demo(workspace, firms=80, today=TODAY)
    monkeypatch.setattr(firms, "SORT_FEW", few)
    for order in ("name", "-capital", "uscc"):
        every = list_firms(workspace, FirmQuery(order_by=order))
        found = {f.uscc for f in list_firms(workspace, FirmQuery(search="有限"))}
        pages = [
            f.uscc
            for n in range(8)
            for f in list_firms(workspace, FirmQuery(search="有限", order_by=order, limit=10, offset=10 * n))
        ]
        assert len(found) > 10 and pages == [f.uscc for f in every if f.uscc in found]


@pytest.mark.parametrize("search", ["xxqc", "xxsy", "县", "9141"])
def test_a_search_with_filters_keeps_exactly_the_filtered_matches(workspace: Workspace, search: str) -> None:
    fill_demo(workspace, firms=80, today=TODAY)
    everything = list_firms(workspace, FirmQuery(search=search))
    assert everything
    for county in {f.county for f in everything}:
        for officer in (None, everything[0].assigned_officer):
            query = FirmQuery(search=search, county=county, officer=officer)
            expected = [
                f.uscc
                for f in everything
                if f.county == county and (officer is None or f.assigned_officer == officer)
            ]
            assert [f.uscc for f in list_firms(workspace, query)] == expected
            assert count_firms(workspace, query) == len(expected)
            by_name = {f.uscc for f in list_firms(workspace, replace(query, order_by="name"))}
            assert by_name == set(expected)
