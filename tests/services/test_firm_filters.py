"""The firm table's filter choices: the counties come from the division data set for the firms' cities."""

from __future__ import annotations

from desktop.domain.divisions import counties
from desktop.domain.uscc import complete
from desktop.services.firm_create import NewFirm, add_firm
from desktop.services.firm_filters import filter_choices
from desktop.services.workspace import Workspace


def _firm(
    ws: Workspace, division: str, serial: int, county: str | None = None, officer: str = "李明"
) -> None:
    add_firm(
        ws,
        NewFirm(
            complete(f"91{division}{serial:08d}0"),
            f"测试企业{serial}有限公司",
            county=county,
            officer=officer,
        ),
    )


def test_counties_are_the_firms_cities_in_code_order_then_other_stored_forms(workspace: Workspace) -> None:
    _firm(workspace, "410702", 1)  # 新乡市红旗区, no county stored
    _firm(workspace, "410781", 2, county="卫辉市")
    _firm(workspace, "410703", 3, county="卫滨")  # a list's own spelling of 卫滨区
    _firm(workspace, "330185", 4, officer="王芳")  # 临安市 until 2016: 杭州市's counties are offered too
    choices = filter_choices(workspace)
    xinxiang, hangzhou = counties("4107"), counties("3301")
    assert choices.counties == hangzhou + xinxiang + ["卫滨"]  # division code order
    assert "红旗区" in choices.counties and "临安区" in choices.counties  # no firm stores either
    assert choices.entity_types == ["enterprise"]
    assert choices.officers == ["李明", "王芳"]


def test_an_empty_database_offers_no_county(workspace: Workspace) -> None:
    assert filter_choices(workspace).counties == []
