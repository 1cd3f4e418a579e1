"""Parsing amounts in 万元 typed on the command line or in forms: exact Decimals, never negative."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop.domain.errors import DomainError

# Amounts in 万元 to the fen: 1 万元 = 1,000,000 分 (how the store keeps them, as scaled integers).
MONEY_SCALE = 6


class InvalidAmount(DomainError):
    pass


def parse_amount(
    text: str | Decimal, what: str = "金额", *, what_en: str = "Amount", allow_zero: bool = False
) -> Decimal:
    """A positive amount in 万元 to the fen (0.000001 万元); a clear error for anything else.

    ``what`` and ``what_en`` name the amount in the Chinese and English messages."""
    try:
        value = text if isinstance(text, Decimal) else Decimal(str(text).strip().replace(",", ""))
    except InvalidOperation as exc:
        raise InvalidAmount(
            f"{what}“{text}”无效，应为以万元为单位的数字，例如 100 或 52.5",
            en=f"{what_en} “{text}” is not valid: give a number in 万元 (10,000 yuan), e.g. 100 or 52.5",
        ) from exc
    if not value.is_finite():
        raise InvalidAmount(
            f"{what}“{text}”无效，应为以万元为单位的数字",
            en=f"{what_en} “{text}” is not valid: give a number in 万元 (10,000 yuan)",
        )
    if value < 0:
        raise InvalidAmount(f"{what}不能为负数：{text}", en=f"{what_en} cannot be negative: {text}")
    if value == 0 and not allow_zero:
        raise InvalidAmount(f"{what}必须大于 0", en=f"{what_en} must be greater than 0")
    if value != value.quantize(Decimal("0.000001")):
        raise InvalidAmount(
            f"{what}“{text}”精度过高，最多精确到分（0.000001 万元）",
            en=f"{what_en} “{text}” is too precise: at most to the fen (0.000001 万元)",
        )
    return value


def parse_rate(text: str | Decimal) -> Decimal:
    """An annual rate in percent (e.g. 3.65), between 0 and 36."""
    value = parse_amount(text, "利率", what_en="Rate", allow_zero=True)
    if value > 36:
        raise InvalidAmount(
            f"年利率 {text}% 超出合理范围（应在 0 到 36 之间，单位为 %）",
            en=f"Annual rate {text}% is out of range (it should be between 0 and 36, in %)",
        )
    if value != value.quantize(Decimal("0.0001")):
        raise InvalidAmount(f"利率“{text}”最多四位小数", en=f"Rate “{text}” has more than four decimals")
    return value
