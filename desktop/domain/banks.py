"""Bank names as people write them: 工行, 工商银行, 中国工商银行新乡分行 are one bank. ``bank_name`` gives the
one key a bank is counted under (垒小户, targets by lending bank, the serving-bank editor) and its kind.

The kinds are those seed 003 sets targets for: 国有商业银行, 股份制商业银行, 城市商业银行, 农信系统 (农商银行,
农村信用社), 村镇银行, plus 政策性银行 and 其他. 邮储银行 is counted as 国有商业银行 (one of the six large
state-owned commercial banks).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.domain.vocabulary import Term, Vocabulary

BANK_KINDS = Vocabulary(
    "银行类型",
    (
        Term("state", "国有商业银行", "State-owned commercial bank"),
        Term("joint_stock", "股份制商业银行", "Joint-stock commercial bank"),
        Term("city", "城市商业银行", "City commercial bank"),
        Term("rural", "农信系统", "Rural credit system"),
        Term("village", "村镇银行", "Village bank"),
        Term("policy", "政策性银行", "Policy bank"),
        Term("other", "其他", "Other"),
    ),
    title_en="Bank kind",
)

# Full name -> (kind, the short and other names people use). A name is matched by its beginning, so
# 工商银行新乡分行 and 工行牧野支行 are 中国工商银行.
_BANKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "中国工商银行": ("state", ("工行", "工商银行", "ICBC")),
    "中国农业银行": ("state", ("农行", "农业银行", "ABC")),
    "中国银行": ("state", ("中行", "BOC")),
    "中国建设银行": ("state", ("建行", "建设银行", "CCB")),
    "交通银行": ("state", ("交行", "BOCOM")),
    "中国邮政储蓄银行": ("state", ("邮储银行", "邮政储蓄银行", "邮储", "邮政银行", "PSBC")),
    "招商银行": ("joint_stock", ("招行",)),
    "上海浦东发展银行": ("joint_stock", ("浦发银行", "浦发")),
    "中信银行": ("joint_stock", ("中信",)),
    "中国光大银行": ("joint_stock", ("光大银行", "光大")),
    "华夏银行": ("joint_stock", ()),
    "中国民生银行": ("joint_stock", ("民生银行", "民生")),
    "广发银行": ("joint_stock", ("广东发展银行", "广发")),
    "平安银行": ("joint_stock", ()),
    "兴业银行": ("joint_stock", ("兴业",)),
    "浙商银行": ("joint_stock", ()),
    "渤海银行": ("joint_stock", ()),
    "恒丰银行": ("joint_stock", ()),
    "中国农业发展银行": ("policy", ("农业发展银行", "农发行")),
    "国家开发银行": ("policy", ("国开行", "开发银行")),
    "中国进出口银行": ("policy", ("进出口银行", "口行")),
    # City commercial banks of the seeds' regions (新乡, 忻州, 浙江, 泉州) and the usual national names.
    "中原银行": ("city", ()),
    "郑州银行": ("city", ()),
    "晋商银行": ("city", ()),
    "晋城银行": ("city", ()),
    "大同银行": ("city", ()),
    "杭州银行": ("city", ()),
    "宁波银行": ("city", ()),
    "泉州银行": ("city", ()),
    "厦门银行": ("city", ()),
    "北京银行": ("city", ()),
    "上海银行": ("city", ()),
    "江苏银行": ("city", ()),
    "南京银行": ("city", ()),
}
_ALIASES: list[tuple[str, str]] = sorted(
    ((alias, full) for full, (_, names) in _BANKS.items() for alias in (full, *names)),
    key=lambda pair: -len(pair[0]),
)
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
_COMPANY = re.compile(r"股份有限公司|有限责任公司|有限公司")
# Where a bank's own name ends and its branch begins.
_OTHER_INSTITUTIONS = ("村镇银行", "农商银行", "农村商业银行", "农村合作银行", "信用社", "联社")
_OWN_NAME = re.compile(
    r"^(.*?(?:村镇银行|银行|农村信用合作联社|信用合作联社|农村信用社|信用联社|信用社|农信社))"
)


@dataclass(frozen=True)
class BankName:
    key: str  # the name the bank is counted under
    kind: str  # a code of BANK_KINDS
    known: bool  # found in the table of usual names (else worked out from the words of the name)


def _clean(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text or "")
    return _COMPANY.sub("", _BRACKETS.sub("", re.sub(r"\s+", "", folded)))


def _kind_of(name: str) -> str:
    if "村镇银行" in name:
        return "village"
    if any(
        word in name for word in ("农商银行", "农村商业银行", "农村合作银行", "信用社", "信用联社", "农信")
    ):
        return "rural"
    return "other"


def bank_name(text: str | None) -> BankName:
    """The bank a name means: its key and kind. An empty name gives an empty key."""
    cleaned = _clean(text or "")
    if not cleaned:
        return BankName("", "other", False)
    upper = cleaned.upper()
    for alias, full in _ALIASES:
        if upper.startswith(alias.upper()) and not _longer_bank_word(cleaned, alias):
            return BankName(full, _BANKS[full][0], True)
    own = _OWN_NAME.match(cleaned)
    key = own.group(1) if own else cleaned
    key = key.replace("农村商业银行", "农商银行")
    return BankName(key, _kind_of(key), False)


def _longer_bank_word(cleaned: str, alias: str) -> bool:
    """A name that starts with a big bank's short name but is another institution (民生村镇银行,
    兴业县农村信用联社) is not that bank."""
    rest = cleaned[len(alias) :]
    return any(word in rest for word in _OTHER_INSTITUTIONS)


def bank_key(text: str | None) -> str:
    return bank_name(text).key


def same_bank(a: str | None, b: str | None) -> bool:
    key = bank_key(a)
    return bool(key) and key == bank_key(b)
