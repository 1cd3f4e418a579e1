from __future__ import annotations

import pytest

from desktop.domain.errors import DomainError
from desktop.services.demo import fill_demo
from desktop.services.firms import FirmQuery, list_firms
from desktop.services.workspace import Workspace
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
    names = [f.name for f in list_firms(workspace, FirmQuery(search="县"))]
    assert len(names) > 1 and names == sorted(
        names, key=lambda n: [f.name for f in list_firms(workspace)].index(n)
    )
