"""The month's materials for the ledger submission: 宣传活动总结 and 帮扶活动总结 drafted from the month's
activities (the officer may write over a draft), 经验做法, the 创新产品 launched that month and the month's
典型案例 — one .docx or .pdf, so the monthly submission is one step.

The officer's texts are kept in the settings table under ``materials:YYYY-MM`` (one month's report, like
the ledger's notes), each audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.activities import ACTIVITY_KINDS, SUMMARY_TITLES
from desktop.domain.dates import month_bounds, parse_month
from desktop.domain.errors import DomainError
from desktop.domain.materials import (
    EXPERIENCE,
    SECTIONS,
    ActivityFact,
    Block,
    MaterialsDoc,
    Summary,
    draft_summary,
    summarise,
)
from desktop.domain.products import guarantees_text, rate_range, term_range
from desktop.exchange.materials_docx import write_materials_docx
from desktop.reports.fonts import load_font
from desktop.reports.materials_pdf import write_materials_pdf
from desktop.services.activity_views import activities_between
from desktop.services.cases import CaseView, cases_of
from desktop.services.printing import pdf_header
from desktop.services.workspace import Workspace
from desktop.store.atomic_file import atomic_output
from desktop.store.audit import append_audit
from desktop.store.models import Product
from desktop.store.protected_paths import refuse_protected_output
from desktop.store.settings import get_setting, set_setting

SECTION_TITLES = {**{k: v[0] for k, v in SUMMARY_TITLES.items()}, EXPERIENCE: "经验做法"}


class MaterialsError(DomainError):
    pass


@dataclass(frozen=True)
class MonthMaterials:
    month: str
    unit: str
    summaries: dict[str, Summary]  # publicity, mentoring
    drafts: dict[str, str]  # section -> the drafted text
    texts: dict[str, str]  # section -> the officer's text (absent: the draft stands)
    products: list[Product]
    cases: list[CaseView]

    def text(self, section: str) -> str:
        return self.texts.get(section) or self.drafts.get(section, "")


def _key(month: str) -> tuple[str, int, int]:
    year, mon = parse_month(month)
    return f"{year:04d}-{mon:02d}", year, mon


def _facts(session: Session, start: date, end: date) -> list[ActivityFact]:
    return [
        ActivityFact(v.on, v.kind, v.title, v.place, v.organiser, tuple(code for code, _ in v.firms))
        for v in activities_between(session, start, end)
    ]


def month_materials(ws: Workspace, month: str) -> MonthMaterials:
    key, year, mon = _key(month)
    start, end = month_bounds(year, mon)
    unit = ws.profile.unit or f"{ws.profile.bank}{ws.profile.branch}" or "我行"
    with ws.db.session() as session:
        facts = _facts(session, start, end)
        summaries = {s: summarise(s, facts) for s in SUMMARY_TITLES}
        drafts = {s: draft_summary(summary, unit, year, mon) for s, summary in summaries.items()}
        texts = dict(get_setting(session, f"materials:{key}", {}) or {})
        products = list(
            session.scalars(
                select(Product)
                .where(Product.live, Product.launched_on >= start, Product.launched_on <= end)
                .order_by(Product.launched_on, Product.id)
            )
        )
        for product in products:
            session.expunge(product)
        cases = cases_of(session, key)
    return MonthMaterials(key, unit, summaries, drafts, texts, products, cases)


def set_material_text(ws: Workspace, month: str, section: str, text: str) -> None:
    """The officer's own text for a section; an empty text goes back to the draft."""
    if section not in SECTIONS:
        raise MaterialsError(
            f"材料栏目“{section}”无效，应为：{'、'.join(f'{k}（{v}）' for k, v in SECTION_TITLES.items())}",
            en=f"Section “{section}” is not valid; it should be one of: {', '.join(SECTIONS)}",
        )
    key, _, _ = _key(month)
    with ws.db.write() as session:
        texts = dict(get_setting(session, f"materials:{key}", {}) or {})
        old = texts.get(section)
        if text.strip():
            texts[section] = text.strip()
        else:
            texts.pop(section, None)
        set_setting(session, f"materials:{key}", texts)
        append_audit(
            session,
            actor=ws.actor,
            action="materials.text",
            entity="report",
            entity_id=f"{key}:{section}",
            summary=f"{key} {SECTION_TITLES[section]}"
            + ("：改回系统草稿" if not text.strip() else "：已修改"),
            old={"text": old},
            new={"text": texts.get(section)},
        )


def _activity_table(summary: Summary) -> Block:
    rows = tuple(
        (
            a.on.isoformat(),
            ACTIVITY_KINDS.zh(a.kind),
            a.title,
            a.place or "",
            a.organiser or "",
            str(len(a.firms)),
        )
        for a in summary.activities
    )
    return Block(
        "table", header=("日期", "类型", "活动名称", "地点", "组织单位", "参加企业（户）"), rows=rows
    )


def _paragraphs(text: str) -> list[Block]:
    return [Block("paragraph", line) for line in text.splitlines() if line.strip()]


def build_document(m: MonthMaterials) -> MaterialsDoc:
    year, mon = int(m.month[:4]), int(m.month[5:])
    doc = MaterialsDoc(
        f"{m.unit}{year} 年 {mon} 月首贷培植工作材料",
        "宣传活动总结、帮扶活动总结、经验做法、创新产品及典型案例",
    )
    for number, section in enumerate(("publicity", "mentoring"), start=1):
        doc.blocks.append(Block("heading", f"{'一二'[number - 1]}、{SECTION_TITLES[section]}"))
        doc.blocks.extend(_paragraphs(m.text(section)))
        if m.summaries[section].activities:
            doc.blocks.append(_activity_table(m.summaries[section]))
    doc.blocks.append(Block("heading", "三、经验做法"))
    doc.blocks.extend(_paragraphs(m.text(EXPERIENCE)) or [Block("paragraph", "（本月未填写）")])
    doc.blocks.append(Block("heading", "四、创新产品"))
    if m.products:
        rows = tuple(
            (
                p.name,
                p.eligibility or "",
                rate_range(p.rate_min, p.rate_max),
                term_range(p.term_min_months, p.term_max_months),
                guarantees_text(p.guarantees or []),
                p.audience or "",
            )
            for p in m.products
        )
        doc.blocks.append(
            Block(
                "table",
                header=("产品名称", "准入条件", "利率区间", "期限", "担保方式", "适用对象"),
                rows=rows,
            )
        )
    else:
        doc.blocks.append(Block("paragraph", "本月未推出新产品。"))
    doc.blocks.append(Block("heading", "五、典型案例"))
    if not m.cases:
        doc.blocks.append(Block("paragraph", "本月未标注典型案例。"))
    for n, case in enumerate(m.cases, start=1):
        doc.blocks.append(Block("heading", f"案例{n}：{case.title}", level=2))
        doc.blocks.extend(_paragraphs(case.text))
    return doc


def export_materials(ws: Workspace, month: str, out: Path) -> Path:
    """Write the month's materials to ``out``: Word (.docx) or PDF (.pdf), as its suffix says."""
    suffix = out.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise MaterialsError(
            f"月度材料的文件名应以 .docx 或 .pdf 结尾：{out}",
            en=f"The materials' file name should end in .docx or .pdf: {out}",
        )
    refuse_protected_output(ws.data_dir, out)
    if not out.parent.exists():
        raise MaterialsError(f"目录不存在：{out.parent}", en=f"The folder does not exist: {out.parent}")
    materials = month_materials(ws, month)
    doc = build_document(materials)
    if suffix == ".docx":
        with atomic_output(out) as temp:
            write_materials_docx(temp, doc)
    else:
        write_materials_pdf(str(out), doc, pdf_header(ws, ws.today()), load_font())
    with ws.db.write() as session:
        append_audit(
            session,
            actor=ws.actor,
            action="materials.export",
            entity="report",
            entity_id=materials.month,
            summary=f"导出 {materials.month} 月度材料（{suffix[1:]}）",
            new={
                "file": str(out),
                "activities": {s: v.count for s, v in materials.summaries.items()},
                "products": len(materials.products),
                "cases": len(materials.cases),
            },
        )
    return out
