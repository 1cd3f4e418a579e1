"""The branch work package: one file, encrypted for its recipient and signed by its sender.

Layout: ``FLPKG1\\n``, a 4-byte length and the header (JSON, readable, covered by the signature and by
every part's authentication), then the parts — the body (JSON packed by sync_body.py, compressed with
xz) and one per attachment, each an 8-byte length and AES-256-GCM ciphertext — and last the sender's Ed25519 signature over the SHA-256 of
everything before it. The key of a package is HKDF-SHA256 over the branch secret (from the join code) and,
when the recipient laptop's X25519 key is known, an X25519 exchange with a fresh key of the sender's:
only the branch can open a package, and only the laptop it was made for once that laptop is known.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import os
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.domain.errors import DomainError

MAGIC = b"FLPKG1\n"
_XZ = b"\xfd7zXZ\x00"
FORMAT = "firstloan-sync/1"
_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw


class PackageError(DomainError):
    """The file is not a package of this program, or it was changed after it was made."""


def public_bytes(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(_RAW, _RAW_PUB)


def package_key(branch_secret: bytes, shared: bytes, salt: bytes, branch_id: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=f"{FORMAT}|{branch_id}".encode())
    return hkdf.derive(branch_secret + shared)


@dataclass(frozen=True)
class Sealing:
    """What the sender needs to seal a package."""

    branch_id: str
    branch_secret: bytes
    sign_key: Ed25519PrivateKey
    recipient_kex: bytes | None  # None: the recipient laptop is not known yet (branch secret only)


def _nonce(salt: bytes, index: int) -> bytes:
    return salt[:8] + struct.pack(">I", index)


def write_package(
    path: Path, header: dict[str, Any], body: dict[str, Any], blobs: Iterable[bytes], sealing: Sealing
) -> str:
    """Write the package; ``blobs`` are the attachments' contents in the order the body names them.
    Returns the file's SHA-256 (its identity in the package logs)."""
    salt = os.urandom(16)
    shared = b""
    header = dict(header, format=FORMAT, salt=salt.hex(), ephemeral=None)
    if sealing.recipient_kex is not None:
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(sealing.recipient_kex))
        header["ephemeral"] = public_bytes(ephemeral).hex()
    header["sign_public"] = public_bytes(sealing.sign_key).hex()
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    aead = AESGCM(package_key(sealing.branch_secret, shared, salt, sealing.branch_id))
    tmp = path.with_name(path.name + ".part")
    try:
        _write_parts(tmp, head, body, blobs, sealing, aead, salt)
    except BaseException:
        tmp.unlink(missing_ok=True)  # cancelled or failed: no half-written package left behind
        raise
    os.replace(tmp, path)
    return _file_hash(path)


def _write_parts(
    tmp: Path,
    head: bytes,
    body: dict[str, Any],
    blobs: Iterable[bytes],
    sealing: Sealing,
    aead: AESGCM,
    salt: bytes,
) -> None:
    digest = hashlib.sha256()
    with tmp.open("wb") as out:
        for piece in (MAGIC, struct.pack(">I", len(head)), head):
            out.write(piece)
            digest.update(piece)
        parts = [
            lzma.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(), preset=1)
        ]
        for index, data in enumerate(_chain(parts, blobs)):
            sealed = aead.encrypt(_nonce(salt, index), data, head + struct.pack(">I", index))
            for piece in (struct.pack(">Q", len(sealed)), sealed):
                out.write(piece)
                digest.update(piece)
        out.write(sealing.sign_key.sign(digest.digest()))
        out.flush()
        os.fsync(out.fileno())


def _chain(first: list[bytes], rest: Iterable[bytes]) -> Iterator[bytes]:
    yield from first
    yield from rest


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _damaged(path: Path) -> PackageError:
    return PackageError(
        f"文件 {path.name} 不是完整的工作包，或制作后被改动过（签名不符）：未导入任何内容",
        en=f"The file {path.name} is not a whole work package, or it was changed after it was made (the "
        "signature does not match): nothing was imported",
    )


@dataclass(frozen=True)
class OpenedHeader:
    """A package whose signature checked out: its header and the file's identity."""

    path: Path
    header: dict[str, Any]
    head: bytes
    sha256: str
    parts: list[tuple[int, int]]  # (offset, length) of each sealed part

    @property
    def sign_public(self) -> bytes:
        return bytes.fromhex(self.header["sign_public"])


def read_header(path: Path) -> OpenedHeader:
    """Read the header and check the signature over the whole file (streamed: any size)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            return _read_signed(path, handle, size)
    except OSError as exc:
        raise PackageError(
            f"无法读取文件 {path}：{exc.strerror or exc}",
            en=f"Cannot read the file {path}: {exc.strerror or exc}",
        ) from exc


def _read_signed(path: Path, handle: BinaryIO, size: int) -> OpenedHeader:
    digest = hashlib.sha256()
    magic = handle.read(len(MAGIC))
    if magic != MAGIC:
        raise PackageError(
            f"文件 {path.name} 不是首贷培育工作台的工作包",
            en=f"The file {path.name} is not a FirstLoan Desk work package",
        )
    raw_len = handle.read(4)
    if len(raw_len) != 4:
        raise _damaged(path)
    (head_len,) = struct.unpack(">I", raw_len)
    head = handle.read(head_len)
    if len(head) != head_len or size < len(MAGIC) + 4 + head_len + 64:
        raise _damaged(path)
    for piece in (magic, raw_len, head):
        digest.update(piece)
    parts: list[tuple[int, int]] = []
    offset = len(MAGIC) + 4 + head_len
    end = size - 64
    while offset < end:
        raw = handle.read(8)
        if len(raw) != 8:
            raise _damaged(path)
        (length,) = struct.unpack(">Q", raw)
        if offset + 8 + length > end:
            raise _damaged(path)
        digest.update(raw)
        left = length
        while left:
            block = handle.read(min(left, 1 << 20))
            if not block:
                raise _damaged(path)
            digest.update(block)
            left -= len(block)
        parts.append((offset + 8, length))
        offset += 8 + length
    signature = handle.read(64)
    try:
        header = json.loads(head)
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(header["sign_public"])).verify(
            signature, digest.digest()
        )
    except (InvalidSignature, ValueError, KeyError, TypeError) as exc:
        raise _damaged(path) from exc
    if header.get("format") != FORMAT or not parts:
        raise _damaged(path)
    whole = digest.copy()  # the file's own hash: what was signed, then the signature
    whole.update(signature)
    return OpenedHeader(path, header, head, whole.hexdigest(), parts)


@dataclass
class OpenedPackage:
    """A verified package with its key: the body, and each attachment read when it is needed."""

    opened: OpenedHeader
    aead: AESGCM
    salt: bytes

    def part(self, index: int) -> bytes:
        offset, length = self.opened.parts[index]
        with self.opened.path.open("rb") as handle:
            handle.seek(offset)
            sealed = handle.read(length)
        try:
            return self.aead.decrypt(
                _nonce(self.salt, index), sealed, self.opened.head + struct.pack(">I", index)
            )
        except InvalidTag as exc:
            raise PackageError(
                f"无法打开工作包 {self.opened.path.name}：它不是本支行的工作包，或不是给本机的",
                en=f"Cannot open the work package {self.opened.path.name}: it is not a package of this "
                "branch, or not one made for this laptop",
            ) from exc

    def body(self) -> dict[str, Any]:
        raw = self.part(0)
        # xz since the packed body (a third smaller than zlib's at the same speed); zlib before.
        data: dict[str, Any] = json.loads(
            lzma.decompress(raw) if raw.startswith(_XZ) else zlib.decompress(raw)
        )
        return data

    def blob_count(self) -> int:
        return len(self.opened.parts) - 1


def open_package(
    opened: OpenedHeader, branch_secret: bytes, kex_private: X25519PrivateKey | None
) -> OpenedPackage:
    """The key of a verified package, from the branch secret and (if it was sealed for it) this laptop's key."""
    header = opened.header
    salt = bytes.fromhex(header["salt"])
    shared = b""
    if header.get("ephemeral"):
        if kex_private is None:
            raise PackageError(
                "该工作包是给另一台电脑的，本机无法打开", en="This work package was made for another laptop"
            )
        shared = kex_private.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(header["ephemeral"])))
    aead = AESGCM(package_key(branch_secret, shared, salt, str(header.get("branch", ""))))
    return OpenedPackage(opened, aead, salt)
