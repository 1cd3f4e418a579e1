"""Finding the firms an officer names by credit code or by name (an activity's participants, a sign-in
sheet): a code must be a stored firm's; a name must belong to exactly one firm, else the officer is told
which names were not found or are shared, and uses the code."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError, Message
from desktop.domain.names import name_key
from desktop.domain.uscc import is_valid, normalize
from desktop.services.workspace import Workspace
from desktop.store.models import Firm


class UnknownFirms(DomainError):
    pass


@dataclass(frozen=True)
class FirmRef:
    text: str  # a credit code or a firm name, as typed or read
    where: str = ""  # where it was read ("签到表.xlsx 第 3 行"), for the message
    where_en: str = ""


@dataclass(frozen=True)
class Unmatched:
    ref: FirmRef
    reason: Message


@dataclass
class Matched:
    firms: list[Firm] = field(default_factory=list)  # in the order named, each once
    unmatched: list[Unmatched] = field(default_factory=list)


def _by_name(session: Session, text: str) -> list[Firm]:
    exact = list(session.scalars(select(Firm).where(Firm.name == text).limit(3)))
    if exact:
        return exact
    return list(session.scalars(select(Firm).where(Firm.name_key == name_key(text)).limit(3)))


def _find(session: Session, ref: FirmRef) -> Firm | Message:
    text = ref.text.strip()
    if is_valid(text):
        firm = session.scalar(select(Firm).where(Firm.uscc == normalize(text)))
        return firm or Message(
            f"没有统一社会信用代码为 {normalize(text)} 的企业", f"No firm has the code {normalize(text)}"
        )
    found = _by_name(session, text)
    if not found:
        return Message(f"找不到名为“{text}”的企业", f"No firm is named “{text}”")
    if len(found) > 1:
        return Message(
            f"有多家企业名为“{text}”，请改用统一社会信用代码",
            f"More than one firm is named “{text}”; use its code",
        )
    return found[0]


def match_firms(session: Session, refs: Sequence[FirmRef]) -> Matched:
    matched = Matched()
    seen: set[int] = set()
    for ref in refs:
        found = _find(session, ref)
        if isinstance(found, Message):
            matched.unmatched.append(Unmatched(ref, found))
        elif found.id not in seen:
            seen.add(found.id)
            matched.firms.append(found)
    return matched


def require_firms(session: Session, refs: Sequence[FirmRef]) -> list[Firm]:
    """Every named firm, or UnknownFirms naming each one that is not found (nothing is written)."""
    matched = match_firms(session, refs)
    if matched.unmatched:
        raise UnknownFirms(
            "；".join(f"{u.ref.where}{u.reason}" for u in matched.unmatched),
            en="; ".join(f"{u.ref.where_en}{u.reason.en}" for u in matched.unmatched),
        )
    return matched.firms


@dataclass(frozen=True)
class Looked:
    found: list[tuple[str, str]]  # (credit code, name), in the order named
    unmatched: list[Unmatched]


def lookup_firms(ws: Workspace, texts: Sequence[str]) -> Looked:
    """The firms named by code or name, for a screen to list before saving (nothing is written)."""
    with ws.db.session() as session:
        matched = match_firms(session, [FirmRef(t) for t in texts if t.strip()])
        return Looked([(f.uscc, f.name) for f in matched.firms], matched.unmatched)
