"""``firstloan record``: the 一企一档 data — fields, the five criteria with notes, tags, contacts, serving
banks and attachments, each added, corrected and voided; the plan (一企一策) is in plans.py, printing in
printing.py."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import CliContext, record_items
from desktop.domain.amounts import parse_count
from desktop.domain.errors import DomainError
from desktop.services.attachments import MAX_ID, add_attachment_file, export_attachment
from desktop.services.dossiers import FIELDS, dossier_view, update_dossier
from desktop.store.jsonable import to_jsonable

_CRITERION_VALUES = {"yes": True, "是": True, "no": False, "否": False, "unknown": None, "未知": None}


def pairs(items: list[str], what: str, what_en: str) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise DomainError(
                f"{what}“{item}”应写成 名称=值，例如 employees=12",
                en=f"{what_en} “{item}” should be written name=value, e.g. employees=12",
            )
        out[key.strip()] = value
    return out


def split_list(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").replace("，", ",").split(",") if part.strip()]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("record", help="一企一档资料：查看与登记 / view and edit the dossier's data")
    s = p.add_subparsers(
        dest="dossier_command",
        required=True,
        metavar="{show,set,contact,contact-edit,contact-void,bank,bank-edit,bank-void,attach,attachments,"
        "attach-void,export-attachment}",
    )
    a = s.add_parser("show", help="查看档案与完整度")
    a.add_argument("uscc")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_show, read_only=True)
    a = s.add_parser("set", help=f"修改档案字段：{'、'.join(FIELDS)}")
    a.add_argument("uscc")
    a.add_argument(
        "values", nargs="*", help="字段=值，如 employees=12 has_loan_record=否 last_loan_settled=2023-05-01"
    )
    a.add_argument("--criterion", action="append", default=[], help="筛选条件=yes/no/unknown，可重复")
    a.add_argument(
        "--criterion-note", action="append", default=[], help="筛选条件=说明（空值清除说明），可重复"
    )
    a.add_argument("--tags", help="政策标签，逗号分隔（替换原有标签）")
    a.add_argument("--free-tags", help="自定义标签，逗号分隔（替换原有自定义标签；空字符串清空）")
    a.set_defaults(func=run_set)
    record_items.register(s)
    a = s.add_parser("attach", help="上传附件（保存在加密数据库中）")
    a.add_argument("uscc")
    a.add_argument("file", type=Path)
    a.add_argument("--kind", default="document", help="licence 营业执照 / photo 照片 / document 文件")
    a.set_defaults(func=run_attach)
    a = s.add_parser(
        "export-attachment", help="把附件导出到文件（校验 SHA-256，记入审计日志） / export an attachment"
    )
    a.add_argument("attachment_id", help="附件编号（见 record show USCC --json 的 attachments）")
    a.add_argument("out_file", nargs="?", type=Path, metavar="OUT", help="同 --out（旧写法）")
    a.add_argument("--out", type=Path, help="输出文件；给出文件夹时以附件原名保存在其中")
    a.set_defaults(func=run_export_attachment)


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    view = dossier_view(ctx.workspace(), args.uscc)
    if args.json:
        json.dump(view.to_json(), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    print(f"{view.name}（{view.uscc}）  信息完整度 {view.completeness.score}%", file=ctx.out)
    for name, (label, _) in FIELDS.items():
        value = view.fields[name]
        print(f"  {label}：{'' if value is None else to_jsonable(value)}", file=ctx.out)
    if view.completeness.missing:
        print(f"缺少：{'、'.join(view.completeness.missing)}", file=ctx.out)
    for warning in view.warnings:
        ctx.warn(warning)
    return 0


def _criteria(items: list[str]) -> dict[str, bool | None]:
    criteria = {}
    for key, value in pairs(items, "筛选条件", "Criterion").items():
        if value.strip().lower() not in _CRITERION_VALUES:
            raise DomainError(
                f"筛选条件“{key}”的值“{value}”无效，应为 yes/no/unknown",
                en=f"The value “{value}” of the criterion “{key}” is not valid; it should be yes, no or unknown",
            )
        criteria[key] = _CRITERION_VALUES[value.strip().lower()]
    return criteria


def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    update_dossier(
        ctx.workspace(),
        args.uscc,
        pairs(args.values, "字段", "Field"),
        criteria=_criteria(args.criterion),
        criteria_notes={
            k: v or None for k, v in pairs(args.criterion_note, "筛选条件说明", "Criterion note").items()
        },
        policy_tags=None if args.tags is None else split_list(args.tags),
        free_tags=None if args.free_tags is None else split_list(args.free_tags),
    )
    print("档案已更新", file=ctx.out)
    return 0


def run_attach(args: argparse.Namespace, ctx: CliContext) -> int:
    out = add_attachment_file(ctx.workspace(), args.uscc, args.file, args.kind)
    print(f"已保存附件（编号 {out.id}）", file=ctx.out)
    return 0


def run_export_attachment(args: argparse.Namespace, ctx: CliContext) -> int:
    out = args.out or args.out_file
    if out is None or (args.out and args.out_file):
        raise DomainError("请用 --out 给出一个输出文件", en="Give one output file with --out")
    number = parse_count(args.attachment_id, "附件编号", "Attachment number", minimum=1, maximum=MAX_ID)
    done = export_attachment(ctx.workspace(), number, out)
    print(f"已导出 {done.file_name}（SHA-256 {done.sha256}）到 {done.path}", file=ctx.out)
    return 0
