"""The programme profiles (项目口径) of the seeds: what each region counts as 首贷, what is due when, the
subsidy and the default targets, each from its seed's sentence. ``programme_from_settings`` applies the
officer's edits to a profile; ``first_loan_rule`` builds the one 首贷 rule's settings for a firm."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain.errors import DomainError, Message
from desktop.domain.firstloan import (
    FirstLoanRule,
    NoLoanWithinYears,
    ReportTest,
    never_loan_or_discount,
    no_loan_record,
)
from desktop.domain.programme_seeds import SEEDS, Seed

CODES = ("zhejiang", "xinxiang", "xinzhou", "quanzhou", "custom")
TESTS = ("never_loan_or_discount", "no_loan_record", "no_loan_within_years")
DISCOUNT = ("first", "blocks", "ignored")  # a 票据贴现 is a first loan / ends 无贷户 status / is no loan
PERSONAL_BUSINESS = ("individuals", "all")  # 个人经营性贷款 count for 个体工商户 only / also 小微企业主


@dataclass(frozen=True)
class DefaultTarget:
    """A target the seed sets. ``scope_kind``: county (``*`` = each county), bank_kind (a BANK_KINDS code:
    the officer's bank when it is of that kind) or city (全市: all the data); ``period``: year | programme."""

    scope_kind: str
    scope_name: str
    period: str
    firms: int | None = None
    first_loans: int | None = None
    amount: Decimal | None = None  # 万元


@dataclass(frozen=True)
class Subsidy:
    """新乡 (seed 001): 0.5‰ of the new first-loan amount for banks in 新乡 (驻新银行); 2022 by that year's
    rules, later years 另行研究制定 (no rate until the officer enters one)."""

    region: str
    region_en: str
    rates: dict[int, Decimal]  # year -> rate (0.0005 = 0.5‰)


@dataclass(frozen=True)
class Programme:
    code: str
    name_zh: str
    name_en: str
    document: str  # 文号
    seeds: tuple[str, ...]
    start: date
    end: date | None
    test: str  # of TESTS
    lookback_years: int | None  # N of no_loan_within_years
    discount: str  # of DISCOUNT
    personal_business: str  # of PERSONAL_BUSINESS
    ledger_day: int | None = 10  # the monthly ledger is due on this day of the next month
    quarterly_due_days: int | None = None  # the quarter's figures are due this many days after it
    half_year_list: bool = False  # the list is renewed every half year: remind to import it
    subsidy: Subsidy | None = None
    targets: tuple[DefaultTarget, ...] = ()
    rate_floor: Decimal | None = None  # 首贷率 to reach (%)
    rate_goal: Decimal | None = None  # 首贷率 to strive for (%)
    local_bank: bool | None = None  # 新乡: the officer's bank is in 新乡 (None: from the profile's names)
    edited: dict[str, Any] = field(default_factory=dict)  # the officer's changes to the seed's profile

    @property
    def seed_texts(self) -> list[Seed]:
        return [SEEDS[s] for s in self.seeds]

    def first_loan_text(self, language: str | None = None) -> str:
        text = _TEST_TEXT[self.test]
        zh = text.format(n=self.lookback_years or 5)
        en = text.en.format(n=self.lookback_years or 5)
        zh += _DISCOUNT_TEXT[self.discount] + _PERSONAL_TEXT[self.personal_business]
        en += _DISCOUNT_TEXT[self.discount].en + _PERSONAL_TEXT[self.personal_business].en
        return Message(zh, en).text(language)

    def name(self, language: str | None = None) -> str:
        return Message(self.name_zh, self.name_en).text(language)


_TEST_TEXT = {
    "never_loan_or_discount": Message(
        "征信报告从未有过贷款或票据贴现记录", "the credit report shows never a loan or a bill discount"
    ),
    "no_loan_record": Message(
        "首次获得贷款（征信报告无贷款记录）", "the firm's first loan ever (no loan on the credit report)"
    ),
    "no_loan_within_years": Message(
        "征信报告近{n}年内无贷款记录", "no loan on the credit report in the last {n} years"
    ),
}
_DISCOUNT_TEXT = {
    "first": Message("；首笔票据贴现即计为首贷", "; a first bill discount counts as the first loan"),
    "blocks": Message(
        "；票据贴现不计为首贷，但其后的贷款也不再是首贷",
        "; a bill discount is not a first loan, and no loan after it is",
    ),
    "ignored": Message("；票据贴现不视为贷款", "; a bill discount is not a loan"),
}
_PERSONAL_TEXT = {
    "individuals": Message(
        "；个体工商户的个人经营性贷款计入", "; personal business loans of individual businesses count"
    ),
    "all": Message(
        "；小微企业主、个体工商户经营性贷款计入",
        "; business loans of small-firm owners and individual businesses count",
    ),
}

_XINZHOU_TARGETS = (
    DefaultTarget("county", "*", "year", firms=300, first_loans=200),
    DefaultTarget("county", "忻州市区", "year", firms=600, first_loans=400),
    DefaultTarget("bank_kind", "state", "year", firms=500, first_loans=340),
    DefaultTarget("bank_kind", "joint_stock", "year", firms=140, first_loans=100),
    DefaultTarget("bank_kind", "city", "year", firms=140, first_loans=100),
    DefaultTarget("bank_kind", "rural", "year", firms=800, first_loans=500),
    DefaultTarget("bank_kind", "village", "year", firms=20, first_loans=10),
)

PROGRAMMES: dict[str, Programme] = {
    "zhejiang": Programme(
        "zhejiang", "浙江省小微企业和个体工商户首贷户培育工作方案",
        "Zhejiang: first-loan cultivation of small firms and individual businesses",
        "浙银保监发〔2020〕15号", ("000", "002"), date(2020, 1, 1), None,
        "no_loan_record", None, "ignored", "individuals",
    ),
    "xinxiang": Programme(
        "xinxiang", "新乡市小微企业和个体工商户首次贷款拓展专项行动方案（2022—2025年）",
        "Xinxiang: first-loan drive for small firms and individual businesses (2022–2025)",
        "新金〔2022〕88号", ("001",), date(2022, 12, 1), date(2025, 12, 31),
        "never_loan_or_discount", None, "blocks", "individuals",
        subsidy=Subsidy("新乡", "Xinxiang", {2022: Decimal("0.0005")}),
        targets=(DefaultTarget("city", "全市", "programme", first_loans=20000, amount=Decimal(2000000)),),
    ),
    "xinzhou": Programme(
        "xinzhou", "忻州市普惠小微企业首贷培植行动方案", "Xinzhou: first-loan cultivation of inclusive small firms",
        "忻银发〔2020〕80号", ("003",), date(2020, 9, 1), None,
        "no_loan_within_years", 5, "ignored", "individuals",
        quarterly_due_days=10, targets=_XINZHOU_TARGETS, rate_floor=Decimal(30), rate_goal=Decimal(40),
    ),
    "quanzhou": Programme(
        "quanzhou", "泉州市民营和小微企业首贷辅导培育三年行动方案（2024-2026年）",
        "Quanzhou: three-year first-loan coaching of private and small firms (2024–2026)",
        "泉银〔2024〕29号", ("004",), date(2024, 1, 1), date(2026, 12, 31),
        "never_loan_or_discount", None, "first", "all",
        quarterly_due_days=15, half_year_list=True,
        targets=(DefaultTarget("city", "全市", "programme", first_loans=40000),),
    ),
    "custom": Programme(
        "custom", "自定义项目口径", "Custom programme", "", (), date(2020, 1, 1), None,
        "never_loan_or_discount", 5, "blocks", "individuals",
    ),
}  # fmt: skip

# Where nothing is stored: the rule the app applied before programmes existed.
DEFAULT_CODE = "custom"


def programme(code: str) -> Programme:
    if code not in PROGRAMMES:
        raise DomainError(
            f"没有名为“{code}”的项目口径，可选：{'、'.join(CODES)}",
            en=f"There is no programme “{code}”; the choices are: {', '.join(CODES)}",
        )
    return PROGRAMMES[code]


def _choice(name: str, value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise DomainError(
            f"项目设置“{name}”的值“{value}”无效，可选：{'、'.join(choices)}",
            en=f"The programme setting “{name}” cannot be “{value}”; the choices are: {', '.join(choices)}",
        )
    return str(value)


def _years(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 30:
        raise DomainError(
            f"回溯年数应为 1 到 30 的整数，实为 {value}",
            en=f"The look-back should be a whole number of years from 1 to 30, not {value}",
        )
    return value


def _days(value: Any) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 90:
        raise DomainError(
            f"季度报送天数应为 1 到 90 的整数，实为 {value}",
            en=f"The days to report a quarter should be a whole number from 1 to 90, not {value}",
        )
    return value


def _rate(value: Any) -> Decimal | None:
    if value is None:
        return None
    number = Decimal(str(value))
    if not number.is_finite() or not 0 <= number <= 100:
        raise DomainError(
            f"首贷率目标应在 0 到 100 之间，实为 {value}",
            en=f"A first-loan rate target should be 0 to 100, not {value}",
        )
    return number


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise DomainError(
            f"日期“{value}”无效，应为 YYYY-MM-DD", en=f"The date “{value}” is not valid: give YYYY-MM-DD"
        ) from exc


# Settings any profile may change, and those only the custom profile may.
EDITABLE = ("lookback_years", "rate_floor", "rate_goal", "local_bank", "targets")
CUSTOM_ONLY = (
    "test",
    "discount",
    "personal_business",
    "quarterly_due_days",
    "half_year_list",
    "start",
    "end",
)


def programme_from_settings(stored: dict[str, Any] | None) -> Programme:
    """The stored profile: a seed's programme with the officer's edits (``{"code": ..., "edits": {...}}``)."""
    stored = stored or {}
    base = programme(str(stored.get("code") or DEFAULT_CODE))
    edits = dict(stored.get("edits") or {})
    unknown = set(edits) - set(EDITABLE) - (set(CUSTOM_ONLY) if base.code == "custom" else set())
    if unknown:
        raise DomainError(
            f"项目“{base.name_zh}”不能修改：{'、'.join(sorted(unknown))}",
            en=f"The programme “{base.name_en}” does not let you change: {', '.join(sorted(unknown))}",
        )
    changes: dict[str, Any] = {}
    for key, value in edits.items():
        if key == "lookback_years":
            changes[key] = _years(value)
        elif key in ("rate_floor", "rate_goal"):
            changes[key] = _rate(value)
        elif key == "local_bank":
            changes[key] = None if value is None else bool(value)
        elif key == "targets":
            changes[key] = tuple(_target(t) for t in value)
        elif key == "test":
            changes[key] = _choice(key, value, TESTS)
        elif key == "discount":
            changes[key] = _choice(key, value, DISCOUNT)
        elif key == "personal_business":
            changes[key] = _choice(key, value, PERSONAL_BUSINESS)
        elif key == "quarterly_due_days":
            changes[key] = _days(value)
        elif key == "half_year_list":
            changes[key] = bool(value)
        elif key in ("start", "end"):
            changes[key] = _date(value)
    result = replace(base, **changes, edited=edits)
    if result.test == "no_loan_within_years" and result.lookback_years is None:
        result = replace(result, lookback_years=5)
    if result.start is None or (result.end is not None and result.end < result.start):
        raise DomainError("项目的结束日期早于开始日期", en="The programme ends before it starts")
    return result


def _target(value: dict[str, Any]) -> DefaultTarget:
    amount = value.get("amount")
    return DefaultTarget(
        str(value["scope_kind"]),
        str(value["scope_name"]),
        str(value.get("period", "year")),
        value.get("firms"),
        value.get("first_loans"),
        None if amount is None else Decimal(str(amount)),
    )


def target_json(target: DefaultTarget) -> dict[str, Any]:
    return {
        "scope_kind": target.scope_kind,
        "scope_name": target.scope_name,
        "period": target.period,
        "firms": target.firms,
        "first_loans": target.first_loans,
        "amount": None if target.amount is None else str(target.amount),
    }


_TESTS: dict[str, ReportTest] = {
    "never_loan_or_discount": never_loan_or_discount,
    "no_loan_record": no_loan_record,
}


def first_loan_rule(prog: Programme, entity_type: str | None) -> FirstLoanRule:
    """The 首贷 rule of the programme for a firm of this entity type (个人经营性贷款 count for 个体工商户,
    and for 小微企业主 too where the seed says so)."""
    not_loan: set[str] = set()
    never_first: set[str] = set()
    if prog.discount == "blocks":
        never_first.add("discount")
    elif prog.discount == "ignored":
        not_loan.add("discount")
    if prog.personal_business == "individuals" and entity_type != "individual":
        not_loan.add("personal_business")
    if prog.test == "no_loan_within_years":
        years = prog.lookback_years or 5
        return FirstLoanRule(
            NoLoanWithinYears(years),
            frozenset(never_first),
            frozenset(not_loan),
            fails=Message(
                f"征信显示该企业近{years}年内有贷款记录，本笔不计为首贷",
                f"The credit report shows a loan in the last {years} years: this loan is not a first loan",
            ),
            unknown=Message(
                f"尚未登记征信情况（近{years}年内有无贷款记录、最近一笔贷款结清日期），本笔首贷待核实：请在档案中补录征信信息",
                f"The credit report facts (any loan in the last {years} years, the date the latest loan was "
                "settled) are not recorded yet, so this first loan is unverified: record them in the dossier",
            ),
            facts=("has_loan_record", "last_loan_settled_on", "credit_lookback_years", "credit_query_date"),
        )
    if prog.test == "no_loan_record":
        return FirstLoanRule(
            no_loan_record,
            frozenset(never_first),
            frozenset(not_loan),
            fails=Message(
                "征信显示该企业此前已有贷款记录，本笔不计为首贷",
                "The credit report shows an earlier loan: this loan is not a first loan",
            ),
            unknown=Message(
                "尚未登记征信情况（有无贷款记录），本笔首贷待核实：请在档案中补录征信信息",
                "The credit report facts (any loan on record) are not recorded yet, so this first loan is "
                "unverified: record them in the dossier",
            ),
            facts=("has_loan_record",),
        )
    return FirstLoanRule(_TESTS[prog.test], frozenset(never_first), frozenset(not_loan))


def rule_fingerprint(prog: Programme) -> str:
    """What the stored 首贷 verdicts depend on: when it changes, every firm with loans is judged again."""
    return f"{prog.test}:{prog.lookback_years or ''}:{prog.discount}:{prog.personal_business}"
