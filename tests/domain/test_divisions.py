"""Division codes to counties, across provinces and reorganisations (issue 20 item 4)."""

from __future__ import annotations

import pytest

from desktop.domain.divisions import counties, county_of, division_name, same_county


@pytest.mark.parametrize(
    ("code", "county"),
    [
        ("410702", "红旗区"),  # 河南 新乡
        ("410703", "卫滨区"),  # the code of 新华区 until 2002, 卫滨区 since
        ("110108", "海淀区"),  # 北京
        ("310115", "浦东新区"),  # 上海
        ("440305", "南山区"),  # 广东 深圳
        ("510107", "武侯区"),  # 四川 成都
        ("650102", "天山区"),  # 新疆 乌鲁木齐
        ("410728", "长垣市"),  # 长垣县, retired in 2019 when it became 长垣市 (410783)
        ("330185", "临安区"),  # 临安市, retired in 2017 (临安区 330112)
        ("320982", "大丰区"),  # 大丰市, retired in 2015
        ("130185", "鹿泉区"),  # 鹿泉市, retired in 2014
    ],
)
def test_a_division_code_names_its_county(code: str, county: str) -> None:
    assert county_of(code) == county


@pytest.mark.parametrize("code", ["410700", "410000", "999999", "41070", "4107a2", "410799"])
def test_codes_that_name_no_county(code: str) -> None:
    assert county_of(code) is None


def test_the_full_name_and_a_regions_county_list() -> None:
    assert division_name("410702") == "新乡市红旗区"
    assert counties("4107") == [
        "红旗区",
        "卫滨区",
        "凤泉区",
        "牧野区",
        "新乡县",
        "获嘉县",
        "原阳县",
        "延津县",
        "封丘县",
        "卫辉市",
        "辉县市",
        "长垣市",
    ]
    assert "长垣县" not in counties("41")  # retired names are not offered


def test_a_stated_county_agrees_when_it_names_the_same_one() -> None:
    assert (
        same_county("红旗区", "红旗区")
        and same_county("新乡市红旗区", "红旗区")
        and same_county("红旗", "红旗区")
    )
    assert not same_county("卫滨区", "红旗区") and not same_county("", "红旗区")
