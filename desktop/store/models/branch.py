"""The branch: this laptop's identity and keys, the other laptops it exchanges with, and the sync state —
the log of every change exchanged (union-merged, never deleted), conflicts kept for a person to pick,
packages sent and received, and the other laptops' audit entries.

Every synchronised record carries a global id (``uid``, a UUID in hex) and the device it was first
recorded on (``origin``; NULL until the record first enters the exchange). Nothing here depends on SQLite
rowids: the same tables work on PostgreSQL.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base
from desktop.store.types import UtcDateTime, utcnow


def new_uid() -> str:
    return uuid.uuid4().hex


class SyncOrigin:
    """The device a record was first recorded on; NULL: recorded here and not yet exchanged."""

    origin: Mapped[str | None] = mapped_column(String(32), default=None)


class Synced(SyncOrigin):
    """A record with a global id, the same on every laptop of the branch."""

    uid: Mapped[str] = mapped_column(String(32), default=new_uid, nullable=True, index=True, unique=True)


class BranchIdentity(Base):
    """This laptop in its branch (one row): role, device keys, the branch secret and the clocks."""

    __tablename__ = "branch_identity"

    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    branch_id: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(12))  # coordinator | officer
    officer: Mapped[str] = mapped_column(String(100), default="")
    branch_secret: Mapped[bytes] = mapped_column(LargeBinary)
    sign_private: Mapped[bytes] = mapped_column(LargeBinary)
    kex_private: Mapped[bytes] = mapped_column(LargeBinary)
    coordinator_sign: Mapped[bytes] = mapped_column(LargeBinary)
    coordinator_kex: Mapped[bytes] = mapped_column(LargeBinary)
    # The coordinator's seed (its recovery code); None on an officer's laptop.
    recovery_seed: Mapped[bytes | None] = mapped_column(LargeBinary)
    clock: Mapped[str] = mapped_column(String(64), default="")  # the last HLC stamp given or seen
    op_seq: Mapped[int] = mapped_column(Integer, default=0)  # the last change recorded here (origin_seq)
    local_seq: Mapped[int] = mapped_column(Integer, default=0)  # the last change that arrived here
    package_seq: Mapped[int] = mapped_column(Integer, default=0)  # the last package written here
    joined_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class BranchPeer(Base):
    """Another laptop of the branch, as far as this one knows it, and what each side has of the other's."""

    __tablename__ = "branch_peer"

    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    officer: Mapped[str] = mapped_column(String(100), default="", index=True)
    role: Mapped[str] = mapped_column(String(12))
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    kex_public: Mapped[bytes | None] = mapped_column(LargeBinary)
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # A laptop replaced by a newer one of the same officer (or coordinator) no longer gets packages.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Received from it: its last package, the date it was made on, its changes held here (origin_seq,
    # contiguous) and the hash of its last audit entry held here.
    in_seq: Mapped[int] = mapped_column(Integer, default=0)
    in_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    in_as_of: Mapped[date | None] = mapped_column(Date)
    have_ops: Mapped[int] = mapped_column(Integer, default=0)
    # How far its own log had got (its local_seq) in the last package received: echoed back as our ack.
    in_upto: Mapped[int] = mapped_column(Integer, default=0)
    have_audit: Mapped[str | None] = mapped_column(String(64))
    # What it said it has of ours: our changes (origin_seq), what arrived here (local_seq), our audit.
    acked_ops: Mapped[int] = mapped_column(Integer, default=0)
    acked_local: Mapped[int] = mapped_column(Integer, default=0)
    acked_audit: Mapped[str | None] = mapped_column(String(64))
    # Sent to it: the last package and the changes (local_seq) it carried.
    out_seq: Mapped[int] = mapped_column(Integer, default=0)
    out_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SyncOp(Base):
    """One change as it travels between laptops: a record created, a field written, a record voided.

    Identified by the device it was made on and that device's count; ``local_seq`` is the order it arrived
    here (for what to pass on). ``applied``: folded into the tables (False while its record has not
    arrived)."""

    __tablename__ = "sync_op"

    origin: Mapped[str] = mapped_column(String(32), primary_key=True)
    origin_seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    local_seq: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(8))  # create | set | void
    rtype: Mapped[str] = mapped_column(String(32))
    rkey: Mapped[str] = mapped_column(String(64))
    firm: Mapped[str | None] = mapped_column(String(18), index=True)
    field: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(64))
    parents: Mapped[list[str]] = mapped_column(JSON, default=list)
    actor: Mapped[str] = mapped_column(String(100), default="")
    applied: Mapped[bool] = mapped_column(Boolean, default=True, index=True)

    __table_args__ = (Index("ix_sync_op_record", "rtype", "rkey"),)


class SyncConflict(Base):
    """A field changed on two laptops since they last exchanged: both values, for a person to pick."""

    __tablename__ = "sync_conflict"

    uid: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_uid)
    rtype: Mapped[str] = mapped_column(String(32))
    rkey: Mapped[str] = mapped_column(String(64))
    firm: Mapped[str | None] = mapped_column(String(18), index=True)
    field: Mapped[str] = mapped_column(String(64))
    mine_hlc: Mapped[str] = mapped_column(String(64))
    mine_value: Mapped[Any] = mapped_column(JSON)
    theirs_hlc: Mapped[str] = mapped_column(String(64))
    theirs_value: Mapped[Any] = mapped_column(JSON)
    theirs_actor: Mapped[str] = mapped_column(String(100), default="")
    found_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    resolved_by: Mapped[str | None] = mapped_column(String(100))


class SyncPackage(Base):
    """A package written or imported here (the file's SHA-256 is its id)."""

    __tablename__ = "sync_package"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    peer_device: Mapped[str] = mapped_column(String(32), index=True)
    peer_officer: Mapped[str] = mapped_column(String(100), default="")
    seq: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[date] = mapped_column(Date)  # the sender's business date when it was made
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncDirty(Base):
    """Rows of synchronised tables changed since the last capture (filled by triggers: every writer counts)."""

    __tablename__ = "sync_dirty"

    tbl: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class SyncPendingRef(Base):
    """A record that arrived before the record it refers to: the reference is filled in when that comes."""

    __tablename__ = "sync_pending_ref"

    rtype: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_uid: Mapped[str] = mapped_column(String(32), primary_key=True)
    column: Mapped[str] = mapped_column(String(64), primary_key=True)
    ref_rtype: Mapped[str] = mapped_column(String(32))
    ref_uid: Mapped[str] = mapped_column(String(32), index=True)


class RemoteAudit(Base):
    """An audit entry of another laptop, exactly as it was chained there (verifiable per device)."""

    __tablename__ = "remote_audit"

    origin: Mapped[str] = mapped_column(String(32), primary_key=True)
    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    received_seq: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str | None] = mapped_column(String(50))
    # The firm's number on the laptop that wrote the entry: part of what its hash covers, nothing more.
    firm_ref: Mapped[int | None] = mapped_column(Integer)
    uscc: Mapped[str | None] = mapped_column(String(18), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    old: Mapped[Any] = mapped_column(JSON)
    new: Mapped[Any] = mapped_column(JSON)
