"""A firm the branch found itself (seed 000's 五张清单: 产业链上下游, 本行结算户, 小微企业园, 行业主管部门清单,
百行进万企), added by hand: its code is checked, a code already stored is refused naming the firm that has
it, and it is off every list (``on_list`` false, ``source`` "branch") — what ``export-recommendations``
sends back to the region."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.domain.names import display_name, name_key, pinyin_initials
from desktop.domain.uscc import EntityType, parse
from desktop.domain.vocabulary import SOURCE_CHANNELS
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Firm

KINDS = ("enterprise", "individual")


class FirmExists(DomainError):
    pass


@dataclass(frozen=True)
class NewFirm:
    uscc: str
    name: str
    kind: str | None = None  # enterprise | individual; None: what the code says
    county: str | None = None
    address: str | None = None
    source: str = "other"  # a code or label of SOURCE_CHANNELS
    officer: str | None = None  # default: the officer using the app


def _kind(data: NewFirm, from_code: EntityType) -> str:
    if data.kind is None:
        return from_code.value
    kind = data.kind.strip().lower()
    aliases = {"企业": "enterprise", "个体工商户": "individual", "个体": "individual"}
    kind = aliases.get(data.kind.strip(), kind)
    if kind not in KINDS:
        raise DomainError(
            f"主体类型“{data.kind}”无效，应为 enterprise（企业）或 individual（个体工商户）",
            en=f"Entity type “{data.kind}” is not valid; it should be enterprise or individual",
        )
    return kind


def add_firm(ws: Workspace, data: NewFirm) -> Outcome:
    code = parse(data.uscc)
    name = display_name(data.name or "")
    if not name:
        raise DomainError("企业名称不能为空", en="The firm name cannot be empty")
    kind = _kind(data, code.entity_type)
    source = SOURCE_CHANNELS.parse(data.source)
    with ws.db.write() as session:
        existing = session.scalar(select(Firm).where(Firm.uscc == code.code))
        if existing is not None:
            raise FirmExists(
                f"统一社会信用代码 {code.code} 已登记为“{existing.name}”",
                en=f"The unified social credit code {code.code} is already recorded, for “{existing.name}”",
            )
        firm = Firm(
            uscc=code.code,
            name=name,
            name_key=name_key(name),
            name_initials=pinyin_initials(name),
            entity_type=kind,
            region_code=code.region_code,
            county=(data.county or "").strip() or None,
            address=(data.address or "").strip() or None,
            assigned_officer=(data.officer or "").strip() or ws.profile.officer or None,
            assigned_bank=ws.profile.bank or None,
            assigned_branch=ws.profile.branch or None,
            stage="listed",
            on_list=False,
            source="branch",
            source_channel=source,
            hand_edited=[],
        )
        session.add(firm)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="firm.add",
            entity="firm",
            entity_id=firm.uscc,
            firm_id=firm.id,
            summary=f"新增企业 {firm.name}（自主发现：{SOURCE_CHANNELS.zh(source)}）",
            new={
                "uscc": firm.uscc,
                "name": firm.name,
                "entity_type": kind,
                "county": firm.county,
                "address": firm.address,
                "source_channel": source,
                "assigned_officer": firm.assigned_officer,
            },
        )
        return Outcome(id=firm.id, uscc=firm.uscc)
