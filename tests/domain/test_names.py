from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin

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
        ("新乡市 鑫达\u00a0科技\u3000有限\t公\n司", "新乡市鑫达科技有限公司"),
        ("新乡市鑫达\u200b科技有限公司", "新乡市鑫达科技有限公司"),
        ("阿里巴巴(中国)有限公司", "阿里巴巴（中国）有限公司"),
        ("阿里巴巴 ( 中国 ) 有限公司", "阿里巴巴（中国）有限公司"),
        ("阿里巴巴（中国）有限公司", "阿里巴巴（中国）有限公司"),
        ("新乡市ＡＢＣ１２３贸易有限公司", "新乡市ABC123贸易有限公司"),
        ("Acme   Trading (HK)  Ltd", "Acme Trading (HK) Ltd"),
        ("\u3000Ａｃｍｅ\u00a0\u00a0Ltd\n", "Acme Ltd"),
        ("", ""),
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
        "阿里巴巴【中国】有限公司",
        "阿里巴巴[中国]有限公司",
    ]
    # One key for all (its Chinese characters stand for their place in pinyin order).
    assert {name_key(v) for v in variants} == {name_key("阿里巴巴(中国)有限公司")}
    assert name_key("ACME Ltd") == name_key("acme  ltd") == name_key("ＡＣＭＥ　ＬＴＤ") == "acmeltd"
    assert name_key("新乡市鑫达科技有限公司") != name_key("新乡市鑫达商贸有限公司")


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("新乡市鑫达科技有限公司", "xxsxdkjyxgs"),
        ("阿里巴巴（中国）有限公司", "albbzgyxgs"),
        ("新乡ABC123商贸", "xxabc123sm"),
        ("新乡ＡＢＣ１２３商贸", "xxabc123sm"),
        ("Acme Trading (HK) Ltd.", "acmetradinghkltd"),
        ("重庆长安汽车股份有限公司", "cqcaqcgfyxgs"),  # polyphones read in context: 重庆 cq, not zq
        ("中国建设银行", "zgjsyh"),  # 银行 yh, not yx
        ("厦门", "xm"),
        ("", ""),
        ("（）·—", ""),
    ],
)
def test_pinyin_initials(name: str, initials: str) -> None:
    assert pinyin_initials(name) == initials


# Characters common in firm names, polyphones included, mixed with Latin letters, digits and brackets.
_NAME_CHARS = "新乡市忻州泉州重庆长沙厦门银行乐朝单鑫达盛科技商贸有限公司股份合作社养殖AB12（）() ·"


@given(st.text(alphabet=_NAME_CHARS, max_size=20))
def test_pinyin_initials_match_uncached_pypinyin(name: str) -> None:
    # The per-word cache must give exactly what pypinyin gives for the whole name at once.
    whole = lazy_pinyin(name, style=Style.FIRST_LETTER)
    expected = "".join(c for item in whole for c in item.lower() if c.isascii() and c.isalnum())
    assert pinyin_initials(name) == expected


def test_has_cjk() -> None:
    assert has_cjk("ABC鑫") and has_cjk("𠀀") and not has_cjk("ABC (HK)") and not has_cjk("")


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("138 1234 5678", "138****5678"),
        ("+86 138-1234-5678", "138****5678"),
        ("１３８１２３４５６７８", "138****5678"),
        ("0373-3051234", "0373-***1234"),
        ("(0373)30512345", "0373-****2345"),
        ("010-62345678", "010-****5678"),
        ("020 8765 4321", "020-****4321"),
        ("3051234", "***1234"),
        ("95588", "***88"),
        ("1234", "****"),
        ("13812345678/0373-3051234", "138****5678/0373-***1234"),
        ("13812345678，13987654321", "138****5678，139****4321"),
        ("无", "*"),
        ("", ""),
        ("  ", ""),
        (None, ""),
    ],
)
def test_mask_phone(phone: str | None, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("41070219800101123X", "410702********123X"),
        ("41070219800101123x", "410702********123X"),
        (" 110101 19900307 1234 ", "110101********1234"),
        ("410702800101123", "410702*******23"),  # old 15-digit ID: the birth date hidden
        ("E12345678", "E******78"),  # passport: nothing like the ID rule, which would show it all
        ("1234567", "*******"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_id_number(number: str | None, masked: str) -> None:
    assert mask_id_number(number) == masked


@pytest.mark.parametrize("length", range(1, 31))  # every length, so 15 and 18 are always tried
@given(data=st.data())
def test_masked_id_keeps_length_and_hides_at_least_half(length: int, data: st.DataObject) -> None:
    """For every length, the ID lengths 15 and 18 included: at least half of what is beyond two
    characters is hidden, and the visible characters are the number's own, in place."""
    number = data.draw(st.text(alphabet="0123456789X", min_size=length, max_size=length))
    masked = mask_id_number(number)
    assert len(masked) == len(number)
    assert masked.count("*") * 2 >= len(number) - 2
    assert all(m == "*" or m == c for m, c in zip(masked, number, strict=True))


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三", "张*"),
        ("欧阳娜娜", "欧***"),
        ("王小明", "王**"),
        (" 李四 ", "李*"),
        ("张", "*"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_name(name: str | None, masked: str) -> None:
    assert mask_name(name) == masked


@given(st.text(max_size=40))
def test_display_name_is_idempotent(raw: str) -> None:
    once = display_name(raw)
    assert display_name(once) == once
    assert name_key(once) == name_key(raw)
    assert not any(c.isspace() for c in name_key(raw))


def test_the_name_key_sorts_as_people_read_chinese() -> None:
    """Issue 21 item 2 / issue 20 item 7: by pinyin (letters, then tone), not by code point; digits and
    Latin letters first; brackets and spaces as before."""
    from desktop.domain.names import name_key

    names = [
        "赵四商店",
        "陈记商店",
        "安阳科技",
        "白云公司",
        "张三五金",
        "阿里巴巴",
        "Apple公司",
        "123商贸",
        "绿源",
        "吕氏",
        "女装店",
    ]
    assert sorted(names, key=name_key) == [
        "123商贸",
        "Apple公司",
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
    assert sorted(names) != sorted(names, key=name_key)  # code-point order is not this
    assert name_key("新乡（红旗） 商贸") == name_key("新乡(红旗)商贸")
    assert len(name_key("新乡市鑫达科技有限公司").encode()) == len("新乡市鑫达科技有限公司".encode())
