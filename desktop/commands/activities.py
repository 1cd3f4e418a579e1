"""``firstloan event``: activities (宣讲会, 融资对接会, 一对一帮扶, 培训 …) and the firms that took part."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import CliContext
from desktop.domain.activities import ACTIVITY_KINDS, split_firm_refs
from desktop.domain.dates import parse_iso_date
from desktop.domain.errors import DomainError
from desktop.domain.stages import Stage
from desktop.services.activities import (
    ActivityChanges,
    ActivityInput,
    ActivityOutcome,
    add_activity,
    add_participants,
    edit_activity,
    void_activity,
)
from desktop.services.activity_files import add_activity_file, export_activity_file, match_sign_in
from desktop.services.activity_views import ActivityView, get_activity, list_activities

KINDS_HELP = " / ".join(f"{t.code} {t.zh}" for t in ACTIVITY_KINDS)


def _id(text: str, what: str = "活动", what_en: str = "Activity") -> int:
    if not text.strip().isdigit():
        raise DomainError(
            f"{what}编号“{text}”无效，应为正整数",
            en=f"{what_en} number “{text}” is not valid; it should be a positive whole number",
        )
    return int(text)


def _fields(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--kind", required=required, help=KINDS_HELP + "（代码或中文名）")
    p.add_argument("--date", required=required, help="活动日期 YYYY-MM-DD")
    p.add_argument("--title", required=required, help="活动名称")
    p.add_argument("--firms", help="参加企业：统一社会信用代码或企业名称，以逗号分隔")
    p.add_argument("--place", help="地点")
    p.add_argument("--organiser", help="组织单位（人民银行 / 金融局 / 本行 …）")
    p.add_argument("--officers", help="参加的客户经理，以逗号分隔（默认：本人）")
    p.add_argument("--note", help="备注")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("event", help="活动（宣讲会、对接会、帮扶、培训） / activities")
    s = p.add_subparsers(
        dest="event_command", required=True, metavar="{add,list,show,edit,void,attach,sign-in,export-file}"
    )
    a = s.add_parser("add", help="登记活动")
    _fields(a, required=True)
    a.set_defaults(func=run_add)
    a = s.add_parser("list", help="活动列表")
    a.add_argument("--month", help="只列该月 YYYY-MM")
    a.add_argument("--all", action="store_true", help="包括已作废的活动")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_list, read_only=True)
    a = s.add_parser("show", help="一项活动的详情")
    a.add_argument("id")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_show, read_only=True)
    a = s.add_parser("edit", help="修改活动（需填写原因）")
    a.add_argument("id")
    _fields(a, required=False)
    a.add_argument("--reason", required=True, help="修改原因")
    a.set_defaults(func=run_edit)
    a = s.add_parser("void", help="作废活动（需填写原因）")
    a.add_argument("id")
    a.add_argument("--reason", required=True, help="作废原因")
    a.set_defaults(func=run_void)
    a = s.add_parser("attach", help="上传活动照片、签到表等文件")
    a.add_argument("id")
    a.add_argument("file", type=Path)
    a.add_argument("--kind", default="photo", help="photo 照片 / sign_in 签到表 / document 文件")
    a.set_defaults(func=run_attach)
    a = s.add_parser("sign-in", help="按签到表（.xlsx/.xls/.csv）登记参加企业，并保存签到表")
    a.add_argument("id")
    a.add_argument("file", type=Path)
    a.add_argument("--dry-run", action="store_true", help="只显示能对上的企业，不登记")
    a.set_defaults(func=run_sign_in)
    a = s.add_parser("export-file", help="导出活动附件")
    a.add_argument("file_id")
    a.add_argument("--out", required=True, type=Path)
    a.set_defaults(func=run_export_file)


def _list(text: str | None) -> list[str] | None:
    return None if text is None else split_firm_refs(text)


def _moves(ctx: CliContext, outcome: ActivityOutcome) -> None:
    for uscc, move in outcome.stage_moves.items():
        print(
            f"  {uscc} 阶段：{Stage(move.from_stage).label_zh} → {Stage(move.to_stage).label_zh}",
            file=ctx.out,
        )


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    data = ActivityInput(
        kind=args.kind,
        on=parse_iso_date(args.date, "活动日期", "Activity date"),
        title=args.title,
        place=args.place,
        organiser=args.organiser,
        firms=_list(args.firms) or [],
        officers=_list(args.officers),
        note=args.note,
    )
    outcome = add_activity(ctx.workspace(), data)
    print(f"已登记活动（编号 {outcome.id}）：{len(data.firms)} 户企业参加", file=ctx.out)
    _moves(ctx, outcome)
    return 0


def _print_view(ctx: CliContext, v: ActivityView) -> None:
    void = f"  [已作废：{v.void_reason}]" if v.voided else ""
    print(
        f"{v.id}  {v.on.isoformat()}  {ACTIVITY_KINDS.zh(v.kind)}  {v.title}  {len(v.firms)} 户{void}",
        file=ctx.out,
    )


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    views = list_activities(ctx.workspace(), args.month, include_voided=args.all)
    if args.json:
        json.dump([v.to_json() for v in views], ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for v in views:
        _print_view(ctx, v)
    return 0


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    v = get_activity(ctx.workspace(), _id(args.id))
    if args.json:
        json.dump(v.to_json(), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    _print_view(ctx, v)
    for label, value in (
        ("地点", v.place),
        ("组织单位", v.organiser),
        ("客户经理", "、".join(v.officers)),
        ("备注", v.note),
    ):
        if value:
            print(f"  {label}：{value}", file=ctx.out)
    for code, name in v.firms:
        print(f"  {code}  {name}", file=ctx.out)
    for f in v.files:
        print(f"  附件 {f.id}：{f.file_name}（{f.kind}，{f.size} 字节）", file=ctx.out)
    return 0


def run_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    changes = ActivityChanges(
        kind=args.kind,
        on=None if args.date is None else parse_iso_date(args.date, "活动日期", "Activity date"),
        title=args.title,
        place=args.place,
        organiser=args.organiser,
        firms=_list(args.firms),
        officers=_list(args.officers),
        note=args.note,
    )
    outcome = edit_activity(ctx.workspace(), _id(args.id), changes, args.reason)
    print(f"已修改活动 {outcome.id}", file=ctx.out)
    _moves(ctx, outcome)
    return 0


def run_void(args: argparse.Namespace, ctx: CliContext) -> int:
    outcome = void_activity(ctx.workspace(), _id(args.id), args.reason)
    print(f"已作废活动 {outcome.id}", file=ctx.out)
    _moves(ctx, outcome)
    return 0


def run_attach(args: argparse.Namespace, ctx: CliContext) -> int:
    file_id = add_activity_file(ctx.workspace(), _id(args.id), args.file, args.kind)
    print(f"已上传活动附件（编号 {file_id}）：{args.file.name}", file=ctx.out)
    return 0


def run_sign_in(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace()
    activity_id = _id(args.id)
    get_activity(ws, activity_id)  # an unknown activity is refused before the file is read
    result = match_sign_in(ws, args.file)
    for miss in result.matched.unmatched:
        ctx.warn(f"{miss.ref.where}{miss.reason}")
    firms = [f.uscc for f in result.matched.firms]
    print(
        f"签到表 {result.rows} 行，对上 {len(firms)} 户企业，{len(result.matched.unmatched)} 行未对上",
        file=ctx.out,
    )
    if args.dry_run or not firms:
        return 0
    outcome = add_participants(ws, activity_id, firms)
    add_activity_file(ws, activity_id, args.file, "sign_in")
    _moves(ctx, outcome)
    return 0


def run_export_file(args: argparse.Namespace, ctx: CliContext) -> int:
    target = export_activity_file(ctx.workspace(), _id(args.file_id, "附件", "File"), args.out)
    print(f"已导出 -> {target}", file=ctx.out)
    return 0
