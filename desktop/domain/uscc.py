"""统一社会信用代码 (unified social credit code, GB 32100-2015): normalise, validate, decode.

Layout of the 18 characters:

    1      registration department (登记管理部门): 1-9, A, N, Y
    2      entity class within that department (机构类别)
    3-8    administrative division (行政区划码), six digits
    9-17   the organisation code (GB 11714), whose own check digit is position 17
    18     the mod-31 check character over positions 1-17

Only the department is checked against its list; the class codes differ per department and keep growing,
so position 2 is only decoded (department 9: 1 enterprise, 2 个体工商户, 3 农民专业合作社; anything else
is OTHER). A wrong GB 11714 digit inside positions 9-17 is a warning, not an error: codes issued to
individual businesses (92…) often carry bodies that were never real organisation codes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from desktop.domain.errors import DomainError

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, S, V, Z
_VALUE = {c: i for i, c in enumerate(CHARSET)}
WEIGHTS = tuple(pow(3, i, 31) for i in range(17))  # 1, 3, 9, 27, 19, 26, …, 28
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_BODY = re.compile(r"[0-9A-Z]{8}")
DEPARTMENTS = "123456789ANY"
# Every kind of space people paste (\s covers NBSP and U+3000), plus invisible zero-width characters.
_SPACE = re.compile(r"[\s\u200b\u200c\u200d\u2060\u180e\ufeff]+")


class InvalidUscc(DomainError):
    pass


_ENTITY_LABELS = {
    "enterprise": ("企业", "Enterprise"),
    "individual": ("个体工商户", "Individual business"),
    "cooperative": ("农民专业合作社", "Farmers' cooperative"),
    "other": ("其他", "Other"),
}


class EntityType(str, Enum):
    ENTERPRISE = "enterprise"
    INDIVIDUAL = "individual"
    COOPERATIVE = "cooperative"
    OTHER = "other"

    @property
    def label_zh(self) -> str:
        return _ENTITY_LABELS[self.value][0]

    @property
    def label_en(self) -> str:
        return _ENTITY_LABELS[self.value][1]


@dataclass(frozen=True)
class Uscc:
    code: str
    entity_type: EntityType
    registration_dept: str  # position 1
    entity_class: str  # position 2
    region_code: str  # positions 3-8
    org_code: str  # positions 9-17
    warnings: tuple[str, ...] = ()


def normalize(raw: str) -> str:
    """Fold full-width characters to ASCII (NFKC), drop every kind of space, upper-case. Does not validate."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", raw or "")).upper()


def check_char(first17: str) -> str:
    """The mod-31 check character (position 18) for the first 17 characters."""
    if len(first17) != 17 or any(c not in _VALUE for c in first17):
        raise InvalidUscc(
            f"计算校验码需要17个合法字符，收到“{first17}”",
            en=f"The check character needs 17 valid characters, got “{first17}”",
        )
    total = sum(_VALUE[c] * w for c, w in zip(first17, WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def org_code_check(first8: str) -> str:
    """GB 11714 check digit of an organisation-code body (digits, and letters A=10 … Z=35)."""
    if not _ORG_BODY.fullmatch(first8):
        raise InvalidUscc(
            f"组织机构代码本体应为8位数字或大写字母，收到“{first8}”",
            en=f"The organisation code body should be 8 digits or capital letters, got “{first8}”",
        )
    total = sum(int(c, 36) * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def complete(first17: str) -> str:
    """The full code for 17 given characters (for generating test and demo data)."""
    return first17 + check_char(first17)


def _entity_type(dept: str, cls: str) -> EntityType:
    if dept != "9":  # only 工商/市场监管 registrations are decoded; the rest are "other" by design
        return EntityType.OTHER
    return {"1": EntityType.ENTERPRISE, "2": EntityType.INDIVIDUAL, "3": EntityType.COOPERATIVE}.get(
        cls, EntityType.OTHER
    )


def parse(raw: str) -> Uscc:
    """Normalise and validate; the first problem found is raised as InvalidUscc, in reading order."""
    code = normalize(raw)
    if not code:
        raise InvalidUscc("统一社会信用代码为空", en="The unified social credit code is empty")
    if len(code) != 18:
        raise InvalidUscc(
            f"统一社会信用代码应为18位，实为{len(code)}位",
            en=f"The unified social credit code should have 18 characters, not {len(code)}",
        )
    for position, char in enumerate(code, start=1):
        if char not in _VALUE:
            raise InvalidUscc(
                f"第{position}位字符“{char}”不是合法字符（不得使用I、O、S、V、Z）",
                en=f"Character {position} “{char}” is not allowed (I, O, S, V and Z are never used)",
            )
    if code[0] not in DEPARTMENTS:
        raise InvalidUscc(
            f"第1位登记管理部门代码“{code[0]}”无效，应为1-9、A、N、Y之一",
            en=f"Character 1, the registration department “{code[0]}”, is not valid: it should be 1-9, A, N or Y",
        )
    if not code[2:8].isdigit():
        raise InvalidUscc(
            "第3-8位行政区划码应为数字", en="Characters 3-8, the administrative region code, should be digits"
        )
    expected = check_char(code[:17])
    if code[17] != expected:
        raise InvalidUscc(
            f"第18位校验码应为 {expected}，实为 {code[17]}",
            en=f"Character 18, the check character, should be {expected}, not {code[17]}",
        )
    org = code[8:17]
    org_expected = org_code_check(org[:8])
    warnings = () if org[8] == org_expected else (f"第9-17位组织机构代码校验位应为 {org_expected}",)
    return Uscc(
        code=code,
        entity_type=_entity_type(code[0], code[1]),
        registration_dept=code[0],
        entity_class=code[1],
        region_code=code[2:8],
        org_code=org,
        warnings=warnings,
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
# Prefectures the seeds and demo data use; not a full division table on purpose.
_PREFECTURES = {
    "4107": "新乡市",
    "1409": "忻州市",
    "3505": "泉州市",
    "3301": "杭州市",
    "4403": "深圳市",
}


def region_name(region_code: str) -> str | None:
    """The most specific name known for a division code: a listed prefecture, else the province."""
    code = region_code.strip()
    if len(code) < 2 or not code.isdigit():
        return None
    return _PREFECTURES.get(code[:4]) or _PROVINCES.get(code[:2])
