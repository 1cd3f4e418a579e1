"""This laptop's place in its branch: its identity and keys, its clock, and the numbering of its changes."""

from __future__ import annotations

import time

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.hlc import Hlc, observe, tick
from desktop.store.models import BranchIdentity, BranchPeer

COORDINATOR = "coordinator"
OFFICER = "officer"


class NotInBranch(DomainError):
    pass


def wall_clock_ms() -> int:
    """The laptop's wall clock (tests replace it to play a laptop whose clock is wrong)."""
    return time.time_ns() // 1_000_000


def identity(session: Session) -> BranchIdentity | None:
    return session.scalar(select(BranchIdentity).limit(1))


def require_identity(session: Session) -> BranchIdentity:
    me = identity(session)
    if me is None:
        raise NotInBranch(
            "本机尚未加入支行：协调人执行 firstloan branch init，客户经理执行 firstloan branch join",
            en="This laptop is not in a branch yet: the coordinator runs firstloan branch init, an officer "
            "firstloan branch join",
        )
    return me


def next_stamp(me: BranchIdentity) -> str:
    """A clock stamp for changes made here now (never behind any stamp given or seen before)."""
    last = Hlc.decode(me.clock) if me.clock else None
    stamp = tick(last, wall_clock_ms(), me.device_id)
    me.clock = stamp.encode()
    return me.clock


def observe_stamp(me: BranchIdentity, remote: str) -> None:
    """Move the clock past a stamp that arrived from another laptop."""
    last = Hlc.decode(me.clock) if me.clock else None
    me.clock = observe(last, Hlc.decode(remote), wall_clock_ms(), me.device_id).encode()


def sign_key(me: BranchIdentity) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(me.sign_private)


def kex_key(me: BranchIdentity) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(me.kex_private)


def _derive(seed: bytes, what: str, length: int = 32) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=length, salt=None, info=f"firstloan-branch/{what}".encode()
    ).derive(seed)


def coordinator_secrets(seed: bytes) -> tuple[str, bytes, bytes, bytes]:
    """Branch id, branch secret and the coordinator's signing and exchange keys, all from the seed — so
    the recovery code brings the coordinator back on a new laptop and the officers' codes keep working."""
    return _derive(seed, "id", 16).hex(), _derive(seed, "secret"), _derive(seed, "sign"), _derive(seed, "kex")


def peers(session: Session) -> list[BranchPeer]:
    return list(session.scalars(select(BranchPeer).order_by(BranchPeer.officer, BranchPeer.first_seen_at)))


def officer_device(session: Session, officer: str) -> BranchPeer | None:
    """The laptop an officer works on now (the latest one seen, if they changed laptops)."""
    return session.scalar(
        select(BranchPeer)
        .where(BranchPeer.officer == officer, BranchPeer.role == OFFICER, BranchPeer.active.is_(True))
        .order_by(BranchPeer.first_seen_at.desc())
        .limit(1)
    )
