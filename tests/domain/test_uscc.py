from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.domain.uscc import (
    CHARSET,
    DEPARTMENTS,
    WEIGHTS,
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
# Each passes both the mod-31 check and the GB 11714 check of its embedded organisation code.
REAL_CODES = {
    "914403001922038216": "华为技术有限公司",
    "9144030071526726XG": "深圳市腾讯计算机系统有限公司",
    "91110108551385082Q": "北京小米科技有限责任公司",
    "91440300192317458F": "比亚迪股份有限公司",
    "91330100716105852F": "阿里巴巴（中国）有限公司",
}


def test_weights_are_powers_of_three_mod_31() -> None:
    assert WEIGHTS == (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


@pytest.mark.parametrize("code", sorted(REAL_CODES))
def test_real_published_codes_validate(code: str) -> None:
    parsed = parse(code)
    assert parsed.code == code
    assert check_char(code[:17]) == code[17]
    assert parsed.entity_type is EntityType.ENTERPRISE
    assert parsed.warnings == ()  # their embedded organisation codes check out too


def test_decodes_fields_region_and_type() -> None:
    huawei = parse("914403001922038216")
    assert (huawei.registration_dept, huawei.entity_class) == ("9", "1")
    assert huawei.region_code == "440300" and region_name(huawei.region_code) == "深圳市"
    assert huawei.org_code == "192203821"
    shop = parse(complete("92410702" + "MA3X0001" + org_code_check("MA3X0001")))
    assert shop.entity_type is EntityType.INDIVIDUAL and region_name(shop.region_code) == "新乡市"
    coop = parse(complete("93140900" + "MA0K1234" + org_code_check("MA0K1234")))
    assert coop.entity_type is EntityType.COOPERATIVE and region_name(coop.region_code) == "忻州市"
    institution = parse(complete("12410000" + "41575123" + org_code_check("41575123")))
    assert institution.entity_type is EntityType.OTHER
    village = parse(complete("N2350500" + "MA2Y0001" + org_code_check("MA2Y0001")))
    assert village.entity_type is EntityType.OTHER and village.registration_dept == "N"
    assert (
        parse(complete("9J350500" + "MA2Y0001" + org_code_check("MA2Y0001"))).entity_type is EntityType.OTHER
    )


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("410000", "河南省"),
        ("140100", "山西省"),
        ("330100", "杭州市"),
        ("330200", "浙江省"),
        ("350582", "泉州市"),
        ("350100", "福建省"),
        ("410702", "新乡市"),
        ("140902", "忻州市"),
        ("650100", "新疆维吾尔自治区"),
        ("990000", None),
        ("", None),
        ("4A0000", None),
    ],
)
def test_region_name_is_most_specific_known(code: str, name: str | None) -> None:
    assert region_name(code) == name


def test_region_table_covers_the_31_provinces() -> None:
    provinces = {region_name(f"{p:02d}0000") for p in range(10, 70)} - {None}
    assert len(provinces) == 31


def test_entity_type_labels() -> None:
    assert [t.label_zh for t in EntityType] == ["企业", "个体工商户", "农民专业合作社", "其他"]
    assert EntityType.INDIVIDUAL.label_en == "Individual business"
    assert EntityType("cooperative") is EntityType.COOPERATIVE


@pytest.mark.parametrize(
    "messy",
    [
        " 9144 0300 1922 0382 16 ",
        "9144030071526726xg",
        "９１４４０３００１９２２０３８２１６",
        "\u00a0914403001922038216\u3000",
        "91440300\u200b1922038216\ufeff",
        "9144030071526726Ｘｇ",
        "911101085513\t85082q\n",
    ],
)
def test_messy_input_normalises(messy: str) -> None:
    assert is_valid(messy)
    assert parse(messy).code in REAL_CODES


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "统一社会信用代码为空"),
        (" \u3000\u00a0", "统一社会信用代码为空"),
        ("91440300192203821", "统一社会信用代码应为18位，实为17位"),
        ("9144030019220382161", "统一社会信用代码应为18位，实为19位"),
        ("91440300I92203821X", "第9位字符“I”不是合法字符（不得使用I、O、S、V、Z）"),
        ("9144030019220382O6", "第17位字符“O”不是合法字符（不得使用I、O、S、V、Z）"),
        ("S14403001922038216", "第1位字符“S”不是合法字符（不得使用I、O、S、V、Z）"),
        ("91440300192203821-", "第18位字符“-”不是合法字符（不得使用I、O、S、V、Z）"),
        ("914403001922038企业6", "第16位字符“企”不是合法字符（不得使用I、O、S、V、Z）"),
        ("914403001922038217", "第18位校验码应为 6，实为 7"),
        ("9144030071526726X0", "第18位校验码应为 G，实为 0"),
        ("B14403001922038216", "第1位登记管理部门代码“B”无效，应为1-9、A、N、Y之一"),
        ("014403001922038216", "第1位登记管理部门代码“0”无效，应为1-9、A、N、Y之一"),
        ("9144A3001922038216", "第3-8位行政区划码应为数字"),
    ],
)
def test_errors_say_exactly_what_is_wrong(raw: str, message: str) -> None:
    with pytest.raises(InvalidUscc) as err:
        parse(raw)
    assert str(err.value) == message
    assert isinstance(err.value, DomainError)
    assert not is_valid(raw)


def test_bad_embedded_org_code_is_a_warning_not_an_error() -> None:
    body = "MA3X0001"
    right = org_code_check(body)
    wrong = "0" if right != "0" else "1"
    code = complete("92410702" + body + wrong)
    parsed = parse(code)
    assert parsed.code == code and parsed.entity_type is EntityType.INDIVIDUAL
    assert parsed.warnings == (f"第9-17位组织机构代码校验位应为 {right}",)


def test_org_code_check_known_values() -> None:
    assert org_code_check("19220382") == "1"  # Huawei 192203821
    assert org_code_check("71526726") == "X"  # Tencent 71526726X (10 -> X)
    assert org_code_check("55138508") == "2"  # Xiaomi 551385082
    # A body whose weighted sum is a multiple of 11 gives 11 -> "0".
    assert org_code_check("00000000") == "0"


@pytest.mark.parametrize("bad", ["1922038", "192203821", "1922038-", "abcdefgh"])
def test_org_code_check_rejects_malformed_bodies(bad: str) -> None:
    with pytest.raises(InvalidUscc, match="组织机构代码本体应为8位"):
        org_code_check(bad)


@pytest.mark.parametrize("bad", ["9144030019220382", "91440300192203821I", "91440300I9220382"])
def test_check_char_needs_17_legal_characters(bad: str) -> None:
    with pytest.raises(InvalidUscc, match="计算校验码需要17个合法字符"):
        check_char(bad)


def test_check_char_maps_31_to_zero() -> None:
    # All zeros sum to 0, so 31 - 0 = 31, which wraps to "0".
    assert check_char("0" * 17) == "0"
    assert complete("91440300192203821") == "914403001922038216"


def test_normalize_does_not_validate() -> None:
    assert normalize(" ab c\u3000Ｄ\u00a0\u200b ") == "ABCD"
    assert normalize("ＩＯ") == "IO"


first17 = st.builds(
    lambda dept, cls, region, org: dept + cls + region + org,
    st.sampled_from(DEPARTMENTS),
    st.sampled_from(CHARSET),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.text(alphabet=CHARSET, min_size=9, max_size=9),
)


@given(first17)
def test_complete_always_validates(body: str) -> None:
    code = complete(body)
    assert len(code) == 18 and code[:17] == body
    assert parse(code).code == code
    assert is_valid(code.lower())


@given(first17, st.integers(min_value=0, max_value=17), st.sampled_from(CHARSET))
def test_any_single_substitution_is_detected(body: str, position: int, replacement: str) -> None:
    code = complete(body)
    changed = code[:position] + replacement + code[position + 1 :]
    assert is_valid(changed) == (changed == code)
    # Independent of the department and region rules, the check character itself always catches it.
    if changed != code:
        assert check_char(changed[:17]) != changed[17]
