"""An audit entry (action, old, new) as an ``EventText``: the sentence the 历史 tab and ``firstloan audit``
show, worked out from the raw facts the entry keeps, never from its stored Chinese summary.

Corrections share one shape: an edit keeps the record as it was in ``old`` and ``{"changes": {field: new},
"reason": R}`` in ``new``; a void keeps the record in ``old`` and ``{"voided": true, "reason": R}`` in ``new``.
``record_what`` names a record in words (放款 60 万元) for those sentences and for the stage history.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop.domain.errors import Message
from desktop.domain.event_texts import EventText, amount_text, fields_text
from desktop.domain.stages import Stage
from desktop.domain.vocabulary import (
    ATTACHMENT_KINDS,
    DECISIONS,
    DEMAND_CHANNELS,
    GUARANTEE_KINDS,
    LOAN_KINDS,
    SOURCE_CHANNELS,
    VISIT_MODES,
    Vocabulary,
)

# The kinds of record a correction applies to: action prefix -> (Chinese, English) name.
RECORD_KINDS: dict[str, tuple[str, str]] = {
    "visit": ("走访", "Visit"),
    "demand": ("融资需求", "Financing demand"),
    "credit": ("授信", "Credit"),
    "loan": ("放款", "Loan"),
    "stage": ("手工调整阶段", "Hand stage move"),
    "contact": ("联系人", "Contact"),
    "bank": ("服务银行", "Serving bank"),
    "attachment": ("附件", "Attachment"),
    "target": ("目标", "Target"),
}
_STATUS = {
    "first": ("首贷", "first loan"),
    "unverified": ("待核实", "unverified"),
    "not_first": ("非首贷", "not first"),
}
_CAUSES = {
    "visit": ("走访", "visit"),
    "demand": ("融资需求", "demand"),
    "plan": ("培植方案", "plan"),
    "credit": ("授信", "credit"),
    "loan": ("放款", "loan"),
    "hand": ("手工调整", "by hand"),
    "correction": ("更正", "correction"),
    "import": ("名单导入", "list import"),
    "demo": ("演示", "demo"),
}
_SCOPES = {
    "county": ("县区", "county"),
    "bank": ("银行", "bank"),
    "branch": ("网点", "branch"),
    "officer": ("客户经理", "officer"),
}


def _word(vocabulary: Vocabulary, code: object) -> Message:
    text = None if code is None else str(code)
    return Message(vocabulary.zh(text), vocabulary.en(text))


def _stage(code: object) -> Message:
    try:
        stage = Stage(str(code))
    except ValueError:
        return Message(str(code or ""), str(code or ""))
    return Message(stage.label_zh, stage.label_en)


def _pair(table: Mapping[str, tuple[str, str]], code: object) -> Message:
    zh, en = table.get(str(code), (str(code or ""), str(code or "")))
    return Message(zh, en)


def _d(mapping: Any) -> dict[str, Any]:
    return mapping if isinstance(mapping, dict) else {}


def _detail(record: Mapping[str, Any], kind: str) -> tuple[str, str]:
    """What tells one record of a kind from the next, in each language."""
    day = str(record.get("date") or record.get("received_on") or record.get("on") or "")
    amount = record.get("amount")
    money = f" {amount_text(amount)} 万元" if amount is not None else ""
    if kind == "visit":
        mode = _word(VISIT_MODES, record.get("mode"))
        return f"（{day} {mode}）", f" of {day} ({mode.en})"
    if kind in ("credit", "loan"):
        return money, f" of{money}" if money else ""
    if kind == "demand":
        return f"{money}（{day}）", (f" of{money}" if money else "") + f" ({day})"
    if kind == "stage":
        old, new = _stage(record.get("from_stage")), _stage(record.get("to_stage"))
        return f"（{day} {old} → {new}）", f" ({day} {old.en} → {new.en})"
    if kind in ("contact", "bank", "attachment"):
        name = str(record.get("name") or record.get("bank") or record.get("file_name") or "")
        return f" {name}", f" {name}"
    if kind == "target":
        scope = _pair(_SCOPES, record.get("scope_kind"))
        year, scope_name = record.get("year"), record.get("scope_name")
        return f"（{year} 年 {scope} {scope_name}）", f" ({year}, {scope.en} {scope_name})"
    return "", ""


def record_what(kind: str, record: Mapping[str, Any]) -> Message:
    """A record in words: 放款 60 万元（2026-10-05） / Loan of 60 万元 (2026-10-05)."""
    zh, en = RECORD_KINDS.get(kind, (kind, kind))
    detail_zh, detail_en = _detail(record, kind)
    return Message(f"{zh}{detail_zh}", f"{en}{detail_en}")


def _correction(kind: str, action: str, old: Any, new: Any) -> EventText:
    new_d = _d(new)
    what = record_what(kind, _d(old))
    reason = str(new_d.get("reason") or "")
    if action == "edit":
        return EventText(
            "record.edit",
            {"what": what, "fields": fields_text(list(_d(new_d.get("changes")))), "reason": reason},
        )
    return EventText("record.void", {"what": what, "reason": reason})


def _on(new: Mapping[str, Any], *names: str) -> str:
    return next((str(new[n]) for n in names if new.get(n)), "")


def _visit_add(old: Any, new: Any) -> EventText:
    n = _d(new)
    return EventText("visit.add", {"on": _on(n, "date"), "mode": _word(VISIT_MODES, n.get("mode"))})


def _demand_add(old: Any, new: Any) -> EventText:
    n = _d(new)
    amount = n.get("amount")
    money = Message(f" {amount_text(amount)} 万元", f" of {amount_text(amount)} 万元") if amount else ""
    return EventText(
        "demand.add",
        {"on": _on(n, "received_on"), "channel": _word(DEMAND_CHANNELS, n.get("channel")), "amount": money},
    )


def _demand_feedback(old: Any, new: Any) -> EventText:
    n = _d(new)
    intent = n.get("feedback_intent")
    words = (
        ""
        if intent is None
        else (Message("：可以办理", ": yes") if intent else Message("：暂不能办理", ": no"))
    )
    return EventText("demand.feedback", {"on": _on(n, "feedback_on"), "intent": words})


def _demand_decide(old: Any, new: Any) -> EventText:
    n = _d(new)
    detail: object = ""
    if n.get("approved_amount"):
        detail = Message(
            f"，批准 {amount_text(n['approved_amount'])} 万元",
            f", {amount_text(n['approved_amount'])} 万元 approved",
        )
    elif n.get("decline_reason"):
        detail = Message(f"（{n['decline_reason']}）", f" ({n['decline_reason']})")
    return EventText(
        "demand.decide",
        {"on": _on(n, "decided_on"), "decision": _word(DECISIONS, n.get("decision")), "detail": detail},
    )


def _credit_add(old: Any, new: Any) -> EventText:
    n = _d(new)
    return EventText(
        "credit.add",
        {
            "on": _on(n, "date"),
            "amount": amount_text(n.get("amount")),
            "guarantee": _word(GUARANTEE_KINDS, n.get("guarantee")),
        },
    )


def _loan_add(old: Any, new: Any) -> EventText:
    n = _d(new)
    first = (
        Message("，计为首贷", ", counted as the first loan") if n.get("first_loan_status") == "first" else ""
    )
    if "is_first_loan" in n and n.get("is_first_loan"):  # entries written before the one 首贷 rule
        first = Message("，计为首贷", ", counted as the first loan")
    return EventText(
        "loan.add",
        {
            "on": _on(n, "date"),
            "amount": amount_text(n.get("amount")),
            "kind": _word(LOAN_KINDS, n.get("kind")),
            "first": first,
        },
    )


def _first_loan_status(old: Any, new: Any) -> EventText:
    return EventText(
        "loan.first_loan_status",
        {
            "old": _pair(_STATUS, _d(old).get("first_loan_status")),
            "new": _pair(_STATUS, _d(new).get("first_loan_status")),
        },
    )


def _stage_text(code: str) -> Callable[[Any, Any], EventText]:
    def describe(old: Any, new: Any) -> EventText:
        n = _d(new)
        reason, reason_en = n.get("reason"), n.get("reason_en") or n.get("reason")
        args: dict[str, object] = {
            "on": _on(n, "on"),
            "old": _stage(_d(old).get("stage")),
            "new": _stage(n.get("stage")),
            "cause": _pair(_CAUSES, n.get("cause")),
            "reason": Message(f"（{reason}）", f" ({reason_en})") if reason else "",
        }
        return EventText(code, args)

    return describe


def _fields(code: str) -> Callable[[Any, Any], EventText]:
    return lambda old, new: EventText(code, {"fields": fields_text([k for k in _d(new) if k != "reason"])})


def _plan_save(old: Any, new: Any) -> EventText:
    n = _d(new)
    code = "plan.revise" if old else "plan.save"
    return EventText(code, {"on": _on(n, "drawn_on"), "version": n.get("version", "")})


def _task_done(old: Any, new: Any) -> EventText:
    n = _d(new)
    title = f"“{n['title']}”" if n.get("title") else ""
    note = Message(f"：{n['note']}", f": {n['note']}") if n.get("note") else ""
    return EventText("plan.task_done", {"on": _on(n, "done_on"), "title": title, "note": note})


def _task_add(old: Any, new: Any) -> EventText:
    n = _d(new)
    due = Message(f"（期限 {n['due']}）", f" (due {n['due']})") if n.get("due") else ""
    return EventText("plan.task_add", {"title": n.get("title", ""), "due": due})


def _simple(code: str, *names: str) -> Callable[[Any, Any], EventText]:
    return lambda old, new: EventText(code, {name: _d(new).get(name, "") for name in names})


def _firm_add(old: Any, new: Any) -> EventText:
    n = _d(new)
    return EventText(
        "firm.add", {"name": n.get("name", ""), "source": _word(SOURCE_CHANNELS, n.get("source_channel"))}
    )


def _target_set(old: Any, new: Any) -> EventText:
    n = _d(new)
    scope = _pair(_SCOPES, n.get("scope_kind"))
    name = n.get("scope_name", "")
    return EventText(
        "target.set", {"year": n.get("year", ""), "scope": Message(f"{scope} {name}", f"{scope.en} {name}")}
    )


_DESCRIBERS: dict[str, Callable[[Any, Any], EventText]] = {
    "visit.add": _visit_add,
    "visit.follow_up_done": lambda old, new: EventText("visit.follow_up_done", {"on": ""}),
    "demand.add": _demand_add,
    "demand.feedback": _demand_feedback,
    "demand.conditions": lambda old, new: EventText(
        "demand.conditions", {"on": _on(_d(new), "conditions_met_on")}
    ),
    "demand.accept": lambda old, new: EventText("demand.accept", {"on": _on(_d(new), "accepted_on")}),
    "demand.decide": _demand_decide,
    "credit.add": _credit_add,
    "loan.add": _loan_add,
    "loan.first_loan_status": _first_loan_status,
    "stage.advance": _stage_text("stage.advance"),
    "stage.hand": _stage_text("stage.hand"),
    "stage.correct": _stage_text("stage.correct"),
    "dossier.update": _fields("dossier.update"),
    "firm.edit": _fields("firm.edit"),
    "dossier.contact_add": _simple("dossier.contact_add", "name"),
    "dossier.bank_add": _simple("dossier.bank_add", "bank"),
    "attachment.add": lambda old, new: EventText(
        "attachment.add",
        {"file": _d(new).get("file_name", ""), "kind": _word(ATTACHMENT_KINDS, _d(new).get("kind"))},
    ),
    "plan.save": _plan_save,
    "plan.task_add": _task_add,
    "plan.task_done": _task_done,
    "firm.add": _firm_add,
    "target.set": _target_set,
    "ledger.note": lambda old, new: EventText("ledger.note", {"month": _d(new).get("month", "")}),
    "ledger.export": _simple("ledger.export", "month", "rows"),
    "list.import": _simple("list.import", "list", "new", "updated"),
    "list.undo": _simple("list.undo", "list"),
}


def _plain(code: str) -> Callable[[Any, Any], EventText]:
    return lambda old, new: EventText(code)


for _code in (
    "profile.save", "dossier.print", "plan.print", "dossier.print_batch", "export.recommendations",
    "export.feedback", "mapping.save", "mapping.delete", "demo.fill", "backup.restore",
):  # fmt: skip
    _DESCRIBERS[_code] = _plain(_code)


def describe(action: str, old: Any, new: Any, summary: str = "") -> EventText:
    """The sentence of one audit entry; an action this catalogue does not know shows its stored summary."""
    prefix, _, verb = action.partition(".")
    if verb in ("edit", "void") and prefix in RECORD_KINDS:
        return _correction(prefix, verb, old, new)
    if action == "attachment.remove":  # entries written before attachments were voided
        return _correction("attachment", "void", old, new)
    describer = _DESCRIBERS.get(action)
    if describer is None:
        return EventText("unknown", {"summary": summary or action})
    return describer(old, new)
