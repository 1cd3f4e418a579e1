"""The printed dossier's record tables: stage changes, contacts, serving banks, visits, the 211 demands with
what the feedback and the decision said, credit and loans. A voided record is printed struck through with
its reason (the paper shows the correction, as the audit trail does)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from desktop.domain.money import format_wan
from desktop.domain.names import mask_id_number, mask_phone
from desktop.domain.stages import Stage
from desktop.domain.vocabulary import (
    BANK_ROLES,
    DECISIONS,
    DEMAND_CHANNELS,
    GUARANTEE_KINDS,
    LOAN_KINDS,
    VISIT_MODES,
)
from desktop.reports.dossier_data import DemandView, DossierData
from desktop.reports.pdf_base import Styles, table

CAUSES = {
    "visit": "走访",
    "demand": "融资需求",
    "plan": "培植方案",
    "credit": "授信",
    "loan": "放款",
    "hand": "手工调整",
    "correction": "更正",
    "import": "名单导入",
    "demo": "演示",
}
_STATUS = {"first": "是", "unverified": "待核实", "not_first": "否"}


def money(value: Decimal | None) -> str:
    return format_wan(value)  # the one money formatter: two decimals, half up


def text(value: object) -> str:
    return "" if value is None else str(value)


def stage_label(code: str | None) -> str:
    return Stage(code).label_zh if code else ""


def cells(s: Styles, record: Any, values: Sequence[object]) -> list[object]:
    """A row's cells; for a voided record, struck through, the last one saying why it was voided."""
    if getattr(record, "voided_at", None) is None:
        return list(values)
    out: list[object] = [Paragraph(f"<strike>{s.font.markup(v)}</strike>", s.cell) for v in values]
    note = s.font.markup(f"（已作废：{record.void_reason or ''}）")
    out[-1] = Paragraph(f"<strike>{s.font.markup(values[-1])}</strike><br/>{note}", s.cell)
    return out


def stages_table(s: Styles, data: DossierData) -> Flowable:
    return table(
        s,
        ("日期", "原阶段", "新阶段", "原因类别", "说明", "操作人"),
        [
            cells(s, c, (c.on, stage_label(c.from_stage), stage_label(c.to_stage), CAUSES.get(c.cause, c.cause),
                         text(c.reason), c.actor))
            for c in data.stages
        ],
        (1.3, 1.1, 1.1, 1, 2.6, 0.9),
    )  # fmt: skip


def contacts_table(s: Styles, data: DossierData, full: bool) -> Flowable:
    return table(
        s,
        ("姓名", "职务", "电话", "证件号码", "主要联系人"),
        [
            cells(s, c, (c.name, text(c.role), c.phone if full else mask_phone(c.phone),
                         c.id_number if full else mask_id_number(c.id_number), "是" if c.is_primary else ""))
            for c in data.contacts
        ],
        (1.2, 1.2, 1.6, 2.2, 0.9),
    )  # fmt: skip


def _roles(bank: Any) -> str:
    columns = {
        "basic": "is_basic_account",
        "settlement": "has_settlement",
        "credit": "has_credit",
        "loan": "has_loan",
    }
    return "、".join(BANK_ROLES.zh(code) for code, column in columns.items() if getattr(bank, column, False))


def banks_table(s: Styles, data: DossierData) -> Flowable:
    return table(
        s,
        ("银行", "角色", "授信金额（万元）", "说明"),
        [cells(s, b, (b.bank, _roles(b), money(b.credit_amount), text(b.note))) for b in data.banks],
        (2, 1.8, 1.3, 2.3),
    )


def visits_table(s: Styles, data: DossierData) -> Flowable:
    return table(
        s,
        ("日期", "方式", "对接人员", "了解情况", "下一步", "回访日期"),
        [
            cells(s, v, (v.date, VISIT_MODES.zh(v.mode), text(v.people), text(v.findings), text(v.next_step),
                         text(v.follow_up)))
            for v in reversed(data.visits)
        ],
        (1.2, 1, 1.4, 3, 2, 1.2),
    )  # fmt: skip


def _feedback(d: Any) -> str:
    """What the feedback told the firm (seed 001: 初步意向 and the 授信条件 to meet)."""
    parts = []
    if d.feedback_intent is not None:
        parts.append(f"初步意向：{'可以办理' if d.feedback_intent else '暂不能办理'}")
    if d.feedback_text:
        parts.append(d.feedback_text)
    if d.conditions:
        parts.append("授信条件：" + "；".join(d.conditions))
    return "\n".join(parts)


def _result(d: Any) -> str:
    out = DECISIONS.zh(d.decision)
    if d.approved_amount is not None:
        out += f"\n批准 {money(d.approved_amount)} 万元"
    if d.decline_reason:
        out += f"\n原因：{d.decline_reason}"
    return out


def _step(view: DemandView, index: int) -> str:
    """A 211 step's status and deadline; a deadline in a year without its holiday notice is marked."""
    st = view.steps[index]
    unknown = "（日历未知）" if st.deadline and not st.calendar_known else ""
    return f"{st.status.label_zh}" + (f"\n期限 {st.deadline}{unknown}" if st.deadline else "")


def demands_table(s: Styles, data: DossierData) -> Flowable:
    return table(
        s,
        ("受理日期", "渠道", "金额（万元）", "反馈（2日）", "反馈内容", "受理（1日）", "审批（1日/合计2日）", "结果"),
        [
            cells(s, v.demand, (v.demand.received_on, DEMAND_CHANNELS.zh(v.demand.channel), money(v.demand.amount),
                                _step(v, 0), _feedback(v.demand), _step(v, 1), _step(v, 2), _result(v.demand)))
            for v in data.demands
        ],
        (1.1, 0.8, 0.9, 1.3, 2, 1.3, 1.3, 1.1),
    )  # fmt: skip


def demand_flowables(s: Styles, data: DossierData) -> list[Flowable]:
    """七、融资需求与“211”: each step's status and deadline (the decision's: the earlier of acceptance + 1
    and conditions met + 2 working days), with a note when a deadline falls in a year not known yet."""
    flowables: list[Flowable] = [s.p("七、融资需求与“211”办理时限", s.h2), demands_table(s, data)]
    if any(st.deadline and not st.calendar_known for v in data.demands for st in v.steps):
        flowables.append(
            s.p("注：标“日历未知”的时限计入了尚未导入节假日安排的年份，暂按周一至周五推算。", s.label)
        )
    return flowables


def credits_table(s: Styles, data: DossierData) -> Flowable:
    return table(
        s,
        ("编号", "授信日期", "金额（万元）", "产品", "担保方式", "利率（%）", "期限（月）", "银行"),
        [
            cells(s, c, (c.id, c.date, money(c.amount), text(c.product), GUARANTEE_KINDS.zh(c.guarantee),
                         text(c.rate), text(c.term_months), text(c.bank)))
            for c in data.credits
        ],
        (0.6, 1.2, 1.1, 1.6, 1.2, 0.9, 0.9, 1.3),
    )  # fmt: skip


def loans_table(s: Styles, data: DossierData) -> Flowable:
    return table(
        s,
        ("放款日期", "金额（万元）", "种类", "所用授信", "期限（月）", "利率（%）", "首贷", "银行"),
        [
            cells(s, ln, (ln.date, money(ln.amount), LOAN_KINDS.zh(ln.kind), text(ln.credit_id),
                          text(ln.term_months), text(ln.rate), _STATUS.get(ln.first_loan_status, ""), text(ln.bank)))
            for ln in data.loans
        ],
        (1.2, 1.1, 1.5, 0.8, 0.9, 0.9, 0.7, 1.3),
    )  # fmt: skip
