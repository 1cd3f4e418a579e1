"""What happened, in words: an audit event as a message object (a code and its arguments) and the one
renderer that writes it in Chinese or English — for the firm pane's 历史 tab and ``firstloan audit`` alike.

The audit entry keeps the raw facts (action, old, new); ``desktop.domain.event_entries.describe`` turns an
entry into an ``EventText`` and ``render`` writes it in the language asked for. No Qt here: the UI passes
its language, the command line the one of its environment.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from desktop.domain.errors import Message, is_english

# code -> (Chinese, English) templates; arguments in braces.
TEXTS: dict[str, tuple[str, str]] = {
    "visit.add": ("{on} 记录走访（{mode}）", "{on} visit recorded ({mode})"),
    "visit.follow_up_done": ("回访已完成{on}", "Follow-up done{on}"),
    "demand.add": (
        "{on} 登记融资需求（{channel}）{amount}",
        "{on} financing demand recorded ({channel}){amount}",
    ),
    "demand.feedback": ("{on} 反馈意向{intent}", "{on} feedback given{intent}"),
    "demand.conditions": ("{on} 企业满足授信条件", "{on} the firm met the credit conditions"),
    "demand.accept": ("{on} 正式受理融资需求", "{on} demand formally accepted"),
    "demand.decide": ("{on} 融资需求结果：{decision}{detail}", "{on} demand decided: {decision}{detail}"),
    "credit.add": ("{on} 授信 {amount} 万元（{guarantee}）", "{on} credit of {amount} 万元 ({guarantee})"),
    "loan.add": ("{on} 放款 {amount} 万元（{kind}）{first}", "{on} loan of {amount} 万元 ({kind}){first}"),
    "loan.first_loan_status": ("首贷认定：{old} → {new}", "First-loan verdict: {old} → {new}"),
    "stage.advance": ("{on} 阶段：{old} → {new}（{cause}）", "{on} stage: {old} → {new} ({cause})"),
    "stage.hand": (
        "{on} 手工调整阶段：{old} → {new}{reason}",
        "{on} stage moved by hand: {old} → {new}{reason}",
    ),
    "stage.correct": ("{on} 阶段更正：{old} → {new}{reason}", "{on} stage corrected: {old} → {new}{reason}"),
    "record.edit": ("修改{what}：{fields}；原因：{reason}", "{what} corrected: {fields}; reason: {reason}"),
    "record.void": ("作废{what}：{reason}", "{what} voided: {reason}"),
    "dossier.update": ("更新档案：{fields}", "Dossier updated: {fields}"),
    "dossier.contact_add": ("新增联系人 {name}", "Contact {name} added"),
    "dossier.bank_add": ("新增服务银行 {bank}", "Serving bank {bank} added"),
    "attachment.add": ("上传附件“{file}”（{kind}）", "Attachment “{file}” added ({kind})"),
    "plan.save": ("{on} 制定培植方案第 {version} 版", "{on} cultivation plan version {version} drawn up"),
    "plan.revise": ("{on} 修订培植方案，第 {version} 版", "{on} cultivation plan revised: version {version}"),
    "plan.task_add": ("新增培植任务“{title}”{due}", "Cultivation task “{title}” added{due}"),
    "plan.task_done": ("{on} 完成培植任务{title}{note}", "{on} cultivation task done{title}{note}"),
    "firm.add": ("新增企业 {name}（{source}）", "Firm {name} added ({source})"),
    "firm.edit": ("修改企业信息：{fields}", "Firm details edited: {fields}"),
    "target.set": ("设定 {year} 年目标：{scope}", "{year} target set: {scope}"),
    "profile.save": ("保存用户资料", "Profile saved"),
    "ledger.note": ("填写 {month} 台帐说明", "{month} ledger note written"),
    "ledger.export": ("导出 {month} 工作台帐：{rows} 户", "{month} work ledger exported: {rows} firms"),
    "list.import": (
        "导入名单“{list}”：新增 {new} 家，更新 {updated} 家",
        "List “{list}” imported: {new} new, {updated} updated",
    ),
    "list.undo": ("撤销名单“{list}”的导入", "Import of the list “{list}” undone"),
    "dossier.print": ("打印一企一档", "Dossier printed"),
    "plan.print": ("打印一企一策", "Plan printed"),
    "dossier.print_batch": ("批量打印一企一档", "Dossiers printed in a batch"),
    "export.recommendations": ("导出推荐名单", "Recommendation list exported"),
    "export.feedback": ("导出名单对接情况反馈", "List feedback exported"),
    "mapping.save": ("保存列映射方案", "Column mapping saved"),
    "mapping.delete": ("删除列映射方案", "Column mapping deleted"),
    "demo.fill": ("写入演示数据", "Demo data written"),
    "backup.restore": ("从备份恢复数据库", "Database restored from a backup"),
}

# Field names as the sentences name them (edits list the fields they changed).
FIELD_NAMES: dict[str, tuple[str, str]] = {
    "date": ("日期", "date"),
    "on": ("日期", "date"),
    "mode": ("方式", "mode"),
    "people": ("参与人员", "people"),
    "findings": ("了解情况", "findings"),
    "next_step": ("下一步", "next step"),
    "follow_up": ("回访日期", "follow-up date"),
    "received_on": ("需求日期", "demand date"),
    "channel": ("渠道", "channel"),
    "amount": ("金额", "amount"),
    "purpose": ("用途", "purpose"),
    "feedback_on": ("反馈日期", "feedback date"),
    "conditions_met_on": ("满足授信条件日期", "conditions-met date"),
    "accepted_on": ("受理日期", "acceptance date"),
    "decided_on": ("审批日期", "decision date"),
    "decision": ("审批结果", "decision"),
    "note": ("说明", "note"),
    "feedback_intent": ("初步意向", "preliminary intent"),
    "feedback_text": ("意向说明", "intent text"),
    "conditions": ("授信条件", "credit conditions"),
    "approved_amount": ("批准金额", "approved amount"),
    "decline_reason": ("不同意原因", "reason declined"),
    "guarantee": ("担保方式", "guarantee"),
    "product": ("产品", "product"),
    "rate": ("利率", "rate"),
    "term_months": ("期限", "term"),
    "bank": ("银行", "bank"),
    "demand_id": ("对应需求", "demand"),
    "kind": ("种类", "kind"),
    "credit_id": ("所用授信", "credit drawn on"),
    "reason": ("原因", "reason"),
    "name": ("名称", "name"),
    "role": ("职务", "role"),
    "phone": ("电话", "phone"),
    "id_number": ("证件号码", "ID number"),
    "primary": ("主要联系人", "main contact"),
    "roles": ("银行角色", "roles"),
    "credit_amount": ("授信金额", "credit amount"),
    "firms": ("培植户数", "firms"),
    "first_loans": ("首贷户数", "first loans"),
    "year": ("年份", "year"),
    "main_business": ("主营业务", "main business"),
    "employees": ("从业人数", "employees"),
    "annual_sales": ("年销售收入", "annual sales"),
    "taxes_paid": ("纳税额", "taxes paid"),
    "social_insurance_headcount": ("社保缴纳人数", "social insurance headcount"),
    "utilities_note": ("水电等替代数据", "alternative data"),
    "has_loan_record": ("征信贷款记录", "credit-report loan record"),
    "has_discount_record": ("征信贴现记录", "credit-report discount record"),
    "credit_lookback_years": ("征信查询年限", "look-back years"),
    "credit_query_date": ("征信查询日期", "credit report query date"),
    "last_loan_settled_on": ("最近一笔贷款结清日期", "last loan settled on"),
    "collateral": ("抵押物", "collateral"),
    "guarantee_options": ("可提供的担保方式", "guarantees offered"),
    "notes": ("备注", "notes"),
    "criteria": ("筛选条件", "screening criteria"),
    "criteria_notes": ("筛选条件说明", "criteria notes"),
    "policy_tags": ("政策标签", "policy tags"),
    "free_tags": ("自定义标签", "free tags"),
    "address": ("地址", "address"),
    "county": ("县区", "county"),
    "assigned_officer": ("客户经理", "officer"),
    "assigned_branch": ("网点", "branch"),
    "assigned_bank": ("对接银行", "bank"),
    "legal_rep": ("法定代表人", "legal representative"),
    "industry": ("行业", "industry"),
    "entity_type": ("主体类型", "entity type"),
    "size": ("企业规模", "size"),
    "founded": ("成立日期", "founding date"),
    "registered_capital": ("注册资本", "registered capital"),
    "basic_account_bank": ("基本户开户行", "basic account bank"),
    "banks_serving": ("服务银行数", "banks serving"),
    "owner": ("负责人", "owner"),
    "title": ("内容", "task"),
    "due": ("期限", "due date"),
}


@dataclass(frozen=True)
class EventText:
    """One event, as a code of ``TEXTS`` and its arguments: plain values (dates, amounts, names, as they
    are in both languages), ``Message`` values (bilingual words) or tuples of them (a list of words)."""

    code: str
    args: Mapping[str, object] = field(default_factory=dict)

    def render(self, language: str | None) -> str:
        return render(self, language)


def fields_text(names: Sequence[str]) -> tuple[Message, ...]:
    """The changed fields of an edit as words (an unknown name is shown as it is)."""
    return tuple(Message(*FIELD_NAMES[n]) if n in FIELD_NAMES else Message(n, n) for n in names)


def amount_text(value: object) -> str:
    """An amount in 万元 as people write it: 60, 52.5 (no trailing zeros)."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    return format(number.normalize(), "f")


def _arg(value: object, english: bool) -> str:
    if isinstance(value, Message):
        return value.text("en" if english else "zh_CN")
    if isinstance(value, tuple):
        return (", " if english else "、").join(_arg(v, english) for v in value)
    return "" if value is None else str(value)


def render(text: EventText, language: str | None) -> str:
    """The event in Chinese, or English when ``language`` is English; an unknown code shows its summary."""
    english = is_english(language)
    if text.code not in TEXTS:
        return _arg(text.args.get("summary", text.code), english)
    template = TEXTS[text.code][1 if english else 0]
    return template.format(**{key: _arg(value, english) for key, value in text.args.items()})
