"""The database key: a random 256-bit raw SQLCipher key kept in the OS keyring.

Where it is looked for, in order:
1. ``FIRSTLOAN_DB_KEY`` (64 hex characters), for automation;
2. the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service);
3. a key file beside the database, readable by the owner only, used when no keyring is usable —
   weaker, and shown as such.

A recovery key (the same 32 bytes, base32 with a checksum, in groups of five) can be shown and saved
so that a lost keyring never means lost data.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import keyring
import keyring.errors

from desktop.store.errors import RecoveryKeyError, StoreError

ENV_VAR = "FIRSTLOAN_DB_KEY"
KEYRING_SERVICE = "FirstLoanDesk"
KEY_BYTES = 32
_CHECKSUM_BYTES = 2


class KeySource(str, Enum):
    ENV = "env"
    KEYRING = "keyring"
    FILE = "file"

    @property
    def label_zh(self) -> str:
        return {"env": "环境变量 FIRSTLOAN_DB_KEY", "keyring": "系统钥匙串", "file": "密钥文件（保护较弱）"}[
            self.value
        ]

    @property
    def label_en(self) -> str:
        return {
            "env": "the environment variable FIRSTLOAN_DB_KEY",
            "keyring": "the system keyring",
            "file": "the key file (weaker protection)",
        }[self.value]


@dataclass(frozen=True)
class DatabaseKey:
    raw: bytes
    source: KeySource

    def __post_init__(self) -> None:
        if len(self.raw) != KEY_BYTES:
            raise StoreError(
                f"数据库密钥应为 {KEY_BYTES} 字节，实为 {len(self.raw)} 字节",
                en=f"The database key should be {KEY_BYTES} bytes, not {len(self.raw)}",
            )

    @property
    def weaker(self) -> bool:
        """True when the key sits in a file on disk rather than in the OS keyring."""
        return self.source is KeySource.FILE

    def sqlcipher_pragma(self) -> str:
        # A raw key (x'..') skips SQLCipher's PBKDF2, so opening stays fast.
        return f"PRAGMA key = \"x'{self.raw.hex()}'\""

    def recovery_text(self) -> str:
        return format_recovery_key(self.raw)


def format_recovery_key(raw: bytes) -> str:
    checksum = hashlib.sha256(raw).digest()[:_CHECKSUM_BYTES]
    text = base64.b32encode(raw + checksum).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def parse_recovery_key(text: str) -> bytes:
    """Read a recovery key as typed or pasted: case, spaces and dashes do not matter."""
    cleaned = re.sub(r"[\s\-_]", "", text).upper()
    # Characters people confuse with base32 letters.
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if not cleaned:
        raise RecoveryKeyError("恢复密钥为空", en="The recovery key is empty")
    if re.search(r"[^A-Z2-7]", cleaned):
        raise RecoveryKeyError(
            "恢复密钥含有无效字符（只应有字母 A–Z 和数字 2–7）",
            en="The recovery key has characters that do not belong in it (only letters A–Z and digits 2–7)",
        )
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        data = base64.b32decode(padded)
    except ValueError as exc:
        raise RecoveryKeyError(
            "恢复密钥长度不对，请核对是否漏抄或多抄",
            en="The recovery key has the wrong length; check for missing or extra characters",
        ) from exc
    if len(data) != KEY_BYTES + _CHECKSUM_BYTES:
        raise RecoveryKeyError(
            "恢复密钥长度不对，请核对是否漏抄或多抄",
            en="The recovery key has the wrong length; check for missing or extra characters",
        )
    raw, checksum = data[:KEY_BYTES], data[KEY_BYTES:]
    if hashlib.sha256(raw).digest()[:_CHECKSUM_BYTES] != checksum:
        raise RecoveryKeyError(
            "恢复密钥校验失败，请核对每一组字符",
            en="The recovery key's checksum is wrong; check each group of characters",
        )
    return raw


def _usable(backend: Any) -> bool:
    """The fail and null backends mean "no keyring here"; a backend with priority <= 0 is unreliable."""
    name = type(backend).__module__
    if name.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    try:
        return float(getattr(backend, "priority", 1)) > 0
    except Exception:  # some backends raise from priority when unavailable
        return False


class KeyStore:
    """Finds, creates and saves the key of one database file."""

    def __init__(
        self,
        db_path: Path,
        backend: Any | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.db_path = db_path
        self.backend = backend if backend is not None else keyring.get_keyring()
        self.environ = os.environ if environ is None else environ
        # One keyring entry per database file, so a test or a second data directory never clashes.
        self.account = f"database:{db_path.resolve()}"
        self.key_file = db_path.with_name(db_path.name + ".key")

    @property
    def keyring_usable(self) -> bool:
        return _usable(self.backend)

    def load(self) -> DatabaseKey | None:
        env = self.environ.get(ENV_VAR)
        if env:
            return DatabaseKey(_parse_hex(env), KeySource.ENV)
        if self.keyring_usable:
            try:
                stored = self.backend.get_password(KEYRING_SERVICE, self.account)
            except keyring.errors.KeyringError:
                stored = None
            if stored:
                return DatabaseKey(_parse_hex(stored), KeySource.KEYRING)
        if self.key_file.exists():
            return DatabaseKey(_parse_hex(self.key_file.read_text("ascii").strip()), KeySource.FILE)
        return None

    def create(self) -> DatabaseKey:
        env = self.environ.get(ENV_VAR)
        if env:
            return DatabaseKey(_parse_hex(env), KeySource.ENV)
        return self.save(secrets.token_bytes(KEY_BYTES))

    def save(self, raw: bytes) -> DatabaseKey:
        """Keep the key in the keyring if possible, else in the owner-only key file."""
        if self.keyring_usable:
            try:
                self.backend.set_password(KEYRING_SERVICE, self.account, raw.hex())
            except keyring.errors.KeyringError:
                pass
            else:
                if self.key_file.exists():
                    self.key_file.unlink()
                return DatabaseKey(raw, KeySource.KEYRING)
        _write_private(self.key_file, raw.hex())
        return DatabaseKey(raw, KeySource.FILE)


def _parse_hex(text: str) -> bytes:
    text = text.strip()
    if not re.fullmatch(r"[0-9a-fA-F]{64}", text):
        raise StoreError(
            f"数据库密钥应为 64 个十六进制字符（{ENV_VAR} 或密钥文件），实为 {len(text)} 个字符",
            en=f"The database key should be 64 hexadecimal characters ({ENV_VAR} or the key file), not {len(text)}",
        )
    return bytes.fromhex(text)


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text)
    os.replace(tmp, path)
    os.chmod(path, 0o600)
