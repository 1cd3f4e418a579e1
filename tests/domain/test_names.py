from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.names import (
    display_name,
    has_cjk,
    mask_id_number,
    mask_name,
    mask_phone,
    name_key,
    pinyin_initials,
)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("  新乡市鑫达科技有限公司 ", "新乡市鑫达科技有限公司"),
        ("新乡市 鑫达\u00a0科技\u3000有限公司", "新乡市鑫达科技有限公司"),
        ("阿里巴巴(中国)有限公司", "阿里巴巴（中国）有限公司"),
        ("阿里巴巴 ( 中国 ) 有限公司", "阿里巴巴（中国）有限公司"),
        ("新乡市ＡＢＣ１２３贸易有限公司", "新乡市ABC123贸易有限公司"),
        ("Acme   Trading (HK)  Ltd", "Acme Trading (HK) Ltd"),
    ],
)
def test_display_name(raw: str, shown: str) -> None:
    assert display_name(raw) == shown


def test_name_key_folds_width_brackets_spaces_and_case() -> None:
    variants = [
        "阿里巴巴(中国)有限公司",
        "阿里巴巴（中国）有限公司",
        " 阿里巴巴 （中国） 有限公司 ",
        "阿里巴巴﹙中国﹚有限公司",
    ]
    assert len({name_key(v) for v in variants}) == 1
    assert name_key("ACME Ltd") == name_key("acme  ltd") == "acmeltd"
    assert name_key("新乡市鑫达科技有限公司") != name_key("新乡市鑫达商贸有限公司")


def test_pinyin_initials() -> None:
    assert pinyin_initials("新乡市鑫达科技有限公司") == "xxsxdkjyxgs"
    assert pinyin_initials("阿里巴巴（中国）有限公司") == "albbzgyxgs"
    assert pinyin_initials("新乡ABC123商贸") == "xxabc123sm"
    assert pinyin_initials("新乡科技") == "xxkj"


def test_has_cjk() -> None:
    assert has_cjk("ABC鑫") and not has_cjk("ABC (HK)")


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("138 1234 5678", "138****5678"),
        ("0373-3051234", "0373***1234"),
        ("", ""),
        (None, ""),
        ("12345", "*****"),
    ],
)
def test_mask_phone(phone: str | None, masked: str) -> None:
    assert mask_phone(phone) == masked


def test_mask_id_and_name() -> None:
    assert mask_id_number("41070219800101123X") == "410702********123X"
    assert mask_id_number(None) == ""
    assert mask_name("张三") == "张*" and mask_name("欧阳娜娜") == "欧***" and mask_name("") == ""


@given(st.text(max_size=40))
def test_display_name_is_idempotent(raw: str) -> None:
    once = display_name(raw)
    assert display_name(once) == once
    assert name_key(once) == name_key(raw)
