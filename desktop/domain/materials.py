"""The monthly materials sent with the ledger (seed 003 八(二): 宣传活动总结, 帮扶活动总结, 经验做法, 创新产品,
典型案例; seed 001: 首次贷款案例和经验做法): the counts of a month's activities by kind, the drafts the officer
starts from, and the document both writers (.docx and .pdf) lay out the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.domain.activities import ACTIVITY_KINDS, SUMMARY_KINDS, SUMMARY_TITLES
from desktop.domain.money import format_wan

EXPERIENCE = "experience"
SECTIONS = ("publicity", "mentoring", EXPERIENCE)  # the texts an officer may write over the drafts


@dataclass(frozen=True)
class ActivityFact:
    on: date
    kind: str
    title: str
    place: str | None
    organiser: str | None
    firms: tuple[str, ...]  # credit codes of the firms that took part


@dataclass(frozen=True)
class Summary:
    """One month's activities of one summary (宣传 or 帮扶)."""

    section: str
    activities: tuple[ActivityFact, ...]
    by_kind: dict[str, int]  # kind -> activities, in ACTIVITY_KINDS order
    firms_reached: int  # distinct firms across them
    participations: int  # firm-activity pairs

    @property
    def count(self) -> int:
        return len(self.activities)

    @property
    def dates(self) -> list[date]:
        return sorted({a.on for a in self.activities})


def summarise(section: str, activities: Sequence[ActivityFact]) -> Summary:
    mine = tuple(a for a in activities if a.kind in SUMMARY_KINDS[section])
    counts = Counter(a.kind for a in mine)
    by_kind = {k: counts[k] for k in ACTIVITY_KINDS.codes() if counts[k]}
    firms = {code for a in mine for code in a.firms}
    return Summary(section, mine, by_kind, len(firms), sum(len(a.firms) for a in mine))


def _month_words(year: int, month: int) -> str:
    return f"{year} 年 {month} 月"


def draft_summary(summary: Summary, unit: str, year: int, month: int) -> str:
    """The draft 宣传活动总结 / 帮扶活动总结 for the month, from its activities."""
    title = SUMMARY_TITLES[summary.section][0].removesuffix("总结")
    if not summary.activities:
        return f"{_month_words(year, month)}，{unit}未开展{title}。"
    kinds = "、".join(f"{ACTIVITY_KINDS.zh(k)} {n} 场" for k, n in summary.by_kind.items())
    days = "、".join(f"{d.month} 月 {d.day} 日" for d in summary.dates)
    lines = [
        f"{_month_words(year, month)}，{unit}共开展{title} {summary.count} 场（{kinds}），"
        f"分别于 {days} 举办，覆盖企业 {summary.firms_reached} 户（{summary.participations} 户次）。"
    ]
    for a in summary.activities:
        where = f"在{a.place}" if a.place else ""
        who = f"由{a.organiser}组织，" if a.organiser else ""
        lines.append(
            f"{a.on.month} 月 {a.on.day} 日，{who}{where}举办{ACTIVITY_KINDS.zh(a.kind)}“{a.title}”，{len(a.firms)} 户企业参加。"
        )
    return "\n".join(lines)


@dataclass(frozen=True)
class CaseFacts:
    firm_name: str
    diagnosis: Sequence[str]  # labels
    measures: Sequence[str]  # labels
    first_contact: date | None
    contacts: int  # visits and activities
    credit_on: date | None
    credit_amount: Decimal | None
    guarantee: str | None  # label
    loan_on: date | None
    loan_amount: Decimal | None
    product: str | None


def draft_case(facts: CaseFacts) -> tuple[str, str]:
    """A short 典型案例 (title, text) from the firm's plan, contacts and loan, for the officer to edit."""
    title = f"{facts.firm_name}首贷培植案例"
    parts: list[str] = []
    if facts.first_contact is not None:
        parts.append(
            f"{facts.first_contact.isoformat()} 首次对接{facts.firm_name}，此后共走访、对接 {facts.contacts} 次。"
        )
    if facts.diagnosis:
        parts.append(f"经诊断，企业存在{'、'.join(facts.diagnosis)}等问题。")
    if facts.measures:
        parts.append(f"我行按照“一企一策”，采取{'、'.join(facts.measures)}等培植措施。")
    if facts.credit_on is not None and facts.credit_amount is not None:
        how = f"（{facts.guarantee}）" if facts.guarantee else ""
        parts.append(
            f"{facts.credit_on.isoformat()} 为企业授信 {format_wan(facts.credit_amount)} 万元{how}。"
        )
    if facts.loan_on is not None and facts.loan_amount is not None:
        product = f"，产品为“{facts.product}”" if facts.product else ""
        parts.append(
            f"{facts.loan_on.isoformat()} 发放首笔贷款 {format_wan(facts.loan_amount)} 万元{product}。"
        )
        if facts.first_contact is not None:
            parts.append(f"从首次对接到获得首贷历时 {(facts.loan_on - facts.first_contact).days} 天。")
    return title, "".join(parts) or f"{facts.firm_name}的培植情况。"


@dataclass(frozen=True)
class Block:
    """One piece of the materials: a heading, a paragraph or a table (``rows`` with ``header``)."""

    kind: str  # heading | paragraph | table
    text: str = ""
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    level: int = 1


@dataclass(frozen=True)
class MaterialsDoc:
    title: str
    subtitle: str
    blocks: list[Block] = field(default_factory=list)
