"""The programme work's audit entries (issue 23) as sentences of the 历史 tab and ``firstloan audit``: a
firm's taking part in an activity (a contact in its history), its 预授信, 典型案例 and the prints handed to
it or kept for 尽职免责. ``desktop.domain.event_entries`` adds these to its catalogue (their templates are in ``event_texts``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.domain.activities import ACTIVITY_KINDS
from desktop.domain.errors import Message
from desktop.domain.event_texts import EventText, amount_text


def _d(mapping: Any) -> dict[str, Any]:
    return mapping if isinstance(mapping, dict) else {}


def _kind(code: object) -> Message:
    text = None if code is None else str(code)
    if text is None:
        return Message("活动", "an activity")
    return Message(ACTIVITY_KINDS.zh(text), ACTIVITY_KINDS.en(text))


def _join(old: Any, new: Any) -> EventText:
    n = _d(new)
    return EventText(
        "activity.join", {"on": n.get("on", ""), "kind": _kind(n.get("kind")), "title": n.get("title", "")}
    )


def _leave(old: Any, new: Any) -> EventText:
    return EventText(
        "activity.leave", {"title": _d(old).get("title", ""), "reason": _d(new).get("void_reason", "")}
    )


def _precredit_set(old: Any, new: Any) -> EventText:
    n = _d(new)
    return EventText("precredit.set", {"on": n.get("on", ""), "amount": amount_text(n.get("amount"))})


def _precredit_void(old: Any, new: Any) -> EventText:
    return EventText(
        "precredit.void",
        {"amount": amount_text(_d(old).get("amount")), "reason": _d(new).get("void_reason", "")},
    )


def _case(code: str) -> Callable[[Any, Any], EventText]:
    def describe(old: Any, new: Any) -> EventText:
        n = _d(new)
        reason = n.get("reason") or n.get("void_reason") or ""
        return EventText(code, {"month": n.get("month", ""), "title": n.get("title", ""), "reason": reason})

    return describe


PROGRAMME_DESCRIBERS: dict[str, Callable[[Any, Any], EventText]] = {
    "activity.join": _join,
    "activity.leave": _leave,
    "precredit.set": _precredit_set,
    "precredit.void": _precredit_void,
    "case.mark": _case("case.mark"),
    "case.edit": _case("case.edit"),
    "case.void": _case("case.void"),
    "demand.reply": lambda old, new: EventText("demand.reply"),
    "diligence.print": lambda old, new: EventText("diligence.print"),
}
