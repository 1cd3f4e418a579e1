"""Writing a work package: on an officer's laptop everything recorded here that the coordinator has not
acknowledged; on the coordinator's, for one officer, their firms' records and what changed since that
officer's last package (list editions, reassignments, corrections made centrally)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.exchange.sync_body import OP_FIELDS, pack
from desktop.exchange.sync_package import Sealing, public_bytes, write_package
from desktop.services.jobs import CancelToken
from desktop.services.sync_capture import capture, ensure_triggers
from desktop.services.sync_derive import derived_states
from desktop.services.sync_records import chunks
from desktop.services.sync_registry import BY_NAME, WITH_CONTENT
from desktop.services.sync_state import COORDINATOR, kex_key, officer_device, require_identity, sign_key
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.jsonable import to_jsonable
from desktop.store.models import AuditEntry, BranchIdentity, BranchPeer, Firm, SyncOp, SyncPackage
from desktop.store.protected_paths import refuse_protected_output


class ExportError(DomainError):
    pass


@dataclass(frozen=True)
class ExportResult:
    path: Path
    to: str
    changes: int
    firms: int
    attachments: int
    size: int

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path), "to": self.to, "changes": self.changes, "firms": self.firms,
            "attachments": self.attachments, "size": self.size,
        }  # fmt: skip


def _latest_coordinator(session: Session) -> BranchPeer | None:
    return session.scalar(
        select(BranchPeer).where(BranchPeer.role == COORDINATOR).order_by(BranchPeer.in_at.desc()).limit(1)
    )


def _officer_ops(session: Session, me: BranchIdentity, coordinator: BranchPeer | None) -> list[SyncOp]:
    acked = coordinator.acked_ops if coordinator else 0
    return list(
        session.scalars(
            select(SyncOp)
            .where(SyncOp.origin == me.device_id, SyncOp.origin_seq > acked)
            .order_by(SyncOp.origin_seq)
        )
    )


def _coordinator_ops(session: Session, officer: str, peer: BranchPeer | None) -> list[SyncOp]:
    """Ops for the officer's firms that arrived since their last acknowledged package (all of a firm's ops
    when it is newly theirs), the branch-wide records, and the reassignment of firms that were theirs."""
    acked = peer.acked_local if peer else 0
    own = peer.device_id if peer else ""
    theirs = set(session.scalars(select(Firm.uscc).where(Firm.assigned_officer == officer)))
    moved = session.execute(
        select(SyncOp.rkey, SyncOp.value, SyncOp.local_seq).where(
            SyncOp.rtype == "firm", SyncOp.field == "assigned_officer", SyncOp.local_seq > acked
        )
    ).all()
    newly = {rkey for rkey, value, _ in moved if value == officer and rkey in theirs}
    away = {rkey for rkey, value, _ in moved if rkey not in theirs}
    chosen: dict[tuple[str, int], SyncOp] = {}
    recent = select(SyncOp).where(SyncOp.local_seq > acked, SyncOp.origin != own, SyncOp.kind != "audit")
    for op in session.scalars(
        recent.where(
            or_(
                SyncOp.firm.is_(None),
                SyncOp.firm.in_(select(Firm.uscc).where(Firm.assigned_officer == officer)),
            )
        )
    ):
        chosen[(op.origin, op.origin_seq)] = op
    for batch in chunks(sorted(newly)):
        for op in session.scalars(select(SyncOp).where(SyncOp.firm.in_(batch), SyncOp.origin != own)):
            chosen[(op.origin, op.origin_seq)] = op
    for batch in chunks(sorted(away)):
        for op in session.scalars(
            recent.where(SyncOp.rtype == "firm", SyncOp.field == "assigned_officer", SyncOp.rkey.in_(batch))
        ):
            chosen[(op.origin, op.origin_seq)] = op
    return sorted(chosen.values(), key=lambda o: o.local_seq)


def _audit_after(session: Session, acked: str | None) -> list[list[Any]]:
    """This laptop's audit entries after the last one the other side holds (all of them when it holds none)."""
    start = 0
    if acked:
        start = session.scalar(select(AuditEntry.id).where(AuditEntry.hash == acked)) or 0
    entries = list(session.scalars(select(AuditEntry).where(AuditEntry.id > start).order_by(AuditEntry.id)))
    codes: dict[int, str] = {}
    for batch in chunks(sorted({e.firm_id for e in entries if e.firm_id is not None})):
        codes.update(session.execute(select(Firm.id, Firm.uscc).where(Firm.id.in_(batch))).all())
    return [
        [e.hash, e.prev_hash, to_jsonable(e.at), e.actor, e.action, e.entity, e.entity_id, e.firm_id,
         codes.get(e.firm_id) if e.firm_id is not None else None, e.summary, e.old, e.new]
        for e in entries
    ]  # fmt: skip


def export_package(
    ws: Workspace, out: Path, to: str | None = None, *, cancel: CancelToken | None = None
) -> ExportResult:
    """Write the package for the coordinator (an officer's laptop) or for officer ``to`` (the coordinator's).
    Cancel (between attachments) leaves no file and changes nothing."""
    refuse_protected_output(ws.data_dir, out)
    with ws.db.write() as session:
        me = require_identity(session)
        ensure_triggers(session)
        capture(session, me, ws.actor)
        if me.role == COORDINATOR:
            officer = (to or "").strip()
            if not officer:
                raise ExportError(
                    "协调人导出工作包时请用 --to 指明给哪位客户经理",
                    en="On the coordinator's laptop, name the officer with --to",
                )
            peer = officer_device(session, officer)
            ops = _coordinator_ops(session, officer, peer)
            audit: list[list[Any]] = []
            recipient_kex = peer.kex_public if peer else None
            to_role, to_device = "officer", peer.device_id if peer else None
        else:
            officer = ""
            peer = _latest_coordinator(session)
            ops = _officer_ops(session, me, peer)
            audit = _audit_after(session, peer.acked_audit if peer else None)
            recipient_kex, to_role, to_device = me.coordinator_kex, COORDINATOR, None
        return _write(
            ws, session, me, out, ops, audit, peer, (to_role, officer, to_device, recipient_kex), cancel
        )


def _body(
    session: Session,
    me: BranchIdentity,
    ops: list[SyncOp],
    audit: list[list[Any]],
    peer: BranchPeer | None,
    firms: set[str],
    attachment_uids: list[str],
) -> dict[str, Any]:
    return {
        "ops": [[getattr(op, f) for f in OP_FIELDS] for op in ops],
        "derived": derived_states(session, firms),
        "audit": audit,
        "attachments": attachment_uids,
        "ack": {
            "ops": peer.have_ops if peer else 0,
            "audit": peer.have_audit if peer else None,
            "local": peer.in_upto if peer else 0,
        },
        "local_upto": me.local_seq,
        "officer": me.officer,
    }


def _header(
    ws: Workspace, me: BranchIdentity, to_role: str, to_officer: str, to_device: str | None
) -> dict[str, Any]:
    return {
        "branch": me.branch_id, "from_device": me.device_id, "from_role": me.role, "from_officer": me.officer,
        "to_role": to_role, "to_officer": to_officer, "to_device": to_device, "seq": me.package_seq,
        "as_of": ws.today().isoformat(), "hlc": me.clock, "kex_public": public_bytes(kex_key(me)).hex(),
    }  # fmt: skip


def _write(
    ws: Workspace,
    session: Session,
    me: BranchIdentity,
    out: Path,
    ops: list[SyncOp],
    audit: list[list[Any]],
    peer: BranchPeer | None,
    recipient: tuple[str, str, str | None, bytes | None],
    cancel: CancelToken | None,
) -> ExportResult:
    to_role, to_officer, to_device, recipient_kex = recipient
    firms = {op.firm for op in ops if op.firm}
    # Records that carry a file (a firm's attachment, an activity's photo): their bytes follow the body.
    with_content = {op.rkey: op.rtype for op in ops if op.rtype in WITH_CONTENT and op.kind == "create"}
    attachment_uids = sorted(with_content)
    me.package_seq += 1
    body = _body(session, me, ops, audit, peer, firms, attachment_uids)
    header = _header(ws, me, to_role, to_officer, to_device)

    def blobs() -> Any:
        for uid in attachment_uids:
            if cancel is not None:
                cancel.raise_if_cancelled()
            model: Any = BY_NAME[with_content[uid]].model
            yield session.scalar(select(model.content).where(model.uid == uid)) or b""

    sealing = Sealing(me.branch_id, me.branch_secret, sign_key(me), recipient_kex)
    sha = write_package(out, header, pack(body), blobs(), sealing)
    if peer is not None:
        from desktop.store.types import utcnow

        peer.out_seq, peer.out_at = me.package_seq, utcnow()
    session.add(
        SyncPackage(
            sha256=sha, direction="out", peer_device=to_device or to_role, peer_officer=to_officer,
            seq=me.package_seq, as_of=ws.today(), file_name=out.name,
            counts={"changes": len(ops), "firms": len(firms), "attachments": len(attachment_uids)},
        )
    )  # fmt: skip
    append_audit(
        session, actor=ws.actor, action="sync.export", entity="sync_package", entity_id=sha[:16],
        summary=f"导出工作包（给{to_officer or '协调人'}）：{len(ops)} 项变更，{len(firms)} 户",
        new={"file": out.name, "sha256": sha, "seq": me.package_seq, "to": to_officer or to_role},
    )  # fmt: skip
    return ExportResult(
        out, to_officer or to_role, len(ops), len(firms), len(attachment_uids), out.stat().st_size
    )
