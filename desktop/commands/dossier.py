"""``firstloan record`` (一企一档 data) and ``firstloan plan`` (一企一策); printing is in printing.py."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import CliContext
from desktop.commands.products import add_plan_product_flags, product_id_arg
from desktop.domain.amounts import parse_count
from desktop.domain.dates import parse_iso_date
from desktop.domain.errors import DomainError
from desktop.services.attachments import MAX_ID, add_attachment_file, export_attachment
from desktop.services.dossiers import FIELDS, add_bank_relationship, add_contact, dossier_view, update_dossier
from desktop.services.plans import PlanInput, TaskInput, complete_task, plan_versions, save_plan
from desktop.store.jsonable import to_jsonable

_CRITERION_VALUES = {"yes": True, "是": True, "no": False, "否": False, "unknown": None, "未知": None}


def _pairs(items: list[str], what: str, what_en: str) -> dict[str, str]:
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


def _list(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").replace("，", ",").split(",") if part.strip()]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("record", help="一企一档资料：查看与登记 / view and edit the dossier's data")
    s = p.add_subparsers(
        dest="dossier_command", required=True, metavar="{show,set,contact,bank,attach,export-attachment}"
    )
    a = s.add_parser("show", help="查看档案与完整度")
    a.add_argument("uscc")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_show, read_only=True)
    a = s.add_parser("set", help=f"修改档案字段：{'、'.join(FIELDS)}")
    a.add_argument("uscc")
    a.add_argument("values", nargs="*", help="字段=值，如 employees=12 has_loan_record=否")
    a.add_argument("--criterion", action="append", default=[], help="筛选条件=yes/no/unknown，可重复")
    a.add_argument("--tags", help="政策标签，逗号分隔（替换原有标签）")
    a.set_defaults(func=run_set)
    a = s.add_parser("contact", help="新增联系人")
    a.add_argument("uscc")
    a.add_argument("name")
    a.add_argument("--role")
    a.add_argument("--phone")
    a.add_argument("--primary", action="store_true")
    a.set_defaults(func=run_contact)
    a = s.add_parser("bank", help="新增已服务该企业的银行")
    a.add_argument("uscc")
    a.add_argument("bank")
    a.add_argument("--basic", action="store_true", help="基本户开户行")
    a.add_argument("--credit", help="该行授信金额（万元）")
    a.set_defaults(func=run_bank)
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

    p = sub.add_parser("plan", help="一企一策 / cultivation plan")
    s = p.add_subparsers(dest="plan_command", required=True, metavar="{save,task-done,show}")
    a = s.add_parser("save", help="制定或修订方案（修订生成新版本）")
    a.add_argument("uscc")
    a.add_argument("--date", required=True)
    a.add_argument("--diagnosis", required=True, help="逗号分隔，如 缺抵押,财务不规范")
    a.add_argument("--measures", required=True, help="逗号分隔，如 政府性融资担保,财务辅导")
    add_plan_product_flags(a)  # --product, --product-id, --kind (desktop/commands/products.py)
    a.add_argument("--amount", help="目标金额（万元）")
    a.add_argument("--target-date")
    a.add_argument("--task", action="append", help="任务，可写 内容@YYYY-MM-DD；可重复")
    a.set_defaults(func=run_plan_save)
    a = s.add_parser("task-done", help="完成培植任务")
    a.add_argument("task_id", type=int)
    a.add_argument("--date", required=True)
    a.set_defaults(func=run_task_done)
    a = s.add_parser("show", help="查看方案的各个版本")
    a.add_argument("uscc")
    a.set_defaults(func=run_plan_show, read_only=True)


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


def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    criteria = {}
    for key, value in _pairs(args.criterion, "筛选条件", "Criterion").items():
        if value.strip().lower() not in _CRITERION_VALUES:
            raise DomainError(
                f"筛选条件“{key}”的值“{value}”无效，应为 yes/no/unknown",
                en=f"The value “{value}” of the criterion “{key}” is not valid; it should be yes, no or unknown",
            )
        criteria[key] = _CRITERION_VALUES[value.strip().lower()]
    tags = None if args.tags is None else _list(args.tags)
    update_dossier(
        ctx.workspace(), args.uscc, _pairs(args.values, "字段", "Field"), criteria=criteria, policy_tags=tags
    )
    print("档案已更新", file=ctx.out)
    return 0


def run_contact(args: argparse.Namespace, ctx: CliContext) -> int:
    add_contact(ctx.workspace(), args.uscc, args.name, role=args.role, phone=args.phone, primary=args.primary)
    print(f"已新增联系人 {args.name}", file=ctx.out)
    return 0


def run_bank(args: argparse.Namespace, ctx: CliContext) -> int:
    out = add_bank_relationship(
        ctx.workspace(), args.uscc, args.bank, basic_account=args.basic, credit_amount=args.credit
    )
    print(f"已登记服务银行 {args.bank}", file=ctx.out)
    for warning in out.warnings:
        ctx.warn(warning)
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


def _task(text: str) -> TaskInput:
    title, sep, due = text.rpartition("@")
    if not sep:
        return TaskInput(text)
    return TaskInput(title, parse_iso_date(due, "任务期限", "Task due date"))


def run_plan_save(args: argparse.Namespace, ctx: CliContext) -> int:
    data = PlanInput(
        on=parse_iso_date(args.date, "方案日期", "Plan date"),
        diagnosis=_list(args.diagnosis),
        measures=_list(args.measures),
        target_product=args.product,
        target_amount=args.amount,
        target_date=parse_iso_date(args.target_date, "目标日期", "Target date") if args.target_date else None,
        tasks=None if args.task is None else [_task(t) for t in args.task],
        kind=args.kind,
        product_id=product_id_arg(args.product_id),
    )
    out = save_plan(ctx.workspace(), args.uscc, data)
    print(f"培植方案已保存（编号 {out.id}）", file=ctx.out)
    return 0


def run_task_done(args: argparse.Namespace, ctx: CliContext) -> int:
    complete_task(ctx.workspace(), args.task_id, parse_iso_date(args.date))
    print("任务已完成", file=ctx.out)
    return 0


def run_plan_show(args: argparse.Namespace, ctx: CliContext) -> int:
    versions = plan_versions(ctx.workspace(), args.uscc)
    json.dump(to_jsonable([v.__dict__ for v in versions]), ctx.out, ensure_ascii=False, indent=1)
    ctx.out.write("\n")
    return 0
