from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.uscc import (
    CHARSET,
    EntityType,
    InvalidUscc,
    check_char,
    complete,
    is_valid,
    normalize,
    org_code_check,
    parse,
    region_name,
)

# Published codes of well-known companies (national enterprise credit information publicity system).
REAL_CODES = {
    "914403001922038216": "华为技术有限公司",
    "9144030071526726XG": "深圳市腾讯计算机系统有限公司",
    "91110108551385082Q": "北京小米科技有限责任公司",
    "91440300192317458F": "比亚迪股份有限公司",
    "91330100716105852F": "阿里巴巴（中国）有限公司",
}


@pytest.mark.parametrize("code", sorted(REAL_CODES))
def test_real_published_codes_validate(code: str) -> None:
    parsed = parse(code)
    assert parsed.code == code
    assert parsed.entity_type is EntityType.ENTERPRISE
    assert parsed.warnings == ()  # their embedded organisation codes check out too


def test_decodes_region_and_type() -> None:
    huawei = parse("914403001922038216")
    assert huawei.region_code == "440300" and region_name(huawei.region_code) == "广东省深圳市"
    assert huawei.org_code == "192203821"
    shop = parse(complete("92410702" + "MA3X0001" + "2"))
    assert shop.entity_type is EntityType.INDIVIDUAL and region_name(shop.region_code) == "河南省新乡市"
    coop = parse(complete("93141002" + "MA0K1234" + "5"))
    assert coop.entity_type is EntityType.COOPERATIVE and region_name("141002") == "山西省"
    other = parse(complete("12410000" + "41575123" + "4"))
    assert other.entity_type is EntityType.OTHER


@pytest.mark.parametrize(
    "messy",
    [
        " 9144 0300 1922 0382 16 ",
        "9144030071526726xg",
        "９１４４０３００１９２２０３８２１６",
        "\u00a0914403001922038216\u3000",
        "91440300\u200b1922038216",
        "9144030071526726Ｘｇ",
    ],
)
def test_messy_input_normalises(messy: str) -> None:
    assert is_valid(messy)
    assert parse(messy).code in REAL_CODES


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "统一社会信用代码为空"),
        ("   ", "统一社会信用代码为空"),
        ("91440300192203821", "统一社会信用代码应为18位，实为17位"),
        ("9144030019220382161", "统一社会信用代码应为18位，实为19位"),
        ("91440300I92203821X", "第9位字符“I”不是合法字符（不得使用I、O、S、V、Z）"),
        ("9144030019220382O6", "第17位字符“O”不是合法字符（不得使用I、O、S、V、Z）"),
        ("91440300192203821-", "第18位字符“-”不是合法字符（不得使用I、O、S、V、Z）"),
        ("914403001922038217", "第18位校验码应为 6，实为 7"),
        ("B14403001922038216", "第1位登记管理部门代码“B”无效"),
        ("9144A3001922038216", "第3-8位行政区划码应为数字"),
        ("9144030019220382企业", "第17位字符“企”不是合法字符（不得使用I、O、S、V、Z）"),
    ],
)
def test_errors_say_exactly_what_is_wrong(raw: str, message: str) -> None:
    with pytest.raises(InvalidUscc) as err:
        parse(raw)
    assert str(err.value) == message
    assert not is_valid(raw)


def test_bad_embedded_org_code_is_a_warning_not_an_error() -> None:
    body = "MA3X0001"
    wrong = "0" if org_code_check(body) != "0" else "1"
    code = complete("91410702" + body + wrong)
    parsed = parse(code)
    assert parsed.code == code
    assert parsed.warnings == (f"第9-17位组织机构代码校验位应为 {org_code_check(body)}（仅供参考）",)


def test_org_code_check_known_values() -> None:
    assert org_code_check("19220382") == "1"  # Huawei 192203821
    assert org_code_check("71526726") == "X"  # Tencent 71526726X


def test_normalize_does_not_validate() -> None:
    assert normalize(" ab c\u3000Ｄ ") == "ABCD"


body17 = st.text(alphabet=CHARSET, min_size=15, max_size=15).map(lambda s: "91" + s)


@given(body17)
def test_complete_always_validates(first17: str) -> None:
    first17 = first17[:2] + "".join(c if c.isdigit() else "1" for c in first17[2:8]) + first17[8:]
    assert parse(complete(first17)).code == complete(first17)


@given(body17, st.integers(min_value=0, max_value=17), st.sampled_from(CHARSET))
def test_any_single_substitution_is_detected(first17: str, position: int, replacement: str) -> None:
    first17 = first17[:2] + "".join(c if c.isdigit() else "1" for c in first17[2:8]) + first17[8:]
    code = complete(first17)
    if code[position] == replacement:
        return
    changed = code[:position] + replacement + code[position + 1 :]
    assert changed[17] != check_char(changed[:17]) or changed == code
