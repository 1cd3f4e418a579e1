"""``firstloan record contact|bank …``: a dossier's contacts and serving banks, added, corrected and voided,
and its attachments listed and voided (``attachments``, ``attach-void``)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.commands import CliContext
from desktop.domain.errors import DomainError
from desktop.services.attachments import list_attachments, void_attachment
from desktop.services.contacts import add_contact, edit_contact
from desktop.services.corrections import void_record
from desktop.services.outcome import Outcome
from desktop.services.serving_banks import add_bank_relationship, edit_bank_relationship
from desktop.store.jsonable import to_jsonable


def _roles(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").replace("，", ",").split(",") if part.strip()]


def _none(text: str | None) -> str | None:
    return None if text is None or text.strip().lower() in ("", "none") else text


def _id(text: str) -> int:
    if not text.strip().isdigit():
        raise DomainError(
            f"编号“{text}”无效，应为正整数", en=f"Number “{text}” is not valid; give a positive whole number"
        )
    return int(text)


def register(s: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    a = s.add_parser("contact", help="新增联系人（电话：11 位手机号或带区号的固定电话）")
    a.add_argument("uscc")
    a.add_argument("name")
    a.add_argument("--role")
    a.add_argument("--phone")
    a.add_argument("--id-number", help="证件号码")
    a.add_argument("--primary", action="store_true")
    a.set_defaults(func=run_contact)
    a = s.add_parser("contact-edit", help="更正联系人（需填写原因）")
    a.add_argument("contact_id")
    a.add_argument("--name")
    a.add_argument("--role", help="职务（none 清除）")
    a.add_argument("--phone", help="电话（none 清除）")
    a.add_argument("--id-number", help="证件号码（none 清除）")
    a.add_argument("--primary", action=argparse.BooleanOptionalAction, help="设为 / 不再作为主要联系人")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=run_contact_edit)
    a = s.add_parser("bank", help="新增已服务该企业的银行")
    a.add_argument("uscc")
    a.add_argument("bank")
    a.add_argument("--basic", action="store_true", help="基本户开户行")
    a.add_argument(
        "--roles", help="银行角色，逗号分隔：basic 基本户 / settlement 结算 / credit 授信 / loan 贷款"
    )
    a.add_argument("--credit", help="该行授信金额（万元）")
    a.add_argument("--note")
    a.set_defaults(func=run_bank)
    a = s.add_parser("bank-edit", help="更正服务银行（需填写原因）")
    a.add_argument("bank_id")
    a.add_argument("--bank", help="银行名称")
    a.add_argument("--roles", help="银行角色，逗号分隔（替换原有角色）")
    a.add_argument("--credit", help="该行授信金额（万元，none 清除）")
    a.add_argument("--note", help="说明（none 清除）")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=run_bank_edit)
    for kind, name, label in (("contact", "contact-void", "联系人"), ("bank", "bank-void", "服务银行")):
        a = s.add_parser(name, help=f"作废{label}（保留记录与原因）")
        a.add_argument("record_id")
        a.add_argument("--reason", required=True)
        a.set_defaults(func=run_void, kind=kind, label=label)
    a = s.add_parser("attachments", help="列出附件（含已移除的）")
    a.add_argument("uscc")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_attachments, read_only=True)
    a = s.add_parser("attach-void", help="移除附件（作废，保留在操作记录中）")
    a.add_argument("attachment_id")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=run_attach_void)


def _warn(ctx: CliContext, outcome: Outcome) -> int:
    for warning in outcome.warnings:
        ctx.warn(warning)
    return 0


def run_contact(args: argparse.Namespace, ctx: CliContext) -> int:
    out = add_contact(
        ctx.workspace(), args.uscc, args.name, role=args.role, phone=args.phone, id_number=args.id_number,
        primary=args.primary,
    )  # fmt: skip
    print(f"已新增联系人 {args.name}（编号 {out.id}）", file=ctx.out)
    return 0


def run_contact_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    changes: dict[str, Any] = {}
    if args.name is not None:
        changes["name"] = args.name
    for name in ("role", "phone", "id_number"):
        if getattr(args, name) is not None:
            changes[name] = _none(getattr(args, name))
    if args.primary is not None:
        changes["primary"] = args.primary
    edit_contact(ctx.workspace(), _id(args.contact_id), changes, args.reason)
    print(f"已更正联系人 {args.contact_id}", file=ctx.out)
    return 0


def run_bank(args: argparse.Namespace, ctx: CliContext) -> int:
    out = add_bank_relationship(
        ctx.workspace(), args.uscc, args.bank, basic_account=args.basic, roles=_roles(args.roles),
        credit_amount=args.credit, note=args.note,
    )  # fmt: skip
    print(f"已登记服务银行 {args.bank}（编号 {out.id}）", file=ctx.out)
    return _warn(ctx, out)


def run_bank_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    changes: dict[str, Any] = {}
    if args.bank is not None:
        changes["bank"] = args.bank
    if args.roles is not None:
        changes["roles"] = _roles(args.roles)
    if args.credit is not None:
        changes["credit_amount"] = _none(args.credit)
    if args.note is not None:
        changes["note"] = _none(args.note)
    out = edit_bank_relationship(ctx.workspace(), _id(args.bank_id), changes, args.reason)
    print(f"已更正服务银行 {args.bank_id}", file=ctx.out)
    return _warn(ctx, out)


def run_void(args: argparse.Namespace, ctx: CliContext) -> int:
    out = void_record(ctx.workspace(), args.kind, _id(args.record_id), args.reason)
    print(f"已作废{args.label} {args.record_id}", file=ctx.out)
    return _warn(ctx, out)


def run_attachments(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = [
        {
            "id": a.id, "file_name": a.file_name, "kind": a.kind, "size": a.size, "sha256": a.sha256,
            "date": a.added_at.date(), "voided": not a.live, "void_reason": a.void_reason,
        }
        for a in list_attachments(ctx.workspace(), args.uscc)
    ]  # fmt: skip
    if args.json:
        json.dump(to_jsonable(rows), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for row in rows:
        voided = f"  [已移除：{row['void_reason']}]" if row["voided"] else ""
        print(f"{row['id']:>6}  {row['kind']}  {row['file_name']}  {row['size']} 字节{voided}", file=ctx.out)
    return 0


def run_attach_void(args: argparse.Namespace, ctx: CliContext) -> int:
    void_attachment(ctx.workspace(), _id(args.attachment_id), args.reason)
    print(f"已移除附件 {args.attachment_id}（记录保留）", file=ctx.out)
    return 0
