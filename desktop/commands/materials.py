"""``firstloan materials`` (the month's 宣传/帮扶活动总结, 经验做法, 创新产品, 典型案例 as one .docx or .pdf),
``materials-text`` (the officer's own text for a section) and ``case`` (典型案例)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import CliContext
from desktop.domain.errors import DomainError
from desktop.domain.materials import SECTIONS
from desktop.services.cases import draft_for, edit_case, list_cases, mark_case, void_case
from desktop.services.materials import export_materials, month_materials, set_material_text


def _id(text: str) -> int:
    if not text.strip().isdigit():
        raise DomainError(
            f"案例编号“{text}”无效，应为正整数", en=f"Case number “{text}” is not valid; give a whole number"
        )
    return int(text)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    a = sub.add_parser("materials", help="导出月度材料（.docx 或 .pdf） / the month's materials")
    a.add_argument("--month", required=True, help="YYYY-MM")
    a.add_argument("--out", type=Path, help="输出文件，以 .docx 或 .pdf 结尾")
    a.add_argument("--json", action="store_true", help="不导出，只显示各栏目的统计和文字")
    a.set_defaults(func=run_materials)
    a = sub.add_parser("materials-text", help="填写或修改月度材料某一栏目的文字")
    a.add_argument("--month", required=True)
    a.add_argument(
        "--section",
        required=True,
        help="publicity 宣传活动总结 / mentoring 帮扶活动总结 / experience 经验做法",
    )
    a.add_argument("--text", required=True, help="文字（空字符串：改回系统草稿）")
    a.set_defaults(func=run_text)
    p = sub.add_parser("case", help="典型案例 / typical cases")
    s = p.add_subparsers(dest="case_command", required=True, metavar="{mark,edit,void,list,draft}")
    a = s.add_parser("mark", help="将企业标为某月的典型案例（不写文字则用系统草稿）")
    a.add_argument("uscc")
    a.add_argument("--month", required=True)
    a.add_argument("--title")
    a.add_argument("--text")
    a.set_defaults(func=run_mark)
    a = s.add_parser("edit", help="修改典型案例（需填写原因）")
    a.add_argument("id")
    a.add_argument("--title")
    a.add_argument("--text")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=run_edit)
    a = s.add_parser("void", help="作废典型案例（需填写原因）")
    a.add_argument("id")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=run_void)
    a = s.add_parser("list", help="某月的典型案例")
    a.add_argument("--month", required=True)
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_list, read_only=True)
    a = s.add_parser("draft", help="显示系统为该企业起草的案例文字")
    a.add_argument("uscc")
    a.set_defaults(func=run_draft, read_only=True)


def run_materials(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace()
    if args.json or args.out is None:
        m = month_materials(ws, args.month)
        data = {
            "month": m.month,
            "summaries": {
                s: {
                    "activities": v.count,
                    "by_kind": v.by_kind,
                    "firms_reached": v.firms_reached,
                    "participations": v.participations,
                    "dates": [d.isoformat() for d in v.dates],
                }
                for s, v in m.summaries.items()
            },
            "texts": {s: m.text(s) for s in SECTIONS},
            "products": [p.name for p in m.products],
            "cases": [c.to_json() for c in m.cases],
        }
        json.dump(data, ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    out = export_materials(ws, args.month, args.out)
    print(f"已导出月度材料 -> {out}", file=ctx.out)
    return 0


def run_text(args: argparse.Namespace, ctx: CliContext) -> int:
    set_material_text(ctx.workspace(), args.month, args.section, args.text)
    print("已保存", file=ctx.out)
    return 0


def run_mark(args: argparse.Namespace, ctx: CliContext) -> int:
    case_id = mark_case(ctx.workspace(), args.uscc, args.month, title=args.title, text=args.text)
    print(f"已标为典型案例（编号 {case_id}）", file=ctx.out)
    return 0


def run_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    edit_case(ctx.workspace(), _id(args.id), title=args.title, text=args.text, reason=args.reason)
    print("已修改典型案例", file=ctx.out)
    return 0


def run_void(args: argparse.Namespace, ctx: CliContext) -> int:
    void_case(ctx.workspace(), _id(args.id), args.reason)
    print("已作废典型案例", file=ctx.out)
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    cases = list_cases(ctx.workspace(), args.month)
    if args.json:
        json.dump([c.to_json() for c in cases], ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for c in cases:
        print(f"{c.id}  {c.month}  {c.firm_name}  {c.title}", file=ctx.out)
    return 0


def run_draft(args: argparse.Namespace, ctx: CliContext) -> int:
    title, text = draft_for(ctx.workspace(), args.uscc)
    print(title, file=ctx.out)
    print(text, file=ctx.out)
    return 0
