"""The guard against 垒小户 crowding (seed 002, section 七) and the basic-account bank first (泉州 seed 004).

对单户授信1000万元(含)以下的小微企业服务银行超过3家、个体工商户和小微企业主服务银行超过2家的,其他银行应审慎
介入. The banks counted are those that have given the firm credit (授信), this bank included once its
credit is recorded (or being recorded), each bank once however its name is written
(desktop/domain/banks.py). A medium firm is not a 小微企业: no cap. These are warnings for the officer,
never errors: the bank may still decide to step in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.banks import bank_key, same_bank
from desktop.domain.errors import Message

SMALL_FIRM_CREDIT_CAP = Decimal(1000)  # 万元, inclusive
MAX_BANKS_FIRM = 3
MAX_BANKS_INDIVIDUAL = 2  # 个体工商户 and 小微企业主


@dataclass(frozen=True)
class OtherBank:
    """A bank that serves the firm; ``credit_amount`` None: it has given no credit (0: credit, amount not
    known)."""

    bank: str
    is_basic_account: bool = False
    credit_amount: Decimal | None = None


def credit_banks(banks: Iterable[OtherBank], our_bank: str, our_credit: Decimal) -> list[str]:
    """The banks that have given the firm credit, by their one name, ours included when it has."""
    names = {bank_key(b.bank): None for b in banks if b.credit_amount is not None and bank_key(b.bank)}
    mine = bank_key(our_bank)
    names.pop(mine, None)
    found = sorted(names)
    if our_credit > 0 and mine:
        found.append(mine)
    return found


def _crowded(
    count: int, limit: int, banks: list[str], who: tuple[str, str], total: Decimal | None = None
) -> Message:
    listed = "、".join(banks)
    zh_total = "" if total is None else f"单户授信 {total.normalize():f} 万元（1000 万元及以下），"
    en_total = (
        ""
        if total is None
        else f" with a total credit of {total.normalize():f} 万元 (10 million yuan or less)"
    )
    return Message(
        f"防止“垒小户”：该{who[0]}{zh_total}已有 {count} 家银行授信（{listed}），超过 {limit} 家，本行应审慎介入",
        f"Avoid crowding small firms (垒小户): this {who[1]}{en_total} already has credit from {count} banks "
        f"({listed}), more than {limit}; our bank should step in with caution",
    )


def crowding_warnings(
    *,
    our_bank: str,
    entity_type: str,
    banks: Iterable[OtherBank],
    basic_account_bank: str | None = None,
    new_credit: Decimal = Decimal(0),
    our_credit: Decimal = Decimal(0),
    size: str | None = None,
    owner_borrower: bool = False,
    banks_serving: int | None = None,  # the list's count of serving banks: not credit, so not counted
) -> list[str]:
    """Warnings for stepping in to serve a firm.

    ``banks``: the other banks serving it (its dossier); ``our_credit``: this bank's live credit so far,
    ``new_credit``: the credit being recorded now (both part of the firm's single-firm total and making
    this bank one of its credit banks); ``owner_borrower``: the 小微企业主 borrows for the firm."""
    del banks_serving
    banks = list(banks)
    ours = our_credit + new_credit
    lenders = credit_banks(banks, our_bank, ours)
    warnings: list[str] = []  # Messages: Chinese, with .en
    if entity_type == "individual" or owner_borrower:
        if len(lenders) > MAX_BANKS_INDIVIDUAL:
            who = (
                ("个体工商户", "individual business")
                if entity_type == "individual"
                else ("小微企业主", "small-firm owner")
            )
            warnings.append(_crowded(len(lenders), MAX_BANKS_INDIVIDUAL, lenders, who))
    elif size != "medium":
        others = sum(
            (
                b.credit_amount or Decimal(0)
                for b in banks
                if b.credit_amount is not None and not same_bank(b.bank, our_bank)
            ),
            Decimal(0),
        )
        total = others + ours
        if total <= SMALL_FIRM_CREDIT_CAP and len(lenders) > MAX_BANKS_FIRM:
            warnings.append(
                _crowded(len(lenders), MAX_BANKS_FIRM, lenders, ("小微企业", "small firm"), total)
            )
    basic = basic_account_bank or next((b.bank for b in banks if b.is_basic_account), None)
    if basic and not same_bank(basic, our_bank):
        warnings.append(
            Message(
                f"企业基本户开户行为{basic}：按规定原则上由基本户开户行优先对接",
                f"The firm's basic account is with {basic}: by the rules, that bank should in principle contact it first",
            )
        )
    return warnings
