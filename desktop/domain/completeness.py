"""How complete a firm's dossier (一企一档) is: a simple checklist of what the seeds ask banks to know.

A stand-in until the cultivation-work issue's own completeness rule is merged: each item is present or
missing; the score is the share present. The plan item only counts once the firm is being cultivated.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.vocabulary import CRITERIA


@dataclass(frozen=True)
class DossierFacts:
    legal_rep: bool
    address: bool
    industry: bool
    phone: bool
    contact: bool
    main_business: bool
    employees: bool
    annual_sales: bool
    credit_report_checked: bool  # loan and discount record both known
    criteria_known: frozenset[str]
    visits: int
    needs_plan: bool
    has_plan: bool


@dataclass(frozen=True)
class Completeness:
    done: int
    total: int
    missing: tuple[str, ...]

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100


def evaluate_completeness(f: DossierFacts) -> Completeness:
    items = [
        ("法定代表人", f.legal_rep),
        ("经营地址", f.address),
        ("所属行业", f.industry),
        ("联系电话", f.phone),
        ("联系人", f.contact),
        ("主营业务", f.main_business),
        ("从业人数", f.employees),
        ("年销售收入", f.annual_sales),
        ("征信查询（贷款、贴现记录）", f.credit_report_checked),
        *((f"筛选条件：{t.zh}", t.code in f.criteria_known) for t in CRITERIA),
        ("走访记录", f.visits > 0),
    ]
    if f.needs_plan:
        items.append(("一企一策培植方案", f.has_plan))
    missing = tuple(label for label, present in items if not present)
    return Completeness(len(items) - len(missing), len(items), missing)
