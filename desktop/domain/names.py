"""Firm and person names: a display form, a comparison key, pinyin initials, and masking for exports.

Names never identify a firm — two firms may share one, and one firm is written many ways — so the
comparison key serves search and duplicate *warnings* only; the credit code is the identity.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from types import ModuleType
from typing import Any

# CJK unified ideographs (basic, extension A, B-G) and compatibility ideographs, plus 〇.
_CJK_CLASS = r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
_CJK = re.compile(_CJK_CLASS)
_CJK_RUNS = re.compile(f"({_CJK_CLASS}+)")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\u180e\ufeff]")
_SPACE = re.compile(r"\s+")  # after NFKC, NBSP and U+3000 are plain spaces; \s also covers tabs, newlines
_TO_ROUND = str.maketrans("（）【】〔〕［］[]", "()()()()()")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text or ""))


def display_name(raw: str) -> str:
    """How a name is shown and stored: width-folded; Chinese names get （） and lose inner spaces."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", raw or ""))
    if has_cjk(text):
        text = _SPACE.sub("", text).replace("(", "（").replace(")", "）")
    else:
        text = _SPACE.sub(" ", text).strip()
    # Removing a space can leave a combining mark next to a letter (´ is NFKC " \u0301"): compose again
    # so that display_name is idempotent.
    return unicodedata.normalize("NFC", text)


def name_key(raw: str) -> str:
    """Sort and comparison key: display form, every bracket made (), no spaces, lower case, and each
    Chinese character replaced by its place in pinyin order (``pinyin_order``), so that sorting by the
    key lists firms as people read Chinese: 安 before 白 before 陈, not in code-point order.

    Never merge firms because their keys match — only the credit code identifies a firm.
    """
    return display_key(display_name(raw))


def display_key(display: str) -> str:
    """``name_key`` of a name already in display form (as imports store it): display_name is idempotent,
    so it is not applied a second time."""
    text = unicodedata.normalize("NFKC", display).translate(_TO_ROUND)
    return _SPACE.sub("", text).lower().translate(pinyin_order())


_TONES = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
# Keys take code points from here up, one per character of pypinyin's dictionary (41,923 of them), in
# pinyin order: all below the surrogates, so each is 3 bytes of UTF-8 like the Chinese it stands for,
# above every letter, digit and bracket, and SQLite's binary collation sorts the keys in pinyin order.
_ORDER_BASE = 0x3400


def _reading_key(reading: str) -> tuple[str, str]:
    """'lǜ' -> ('lv', '4'): the letters, then the tone (5 for the neutral tone)."""
    letters, tone = [], "5"
    for char in unicodedata.normalize("NFD", reading):
        if char in _TONES:
            tone = _TONES[char]
        elif char == "\u0308":  # the diaeresis of ü
            letters.append("v")
        else:
            letters.append(char)
    return "".join(letters).replace("uv", "v"), tone


@lru_cache(maxsize=1)
def pinyin_order() -> dict[int, str]:
    """Each Chinese character (code point) -> one character standing for its place in pinyin order: by
    its first reading's letters, then tone, then code point (polyphones sort by their first reading,
    as a dictionary lists them). Built once per process (about 0.1 s)."""
    from pypinyin.pinyin_dict import pinyin_dict

    readings: dict[str, tuple[str, str]] = {}
    ranked = []
    for point, text in pinyin_dict.items():
        first = text.split(",", 1)[0]
        key = readings.get(first)
        if key is None:
            key = readings[first] = _reading_key(first)
        ranked.append((key, point))
    ranked.sort()
    return {point: chr(_ORDER_BASE + rank) for rank, (_key, point) in enumerate(ranked)}


@lru_cache(maxsize=1)
def _pypinyin() -> tuple[ModuleType, dict[str, Any], Any]:
    """pypinyin, its phrase dictionary and segmenter, loaded when first needed: importing them takes
    0.25 s, which the app's start does not need to pay."""
    import pypinyin
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.seg.mmseg import seg

    return pypinyin, PHRASES_DICT, seg


@lru_cache(maxsize=1 << 18)
def _piece_initials(piece: str) -> str:
    pypinyin = _pypinyin()[0]
    letters = pypinyin.lazy_pinyin(piece, style=pypinyin.Style.FIRST_LETTER)
    return "".join(c for item in letters for c in item.lower() if c.isascii() and c.isalnum())


def pinyin_initials(name: str) -> str:
    """新乡市鑫达科技有限公司 -> xxsxdkjyxgs; Latin letters and digits kept lower-cased, the rest dropped.

    Words are read whole, as pypinyin does, so polyphones follow its phrase list: 重庆 -> cq, 银行 -> yh
    (character by character they would be zq, yx); a lone polyphone takes its first reading. Imports run
    this over 530,000 names, so Chinese runs are cut into words and each word's initials are cached:
    有限公司, 新乡市, 科技 recur in nearly every name.
    """
    parts = _CJK_RUNS.split(unicodedata.normalize("NFKC", name or ""))
    if len(parts) == 3 and not parts[0] and not parts[2]:  # all Chinese: nearly every name
        return _run_initials(parts[1])
    out: list[str] = []
    for i, run in enumerate(parts):
        if i % 2:  # split() with a group puts the Chinese runs at odd positions
            out.append(_run_initials(run))
        elif run:
            out.append(_piece_initials(run))
    return "".join(out)


def load_pinyin() -> None:
    """Import pypinyin and build the pinyin sort order now (a helper process does this while the file is
    being read, so the first chunk of sort keys does not wait for it)."""
    _pypinyin()
    pinyin_order()


_MEMO_MAX_RUN = 64  # longer runs (never a real name) are cut in one go, keeping the recursion shallow


@lru_cache(maxsize=1 << 18)
def _run_initials(run: str) -> str:
    """The initials of a Chinese run as ``phrase_seg.cut`` would word it, memoised per suffix.

    Forward maximum matching decides each step from the remaining text alone, so the initials of a run
    are those of its first step's words followed by those of the rest — and the rest (鑫达科技有限公司,
    科技有限公司, 有限公司) recurs across names far more than whole names do.
    """
    if len(run) > _MEMO_MAX_RUN:
        return "".join(_piece_initials(word) for word in _pypinyin()[2].cut(run))
    words, used = _first_step(run)
    head = _piece_initials(words[0]) if len(words) == 1 else "".join([_piece_initials(w) for w in words])
    return head + _run_initials(run[used:]) if used < len(run) else head


def _first_step(remain: str) -> tuple[list[str], int]:
    """The words one step of pypinyin's ``Seg.cut`` (strict mode, as ``phrase_seg``) yields for
    ``remain``, and how many characters they take. Mirrors pypinyin.seg.mmseg.Seg.cut."""
    _, phrases, segmenter = _pypinyin()
    prefixes = segmenter._prefix_set  # the same prefix set cut() consults
    last_valid = 0
    for index in range(len(remain)):
        word = remain[: index + 1]
        if word not in prefixes:
            if last_valid:
                return [remain[:last_valid]], last_valid
            return [remain[0]], 1
        if word in phrases:
            last_valid = index + 1
    if last_valid:
        return [remain[:last_valid]], last_valid
    if remain not in phrases:
        return list(remain), len(remain)
    return [remain], len(remain)


_SEPARATORS = re.compile(r"([/／,，、;；|｜]+)")


def _mask_one_phone(text: str) -> str:
    digits = re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", text))
    if not digits:
        return "*" * len(text.strip())
    if len(digits) == 13 and digits.startswith("861"):  # +86 country code
        digits = digits[2:]
    if len(digits) == 11 and digits.startswith("1"):  # mobile: 138****5678
        return f"{digits[:3]}****{digits[-4:]}"
    if digits.startswith("0") and len(digits) >= 10:  # landline with area code: 0373-***1234
        area = 3 if digits[1] in "12" else 4  # 010, 02x are three digits; the rest four
        return f"{digits[:area]}-" + "*" * (len(digits) - area - 4) + digits[-4:]
    if len(digits) >= 7:  # local number without area code
        return "*" * (len(digits) - 4) + digits[-4:]
    if len(digits) >= 5:  # short service numbers such as 95588
        return "*" * (len(digits) - 2) + digits[-2:]
    return "*" * len(digits)


def mask_phone(phone: str | None) -> str:
    """13812345678 -> 138****5678; 0373-3051234 -> 0373-***1234; several numbers are masked one by one."""
    if not phone or not phone.strip():
        return ""
    parts = _SEPARATORS.split(phone.strip())
    # split() with a group keeps the separators at odd positions.
    return "".join(part if i % 2 else _mask_one_phone(part) for i, part in enumerate(parts))


def mask_id_number(number: str | None) -> str:
    """At least half of every number is hidden (beyond two characters), whatever its length.

    18-digit resident IDs keep the region (first 6) and the last 4: 410702********123X. Old 15-digit
    IDs keep the region and the last 2, so the birth date and most of the sequence are hidden:
    410702*******23. Other documents (passports, permits) keep the first and the last two; short ones
    are hidden whole."""
    if not number:
        return ""
    text = _SPACE.sub("", unicodedata.normalize("NFKC", number)).upper()
    if len(text) == 18:
        return text[:6] + "*" * 8 + text[-4:]
    if len(text) == 15:
        return text[:6] + "*" * 7 + text[-2:]
    if len(text) >= 8:
        return text[:1] + "*" * (len(text) - 3) + text[-2:]
    return "*" * len(text)


def mask_name(name: str | None) -> str:
    """张三 -> 张*, 欧阳娜娜 -> 欧***: only the first character stays, the length is kept."""
    if not name:
        return ""
    text = name.strip()
    return text[:1] + "*" * (len(text) - 1) if len(text) > 1 else "*" * len(text)
