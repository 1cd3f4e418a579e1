"""Firm and person names: a display form, a comparison key, pinyin initials, and masking for exports.

Names never identify a firm — two firms may share one, and one firm is written many ways — so the
comparison key helps search and duplicate *warnings* only; the credit code is the identity.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SPACE = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text or ""))


def display_name(raw: str) -> str:
    """How a name is shown and stored: trimmed, width-folded, Chinese names with （） and no inner spaces."""
    text = unicodedata.normalize("NFKC", raw or "").strip()
    if has_cjk(text):
        text = _SPACE.sub("", text).replace("(", "（").replace(")", "）")
    else:
        text = _SPACE.sub(" ", text)
    return text


def name_key(raw: str) -> str:
    """A comparison key: display form, brackets unified, spaces removed, lower case."""
    text = display_name(raw).replace("（", "(").replace("）", ")")
    return _SPACE.sub("", text).lower()


@lru_cache(maxsize=65536)
def _initial(char: str) -> str:
    if _CJK.match(char):
        letters = lazy_pinyin(char, style=Style.FIRST_LETTER, errors="ignore")
        return letters[0].lower() if letters else ""
    if char.isascii() and char.isalnum():
        return char.lower()
    return ""


def pinyin_initials(name: str) -> str:
    """新乡市鑫达科技有限公司 -> xxsxdkjyxgs. Cached per character: imports run this over 530,000 names."""
    return "".join(_initial(c) for c in unicodedata.normalize("NFKC", name or ""))


def mask_phone(phone: str | None) -> str:
    """13812345678 -> 138****5678; landlines keep the area code and the last four digits."""
    if not phone:
        return ""
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]}****{digits[-4:]}"
    if len(digits) >= 7:
        head = 4 if digits.startswith("0") and len(digits) > 10 else 3
        return digits[:head] + "*" * (len(digits) - head - 4) + digits[-4:]
    return "*" * len(digits)


def mask_id_number(number: str | None) -> str:
    """A resident ID keeps its first 6 and last 4 characters: 410702********1234."""
    if not number:
        return ""
    text = number.strip()
    if len(text) <= 8:
        return "*" * len(text)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


def mask_name(name: str | None) -> str:
    """张三 -> 张*, 欧阳娜娜 -> 欧***: the surname character stays."""
    if not name:
        return ""
    text = name.strip()
    return text[0] + "*" * (len(text) - 1) if len(text) > 1 else "*"
