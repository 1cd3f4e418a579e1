"""Numbers people type on the command line or in forms: amounts in 万元 (exact Decimals, never
negative), rates, and counts — each checked against a range, so an absurd number is a clear error
and never reaches the store (whose 64-bit integers it would overflow)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop.domain.errors import DomainError

# Amounts in 万元 to the fen: 1 万元 = 1,000,000 分 (how the store keeps them, as scaled integers).
MONEY_SCALE = 6
# The largest amount anyone types: 1 万亿元 (10^8 万元). No figure of a first-loan programme comes near
# it — a loan, a credit line, a county's target, a firm's annual sales (China's largest registered
# capital, State Grid's, is about 8,300 亿元) — so a larger number is a typo (extra zeros, 元 typed as
# 万元). In the store it is 10^14 units of 10^-6 万元, so even a sum of 90,000 of them fits in 64 bits.
MAX_AMOUNT = Decimal(10) ** 8
MAX_RATE = Decimal(36)  # percent a year: the ceiling of lawful lending (4 × LPR is lower still)
# Counts of people or firms: ten million is more than any employer in China has (the largest, about
# 1.5 million) and more than the no-loan firms of a province; also the ceiling for targets.
MAX_COUNT = 10_000_000
_COUNT_DIGITS = 30  # longer digit strings are out of any range without being converted


class InvalidAmount(DomainError):
    pass


def _shown(text: object, limit: int = 40) -> str:
    """What a message quotes of the input: a pasted wall of digits is cut, not repeated in full."""
    raw = str(text).strip()
    return raw if len(raw) <= limit else raw[:limit] + "…"


def _number(
    text: str | Decimal, what: str, what_en: str, *, unit: tuple[str, str] = ("万元", "万元 (10,000 yuan)")
) -> Decimal:
    """A finite, non-negative Decimal from ``text`` (thousands separators allowed); ``unit`` (Chinese,
    English) is named when the text is no number."""
    try:
        value = text if isinstance(text, Decimal) else Decimal(str(text).strip().replace(",", ""))
        valid = value.is_finite()
    except InvalidOperation:
        valid = False
    if not valid:
        raise InvalidAmount(
            f"{what}“{_shown(text)}”无效，应为以{unit[0]}为单位的数字，例如 100 或 52.5",
            en=f"{what_en} “{_shown(text)}” is not valid: give a number in {unit[1]}, e.g. 100 or 52.5",
        )
    if value < 0:
        raise InvalidAmount(
            f"{what}不能为负数：{_shown(text)}", en=f"{what_en} cannot be negative: {_shown(text)}"
        )
    return value


def parse_amount(
    text: str | Decimal, what: str = "金额", *, what_en: str = "Amount", allow_zero: bool = False
) -> Decimal:
    """A positive amount in 万元 to the fen (0.000001 万元), at most ``MAX_AMOUNT``; a clear error for
    anything else. ``what`` and ``what_en`` name the amount in the Chinese and English messages."""
    value = _number(text, what, what_en)
    if value == 0 and not allow_zero:
        raise InvalidAmount(f"{what}必须大于 0", en=f"{what_en} must be greater than 0")
    if value > MAX_AMOUNT:  # checked before quantize, which fails on numbers past 28 digits
        raise InvalidAmount(
            f"{what}“{_shown(text)}”超出合理范围：最多 {MAX_AMOUNT:,} 万元（1 万亿元），请检查单位是否为万元",
            en=f"{what_en} “{_shown(text)}” is out of range: at most {MAX_AMOUNT:,} 万元 (one trillion yuan); "
            "check that the unit is 万元",
        )
    if value != value.quantize(Decimal("0.000001")):
        raise InvalidAmount(
            f"{what}“{_shown(text)}”精度过高，最多精确到分（0.000001 万元）",
            en=f"{what_en} “{_shown(text)}” is too precise: at most to the fen (0.000001 万元)",
        )
    return value


def parse_optional_amount(
    text: str | Decimal | None, what: str = "金额", *, what_en: str = "Amount", allow_zero: bool = False
) -> Decimal | None:
    """``parse_amount`` for a field that may be left empty (None or blank text gives None)."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return parse_amount(text, what, what_en=what_en, allow_zero=allow_zero)


def parse_rate(text: str | Decimal) -> Decimal:
    """An annual rate in percent (e.g. 3.65), between 0 and 36, at most four decimals."""
    value = _number(text, "利率", "Rate", unit=("%", "percent"))
    if value > MAX_RATE:
        raise InvalidAmount(
            f"年利率 {_shown(text)}% 超出合理范围（应在 0 到 36 之间，单位为 %）",
            en=f"Annual rate {_shown(text)}% is out of range (it should be between 0 and 36, in %)",
        )
    if value != value.quantize(Decimal("0.0001")):
        raise InvalidAmount(
            f"利率“{_shown(text)}”最多四位小数", en=f"Rate “{_shown(text)}” has more than four decimals"
        )
    return value


def check_count(value: int, what: str, what_en: str, *, maximum: int = MAX_COUNT, minimum: int = 0) -> int:
    """A whole number someone typed (people, firms, years), between ``minimum`` and ``maximum``."""
    if isinstance(value, bool) or not minimum <= value <= maximum:
        raise InvalidAmount(
            f"{what} {value} 超出合理范围（应在 {minimum} 到 {maximum:,} 之间）",
            en=f"{what_en} {value} is out of range (it should be between {minimum} and {maximum:,})",
        )
    return value


def parse_count(
    text: str | int, what: str, what_en: str, *, maximum: int = MAX_COUNT, minimum: int = 0
) -> int:
    """A whole number typed as text (``"12"``) or given as an int, checked by ``check_count``."""
    if isinstance(text, bool) or not (isinstance(text, int) or str(text).strip().isdecimal()):
        raise InvalidAmount(
            f"{what}“{_shown(text)}”无效，应为不小于 {minimum} 的整数",
            en=f"{what_en} “{_shown(text)}” is not valid: give a whole number, {minimum} or more",
        )
    if isinstance(text, str) and len(text.strip()) > _COUNT_DIGITS:  # int() refuses 4,300 digits and more
        raise InvalidAmount(
            f"{what} {_shown(text)} 超出合理范围（最多 {maximum:,}）",
            en=f"{what_en} {_shown(text)} is out of range (at most {maximum:,})",
        )
    return check_count(int(text), what, what_en, maximum=maximum, minimum=minimum)
