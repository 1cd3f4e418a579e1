"""The printed dossier (一企一档) and the printable plan (一企一策) of one firm, or many in one file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import IO

from reportlab.platypus import Flowable, Spacer

from desktop.domain.money import format_wan
from desktop.domain.names import mask_phone
from desktop.domain.stages import Stage
from desktop.domain.uscc import EntityType
from desktop.domain.vocabulary import CRITERIA, DIAGNOSES, FIRM_SIZES, MEASURES, POLICY_TAGS, SOURCE_CHANNELS
from desktop.reports import dossier_sections as sections
from desktop.reports.dossier_data import DossierData
from desktop.reports.fonts import PdfFont
from desktop.reports.pdf_base import PrintHeader, Styles, build_pdf, facts_table, signature_boxes, table
from desktop.store.models import Dossier


def _d(value: object) -> str:
    return "" if value is None else str(value)


def _yes_no(value: bool | None) -> str:
    return "未知" if value is None else ("有" if value else "无")


def _stage(code: str | None) -> str:
    return Stage(code).label_zh if code else ""


def _firm_facts(s: Styles, data: DossierData, full: bool) -> Flowable:
    f = data.firm
    phone = f.phone if full else mask_phone(f.phone)
    return facts_table(
        s,
        [
            ("企业名称", f.name),
            ("统一社会信用代码", f.uscc),
            (
                "主体类型",
                EntityType(f.entity_type).label_zh
                if f.entity_type in EntityType._value2member_map_
                else f.entity_type,
            ),
            ("企业规模", FIRM_SIZES.zh(f.size)),
            ("法定代表人", f.legal_rep),
            ("所属行业", f.industry),
            ("所属县（市、区）", f.county),
            ("成立日期", f.founded),
            ("经营地址", f.address),
            ("注册资本（万元）", format_wan(f.registered_capital)),
            ("联系电话", phone),
            ("基本户开户行", f.basic_account_bank),
            ("服务银行数", f.banks_serving),
            ("当前阶段", _stage(f.stage)),
            (
                "来源",
                "名单推送" if f.source == "list" else f"自主发现（{SOURCE_CHANNELS.zh(f.source_channel)}）",
            ),
            ("对接银行 / 网点", f"{_d(f.assigned_bank)} {_d(f.assigned_branch)}".strip()),
            ("客户经理", f.assigned_officer),
        ],
    )


def _plan_flowables(s: Styles, data: DossierData) -> list[Flowable]:
    plan = data.plan
    if plan is None:
        return [s.p("（尚未制定培植方案）")]
    out: list[Flowable] = [
        facts_table(
            s,
            [
                (
                    "方案版本",
                    f"第 {plan.version} 版（{(plan.drawn_on or plan.created_at.date()).isoformat()}，{plan.created_by}）",
                ),
                ("目标产品", plan.target_product),
                ("目标金额（万元）", format_wan(plan.target_amount)),
                ("目标日期", plan.target_date),
                ("培植诊断", "、".join(DIAGNOSES.zh(c) for c in plan.diagnosis)),
                ("诊断说明", plan.diagnosis_note),
                ("培植措施", "、".join(MEASURES.zh(c) for c in plan.measures)),
                ("措施说明", plan.measures_note),
                ("备注", plan.note),
            ],
        ),
        Spacer(0, 4),
        s.p("培植任务", s.label),
        table(
            s,
            ("序号", "任务", "负责人", "完成期限", "状态", "完成日期", "完成情况"),
            [
                (
                    i,
                    t.title,
                    _d(t.owner),
                    _d(t.due),
                    "已完成" if t.done else "未完成",
                    _d(t.done_on),
                    _d(t.done_note),
                )
                for i, t in enumerate(data.tasks, start=1)
            ],
            (0.5, 3, 1, 1.2, 0.9, 1.2, 2),
        ),
    ]
    return out


def _criteria(d: Dossier) -> str:
    notes = d.criteria_notes or {}
    parts = []
    for t in CRITERIA:
        met = "是" if d.criteria.get(t.code) else "否" if t.code in d.criteria else "未知"
        parts.append(f"{t.zh}：{met}" + (f"（{notes[t.code]}）" if notes.get(t.code) else ""))
    return "；".join(parts)


def _dossier_facts(s: Styles, d: Dossier) -> Flowable:
    tags = [POLICY_TAGS.zh(t) for t in d.policy_tags] + list(d.free_tags or [])
    return facts_table(
        s,
        [
            ("主营业务", d.main_business),
            ("从业人数", d.employees),
            ("年销售收入（万元）", format_wan(d.annual_sales)),
            ("年纳税额（万元）", format_wan(d.taxes_paid)),
            ("社保缴纳人数", d.social_insurance_headcount),
            ("水电等替代数据", d.utilities_note),
            ("征信贷款记录", _yes_no(d.has_loan_record)),
            ("征信贴现记录", _yes_no(d.has_discount_record)),
            ("征信查询年限", d.credit_lookback_years),
            ("征信查询日期", d.credit_query_date),
            ("最近一笔贷款结清日期", d.last_loan_settled_on),
            ("可抵押物", d.collateral),
            ("可选担保方式", d.guarantee_options),
            ("政策标签", "、".join(tags)),
            ("五项筛选条件", _criteria(d)),
            ("备注", d.notes),
        ],
    )


def dossier_flowables(s: Styles, data: DossierData, *, full: bool) -> list[Flowable]:
    f, d = data.firm, data.dossier
    out: list[Flowable] = [
        s.p("一企一档 · 企业培植档案", s.title),
        s.p(f"{f.name}　统一社会信用代码：{f.uscc}", s.subtitle),
        s.p("一、企业基本信息", s.h2),
        _firm_facts(s, data, full),
        s.p("二、所在名单", s.h2),
        table(s, ("名单", "状态"), [(n, "在册" if a else "已移出") for n, a in data.lists], (5, 1)),
        s.p("三、阶段变化", s.h2),
        sections.stages_table(s, data),
        s.p("四、档案信息", s.h2),
        s.p("（尚未建立档案信息）") if d is None else _dossier_facts(s, d),
        Spacer(0, 4),
        s.p("联系人", s.label),
        sections.contacts_table(s, data, full),
        Spacer(0, 4),
        s.p("服务银行", s.label),
        sections.banks_table(s, data),
        s.p("五、一企一策培植方案（当前版本）", s.h2),
        *_plan_flowables(s, data),
        s.p("六、走访记录", s.h2),
        sections.visits_table(s, data),
        *sections.demand_flowables(s, data),
        s.p("八、授信与贷款", s.h2),
        sections.credits_table(s, data),
        Spacer(0, 4),
        sections.loans_table(s, data),
        s.p("九、档案完整度", s.h2),
        s.p(
            f"完整度 {data.completeness.score}%"
            + (
                f"；待补充：{'、'.join(data.completeness.missing)}"
                if data.completeness.missing
                else "；各项齐全"
            )
        ),
        Spacer(0, 10),
        signature_boxes(s),
    ]
    return out


def plan_flowables(s: Styles, data: DossierData) -> list[Flowable]:
    f = data.firm
    return [
        s.p("一企一策 · 首贷培植方案", s.title),
        s.p(f"{f.name}　统一社会信用代码：{f.uscc}", s.subtitle),
        s.p("企业概况", s.h2),
        facts_table(
            s,
            [
                ("法定代表人", f.legal_rep),
                ("所属行业", f.industry),
                ("所属县（市、区）", f.county),
                ("当前阶段", _stage(f.stage)),
                ("客户经理", f.assigned_officer),
                ("对接银行", f.assigned_bank),
            ],
        ),
        s.p("培植方案", s.h2),
        *_plan_flowables(s, data),
        Spacer(0, 10),
        signature_boxes(s),
    ]


def write_dossiers(
    target: str | IO[bytes],
    items: Sequence[DossierData],
    header: PrintHeader,
    font: PdfFont,
    *,
    plan_only: bool = False,
    on_section: Callable[[int], None] | None = None,
) -> None:
    """One PDF holding each firm's dossier (or plan), each numbered 第 X 页 共 Y 页 on its own."""
    s = Styles(font)
    kind = "一企一策" if plan_only else "一企一档"
    sections = [
        (
            data.firm.uscc,
            f"{kind} · {data.firm.name}",
            plan_flowables(s, data) if plan_only else dossier_flowables(s, data, full=header.full_copy),
        )
        for data in items
    ]
    title = f"{kind} · {items[0].firm.name}" if len(items) == 1 else f"{kind}（{len(items)} 户）"
    build_pdf(target, sections, header, font, title=title, on_section=on_section)
