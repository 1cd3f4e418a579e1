"""The printed 受理回告单 given to the firm: the demand's facts, what the bank decided or does next, and
room for the branch's seal."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.domain.money import format_wan
from desktop.domain.replies import Reply, ReplyFacts
from desktop.reports.fonts import PdfFont
from desktop.reports.pdf_base import BODY_W, PrintHeader, Styles, build_pdf, facts_table


def _seal(s: Styles, bank: str, reply: Reply) -> Table:
    text = f"{s.font.markup(bank)}（盖章）<br/><br/><br/>{reply.on.year} 年 {reply.on.month} 月 {reply.on.day} 日"
    t = Table([["", Paragraph(text, s.body)]], colWidths=[BODY_W * 0.5, BODY_W * 0.5], rowHeights=[30 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def write_reply(target: str, facts: ReplyFacts, reply: Reply, header: PrintHeader, font: PdfFont) -> None:
    s = Styles(font)
    pairs = [
        ("企业名称", facts.firm_name),
        ("统一社会信用代码", facts.uscc),
        ("需求日期", facts.received_on.isoformat()),
        ("申请金额（万元）", format_wan(facts.amount)),
        ("申请产品", facts.product or ""),
        ("正式受理日期", facts.accepted_on.isoformat() if facts.accepted_on else ""),
        ("审批决定日期", facts.decided_on.isoformat() if facts.decided_on else ""),
        ("回告编号", f"{header.printed_on.strftime('%Y%m%d')}-{facts.demand_id}"),
    ]
    story: list[Flowable] = [
        s.p(reply.title, s.title),
        s.p(f"{header.bank}{header.branch}", s.subtitle),
        facts_table(s, pairs),
        Spacer(0, 8),
        s.p(f"{facts.firm_name}："),
        Spacer(0, 3),
    ]
    for paragraph in reply.paragraphs:
        story += [s.p("　　" + paragraph), Spacer(0, 3)]
    story += [Spacer(0, 12), _seal(s, f"{header.bank}{header.branch}", reply)]
    build_pdf(target, [(f"reply-{facts.demand_id}", reply.title, story)], header, font, title=reply.title)
