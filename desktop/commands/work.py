"""``firstloan visit|demand|credit|loan|stage``: recording the officer's work on a firm; listing, correcting
and voiding it is in corrections.py (the same commands' ``list``, ``edit`` and ``void``)."""

from __future__ import annotations

import argparse
import json
from datetime import date

from desktop.commands import CliContext, corrections
from desktop.domain.dates import parse_iso_date
from desktop.domain.errors import DomainError
from desktop.domain.stages import Stage
from desktop.services.credits import CreditInput, add_credit
from desktop.services.demands import (
    add_demand,
    firm_demands,
    record_acceptance,
    record_conditions_met,
    record_decision,
    record_feedback,
)
from desktop.services.loans import LoanInput, add_loan
from desktop.services.outcome import Outcome
from desktop.services.stage_moves import set_stage
from desktop.services.visits import VisitInput, add_visit
from desktop.store.jsonable import to_jsonable


def _date(text: str | None, what: str = "日期", what_en: str = "Date") -> date | None:
    return None if text is None else parse_iso_date(text, what, what_en)


def _id(text: str, what: str, what_en: str) -> int:
    if not text.strip().isdigit():
        raise DomainError(
            f"{what}编号“{text}”无效，应为正整数",
            en=f"{what_en} number “{text}” is not valid; it should be a positive whole number",
        )
    return int(text)


def _report(ctx: CliContext, outcome: Outcome, what: str) -> int:
    print(f"已登记{what}（编号 {outcome.id}）：{outcome.uscc}", file=ctx.out)
    if outcome.stage_move:
        move = outcome.stage_move
        print(f"阶段：{Stage(move.from_stage).label_zh} → {Stage(move.to_stage).label_zh}", file=ctx.out)
    for warning in outcome.warnings:
        ctx.warn(warning)
    return 0


_STEP_LABELS = {"feedback": "反馈", "conditions": "满足授信条件日期", "accept": "正式受理", "decide": "结果"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("visit", help="走访 / visits")
    s = p.add_subparsers(dest="visit_command", required=True, metavar="{add,list,edit,void}")
    a = s.add_parser("add", help="登记走访或对接")
    a.add_argument("uscc")
    a.add_argument("--date", required=True, help="走访日期 YYYY-MM-DD")
    a.add_argument(
        "--mode", required=True, help="site 实地走访 / phone 电话 / online 线上 / matchmaking / center"
    )
    a.add_argument("--note", help="走访发现")
    a.add_argument("--people", help="见到的人")
    a.add_argument("--next", dest="next_step", help="下一步")
    a.add_argument("--follow-up", help="回访日期 YYYY-MM-DD")
    a.set_defaults(func=run_visit_add)
    corrections.register("visit", s)

    p = sub.add_parser("demand", help="融资需求（211） / financing demand")
    s = p.add_subparsers(
        dest="demand_command",
        required=True,
        metavar="{add,feedback,conditions,accept,decide,status,list,edit,void}",
    )
    a = s.add_parser("add", help="登记融资需求")
    a.add_argument("uscc")
    a.add_argument("--date", required=True, help="收到需求的日期")
    a.add_argument("--amount", help="需求金额（万元）")
    a.add_argument(
        "--channel", default="visit", help="loan_code 贷款码 / visit 走访 / platform 平台推送 / walk_in 到店"
    )
    a.add_argument("--purpose", help="用途")
    a.set_defaults(func=run_demand_add)
    for name, help_text in (
        ("feedback", "登记反馈意向（2个工作日内）"),
        ("conditions", "登记企业满足授信条件的日期"),
        ("accept", "登记正式受理（1个工作日内）"),
        ("decide", "登记审批决定（1个工作日内）或企业撤回"),
    ):
        step = s.add_parser(name, help=help_text)
        step.add_argument("demand_id", help="融资需求编号")
        step.add_argument("--date", required=True)
        if name == "feedback":
            step.add_argument("--intent", help="初步意向：yes 可以办理 / no 暂不能办理")
            step.add_argument("--text", help="意向说明")
            step.add_argument("--condition", action="append", default=[], help="需企业落实的授信条件，可重复")
        if name == "accept":
            step.add_argument("--conditions-met", help="满足授信条件的日期（未登记过时）")
        if name == "decide":
            step.add_argument(
                "--decision", required=True, help="approved 同意 / declined 不同意 / withdrawn 企业撤回"
            )
            step.add_argument("--note")
            step.add_argument("--amount", help="批准金额（万元，同意时）")
            step.add_argument("--reason", help="不同意的原因（不同意时）")
        step.set_defaults(func=run_demand_step, step=name)
    a = s.add_parser("status", help="该企业各笔融资需求的 211 时限状态")
    a.add_argument("uscc")
    a.add_argument("--on", help="按哪一天计算（默认今天）")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_demand_status, read_only=True)
    corrections.register("demand", s)

    p = sub.add_parser("credit", help="授信 / credit")
    s = p.add_subparsers(dest="credit_command", required=True, metavar="{add,list,edit,void}")
    a = s.add_parser("add", help="登记授信")
    a.add_argument("uscc")
    a.add_argument("--date", required=True)
    a.add_argument("--amount", required=True, help="授信金额（万元）")
    a.add_argument(
        "--guarantee",
        required=True,
        help="credit 信用 / guarantee 保证 / mortgage 抵押 / pledge 质押 / gov_guarantee / insurance / other",
    )
    a.add_argument("--product")
    a.add_argument("--rate", help="年利率（%%）")
    a.add_argument("--term", help="期限（月）")
    a.add_argument("--demand", help="对应的融资需求编号")
    a.add_argument("--bank", help="授信银行（默认：用户资料中的银行）")
    a.set_defaults(func=run_credit_add)
    corrections.register("credit", s)

    p = sub.add_parser("loan", help="放款 / loans")
    s = p.add_subparsers(dest="loan_command", required=True, metavar="{add,list,edit,void}")
    a = s.add_parser("add", help="登记放款")
    a.add_argument("uscc")
    a.add_argument("--date", required=True)
    a.add_argument("--amount", required=True, help="放款金额（万元）")
    a.add_argument("--product")
    a.add_argument("--credit", help="所用授信的编号（默认：该企业尚有余额的最近一笔授信）")
    a.add_argument(
        "--kind",
        default="working_capital",
        help="working_capital 流动资金贷款 / fixed_asset 固定资产贷款 / discount 票据贴现 / "
        "personal_business 个人经营性贷款 / other 其他",
    )
    a.add_argument("--term", help="期限（月，默认取授信的期限）")
    a.add_argument("--rate", help="年利率（%%，默认取授信的利率）")
    a.set_defaults(func=run_loan_add)
    corrections.register("loan", s)

    p = sub.add_parser("stage", help="手工调整阶段 / set a stage by hand")
    s = p.add_subparsers(dest="stage_command", required=True, metavar="{set,list,edit,void}")
    a = s.add_parser("set", help="手工调整阶段（需填写原因）")
    a.add_argument("uscc")
    a.add_argument("code", help="阶段代码，如 no_demand、contacted")
    a.add_argument("--reason", default="", help="原因")
    a.add_argument("--date", help="业务日期（默认今天）")
    a.add_argument("--loan", help="调整为 first_loan 时：作为首贷的放款编号")
    a.add_argument("--bank", help="调整为 loan_elsewhere 时：获得贷款的他行")
    a.set_defaults(func=run_stage_set)
    corrections.register("stage", s)


def run_visit_add(args: argparse.Namespace, ctx: CliContext) -> int:
    data = VisitInput(
        on=parse_iso_date(args.date, "走访日期", "Visit date"),
        mode=args.mode,
        findings=args.note,
        people=args.people,
        next_step=args.next_step,
        follow_up=_date(args.follow_up, "回访日期", "Follow-up date"),
    )
    return _report(ctx, add_visit(ctx.workspace(), args.uscc, data), "走访")


def run_demand_add(args: argparse.Namespace, ctx: CliContext) -> int:
    outcome = add_demand(
        ctx.workspace(),
        args.uscc,
        on=parse_iso_date(args.date, "需求日期", "Demand date"),
        amount=args.amount,
        channel=args.channel,
        purpose=args.purpose,
    )
    return _report(ctx, outcome, "融资需求")


def run_demand_step(args: argparse.Namespace, ctx: CliContext) -> int:
    demand_id = _id(args.demand_id, "融资需求", "Financing demand")
    on = parse_iso_date(args.date)
    ws = ctx.workspace()
    if args.step == "feedback":
        intent = None if args.intent is None else corrections.intent(args.intent)
        outcome = record_feedback(ws, demand_id, on, intent=intent, text=args.text, conditions=args.condition)
    elif args.step == "conditions":
        outcome = record_conditions_met(ws, demand_id, on)
    elif args.step == "accept":
        outcome = record_acceptance(ws, demand_id, on, conditions_met_on=_date(args.conditions_met))
    else:
        outcome = record_decision(
            ws,
            demand_id,
            on,
            args.decision,
            args.note,
            approved_amount=args.amount,
            decline_reason=args.reason,
        )
    print(f"已登记融资需求 {outcome.id} 的{_STEP_LABELS[args.step]}：{on.isoformat()}", file=ctx.out)
    return 0


def run_demand_status(args: argparse.Namespace, ctx: CliContext) -> int:
    on = _date(args.on) or ctx.workspace().today()
    statuses = firm_demands(ctx.workspace(), args.uscc, on)
    if args.json:
        rows = [
            {
                "id": s.demand_id,
                "received_on": s.received_on,
                "amount": s.amount,
                "channel": s.channel,
                "decision": s.decision,
                "steps": [
                    {
                        "step": st.step.value,
                        "deadline": st.deadline,
                        "done_on": st.done_on,
                        "status": st.status.value,
                        "calendar_known": st.calendar_known,
                    }
                    for st in s.steps
                ],
            }
            for s in statuses
        ]
        json.dump(to_jsonable(rows), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for s in statuses:
        print(f"融资需求 {s.demand_id}（{s.received_on.isoformat()}）", file=ctx.out)
        for st in s.steps:
            deadline = st.deadline.isoformat() if st.deadline else "—"
            unknown = "" if st.calendar_known else "  （日历未知：该年节假日安排尚未导入）"
            print(f"  {st.step.label_zh}  时限 {deadline}  {st.status.label_zh}{unknown}", file=ctx.out)
    return 0


def run_credit_add(args: argparse.Namespace, ctx: CliContext) -> int:
    data = CreditInput(
        on=parse_iso_date(args.date, "授信日期", "Credit date"),
        amount=args.amount,
        guarantee=args.guarantee,
        product=args.product,
        rate=args.rate,
        term_months=None if args.term is None else _id(args.term, "期限（月）", "Term (months)"),
        demand_id=None if args.demand is None else _id(args.demand, "融资需求", "Financing demand"),
        bank=args.bank,
    )
    return _report(ctx, add_credit(ctx.workspace(), args.uscc, data), "授信")


def run_loan_add(args: argparse.Namespace, ctx: CliContext) -> int:
    data = LoanInput(
        on=parse_iso_date(args.date, "放款日期", "Loan date"),
        amount=args.amount,
        product=args.product,
        credit_id=None if args.credit is None else _id(args.credit, "授信", "Credit"),
        kind=args.kind,
        term_months=None if args.term is None else _id(args.term, "期限（月）", "Term (months)"),
        rate=args.rate,
    )
    outcome = add_loan(ctx.workspace(), args.uscc, data)
    _report(ctx, outcome, "放款")
    verdicts = {"first": "计为首贷", "unverified": "首贷待核实（请登记征信情况）", "not_first": "不计为首贷"}
    print(verdicts[outcome.first_loan_status], file=ctx.out)
    return 0


def run_stage_set(args: argparse.Namespace, ctx: CliContext) -> int:
    target = Stage.parse(args.code)
    on = _date(args.date, "业务日期", "Business date") or ctx.workspace().today()
    loan_id = None if args.loan is None else _id(args.loan, "放款", "Loan")
    outcome = set_stage(
        ctx.workspace(), args.uscc, target, reason=args.reason, on=on, loan_id=loan_id, bank=args.bank
    )
    return _report(ctx, outcome, "阶段调整")
