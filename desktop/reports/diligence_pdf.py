"""The 尽职免责 evidence sheet of one first loan: the facts from the record, the points of due diligence
checked on them, and the audit entries (with their hashes and one digest) that prove them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Spacer

from desktop.domain.diligence import Check
from desktop.reports.fonts import PdfFont
from desktop.reports.pdf_base import PrintHeader, Styles, build_pdf, facts_table, signature_boxes, table


@dataclass(frozen=True)
class EvidenceEntry:
    id: int
    at: str
    actor: str
    summary: str
    hash: str


@dataclass(frozen=True)
class DiligenceSheet:
    key: str  # the loan's id
    firm_name: str
    uscc: str
    facts: list[tuple[str, object]]  # label, value
    visits: list[tuple[str, str, str, str]]  # date, mode, officer, findings
    steps: list[tuple[str, str, str, str, str]]  # demand, step, deadline, done on, status
    checks: list[Check]
    entries: list[EvidenceEntry]
    total_entries: int
    digest: str
    chain_intact: bool
    head_hash: str


def _mark(met: bool | None) -> str:
    return "√ 符合" if met else ("× 不符合" if met is False else "？待核实")


def _story(s: Styles, sheet: DiligenceSheet) -> list[Flowable]:
    story: list[Flowable] = [
        s.p("首贷尽职免责证明材料", s.title),
        s.p(f"{sheet.firm_name}　{sheet.uscc}", s.subtitle),
        facts_table(s, sheet.facts),
        s.p("尽职要点（由系统记录自动核对）", s.h2),
        table(
            s,
            ("要点", "核对", "依据"),
            [(c.label, _mark(c.met), c.detail) for c in sheet.checks],
            (2.2, 0.9, 3.6),
        ),
        s.p("走访对接", s.h2),
        table(s, ("日期", "方式", "客户经理", "了解情况"), sheet.visits, (1, 1, 1, 4)),
        s.p("“211”办理", s.h2),
        table(s, ("需求", "步骤", "时限", "办理日期", "状态"), sheet.steps, (0.8, 1.6, 1, 1, 1)),
        s.p("审计记录（哈希链）", s.h2),
        table(
            s,
            ("编号", "时间", "操作人", "摘要", "哈希（前 16 位）"),
            [(e.id, e.at, e.actor, e.summary, e.hash[:16]) for e in sheet.entries],
            (0.6, 1.4, 0.8, 3.4, 1.3),
        ),
        Spacer(0, 3),
        s.p(
            f"以上 {len(sheet.entries)} 条记录（该企业共 {sheet.total_entries} 条）的证据摘要 SHA-256：{sheet.digest}"
        ),
        s.p(
            f"审计日志哈希链：{'完整，未发现删改' if sheet.chain_intact else '发现删改，请运行 firstloan check 查看'}；"
            f"链尾哈希 {sheet.head_hash}"
        ),
        Spacer(0, 6),
        signature_boxes(s),
    ]
    return story


def write_diligence(
    target: str, sheets: Sequence[DiligenceSheet], header: PrintHeader, font: PdfFont
) -> None:
    s = Styles(font)
    sections = [
        (f"loan-{sheet.key}", f"尽职免责证明 · {sheet.firm_name}", _story(s, sheet)) for sheet in sheets
    ]
    build_pdf(target, sections, header, font, title="首贷尽职免责证明材料")
