"""一企一档: the firm's dossier — profile, credit-report facts, criteria, tags, contacts, banks.

Edits are audited field by field (old → new), so the file doubles as the officer's due-diligence trail.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.amounts import parse_amount
from desktop.domain.completeness import Completeness, completeness, facts_from
from desktop.domain.dates import parse_iso_date
from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import CRITERIA, POLICY_TAGS
from desktop.services.crowding import firm_crowding_warnings
from desktop.services.firm_state import refresh_firm
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, not_in_future
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Attachment, BankRelationship, Contact, Dossier, Firm


class DossierFieldError(DomainError):
    pass


# Field -> (Chinese label, kind) for the editable profile; kinds are parsed by ``_parse``.
FIELDS: dict[str, tuple[str, str]] = {
    "main_business": ("主营业务", "text"),
    "employees": ("从业人数", "count"),
    "annual_sales": ("年销售收入（万元）", "money"),
    "taxes_paid": ("纳税额（万元）", "money"),
    "social_insurance_headcount": ("社保缴纳人数", "count"),
    "utilities_note": ("水电等替代数据", "text"),
    "has_loan_record": ("征信：有无贷款记录", "bool"),
    "has_discount_record": ("征信：有无票据贴现记录", "bool"),
    "credit_lookback_years": ("征信查询年限", "count"),
    # 忻州's test (近5年内有无贷款记录) reads when the report was queried and its latest loan was settled.
    "credit_query_date": ("征信查询日期", "date"),
    "last_loan_settled_on": ("征信：最近一笔贷款结清日期", "date"),
    "collateral": ("抵押物情况", "text"),
    "guarantee_options": ("可提供的担保方式", "text"),
    "notes": ("备注", "text"),
}
# The field labels as the English error messages name them.
_FIELDS_EN: dict[str, str] = {
    "main_business": "Main business",
    "employees": "Employees",
    "annual_sales": "Annual sales (万元)",
    "taxes_paid": "Taxes paid (万元)",
    "social_insurance_headcount": "Social insurance headcount",
    "utilities_note": "Utilities and other alternative data",
    "has_loan_record": "Credit report: loan record",
    "has_discount_record": "Credit report: bill discount record",
    "credit_lookback_years": "Credit report look-back years",
    "credit_query_date": "Credit report query date",
    "last_loan_settled_on": "Credit report: latest loan settled on",
    "collateral": "Collateral",
    "guarantee_options": "Guarantees the firm can offer",
    "notes": "Notes",
}
ALIASES = {"last_loan_settled": "last_loan_settled_on"}  # the spelling on the command line
_TRUE = {"true", "yes", "y", "1", "是", "有"}
_FALSE = {"false", "no", "n", "0", "否", "无"}


def _parse(field: str, value: Any) -> Any:
    label, kind = FIELDS[field]
    label_en = _FIELDS_EN[field]
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if kind == "text":
        return str(value).strip()
    if kind == "money":
        return parse_amount(
            value if isinstance(value, Decimal) else str(value), label, what_en=label_en, allow_zero=True
        )
    if kind == "date":
        return value if isinstance(value, date) else parse_iso_date(str(value), label, label_en)
    if kind == "count":
        if isinstance(value, bool) or not (isinstance(value, int) or str(value).strip().isdigit()):
            raise DossierFieldError(
                f"{label}“{value}”无效，应为不小于 0 的整数",
                en=f"{label_en} “{value}” is not valid: give a whole number, 0 or more",
            )
        return int(value)
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE | _FALSE:
        return text in _TRUE
    raise DossierFieldError(
        f"{label}“{value}”无效，应为 是/否（yes/no）", en=f"{label_en} “{value}” is not valid: give yes or no"
    )


def _dossier(session: Session, firm: Firm) -> Dossier:
    dossier = session.get(Dossier, firm.id)
    if dossier is None:
        dossier = Dossier(firm_id=firm.id, criteria={}, policy_tags=[])
        session.add(dossier)
        session.flush()
    return dossier


def _audit(
    session: Session, ws: Workspace, firm: Firm, action: str, summary: str, old: Any, new: Any
) -> None:
    append_audit(
        session,
        actor=ws.actor,
        action=action,
        entity="dossier",
        entity_id=firm.uscc,
        firm_id=firm.id,
        summary=f"{summary}：{firm.name}",
        old=old,
        new=new,
    )


def update_dossier(
    ws: Workspace,
    uscc: str,
    changes: Mapping[str, Any],
    *,
    criteria: Mapping[str, bool | None] | None = None,
    policy_tags: list[str] | None = None,
) -> Outcome:
    """Set profile fields (None clears), criteria (code or label -> met; None = unknown) and tags."""
    changes = {ALIASES.get(name, name): value for name, value in changes.items()}
    unknown = [name for name in changes if name not in FIELDS]
    if unknown:
        raise DossierFieldError(
            f"未知的档案字段：{'、'.join(unknown)}；可用字段：{'、'.join(FIELDS)}",
            en=f"Unknown dossier field: {', '.join(unknown)}; the fields are: {', '.join(FIELDS)}",
        )
    parsed = {name: _parse(name, value) for name, value in changes.items()}
    for name, value in parsed.items():
        if isinstance(value, date):
            not_in_future(value, ws.today(), FIELDS[name][0], _FIELDS_EN[name])
    crit = {CRITERIA.parse(k): v for k, v in (criteria or {}).items()}
    tags = None if policy_tags is None else sorted({POLICY_TAGS.parse(t) for t in policy_tags})
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        dossier = _dossier(session, firm)
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for name, value in parsed.items():
            if getattr(dossier, name) != value:
                old[name], new[name] = getattr(dossier, name), value
                setattr(dossier, name, value)
        if crit:
            merged = dict(dossier.criteria or {})
            for code, met in crit.items():
                if met is None:
                    merged.pop(code, None)
                else:
                    merged[code] = bool(met)
            if merged != (dossier.criteria or {}):
                old["criteria"], new["criteria"] = dossier.criteria, merged
                dossier.criteria = merged
        if tags is not None and tags != sorted(dossier.policy_tags or []):
            old["policy_tags"], new["policy_tags"] = dossier.policy_tags, tags
            dossier.policy_tags = tags
        if new:
            labels = "、".join(
                FIELDS[n][0] if n in FIELDS else {"criteria": "筛选条件", "policy_tags": "政策标签"}[n]
                for n in new
            )
            _audit(session, ws, firm, "dossier.update", f"更新档案（{labels}）", old, new)
        # The credit-report facts decide whether a loan is the firm's 首贷, and with it the stage.
        move = refresh_firm(session, ws.actor, firm, ws.today()).stage_move if new else None
        return Outcome(id=firm.id, uscc=firm.uscc, stage_move=move)


def add_policy_tags(ws: Workspace, usccs: list[str], tags: list[str]) -> int:
    """Add policy tags to many firms at once (the firm table's batch action); returns how many changed."""
    codes = {POLICY_TAGS.parse(t) for t in tags}
    changed = 0
    with ws.db.write() as session:
        for uscc in dict.fromkeys(usccs):
            firm = get_firm(session, uscc)
            dossier = _dossier(session, firm)
            before = sorted(dossier.policy_tags or [])
            after = sorted(set(before) | codes)
            if after != before:
                dossier.policy_tags = after
                _audit(
                    session,
                    ws,
                    firm,
                    "dossier.update",
                    "更新档案（政策标签）",
                    {"policy_tags": before},
                    {"policy_tags": after},
                )
                changed += 1
    return changed


def add_contact(
    ws: Workspace,
    uscc: str,
    name: str,
    *,
    role: str | None = None,
    phone: str | None = None,
    id_number: str | None = None,
    primary: bool = False,
) -> Outcome:
    if not name.strip():
        raise DossierFieldError("联系人姓名不能为空", en="The contact's name cannot be empty")
    if phone and not any(c.isdigit() for c in phone):
        raise DossierFieldError(f"联系电话“{phone}”无效", en=f"Phone number “{phone}” is not valid")
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        if primary:
            for other in session.scalars(select(Contact).where(Contact.firm_id == firm.id)):
                other.is_primary = False
        contact = Contact(
            firm_id=firm.id,
            name=name.strip(),
            role=role,
            phone=phone,
            id_number=id_number,
            is_primary=primary,
        )
        session.add(contact)
        session.flush()
        new = {"name": contact.name, "role": role, "phone": phone, "primary": primary}
        _audit(session, ws, firm, "dossier.contact_add", f"新增联系人 {contact.name}", None, new)
        return Outcome(id=contact.id, uscc=firm.uscc)


def add_bank_relationship(
    ws: Workspace,
    uscc: str,
    bank: str,
    *,
    basic_account: bool = False,
    credit_amount: Decimal | str | None = None,
    note: str | None = None,
) -> Outcome:
    """A bank already serving the firm; the result carries the 垒小户 and basic-account warnings."""
    if not bank.strip():
        raise DossierFieldError("银行名称不能为空", en="The bank name cannot be empty")
    amount = (
        None
        if credit_amount is None
        else parse_amount(credit_amount, "他行授信金额", what_en="Credit at the other bank", allow_zero=True)
    )
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        existing = session.scalars(select(BankRelationship).where(BankRelationship.firm_id == firm.id)).all()
        if any(r.bank == bank.strip() for r in existing):
            raise DossierFieldError(
                f"已登记{bank.strip()}为该企业的服务银行",
                en=f"{bank.strip()} is already recorded as serving this firm",
            )
        if basic_account and any(r.is_basic_account for r in existing):
            raise DossierFieldError(
                "该企业已登记基本户开户行；一个企业只有一个基本存款账户",
                en="This firm already has a bank for its basic account; a firm has only one basic deposit account",
            )
        rel = BankRelationship(
            firm_id=firm.id,
            bank=bank.strip(),
            is_basic_account=basic_account,
            has_credit=amount is not None,
            credit_amount=amount,
            note=note,
        )
        session.add(rel)
        session.flush()
        new = {"bank": rel.bank, "basic_account": basic_account, "credit_amount": amount}
        _audit(session, ws, firm, "dossier.bank_add", f"新增服务银行 {rel.bank}", None, new)
        warnings = firm_crowding_warnings(session, firm, ws.profile.bank)
        return Outcome(id=rel.id, uscc=firm.uscc, warnings=warnings)


@dataclass(frozen=True)
class DossierView:
    uscc: str
    name: str
    fields: dict[str, Any]
    criteria: dict[str, bool]
    policy_tags: list[str]
    contacts: list[dict[str, Any]]
    banks: list[dict[str, Any]]
    attachments: list[dict[str, Any]]
    completeness: Completeness
    warnings: list[str]

    def to_json(self) -> dict[str, Any]:
        from desktop.store.jsonable import to_jsonable

        return {
            "uscc": self.uscc,
            "name": self.name,
            "fields": to_jsonable(self.fields),
            "criteria": self.criteria,
            "policy_tags": self.policy_tags,
            "contacts": self.contacts,
            "banks": to_jsonable(self.banks),
            "attachments": to_jsonable(self.attachments),
            "completeness": {
                "score": self.completeness.score,
                "missing": self.completeness.missing,
                "optional_missing": self.completeness.optional_missing,
            },
            "warnings": self.warnings,
        }


def dossier_view(ws: Workspace, uscc: str) -> DossierView:
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        dossier = session.get(Dossier, firm.id) or Dossier(firm_id=firm.id, criteria={}, policy_tags=[])
        contacts = session.scalars(
            select(Contact).where(Contact.firm_id == firm.id).order_by(Contact.id)
        ).all()
        banks = session.scalars(
            select(BankRelationship).where(BankRelationship.firm_id == firm.id).order_by(BankRelationship.id)
        ).all()
        files = session.scalars(
            select(Attachment).where(Attachment.firm_id == firm.id).order_by(Attachment.id)
        ).all()
        fields = {name: getattr(dossier, name) for name in FIELDS}
        facts = facts_from(
            dossier,
            contact_phones=(c.phone for c in contacts),
            basic_account_bank=firm.basic_account_bank
            or next((b.bank for b in banks if b.is_basic_account), None),
            attachment_kinds=(a.kind for a in files),
        )
        return DossierView(
            uscc=firm.uscc,
            name=firm.name,
            fields=fields,
            criteria=dict(dossier.criteria or {}),
            policy_tags=list(dossier.policy_tags or []),
            contacts=[
                {"id": c.id, "name": c.name, "role": c.role, "phone": c.phone, "primary": c.is_primary}
                for c in contacts
            ],
            banks=[
                {
                    "id": b.id,
                    "bank": b.bank,
                    "basic_account": b.is_basic_account,
                    "credit_amount": b.credit_amount,
                }
                for b in banks
            ],
            attachments=[
                {"id": a.id, "file_name": a.file_name, "kind": a.kind, "sha256": a.sha256, "size": a.size}
                for a in files
            ],
            completeness=completeness(facts),
            warnings=firm_crowding_warnings(session, firm, ws.profile.bank),
        )
