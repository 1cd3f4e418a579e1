"""``firstloan list-columns`` / ``profiles`` / ``delete-profile``: what a list file's columns map to, and
the saved column mappings (the import wizard's mapping step, headless)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.commands import CliContext
from desktop.exchange.columns import FIELD_LABELS
from desktop.services.list_columns import FileColumns, describe_file
from desktop.services.mapping_profiles import all_profiles, delete_profile, load_profile


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    c = sub.add_parser("list-columns", help="列出名单文件各列及其对应字段 / show a list file's columns")
    c.add_argument("file", type=Path, help=".xlsx、.xls 或 .csv 文件")
    c.add_argument("--profile", help="按已保存的列对应方案识别")
    c.add_argument("--json", action="store_true", help="输出 JSON")
    c.set_defaults(func=run_columns, read_only=True)
    p = sub.add_parser("profiles", help="列出已保存的列对应方案 / list saved column mappings")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=run_profiles, read_only=True)
    d = sub.add_parser("delete-profile", help="删除列对应方案 / delete a saved column mapping")
    d.add_argument("name", help="方案名称（见 firstloan profiles）")
    d.set_defaults(func=run_delete)


def columns_json(columns: FileColumns) -> dict[str, Any]:
    return {
        "file": columns.file_name,
        "profile": columns.profile_name,
        "recognised": columns.recognised,
        "sheets": [
            {
                "name": s.name,
                "header_row": s.header_row,
                "columns": [
                    {"column": c.letter, "header": c.header, "field": c.field, "samples": list(c.samples)}
                    for c in s.columns
                ],
            }
            for s in columns.sheets
        ],
    }


def run_columns(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace()
    profile = load_profile(ws, args.profile) if args.profile else None
    columns = describe_file(ws, args.file, profile)
    if args.json:
        json.dump(columns_json(columns), ctx.out, ensure_ascii=False)
        ctx.out.write("\n")
        return 0
    used = args.profile or columns.profile_name
    print(f"{columns.file_name}：" + (f"按方案“{used}”识别" if used else "按常用表头识别"), file=ctx.out)
    for sheet in columns.sheets:
        if sheet.header_row is None:
            print(f"  工作表 {sheet.name}：没有企业表格", file=ctx.out)
            continue
        print(f"  工作表 {sheet.name}：表头在第 {sheet.header_row} 行", file=ctx.out)
        for c in sheet.columns:
            target = f"{FIELD_LABELS[c.field]}（{c.field}）" if c.field else "不导入"
            print(f"    {c.letter} {c.header or '（无表头）'} → {target}", file=ctx.out)
    if not columns.recognised:
        ctx.warn("没有认出统一社会信用代码列：用 import-list --map 表头=uscc 指定")
    return 0


def run_profiles(args: argparse.Namespace, ctx: CliContext) -> int:
    profiles = all_profiles(ctx.workspace())
    if args.json:
        json.dump(profiles, ctx.out, ensure_ascii=False)
        ctx.out.write("\n")
        return 0
    for name, mapping in profiles.items():
        pairs = "，".join(f"{h}={f or '不导入'}" for h, f in mapping.items())
        print(f"{name}：{pairs}", file=ctx.out)
    return 0


def run_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    delete_profile(ctx.workspace(), args.name)
    print(f"已删除列对应方案“{args.name}”", file=ctx.out)
    return 0
