"""信息要素齐全准确: which required elements of a firm's dossier (一企一档) are still missing.

The one completeness rule: the firm pane, the firm table, the printed dossier and ``record show --json``
all call ``completeness`` on ``facts_from`` the firm's live records (voided contacts, banks and
attachments count for nothing). The score is the share of required elements present, 0-100; the
optional elements (alternative data beyond the core) are listed as hints but do not lower it. Each
element's label is a ``Message``: Chinese as a ``str`` (JSON, PDF), English in ``.en`` for the UI.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain.errors import Message
from desktop.domain.vocabulary import CRITERIA


@dataclass(frozen=True)
class DossierFacts:
    contact_with_phone: bool = False
    main_business: str | None = None
    employees: int | None = None
    annual_sales: Decimal | None = None
    taxes_paid: Decimal | None = None
    social_insurance_headcount: int | None = None
    utilities_note: str | None = None
    has_loan_record: bool | None = None
    has_discount_record: bool | None = None
    credit_lookback_years: int | None = None
    credit_query_date: date | None = None
    collateral: str | None = None
    guarantee_options: str | None = None
    basic_account_bank: str | None = None
    criteria: dict[str, bool] = field(default_factory=dict)
    has_licence_scan: bool = False


@dataclass(frozen=True)
class Completeness:
    score: int  # 0-100
    missing: list[str]  # required elements still missing (Messages), in a fixed order
    optional_missing: list[str]

    @property
    def complete(self) -> bool:
        return not self.missing


def _text(value: str | None) -> bool:
    return bool(value and value.strip())


def required_elements(f: DossierFacts) -> list[tuple[Message, bool]]:
    elements = [
        (Message("联系人及电话", "Contact and phone"), f.contact_with_phone),
        (Message("主营业务", "Main business"), _text(f.main_business)),
        (Message("从业人数", "Employees"), f.employees is not None),
        (Message("年销售收入", "Annual sales"), f.annual_sales is not None),
        (Message("纳税额", "Taxes paid"), f.taxes_paid is not None),
        (Message("征信：有无贷款记录", "Credit report: loan record"), f.has_loan_record is not None),
        (
            Message("征信：有无票据贴现记录", "Credit report: bill discount record"),
            f.has_discount_record is not None,
        ),
        (Message("基本户开户行", "Bank of the basic account"), _text(f.basic_account_bank)),
    ]
    elements += [(Message(f"筛选条件：{t.zh}", f"Criterion: {t.en}"), t.code in f.criteria) for t in CRITERIA]
    elements.append((Message("营业执照扫描件", "Business licence scan"), f.has_licence_scan))
    return elements


def optional_elements(f: DossierFacts) -> list[tuple[Message, bool]]:
    return [
        (Message("社保缴纳人数", "Social insurance headcount"), f.social_insurance_headcount is not None),
        (Message("水电等替代数据", "Utilities and other alternative data"), _text(f.utilities_note)),
        (Message("征信查询年限", "Credit report look-back years"), f.credit_lookback_years is not None),
        (Message("征信查询日期", "Credit report query date"), f.credit_query_date is not None),
        (Message("抵押物情况", "Collateral"), _text(f.collateral)),
        (Message("可提供的担保方式", "Guarantees the firm can offer"), _text(f.guarantee_options)),
    ]


def completeness(f: DossierFacts) -> Completeness:
    required = required_elements(f)
    present = sum(1 for _, ok in required if ok)
    return Completeness(
        score=present * 100 // len(required),
        missing=[label for label, ok in required if not ok],
        optional_missing=[label for label, ok in optional_elements(f) if not ok],
    )


_DOSSIER_FIELDS = (
    "main_business",
    "employees",
    "annual_sales",
    "taxes_paid",
    "social_insurance_headcount",
    "utilities_note",
    "has_loan_record",
    "has_discount_record",
    "credit_lookback_years",
    "credit_query_date",
    "collateral",
    "guarantee_options",
)


def facts_from(
    dossier: object | None,
    *,
    contact_phones: Iterable[str | None],
    basic_account_bank: str | None,
    attachment_kinds: Iterable[str],
) -> DossierFacts:
    """The facts of one firm from its dossier record (any object with the dossier's attributes) and its
    live related rows (the caller leaves voided ones out), so every view counts completeness alike."""
    values: dict[str, Any] = {name: getattr(dossier, name, None) for name in _DOSSIER_FIELDS}
    return DossierFacts(
        contact_with_phone=any(contact_phones),
        basic_account_bank=basic_account_bank,
        criteria=dict(getattr(dossier, "criteria", None) or {}),
        has_licence_scan="licence" in set(attachment_kinds),
        **values,
    )
