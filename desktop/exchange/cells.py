"""Cleaning one spreadsheet cell into the form the firm table stores (text, ISO date, scaled money).

Lists are typed by hand in many offices: dates come as Excel dates, 2019-03-05, 2019/3/5, 2019年3月5日
or 20190305; capital as 100, "1,000" or 100万元; phone numbers as floats. Each cleaner returns None for a
blank cell and raises CellError (with a Chinese and an English reason) for a value it cannot read.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from desktop.domain.amounts import MONEY_SCALE
from desktop.domain.errors import DomainError
from desktop.domain.names import display_name

_SPACE = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
# C0 and C1 control characters but tab, line feed and carriage return (issue 16 item 8: a name with a
# control character broke both exports and reached the error log).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BREAKS = re.compile(r"[\t\n\r]+")
_INVISIBLE_ENDS = "\u200b\ufeff"
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_EXCEL_EPOCH = date(1899, 12, 30)
_MONEY_FACTOR = Decimal(10) ** MONEY_SCALE
_MONEY_INT_FACTOR: int = 10**MONEY_SCALE


class CellError(DomainError, ValueError):
    """A cell that holds something but not a readable value of its kind (a row problem, not a crash)."""


def text(value: Any) -> str | None:
    """Text exactly as the list gives it, trimmed (issue 20 item 3: no width folding, inner spaces kept);
    control characters removed (issue 16 item 8), a tab or line break made a space (one-line fields);
    whole floats lose their '.0'."""
    if value is None:
        return None
    if type(value) is str:  # the common case, kept cheap: 530,000 rows x 10 cells
        if not value.isprintable():  # a control character, a tab or line break, or a non-ASCII space
            value = _BREAKS.sub(" ", _CONTROLS.sub("", value))
        return value.strip().strip(_INVISIBLE_ENDS).strip() or None
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellError(f"无法识别的数值“{value}”", en=f"Unrecognised number “{value}”")
        if value.is_integer():
            value = int(value)
    if isinstance(value, datetime | date):
        value = value.isoformat()[:10]
    return text(str(value))


def free_text(value: Any) -> str | None:
    """Text that may run over several lines (an address): tabs and line breaks kept as given."""
    if type(value) is str and not value.isprintable():
        value = _CONTROLS.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
        return value.strip().strip(_INVISIBLE_ENDS).strip() or None
    return text(value)


def compact(value: Any) -> str | None:
    """Text with no spaces at all (person names, phone numbers)."""
    result = text(value)
    return _SPACE.sub("", result) if result else None


def name(value: Any) -> str | None:
    """A firm name in its display form (domain/names.display_name: the name rules)."""
    result = text(value)
    if result and result.isalnum() and unicodedata.is_normalized("NFKC", result):
        # Letters and digits only, already width-folded: no space, bracket or invisible character for
        # display_name to change (NFKC text is NFC too), as with nearly every name of a list.
        return result
    return display_name(result) if result else None


def iso_date(value: Any) -> str | None:
    """A date as 'YYYY-MM-DD' (how the store keeps Date columns)."""
    if type(value) is str and _is_plain_iso(value):  # the common case, kept cheap
        return _ymd(value[:4], value[5:7], value[8:])
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            raise CellError(f"无法识别的日期“{value}”", en=f"Unrecognised date “{value}”")
        number = int(value)
        if 19000101 <= number <= 21001231:  # 20190305 typed as a number
            return _ymd(str(number)[:4], str(number)[4:6], str(number)[6:])
        if 1 <= number < 80000:  # an Excel serial day the reader did not convert
            return (_EXCEL_EPOCH + timedelta(days=number)).isoformat()
        raise CellError(f"无法识别的日期“{value}”", en=f"Unrecognised date “{value}”")
    raw = text(value)
    if raw is None:
        return None
    if re.fullmatch(r"\d{8}", raw):
        return _ymd(raw[:4], raw[4:6], raw[6:])
    match = _DATE.match(raw)
    if match is None:
        match = _DATE.match(raw.split(" ")[0])  # '2019-03-05 00:00:00'
    if match is None:
        raise CellError(f"无法识别的日期“{raw}”", en=f"Unrecognised date “{raw}”")
    return _ymd(*match.groups())


def _is_plain_iso(value: str) -> bool:
    return (
        len(value) == 10
        and value.isascii()
        and value[4] == "-" == value[7]
        and value[:4].isdigit()
        and value[5:7].isdigit()
        and value[8:].isdigit()
    )


def _ymd(year: str, month: str, day: str) -> str:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError as exc:
        raise CellError(
            f"日期不存在：{year}-{month}-{day}", en=f"No such date: {year}-{month}-{day}"
        ) from exc


# 1亿亿元 written in 万元; the largest registered capitals in China are a few 万亿元.
MAX_CAPITAL = Decimal(10) ** 12
_MAX_CAPITAL_INT = int(MAX_CAPITAL)


def capital_units(value: Any) -> int | None:
    """Registered capital in 万元, as the store's scaled integer (10**-6 万元).

    A bare number is taken as 万元 (the lists' unit); '500000元' without 万 is converted.
    """
    if value is None or isinstance(value, bool):
        return None
    if type(value) is int and 0 <= value <= _MAX_CAPITAL_INT:  # the common case, kept cheap
        return value * _MONEY_INT_FACTOR
    if isinstance(value, int | float):
        amount = Decimal(str(value))
    else:
        raw = compact(value)
        if raw is None:
            return None
        raw = raw.replace(",", "").replace("，", "").replace("人民币", "")
        divisor = Decimal(1)
        if raw.endswith(("万元", "万")):
            raw = raw.removesuffix("元").removesuffix("万")
        elif raw.endswith("元"):
            raw, divisor = raw[:-1], Decimal(10000)
        try:
            amount = Decimal(raw) / divisor
        except InvalidOperation as exc:
            raise CellError(
                f"无法识别的注册资本“{value}”", en=f"Unrecognised registered capital “{value}”"
            ) from exc
    if not amount.is_finite() or amount < 0:
        raise CellError(
            f"注册资本“{value}”不是有效金额", en=f"Registered capital “{value}” is not a valid amount"
        )
    if amount > MAX_CAPITAL:
        # Beyond any real registered capital, and past what the store's 64-bit integers hold.
        raise CellError(
            f"注册资本“{value}”超出合理范围（不超过 {MAX_CAPITAL} 万元）",
            en=f"Registered capital “{value}” is out of range (at most {MAX_CAPITAL} 万元)",
        )
    return int((amount * _MONEY_FACTOR).to_integral_value(rounding=ROUND_HALF_UP))


def phone(value: Any) -> str | None:
    """13812345678.0 -> '13812345678'; text keeps its dashes but loses spaces."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, int | float) and not isinstance(value, bool) and not 0 <= value < 1e15:
        raise CellError(f"无法识别的电话号码“{value}”", en=f"Unrecognised phone number “{value}”")
    if type(value) is str and value.isascii() and value.isdigit():  # the common case, kept cheap
        return value
    result = compact(value)
    if result and re.fullmatch(r"\d{7,}\.0", result):  # a float written out as text by another tool
        return result[:-2]
    return result


MAX_COUNT = 10_000  # banks serving one firm: a handful; beyond this the cell is not a count


def count(value: Any) -> int | None:
    """A small whole number (banks serving a firm); CellError beyond ``MAX_COUNT`` (issue 16 item 9: 1e308
    overflowed the store's 64-bit integers and the import exited 1)."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = value
    else:
        raw = compact(value)
        if raw is None:
            return None
        digits = re.sub(r"[^\d]", "", raw)
        if not digits:
            raise CellError(f"无法识别的数字“{raw}”", en=f"Unrecognised number “{raw}”")
        number = int(digits[:12])
    if not (isinstance(number, int) or math.isfinite(number)) or not 0 <= number <= MAX_COUNT:
        raise CellError(
            f"数字“{value}”超出合理范围（0 至 {MAX_COUNT}）",
            en=f"The number “{value}” is out of range (0 to {MAX_COUNT})",
        )
    return int(number)
