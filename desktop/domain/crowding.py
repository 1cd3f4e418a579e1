"""The guard against 垒小户 crowding (seed 002, section 七) and the basic-account bank first (泉州 seed).

对单户授信1000万元(含)以下的小微企业服务银行超过3家、个体工商户和小微企业主服务银行超过2家的,其他银行
应审慎介入. These are warnings for the officer, never errors: the bank may still decide to step in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.errors import Message

SMALL_FIRM_CREDIT_CAP = Decimal(1000)  # 万元, inclusive
MAX_BANKS_FIRM = 3
MAX_BANKS_INDIVIDUAL = 2


@dataclass(frozen=True)
class OtherBank:
    bank: str
    is_basic_account: bool = False
    credit_amount: Decimal | None = None


def _same_bank(a: str, b: str) -> bool:
    a, b = a.strip(), b.strip()
    return bool(a and b) and (a == b or a.startswith(b) or b.startswith(a))


def crowding_warnings(
    *,
    our_bank: str,
    entity_type: str,
    banks: Iterable[OtherBank],
    banks_serving: int | None = None,
    basic_account_bank: str | None = None,
    new_credit: Decimal = Decimal(0),
) -> list[str]:
    """Warnings for stepping in to serve a firm; ``banks`` are the banks already serving it.

    ``banks_serving`` is the count the regional list gave, used when the dossier knows fewer banks.
    ``new_credit`` is our credit being recorded, part of the firm's single-firm total.
    """
    others = [b for b in banks if not _same_bank(b.bank, our_bank)]
    count = max(len({b.bank.strip() for b in others}), banks_serving or 0)
    total = sum((b.credit_amount or Decimal(0) for b in others), Decimal(0)) + new_credit
    warnings: list[str] = []  # Messages: Chinese, with .en
    if entity_type == "individual":
        if count > MAX_BANKS_INDIVIDUAL:
            warnings.append(
                Message(
                    f"防止“垒小户”：该个体工商户已有 {count} 家银行服务（超过 {MAX_BANKS_INDIVIDUAL} 家），"
                    "本行应审慎介入",
                    f"Avoid crowding small firms (垒小户): this individual business is already served by {count} "
                    f"banks (more than {MAX_BANKS_INDIVIDUAL}); our bank should step in with caution",
                )
            )
    elif total <= SMALL_FIRM_CREDIT_CAP and count > MAX_BANKS_FIRM:
        warnings.append(
            Message(
                f"防止“垒小户”：该企业单户授信 {total.normalize():f} 万元（1000 万元及以下），"
                f"已有 {count} 家银行服务（超过 {MAX_BANKS_FIRM} 家），本行应审慎介入",
                f"Avoid crowding small firms (垒小户): this firm's total credit is {total.normalize():f} 万元 "
                f"(10 million yuan or less) and it is already served by {count} banks (more than {MAX_BANKS_FIRM}); "
                "our bank should step in with caution",
            )
        )
    basic = basic_account_bank or next((b.bank for b in others if b.is_basic_account), None)
    if basic and not _same_bank(basic, our_bank):
        warnings.append(
            Message(
                f"企业基本户开户行为{basic}：按规定原则上由基本户开户行优先对接",
                f"The firm's basic account is with {basic}: by the rules, that bank should in principle contact it first",
            )
        )
    return warnings
