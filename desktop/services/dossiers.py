"""一企一档: the firm's dossier — profile, credit-report facts, the five criteria with notes, tags — and the
view of the whole record ``record show`` prints (contacts and serving banks are in contacts.py and
serving_banks.py, re-exported here).

Edits are audited field by field (old → new), so the file doubles as the officer's due-diligence trail.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.amounts import MAX_COUNT, parse_amount, parse_count
from desktop.domain.completeness import Completeness
from desktop.domain.dates import parse_iso_date
from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import CRITERIA, POLICY_TAGS
from desktop.reports.dossier_data import completeness_of
from desktop.services.attachments import stored_name
from desktop.services.contacts import add_contact, edit_contact
from desktop.services.corrections import apply_changes
from desktop.services.crowding import firm_crowding_warnings
from desktop.services.firm_edit import apply_to_firm, check_changes
from desktop.services.firm_state import refresh_firm
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, not_in_future
from desktop.services.serving_banks import add_bank_relationship, edit_bank_relationship, roles_of
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Attachment, BankRelationship, Contact, Dossier, Firm
from desktop.store.value_lists import among

# Contacts and serving banks have their own modules; their calls stay reachable from here.
__all__ = [
    "FIELDS",
    "DossierFieldError",
    "DossierView",
    "add_bank_relationship",
    "add_contact",
    "add_policy_tags",
    "completeness_scores",
    "dossier_view",
    "edit_bank_relationship",
    "edit_contact",
    "update_dossier",
]


class DossierFieldError(DomainError):
    pass


# Field -> (Chinese label, kind) for the editable profile; kinds are parsed by ``parse_field``.
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
    "credit_query_date": ("征信查询日期", "date"),
    "last_loan_settled": ("征信报告最近一笔贷款结清日期", "date"),
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
    "last_loan_settled": "Last loan on the credit report settled on",
    "collateral": "Collateral",
    "guarantee_options": "Guarantees the firm can offer",
    "notes": "Notes",
}
# Counts other than headcounts: a credit-report look-back longer than 50 years (the People's Bank's
# credit reference system dates from the 1990s) is a typo.
_COUNT_MAXIMA = {"credit_lookback_years": 50}
# A field whose column has another name, and the column's name accepted as the field's.
COLUMNS = {"last_loan_settled": "last_loan_settled_on"}
ALIASES = {column: name for name, column in COLUMNS.items()}
_TRUE = {"true", "yes", "y", "1", "是", "有"}
_FALSE = {"false", "no", "n", "0", "否", "无"}


def parse_field(field: str, value: Any) -> Any:
    """One dossier field as typed (a form or the command line) -> its value; a clear error otherwise."""
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
        return parse_count(value, label, label_en, maximum=_COUNT_MAXIMA.get(field, MAX_COUNT))
    if kind == "date":
        return value if isinstance(value, date) else parse_iso_date(str(value), label, label_en)
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
        dossier = Dossier(firm_id=firm.id, criteria={}, criteria_notes={}, policy_tags=[], free_tags=[])
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


def check_field(name: str, value: Any, today: date) -> Any:
    """A field as the form shows its problem beside it: parsed, and a credit-report date not after today."""
    parsed = parse_field(name, value)
    if FIELDS[name][1] == "date" and parsed is not None:
        not_in_future(parsed, today, FIELDS[name][0], _FIELDS_EN[name].lower())
    return parsed


def _parsed(changes: Mapping[str, Any], today: date) -> dict[str, Any]:
    unknown = [name for name in changes if name not in FIELDS]
    if unknown:
        raise DossierFieldError(
            f"未知的档案字段：{'、'.join(unknown)}；可用字段：{'、'.join(FIELDS)}",
            en=f"Unknown dossier field: {', '.join(unknown)}; the fields are: {', '.join(FIELDS)}",
        )
    return {name: check_field(name, value, today) for name, value in changes.items()}


def _merge_criteria(
    dossier: Dossier, crit: Mapping[str, bool | None], notes: Mapping[str, str | None]
) -> dict[str, Any]:
    """The criteria (met / not met / unknown = absent) and their notes after the change."""
    merged = dict(dossier.criteria or {})
    for code, met in crit.items():
        if met is None:
            merged.pop(code, None)
        else:
            merged[code] = bool(met)
    merged_notes = dict(dossier.criteria_notes or {})
    for code, note in notes.items():
        if (note or "").strip():
            merged_notes[code] = (note or "").strip()
        else:
            merged_notes.pop(code, None)
    return {"criteria": merged, "criteria_notes": merged_notes}


def _free(tags: list[str] | None) -> list[str] | None:
    return None if tags is None else list(dict.fromkeys(t.strip() for t in tags if t.strip()))


def update_dossier(
    ws: Workspace,
    uscc: str,
    changes: Mapping[str, Any],
    *,
    criteria: Mapping[str, bool | None] | None = None,
    criteria_notes: Mapping[str, str | None] | None = None,
    policy_tags: list[str] | None = None,
    free_tags: list[str] | None = None,
    firm_fields: Mapping[str, Any] | None = None,
) -> Outcome:
    """Set profile fields (None clears), criteria (code or label -> met; None = unknown) with their notes,
    the pick-list tags (codes or labels of POLICY_TAGS), free tags and the firm's own fields (name
    correction, address, county, officer, branch: firm_edit's rules) — the firm pane's one Save, one
    audited transaction."""
    if firm_fields:
        check_changes(firm_fields)
    changes = {ALIASES.get(name, name): value for name, value in changes.items()}
    parsed = _parsed(changes, ws.today())
    crit = {CRITERIA.parse(k): v for k, v in (criteria or {}).items()}
    notes = {CRITERIA.parse(k): v for k, v in (criteria_notes or {}).items()}
    tags = None if policy_tags is None else sorted({POLICY_TAGS.parse(t) for t in policy_tags})
    values: dict[str, Any] = {COLUMNS.get(name, name): value for name, value in parsed.items()}
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        edited = apply_to_firm(session, ws.actor, uscc, firm_fields) if firm_fields else []
        dossier = _dossier(session, firm)
        if crit or notes:
            values |= _merge_criteria(dossier, crit, notes)
        if tags is not None:
            values["policy_tags"] = tags
        if (free := _free(free_tags)) is not None:
            values["free_tags"] = free
        old = {name: getattr(dossier, name) for name in values}
        new = apply_changes(dossier, values)
        if new:
            labels = "、".join(_label(n) for n in new)
            _audit(
                session, ws, firm, "dossier.update", f"更新档案（{labels}）", {n: old[n] for n in new}, new
            )
        # The credit-report facts decide whether a loan is the firm's 首贷, and with it the stage.
        move = refresh_firm(session, ws.actor, firm, ws.today()).stage_move if new else None
        warnings = firm_crowding_warnings(session, firm, ws.profile.bank) if edited else []
        return Outcome(id=firm.id, uscc=firm.uscc, stage_move=move, warnings=warnings)


def _label(column: str) -> str:
    name = next((k for k, v in COLUMNS.items() if v == column), column)
    if name in FIELDS:
        return FIELDS[name][0]
    return {
        "criteria": "筛选条件",
        "criteria_notes": "筛选条件说明",
        "policy_tags": "政策标签",
        "free_tags": "自定义标签",
    }.get(column, column)


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


@dataclass(frozen=True)
class DossierView:
    uscc: str
    name: str
    fields: dict[str, Any]
    criteria: dict[str, bool]
    criteria_notes: dict[str, str]
    policy_tags: list[str]
    free_tags: list[str]
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
            "criteria_notes": self.criteria_notes,
            "policy_tags": self.policy_tags,
            "free_tags": self.free_tags,
            "contacts": self.contacts,
            "banks": to_jsonable(self.banks),
            "attachments": to_jsonable(self.attachments),
            "completeness": {
                "score": self.completeness.score,
                "missing": [str(m) for m in self.completeness.missing],
                "optional_missing": [str(m) for m in self.completeness.optional_missing],
            },
            "warnings": self.warnings,
        }


def _contact_json(c: Contact) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "role": c.role, "phone": c.phone, "primary": c.is_primary}


def _bank_json(b: BankRelationship) -> dict[str, Any]:
    return {
        "id": b.id,
        "bank": b.bank,
        "roles": roles_of(b),
        "basic_account": b.is_basic_account,
        "credit_amount": b.credit_amount,
        "note": b.note,
    }


def _attachment_json(a: Attachment) -> dict[str, Any]:
    return {
        "id": a.id,
        "file_name": stored_name(a.file_name),
        "kind": a.kind,
        "sha256": a.sha256,
        "size": a.size,
    }


def dossier_view(ws: Workspace, uscc: str) -> DossierView:
    """The firm's current record (live contacts, banks and attachments) and its completeness, by the one
    rule the pane and the PDF use (``dossier_data.completeness_of``)."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        dossier = session.get(Dossier, firm.id) or Dossier(
            firm_id=firm.id, criteria={}, criteria_notes={}, policy_tags=[], free_tags=[]
        )
        contacts = session.scalars(
            select(Contact).where(Contact.firm_id == firm.id, Contact.live).order_by(Contact.id)
        ).all()
        banks = session.scalars(
            select(BankRelationship)
            .where(BankRelationship.firm_id == firm.id, BankRelationship.live)
            .order_by(BankRelationship.id)
        ).all()
        files = session.scalars(
            select(Attachment).where(Attachment.firm_id == firm.id, Attachment.live).order_by(Attachment.id)
        ).all()
        return DossierView(
            uscc=firm.uscc,
            name=firm.name,
            fields={name: getattr(dossier, COLUMNS.get(name, name)) for name in FIELDS},
            criteria=dict(dossier.criteria or {}),
            criteria_notes=dict(dossier.criteria_notes or {}),
            policy_tags=list(dossier.policy_tags or []),
            free_tags=list(dossier.free_tags or []),
            contacts=[_contact_json(c) for c in contacts],
            banks=[_bank_json(b) for b in banks],
            attachments=[_attachment_json(a) for a in files],
            completeness=completeness_of(session, [firm.id])[firm.id],
            warnings=firm_crowding_warnings(session, firm, ws.profile.bank),
        )


def completeness_scores(ws: Workspace, usccs: Iterable[str]) -> dict[str, Completeness]:
    """The completeness of these firms (a page of the firm table), by the one rule: uscc -> Completeness."""
    codes = list(usccs)
    if not codes:
        return {}
    with ws.db.session() as session:
        ids: dict[int, str] = {
            fid: code
            for fid, code in session.execute(select(Firm.id, Firm.uscc).where(among(Firm.uscc, codes)))
        }
        return {ids[fid]: score for fid, score in completeness_of(session, ids).items()}
