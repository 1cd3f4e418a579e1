"""The branch: the coordinator creates it, officers join it, the coordinator assigns firms; who sent what.

``init_branch`` makes the coordinator's seed (its recovery code) and from it every branch secret, and
returns the join code an officer's laptop needs; ``join_branch`` gives an officer's laptop its own device
keys. ``recover_branch`` brings the coordinator back on a replaced laptop from the recovery code: the
same branch and keys, a new device, so the officers' join codes and packages keep working.
"""

from __future__ import annotations

import calendar
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.branch_codes import JoinCode, RecoveryCode
from desktop.domain.errors import DomainError
from desktop.exchange.assignment_list import read_codes
from desktop.exchange.sync_package import public_bytes
from desktop.services.firm_edit import assign_officer
from desktop.services.sync_capture import ensure_triggers
from desktop.services.sync_notes import mark_every_month
from desktop.services.sync_state import (
    COORDINATOR,
    OFFICER,
    coordinator_secrets,
    identity,
    peers,
    require_identity,
)
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.jsonable import to_jsonable
from desktop.store.models import BranchIdentity, BranchPeer, Firm, SyncConflict, SyncPackage
from desktop.store.models.branch import new_uid


class BranchError(DomainError):
    pass


def _raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _coordinator_identity(seed: bytes, name: str, officer: str) -> BranchIdentity:
    branch_id, secret, sign, kex = coordinator_secrets(seed)
    sign_pub = public_bytes(Ed25519PrivateKey.from_private_bytes(sign))
    kex_pub = public_bytes(X25519PrivateKey.from_private_bytes(kex))
    return BranchIdentity(
        device_id=new_uid(), branch_id=branch_id, name=name, role=COORDINATOR, officer=officer, branch_secret=secret,
        sign_private=sign, kex_private=kex, coordinator_sign=sign_pub, coordinator_kex=kex_pub, recovery_seed=seed,
        clock="", op_seq=0, local_seq=0, package_seq=0,
    )  # fmt: skip


def join_code_of(me: BranchIdentity) -> str:
    return JoinCode(me.branch_id, me.branch_secret, me.coordinator_sign, me.coordinator_kex, me.name).encode()


def _refuse_if_member(session: Session) -> None:
    me = identity(session)
    if me is not None:
        role = "协调人" if me.role == COORDINATOR else f"客户经理“{me.officer}”"
        raise BranchError(
            f"本机已是支行“{me.name}”的{role}，不能再创建或加入支行",
            en=f"This laptop is already in the branch “{me.name}” as {'its coordinator' if me.role == COORDINATOR else 'officer ' + me.officer}; it cannot create or join another",
        )


def init_branch(ws: Workspace, name: str) -> str:
    """Make this laptop the coordinator of a new branch; returns the join code for the officers."""
    name = name.strip()
    if not name:
        raise BranchError("请填写支行名称", en="Give the branch's name")
    with ws.db.write() as session:
        _refuse_if_member(session)
        me = _coordinator_identity(os.urandom(32), name, ws.profile.officer)
        session.add(me)
        ensure_triggers(session)
        mark_every_month(session)  # notes written before joining travel too
        session.flush()
        append_audit(
            session, actor=ws.actor, action="branch.init", entity="branch", entity_id=me.branch_id,
            summary=f"创建支行“{name}”，本机为协调人", new={"branch": me.branch_id, "device": me.device_id},
        )  # fmt: skip
        return join_code_of(me)


def recovery_code(ws: Workspace) -> str:
    with ws.db.session() as session:
        me = require_identity(session)
        if me.recovery_seed is None:
            raise BranchError(
                "只有协调人的电脑有支行恢复码",
                en="Only the coordinator's laptop has the branch recovery code",
            )
        return RecoveryCode(me.recovery_seed, me.name).encode()


@dataclass(frozen=True)
class Joined:
    branch: str
    officer: str
    already: bool = False


def join_branch(ws: Workspace, code: str, officer: str) -> Joined:
    """Join the branch of the join code as ``officer``, with this laptop's own device keys."""
    joined = JoinCode.decode(code)
    officer = officer.strip()
    if not officer:
        raise BranchError("请用 --officer 填写客户经理姓名", en="Give the officer's name with --officer")
    with ws.db.write() as session:
        me = identity(session)
        if (
            me is not None
            and me.branch_id == joined.branch_id
            and me.role == OFFICER
            and me.officer == officer
        ):
            return Joined(me.name, officer, already=True)
        _refuse_if_member(session)
        me = BranchIdentity(
            device_id=new_uid(), branch_id=joined.branch_id, name=joined.name, role=OFFICER, officer=officer,
            branch_secret=joined.branch_secret, sign_private=_raw(Ed25519PrivateKey.generate()),
            kex_private=_raw(X25519PrivateKey.generate()), coordinator_sign=joined.coordinator_sign,
            coordinator_kex=joined.coordinator_kex, recovery_seed=None, clock="", op_seq=0, local_seq=0, package_seq=0,
        )  # fmt: skip
        session.add(me)
        ensure_triggers(session)
        mark_every_month(session)  # notes written before joining travel too
        session.flush()
        append_audit(
            session, actor=ws.actor, action="branch.join", entity="branch", entity_id=me.branch_id,
            summary=f"以客户经理“{officer}”加入支行“{joined.name}”", new={"branch": me.branch_id, "device": me.device_id},
        )  # fmt: skip
        return Joined(joined.name, officer)


def recover_branch(ws: Workspace, code: str) -> str:
    """The coordinator's replaced laptop (restored from a backup, or new): the branch from its recovery code,
    under a new device id so no package number is ever used twice. Returns the (unchanged) join code."""
    recovered = RecoveryCode.decode(code)
    with ws.db.write() as session:
        me = identity(session)
        fresh = _coordinator_identity(recovered.seed, me.name if me else recovered.name, ws.profile.officer)
        if me is not None:
            if me.branch_id != fresh.branch_id:
                raise BranchError(
                    f"该恢复码属于另一个支行，本机属于支行“{me.name}”",
                    en=f"This recovery code belongs to another branch; this laptop is in the branch “{me.name}”",
                )
            fresh.clock, fresh.local_seq = me.clock, me.local_seq
            session.delete(me)
            session.flush()
        session.add(fresh)
        ensure_triggers(session)
        mark_every_month(session)  # notes written before joining travel too
        session.flush()
        append_audit(
            session, actor=ws.actor, action="branch.recover", entity="branch", entity_id=fresh.branch_id,
            summary=f"用恢复码恢复支行“{fresh.name}”的协调人（新设备）", new={"device": fresh.device_id},
        )  # fmt: skip
        return join_code_of(fresh)


@dataclass(frozen=True)
class Assigned:
    officer: str
    firms: int  # firms named
    changed: int  # firms whose officer changed
    unknown: list[str]  # codes not in the database
    joined: bool  # the officer's laptop has sent a package


def assign_firms(ws: Workspace, officer: str, usccs: Sequence[str]) -> Assigned:
    """Make ``officer`` responsible for the firms (one officer at a time; the audit and the change log keep
    who had them before)."""
    officer = officer.strip()
    if not officer:
        raise BranchError("请用 --officer 填写客户经理姓名", en="Give the officer's name with --officer")
    with ws.db.session() as session:
        me = identity(session)
        if me is not None and me.role != COORDINATOR:
            raise BranchError("只有协调人的电脑能分配企业", en="Only the coordinator's laptop assigns firms")
        known: set[str] = set()
        codes = list(dict.fromkeys(u.strip().upper() for u in usccs if u.strip()))
        for start in range(0, len(codes), 900):
            known.update(session.scalars(select(Firm.uscc).where(Firm.uscc.in_(codes[start : start + 900]))))
        joined = (
            session.scalar(select(func.count()).select_from(BranchPeer).where(BranchPeer.officer == officer))
            or 0
        )
    present = [c for c in codes if c in known]
    changed = assign_officer(ws, present, officer) if present else 0
    return Assigned(officer, len(present), changed, [c for c in codes if c not in known], bool(joined))


def county_firms(ws: Workspace, county: str) -> list[str]:
    with ws.db.session() as session:
        return list(session.scalars(select(Firm.uscc).where(Firm.county == county.strip())))


def firms_to_assign(
    ws: Workspace, *, usccs: Sequence[str] = (), county: str | None = None, file: Path | None = None
) -> list[str]:
    """The credit codes ``branch assign`` and the branch page hand out: given, a county's, or a list file's."""
    if usccs:
        return list(usccs)
    if file is not None:
        return read_codes(file)
    if not (county or "").strip():
        raise BranchError(
            "请给出要分配的企业：信用代码、县（市、区）或名单文件",
            en="Name the firms to assign: credit codes, a county or a list file",
        )
    codes = county_firms(ws, county or "")
    if not codes:
        raise BranchError(
            f"县（市、区）“{county or ''}”没有企业", en=f"The county “{county or ''}” has no firms"
        )
    return codes


@dataclass(frozen=True)
class OfficerInfo:
    officer: str
    devices: int
    firms: int
    last_received_at: Any
    last_received_as_of: date | None
    last_sent_at: Any

    def to_json(self) -> dict[str, Any]:
        return {
            "officer": self.officer, "devices": self.devices, "firms": self.firms,
            "last_received": to_jsonable(self.last_received_at), "last_received_as_of": to_jsonable(self.last_received_as_of),
            "last_sent": to_jsonable(self.last_sent_at),
        }  # fmt: skip


def branch_officers(ws: Workspace) -> list[OfficerInfo]:
    """The branch's officers: those whose laptops sent a package and those with firms assigned."""
    with ws.db.session() as session:
        by_officer: dict[str, list[BranchPeer]] = {}
        for peer in peers(session):
            if peer.role == OFFICER:
                by_officer.setdefault(peer.officer, []).append(peer)
        counts = dict(
            session.execute(
                select(Firm.assigned_officer, func.count())
                .where(Firm.assigned_officer.is_not(None))
                .group_by(Firm.assigned_officer)
            ).all()
        )
        names = sorted(set(by_officer) | {str(n) for n in counts})
        out = []
        for name in names:
            devices = by_officer.get(name, [])
            received = max((d for d in devices if d.in_at), key=lambda d: d.in_at, default=None)  # type: ignore[arg-type, return-value]
            sent = max((d.out_at for d in devices if d.out_at), default=None)
            out.append(
                OfficerInfo(
                    name, len(devices), int(counts.get(name, 0)), received.in_at if received else None,
                    received.in_as_of if received else None, sent,
                )
            )  # fmt: skip
        return out


def month_end(month: str) -> date:
    year, mon = (int(p) for p in month.split("-"))
    return date(year, mon, calendar.monthrange(year, mon)[1])


def missing_packages(ws: Workspace, month: str) -> list[str]:
    """Officers with firms or a laptop in the branch whose package for ``month`` has not come in: no package
    received that they made on or after the month's last day (by their laptop's date)."""
    end = month_end(month)
    with ws.db.session() as session:
        received = set(
            session.scalars(
                select(SyncPackage.peer_officer).where(
                    SyncPackage.direction == "in", SyncPackage.as_of >= end
                )
            )
        )
    return [o.officer for o in branch_officers(ws) if o.officer not in received]


def branch_status(ws: Workspace) -> dict[str, Any]:
    with ws.db.session() as session:
        me = require_identity(session)
        open_conflicts = session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        coordinators = [p for p in peers(session) if p.role == COORDINATOR]
        sent = session.scalar(
            select(func.max(SyncPackage.at)).where(
                SyncPackage.direction == "out", SyncPackage.peer_device == COORDINATOR
            )
        )
        status = {
            "branch": me.name, "branch_id": me.branch_id, "role": me.role, "officer": me.officer, "device": me.device_id,
            "conflicts": int(open_conflicts or 0),
            # On an officer's laptop: the packages exchanged with the coordinator (any of its laptops).
            "coordinator": {
                "last_received": to_jsonable(max((p.in_at for p in coordinators if p.in_at), default=None)),
                "last_sent": to_jsonable(max([p.out_at for p in coordinators if p.out_at] + ([sent] if sent else []), default=None)),
            },
        }  # fmt: skip
    status["officers"] = [o.to_json() for o in branch_officers(ws)]
    return status
