"""``firstloan visit|demand|credit|loan|stage list|edit|void``: seeing and correcting recorded work.

``list USCC --json`` prints an array of objects, each with at least ``id``, ``date`` and ``voided``;
``edit ID --FIELD VALUE … --reason R`` changes the fields given (``none`` clears an optional one) and is
checked as the record was when added; ``void ID --reason R`` voids it (kept, counted nowhere).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.commands import CliContext
from desktop.domain.dates import parse_iso_date
from desktop.domain.errors import DomainError
from desktop.domain.stages import Stage
from desktop.services.corrections import void_record
from desktop.services.credits import edit_credit, list_credits
from desktop.services.demand_edit import edit_demand, list_demands
from desktop.services.loans import edit_loan, list_loans
from desktop.services.outcome import Outcome
from desktop.services.stage_moves import edit_stage_move, stage_history
from desktop.services.visits import edit_visit, list_visits
from desktop.store.jsonable import to_jsonable

NAMES = {"visit": "走访", "demand": "融资需求", "credit": "授信", "loan": "放款", "stage": "阶段调整"}


@dataclass(frozen=True)
class Flag:
    flag: str  # on the command line
    field: str  # of the service's input
    kind: str  # date | text | number | count | id | intent | list
    help: str
    clearable: bool = True  # "none" clears it


VISIT_FLAGS = (
    Flag("--date", "on", "date", "走访日期", clearable=False),
    Flag("--mode", "mode", "text", "方式：site / phone / online / matchmaking / center", clearable=False),
    Flag("--note", "findings", "text", "了解情况"),
    Flag("--people", "people", "text", "参与人员"),
    Flag("--next", "next_step", "text", "下一步"),
    Flag("--follow-up", "follow_up", "date", "回访日期"),
)
DEMAND_FLAGS = (
    Flag("--date", "received_on", "date", "需求日期", clearable=False),
    Flag("--channel", "channel", "text", "渠道：loan_code / visit / platform / walk_in", clearable=False),
    Flag("--amount", "amount", "number", "需求金额（万元）"),
    Flag("--purpose", "purpose", "text", "用途"),
    Flag("--feedback-on", "feedback_on", "date", "反馈日期（none 清除该步骤）"),
    Flag("--intent", "feedback_intent", "intent", "初步意向 yes / no"),
    Flag("--text", "feedback_text", "text", "意向说明"),
    Flag("--condition", "conditions", "list", "授信条件，可重复（替换原有条件；--condition none 清空）"),
    Flag("--conditions-met-on", "conditions_met_on", "date", "满足授信条件日期"),
    Flag("--accepted-on", "accepted_on", "date", "正式受理日期"),
    Flag("--decided-on", "decided_on", "date", "审批或撤回日期"),
    Flag("--decision", "decision", "text", "approved / declined / withdrawn"),
    Flag("--approved-amount", "approved_amount", "number", "批准金额（万元）"),
    Flag("--decline-reason", "decline_reason", "text", "不同意原因"),
    Flag("--note", "note", "text", "说明"),
)
CREDIT_FLAGS = (
    Flag("--date", "on", "date", "授信日期", clearable=False),
    Flag("--amount", "amount", "number", "授信金额（万元）", clearable=False),
    Flag("--guarantee", "guarantee", "text", "担保方式", clearable=False),
    Flag("--product", "product", "text", "产品"),
    Flag("--rate", "rate", "number", "年利率（%%）"),
    Flag("--term", "term_months", "count", "期限（月）"),
    Flag("--bank", "bank", "text", "银行"),
    Flag("--demand", "demand_id", "id", "对应的融资需求编号"),
)
LOAN_FLAGS = (
    Flag("--date", "on", "date", "放款日期", clearable=False),
    Flag("--amount", "amount", "number", "放款金额（万元）", clearable=False),
    Flag("--credit", "credit_id", "id", "所用授信的编号（none：不关联授信）"),
    Flag("--kind", "kind", "text", "贷款种类", clearable=False),
    Flag("--term", "term_months", "count", "期限（月）"),
    Flag("--rate", "rate", "number", "年利率（%%）"),
    Flag("--product", "product", "text", "产品"),
    Flag("--bank", "bank", "text", "银行"),
)
STAGE_FLAGS = (
    Flag("--date", "on", "date", "业务日期", clearable=False),
    Flag("--why", "why", "text", "调整原因（改为）", clearable=False),
)


def _dest(flag: Flag) -> str:
    return "set_" + flag.flag.lstrip("-").replace("-", "_")


def _whole(text: str, what: str) -> int:
    if not text.strip().isdigit():
        raise DomainError(
            f"{what}“{text}”无效，应为正整数",
            en=f"{what} “{text}” is not valid; give a positive whole number",
        )
    return int(text)


def _value(flag: Flag, raw: Any) -> Any:
    if flag.kind == "list":
        items = [str(item) for item in raw]
        return () if [i.strip().lower() for i in items] == ["none"] else tuple(items)
    text = str(raw)
    if text.strip().lower() in ("none", ""):
        if not flag.clearable:
            raise DomainError(f"{flag.flag} 不能清空", en=f"{flag.flag} cannot be cleared")
        return None
    if flag.kind == "date":
        return parse_iso_date(text, flag.help, flag.flag)
    if flag.kind in ("count", "id"):
        return _whole(text, flag.help)
    if flag.kind == "intent":
        return intent(text)
    return text


def intent(text: str) -> bool:
    """初步意向 typed on the command line: yes / no (是 / 否)."""
    answers = {"yes": True, "是": True, "no": False, "否": False}
    if text.strip().lower() not in answers:
        raise DomainError(
            f"初步意向“{text}”无效，应为 yes 或 no", en=f"Intent “{text}” is not valid; give yes or no"
        )
    return answers[text.strip().lower()]


def changes_from(args: argparse.Namespace, flags: Sequence[Flag]) -> dict[str, Any]:
    """The fields the command line gives, as the service's input values."""
    changes = {
        f.field: _value(f, getattr(args, _dest(f))) for f in flags if getattr(args, _dest(f)) is not None
    }
    if not changes:
        raise DomainError(
            f"请至少给出一个要更正的字段：{' '.join(f.flag for f in flags)}",
            en=f"Give at least one field to correct: {' '.join(f.flag for f in flags)}",
        )
    return changes


def _visit_json(v: Any) -> dict[str, Any]:
    return {
        "id": v.id, "date": v.date, "mode": v.mode, "people": v.people, "findings": v.findings,
        "next_step": v.next_step, "follow_up": v.follow_up, "follow_up_done": v.follow_up_done,
    }  # fmt: skip


def _demand_json(d: Any) -> dict[str, Any]:
    return {
        "id": d.id, "date": d.received_on, "received_on": d.received_on, "channel": d.channel,
        "amount": d.amount, "purpose": d.purpose, "feedback_on": d.feedback_on,
        "feedback_intent": d.feedback_intent, "feedback_text": d.feedback_text, "conditions": d.conditions,
        "conditions_met_on": d.conditions_met_on, "accepted_on": d.accepted_on, "decided_on": d.decided_on,
        "decision": d.decision, "approved_amount": d.approved_amount, "decline_reason": d.decline_reason,
        "note": d.note,
    }  # fmt: skip


def _credit_json(c: Any) -> dict[str, Any]:
    return {
        "id": c.id, "date": c.date, "amount": c.amount, "guarantee": c.guarantee, "product": c.product,
        "rate": c.rate, "term_months": c.term_months, "bank": c.bank, "demand_id": c.demand_id,
    }  # fmt: skip


def _loan_json(ln: Any) -> dict[str, Any]:
    return {
        "id": ln.id, "date": ln.date, "amount": ln.amount, "credit_id": ln.credit_id, "kind": ln.kind,
        "first_loan": ln.is_first_loan, "first_loan_status": ln.first_loan_status, "product": ln.product,
        "term_months": ln.term_months, "rate": ln.rate, "bank": ln.bank,
    }  # fmt: skip


def _stage_json(s: Any) -> dict[str, Any]:
    return {
        "id": s.id, "date": s.on, "from_stage": s.from_stage, "to_stage": s.to_stage, "cause": s.cause,
        "reason": s.reason, "loan_id": s.loan_id, "bank": s.bank,
    }  # fmt: skip


@dataclass(frozen=True)
class Kind:
    flags: Sequence[Flag]
    lister: Callable[[Any, str], list[Any]]
    to_json: Callable[[Any], dict[str, Any]]
    editor: Callable[[Any, int, dict[str, Any], str], Outcome] | None


def _edit_stage(ws: Any, move_id: int, changes: dict[str, Any], reason: str) -> Outcome:
    return edit_stage_move(ws, move_id, reason=reason, on=changes.get("on"), why=changes.get("why"))


KINDS = {
    "visit": Kind(VISIT_FLAGS, list_visits, _visit_json, edit_visit),
    "demand": Kind(DEMAND_FLAGS, list_demands, _demand_json, edit_demand),
    "credit": Kind(CREDIT_FLAGS, list_credits, _credit_json, edit_credit),
    "loan": Kind(LOAN_FLAGS, list_loans, _loan_json, edit_loan),
    "stage": Kind(STAGE_FLAGS, stage_history, _stage_json, _edit_stage),
}


def register(kind: str, sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``list``, ``edit`` and ``void`` under the command of ``kind`` (visit, demand, credit, loan, stage)."""
    name = NAMES[kind]
    a = sub.add_parser("list", help=f"列出该企业的{name}记录（含已作废的）")
    a.add_argument("uscc")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_list, kind=kind, read_only=True)
    a = sub.add_parser("edit", help=f"更正一条{name}记录（需填写原因）")
    a.add_argument("record_id", help=f"{name}记录编号")
    for flag in KINDS[kind].flags:
        action = "append" if flag.kind == "list" else "store"
        a.add_argument(flag.flag, dest=_dest(flag), action=action, help=flag.help)
    a.add_argument("--reason", required=True, help="更正原因")
    a.set_defaults(func=run_edit, kind=kind)
    a = sub.add_parser("void", help=f"作废一条{name}记录（保留记录与原因，不再计入任何统计）")
    a.add_argument("record_id", help=f"{name}记录编号")
    a.add_argument("--reason", required=True, help="作废原因")
    a.set_defaults(func=run_void, kind=kind)


def _json_row(kind: str, record: Any) -> dict[str, Any]:
    return KINDS[kind].to_json(record) | {"voided": not record.live, "void_reason": record.void_reason}


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    records = KINDS[args.kind].lister(ctx.workspace(), args.uscc)
    rows = [_json_row(args.kind, r) for r in records]
    if args.json:
        json.dump(to_jsonable(rows), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for row in to_jsonable(rows):
        voided = f"  [已作废：{row['void_reason']}]" if row["voided"] else ""
        detail = "  ".join(
            str(row[k]) for k in ("amount", "mode", "channel", "to_stage", "kind") if row.get(k) is not None
        )
        print(f"{row['id']:>6}  {row['date']}  {detail}{voided}", file=ctx.out)
    print(f"共 {len(rows)} 条", file=ctx.out)
    return 0


def _report(ctx: CliContext, outcome: Outcome, text: str) -> int:
    print(text, file=ctx.out)
    if outcome.stage_move is not None:
        move = outcome.stage_move
        print(f"阶段：{Stage(move.from_stage).label_zh} → {Stage(move.to_stage).label_zh}", file=ctx.out)
    for warning in outcome.warnings:
        ctx.warn(warning)
    return 0


def run_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    kind = KINDS[args.kind]
    record_id = _whole(args.record_id, f"{NAMES[args.kind]}编号")
    assert kind.editor is not None
    outcome = kind.editor(ctx.workspace(), record_id, changes_from(args, kind.flags), args.reason)
    return _report(ctx, outcome, f"已更正{NAMES[args.kind]}记录 {record_id}")


def run_void(args: argparse.Namespace, ctx: CliContext) -> int:
    record_id = _whole(args.record_id, f"{NAMES[args.kind]}编号")
    outcome = void_record(ctx.workspace(), args.kind, record_id, args.reason)
    return _report(ctx, outcome, f"已作废{NAMES[args.kind]}记录 {record_id}")
