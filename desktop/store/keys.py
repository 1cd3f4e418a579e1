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
import contextlib
import hashlib
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import keyring
import keyring.errors

from desktop.store.atomic_file import atomic_output
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
        return self.stored()

    def stored(self) -> DatabaseKey | None:
        """The key kept for this database (keyring entry, else key file); the environment is not storage."""
        secret = self._keyring_secret(self.account)
        if secret:
            return DatabaseKey(_parse_hex(secret), KeySource.KEYRING)
        if self.key_file.exists():
            return DatabaseKey(_parse_hex(self.key_file.read_text("ascii").strip()), KeySource.FILE)
        return None

    def create(self) -> DatabaseKey:
        """A key for a new database: the environment's, else a new random key, stored.

        Refuses when a key is already stored: that key may be the only way into the backups of a
        database that went missing, so it is never replaced (``set_aside`` first, on request).
        """
        env = self.environ.get(ENV_VAR)
        if env:
            return DatabaseKey(_parse_hex(env), KeySource.ENV)
        if self.stored() is not None:
            raise StoreError(
                "本数据目录已保存有数据库密钥，不会为新数据库另建密钥覆盖它",
                en="A database key is already stored for this data folder; it is never replaced by a new one",
            )
        return self._store(secrets.token_bytes(KEY_BYTES))

    def start_over(self) -> tuple[DatabaseKey, list[str]]:
        """A new key for a new database, the stored one kept aside first: returns it and where the old
        key(s) now are. Under ``FIRSTLOAN_DB_KEY`` nothing is stored, so nothing is moved."""
        env = self.environ.get(ENV_VAR)
        if env:
            return DatabaseKey(_parse_hex(env), KeySource.ENV), []
        kept = self.set_aside()
        return self._store(secrets.token_bytes(KEY_BYTES)), kept

    def save(self, raw: bytes) -> DatabaseKey:
        """Keep the key in the keyring if possible, else in the owner-only key file.

        A different key stored before is kept aside first (``set_aside``), never overwritten.
        """
        current = self.stored()
        if current is not None and current.raw != raw:
            self.set_aside()
        return self._store(raw)

    def _store(self, raw: bytes) -> DatabaseKey:
        if self.keyring_usable:
            try:
                self.backend.set_password(KEYRING_SERVICE, self.account, raw.hex())
            except keyring.errors.KeyringError:
                pass
            else:
                self._retire_key_file(raw)
                return DatabaseKey(raw, KeySource.KEYRING)
        write_private(self.key_file, raw.hex())
        return DatabaseKey(raw, KeySource.FILE)

    def set_aside(self, now: datetime | None = None) -> list[str]:
        """Keep the stored key(s) under other names, so a new key can be stored; never deletes one.

        The keyring entry is copied to ``<account>#replaced-<UTC time>`` (the original entry is then
        overwritten by whoever stores the next key); the key file is renamed to
        ``firstloan.db.key.replaced-<UTC time>``. Returns where each old key now is.
        """
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
        kept: list[str] = []
        secret = self._keyring_secret(self.account)
        if secret:
            aside = self._free_account(f"{self.account}#replaced-{stamp}")
            try:
                self.backend.set_password(KEYRING_SERVICE, aside, secret)
            except keyring.errors.KeyringError as exc:
                raise StoreError(
                    "无法在系统钥匙串中另存旧的数据库密钥，未作任何改动",
                    en="The old database key could not be kept aside in the system keyring; nothing was changed",
                ) from exc
            kept.append(f"{KEYRING_SERVICE} / {aside}")
        if self.key_file.exists():
            target = _free_path(self.key_file.with_name(f"{self.key_file.name}.replaced-{stamp}"))
            os.replace(self.key_file, target)
            kept.append(str(target))
        return kept

    def forget_unused(self, raw: bytes) -> None:
        """Remove ``raw`` from storage: only for a key this process has just made for a database that is
        being removed again before anything was written or backed up with it (see new_database.py)."""
        if self._keyring_secret(self.account) == raw.hex():
            with contextlib.suppress(keyring.errors.KeyringError):
                self.backend.delete_password(KEYRING_SERVICE, self.account)
        if self.key_file.exists() and self.key_file.read_text("ascii").strip() == raw.hex():
            self.key_file.unlink()

    def _keyring_secret(self, account: str) -> str | None:
        if not self.keyring_usable:
            return None
        try:
            secret: str | None = self.backend.get_password(KEYRING_SERVICE, account)
        except keyring.errors.KeyringError:
            return None
        return secret

    def _free_account(self, account: str) -> str:
        n, candidate = 1, account
        while self._keyring_secret(candidate):
            n += 1
            candidate = f"{account}-{n}"
        return candidate

    def _retire_key_file(self, raw: bytes) -> None:
        """The key now lives in the keyring: a key file holding the same key is a weaker duplicate and
        goes; a key file holding another key is kept aside."""
        if not self.key_file.exists():
            return
        try:
            same = _parse_hex(self.key_file.read_text("ascii").strip()) == raw
        except (StoreError, UnicodeDecodeError):
            same = False
        if same:
            self.key_file.unlink()
        else:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            os.replace(
                self.key_file, _free_path(self.key_file.with_name(f"{self.key_file.name}.replaced-{stamp}"))
            )


def _free_path(path: Path) -> Path:
    n, candidate = 1, path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _parse_hex(text: str) -> bytes:
    text = text.strip()
    if not re.fullmatch(r"[0-9a-fA-F]{64}", text):
        raise StoreError(
            f"数据库密钥应为 64 个十六进制字符（{ENV_VAR} 或密钥文件），实为 {len(text)} 个字符",
            en=f"The database key should be 64 hexadecimal characters ({ENV_VAR} or the key file), not {len(text)}",
        )
    return bytes.fromhex(text)


def write_private(path: Path, text: str, *, durable: bool = True) -> None:
    """Write ``text`` to ``path`` readable by the owner only (0600 on POSIX), replacing it in one rename.

    ``durable=False`` skips the fsync (atomic_output's): for the audit anchor, rewritten after every
    commit, which is no more durable than the commits it anchors (the database's WAL commits are not
    fsynced either, synchronous=NORMAL); the fsync cost 8-15 ms a commit here.
    """
    if durable:
        with atomic_output(path) as temp:
            _write_owner_only(temp, text)
        return
    temp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        _write_owner_only(temp, text)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def _write_owner_only(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    if hasattr(os, "fchmod"):  # a stale temporary file keeps its old mode through O_CREAT
        os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
