"""What arrived from another laptop besides its changes: the laptop itself (its keys, how far each side
has got) and its audit entries, kept exactly as they were chained there."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.domain.errors import Message
from desktop.exchange.sync_package import OpenedHeader
from desktop.services.sync_records import chunks, model_table
from desktop.services.sync_state import COORDINATOR
from desktop.store.models import BranchIdentity, BranchPeer, RemoteAudit, SyncOp
from desktop.store.types import utcnow


def contiguous(session: Session, origin: str, have: int) -> int:
    seqs = session.scalars(
        select(SyncOp.origin_seq)
        .where(SyncOp.origin == origin, SyncOp.origin_seq > have)
        .order_by(SyncOp.origin_seq)
    )
    for seq in seqs:
        if seq != have + 1:
            break
        have = seq
    return have


def record_peer(
    session: Session,
    me: BranchIdentity,
    peer: BranchPeer | None,
    opened: OpenedHeader,
    body: dict[str, Any],
    warnings: list[str],
) -> BranchPeer:
    header = opened.header
    if peer is None:
        peer = BranchPeer(
            device_id=header["from_device"], role=header["from_role"], officer=header.get("from_officer") or "",
            sign_public=opened.sign_public, active=True, in_seq=0, have_ops=0, in_upto=0, acked_ops=0, acked_local=0, out_seq=0,
        )  # fmt: skip
        session.add(peer)
        _retire_older(session, peer, warnings)
    peer.kex_public = bytes.fromhex(header["kex_public"])
    peer.in_seq, peer.in_at, peer.in_as_of = header["seq"], utcnow(), date.fromisoformat(header["as_of"])
    ack = body.get("ack", {})
    peer.acked_ops = int(ack.get("ops", 0))
    peer.acked_local = int(ack.get("local", 0))
    peer.acked_audit = ack.get("audit")
    peer.in_upto = int(body.get("local_upto", 0))
    session.flush()
    peer.have_ops = contiguous(session, peer.device_id, peer.have_ops)
    return peer


def _retire_older(session: Session, peer: BranchPeer, warnings: list[str]) -> None:
    """A second laptop of the same officer (or a new coordinator laptop): the newest one gets the packages."""
    older = list(
        session.scalars(
            select(BranchPeer).where(
                BranchPeer.role == peer.role, BranchPeer.officer == peer.officer, BranchPeer.device_id != peer.device_id,
                BranchPeer.active.is_(True),
            )
        )
    )  # fmt: skip
    for other in older:
        other.active = False
    if older and peer.role != COORDINATOR:
        warnings.append(
            Message(
                f"客户经理“{peer.officer}”换了（或多了）一台电脑：今后给他的工作包将发往这台新电脑，两台电脑的工作都已保留",
                f"The officer “{peer.officer}” has a new (or a second) laptop: packages for them now go to the new "
                "one; the work of both laptops is kept",
            )
        )


def store_audit(session: Session, me: BranchIdentity, origin: str, entries: list[list[Any]]) -> None:

    have: set[str] = set()
    for batch in chunks([e[0] for e in entries]):
        have.update(
            session.scalars(
                select(RemoteAudit.hash).where(RemoteAudit.origin == origin, RemoteAudit.hash.in_(batch))
            )
        )
    rows = []
    seq = me.local_seq
    for e in entries:
        if e[0] in have:
            continue
        seq += 1
        rows.append(
            dict(
                origin=origin, hash=e[0], prev_hash=e[1], received_seq=seq, at=datetime.fromisoformat(e[2]),
                actor=e[3], action=e[4], entity=e[5], entity_id=e[6], firm_ref=e[7], uscc=e[8], summary=e[9],
                old=e[10], new=e[11],
            )
        )  # fmt: skip
        have.add(e[0])
    me.local_seq = seq
    for batch in chunks(rows, 500):
        session.execute(insert(model_table(RemoteAudit)), batch)
    if entries:
        peer = session.get(BranchPeer, origin)
        if peer is not None:
            peer.have_audit = _chain_end(session, origin)


def _chain_end(session: Session, origin: str) -> str | None:
    """The last entry of the device's audit chain held here without a gap from its start."""
    links = dict(
        session.execute(
            select(RemoteAudit.prev_hash, RemoteAudit.hash).where(RemoteAudit.origin == origin)
        ).all()
    )
    current, end = "0" * 64, None
    while current in links:
        end = current = links[current]
    return end
