"""The branch's join code and recovery code as text a person can copy, read out or scan.

Both are base32 in groups of four, with a prefix naming what they are and a 4-byte checksum, so a
mistyped or truncated code is refused by name instead of joining the wrong branch.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from desktop.domain.errors import DomainError

JOIN_PREFIX = "FLJ1"
RECOVERY_PREFIX = "FLR1"
_KEY = 32
_ID = 16


class BadBranchCode(DomainError):
    pass


def _encode(prefix: str, payload: bytes) -> str:
    body = payload + hashlib.sha256(prefix.encode() + payload).digest()[:4]
    text = base64.b32encode(body).decode().rstrip("=")
    return prefix + "-" + "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _decode(prefix: str, code: str, what: str, what_en: str) -> bytes:
    text = "".join(code.split()).replace("-", "").upper()
    if not text.startswith(prefix):
        raise BadBranchCode(
            f"这不是{what}（应以 {prefix} 开头）", en=f"This is not a {what_en} (it starts with {prefix})"
        )
    text = text[len(prefix) :]
    try:
        body = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError as exc:
        raise BadBranchCode(
            f"{what}中有无效字符", en=f"The {what_en} has characters that are not valid"
        ) from exc
    payload, check = body[:-4], body[-4:]
    if len(body) < 5 or hashlib.sha256(prefix.encode() + payload).digest()[:4] != check:
        raise BadBranchCode(
            f"{what}不完整或抄错了（校验不符），请核对后重新输入",
            en=f"The {what_en} is incomplete or mistyped (its checksum does not match); check it and type it again",
        )
    return payload


@dataclass(frozen=True)
class JoinCode:
    """What an officer's laptop needs to verify and open the branch's packages."""

    branch_id: str  # 32 hex
    branch_secret: bytes  # 32 bytes, mixed into every package key: only the branch can open them
    coordinator_sign: bytes  # the coordinator's Ed25519 public key
    coordinator_kex: bytes  # the coordinator's X25519 public key (packages to the coordinator)
    name: str

    def encode(self) -> str:
        payload = (
            bytes.fromhex(self.branch_id)
            + self.branch_secret
            + self.coordinator_sign
            + self.coordinator_kex
            + self.name.encode("utf-8")
        )
        return _encode(JOIN_PREFIX, payload)

    @staticmethod
    def decode(code: str) -> JoinCode:
        payload = _decode(JOIN_PREFIX, code, "支行加入码", "branch join code")
        fixed = _ID + 3 * _KEY
        if len(payload) < fixed:
            raise BadBranchCode("支行加入码不完整", en="The branch join code is incomplete")
        try:
            name = payload[fixed:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadBranchCode("支行加入码已损坏", en="The branch join code is damaged") from exc
        return JoinCode(
            branch_id=payload[:_ID].hex(),
            branch_secret=payload[_ID : _ID + _KEY],
            coordinator_sign=payload[_ID + _KEY : _ID + 2 * _KEY],
            coordinator_kex=payload[_ID + 2 * _KEY : fixed],
            name=name,
        )


@dataclass(frozen=True)
class RecoveryCode:
    """The coordinator's seed: every branch secret and coordinator key is derived from it."""

    seed: bytes
    name: str

    def encode(self) -> str:
        return _encode(RECOVERY_PREFIX, self.seed + self.name.encode("utf-8"))

    @staticmethod
    def decode(code: str) -> RecoveryCode:
        payload = _decode(RECOVERY_PREFIX, code, "支行恢复码", "branch recovery code")
        if len(payload) < _KEY:
            raise BadBranchCode("支行恢复码不完整", en="The branch recovery code is incomplete")
        try:
            return RecoveryCode(payload[:_KEY], payload[_KEY:].decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise BadBranchCode("支行恢复码已损坏", en="The branch recovery code is damaged") from exc
