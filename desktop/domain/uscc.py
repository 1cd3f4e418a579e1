"""统一社会信用代码 (unified social credit code, GB 32100-2015): normalise, validate, decode.

Layout: position 1 registration department, 2 entity class, 3-8 administrative division, 9-17 the
organisation code (GB 11714, its own check digit at 17), 18 the mod-31 check character.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from desktop.domain.errors import DomainError

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, S, V, Z
_VALUE = {c: i for i, c in enumerate(CHARSET)}
_WEIGHTS = [pow(3, i, 31) for i in range(17)]
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_DEPTS = set("123456789ANY")
# Whitespace of every kind people paste, plus zero-width characters.
_SPACE = re.compile(r"[\s\u00a0\u3000\u200b\u200c\u200d\ufeff]+")


class InvalidUscc(DomainError):
    pass


class EntityType(str, Enum):
    ENTERPRISE = "enterprise"
    INDIVIDUAL = "individual"
    COOPERATIVE = "cooperative"
    OTHER = "other"

    @property
    def label_zh(self) -> str:
        return {
            "enterprise": "企业",
            "individual": "个体工商户",
            "cooperative": "农民专业合作社",
            "other": "其他",
        }[self.value]

    @property
    def label_en(self) -> str:
        return {
            "enterprise": "Enterprise",
            "individual": "Individual business",
            "cooperative": "Farmers' cooperative",
            "other": "Other",
        }[self.value]


@dataclass(frozen=True)
class Uscc:
    code: str
    entity_type: EntityType
    registration_dept: str
    entity_class: str
    region_code: str
    org_code: str
    warnings: tuple[str, ...] = ()


def normalize(raw: str) -> str:
    """Strip every kind of space, fold full-width characters to ASCII, upper-case. Does not validate."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", raw or "")).upper()


def check_char(first17: str) -> str:
    total = sum(_VALUE[c] * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def org_code_check(first8: str) -> str:
    """GB 11714 check digit of an organisation code body (digits and letters A=10 .. Z=35)."""
    total = sum(int(c, 36) * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def complete(first17: str) -> str:
    """The full code for 17 given characters (generating test and demo data)."""
    return first17 + check_char(first17)


def _entity_type(dept: str, cls: str) -> EntityType:
    if dept == "9":
        return {"1": EntityType.ENTERPRISE, "2": EntityType.INDIVIDUAL, "3": EntityType.COOPERATIVE}.get(
            cls, EntityType.OTHER
        )
    return EntityType.OTHER


def parse(raw: str) -> Uscc:
    code = normalize(raw)
    if not code:
        raise InvalidUscc("统一社会信用代码为空")
    if len(code) != 18:
        raise InvalidUscc(f"统一社会信用代码应为18位，实为{len(code)}位")
    for position, char in enumerate(code, start=1):
        if char not in _VALUE:
            raise InvalidUscc(f"第{position}位字符“{char}”不是合法字符（不得使用I、O、S、V、Z）")
    if code[0] not in _DEPTS:
        raise InvalidUscc(f"第1位登记管理部门代码“{code[0]}”无效")
    if not code[2:8].isdigit():
        raise InvalidUscc("第3-8位行政区划码应为数字")
    expected = check_char(code[:17])
    if code[17] != expected:
        raise InvalidUscc(f"第18位校验码应为 {expected}，实为 {code[17]}")
    warnings: list[str] = []
    org = code[8:17]
    if org[:8].isalnum():
        org_expected = org_code_check(org[:8])
        if org[8] != org_expected:
            warnings.append(f"第9-17位组织机构代码校验位应为 {org_expected}（仅供参考）")
    return Uscc(
        code=code,
        entity_type=_entity_type(code[0], code[1]),
        registration_dept=code[0],
        entity_class=code[1],
        region_code=code[2:8],
        org_code=org,
        warnings=tuple(warnings),
    )


def is_valid(raw: str) -> bool:
    try:
        parse(raw)
    except InvalidUscc:
        return False
    return True


_PROVINCES = {
    "11": "北京市",
    "12": "天津市",
    "13": "河北省",
    "14": "山西省",
    "15": "内蒙古自治区",
    "21": "辽宁省",
    "22": "吉林省",
    "23": "黑龙江省",
    "31": "上海市",
    "32": "江苏省",
    "33": "浙江省",
    "34": "安徽省",
    "35": "福建省",
    "36": "江西省",
    "37": "山东省",
    "41": "河南省",
    "42": "湖北省",
    "43": "湖南省",
    "44": "广东省",
    "45": "广西壮族自治区",
    "46": "海南省",
    "50": "重庆市",
    "51": "四川省",
    "52": "贵州省",
    "53": "云南省",
    "54": "西藏自治区",
    "61": "陕西省",
    "62": "甘肃省",
    "63": "青海省",
    "64": "宁夏回族自治区",
    "65": "新疆维吾尔自治区",
}
_PREFECTURES = {
    "4107": "河南省新乡市",
    "1409": "山西省忻州市",
    "3505": "福建省泉州市",
    "3301": "浙江省杭州市",
    "4403": "广东省深圳市",
}


def region_name(region_code: str) -> str | None:
    """The most specific name known for a division code (province, or a prefecture the seeds use)."""
    return _PREFECTURES.get(region_code[:4]) or _PROVINCES.get(region_code[:2])
