"""Dossier attachments (licence scan, photos, documents) stored inside the encrypted database.

Nothing is left on disk in the clear: the bytes live in the SQLCipher file with their SHA-256, which
is checked again when the file is read back (a changed file is an error, not a silent swap). A file is
taken only when it is a regular file no larger than ``MAX_BYTES`` — decided from its metadata before a
byte is read, so a 10 GB file, a FIFO, a device or a symlink is refused at once — and its name is made
safe to show and to save (``desktop/domain/file_names.py``). Adding, exporting and removing are audited.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.file_names import safe_file_name
from desktop.services.corrections import void_record
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, RecordNotFound
from desktop.services.workspace import Workspace
from desktop.store.atomic_file import AtomicFile
from desktop.store.audit import append_audit
from desktop.store.models import Attachment, Firm
from desktop.store.protected_paths import refuse_protected_output

KINDS = {"licence": "营业执照", "photo": "照片", "document": "文件"}
MAX_BYTES = 20 * 1024 * 1024
_MB = MAX_BYTES // 1024 // 1024
MAX_ID = 2**63 - 1  # SQLite's largest integer: a larger number is no attachment (and would overflow)
# O_NOFOLLOW: a symlink swapped in after the check fails to open; O_NONBLOCK: so does a FIFO, which
# would otherwise block the open for ever. (Neither exists on Windows, where the lstat check stands.)
_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
)


class AttachmentError(DomainError):
    pass


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        kinds = "、".join(f"{k}（{v}）" for k, v in KINDS.items())
        raise AttachmentError(
            f"附件类型“{kind}”无效，应为：{kinds}",
            en=f"Attachment kind “{kind}” is not valid; it should be one of: {', '.join(KINDS)}",
        )


def _check_size(size: int, name: str) -> None:
    if size == 0:
        raise AttachmentError(f"附件“{name}”是空文件", en=f"The attachment “{name}” is an empty file")
    if size > MAX_BYTES:
        raise AttachmentError(
            f"附件“{name}”超过 {_MB} MB，请压缩后再上传",
            en=f"The attachment “{name}” is over {_MB} MB; compress it and add it again",
        )


def stored_name(file_name: str) -> str:
    """The name an attachment is kept, shown and exported under: the last part of a path, made safe."""
    return safe_file_name(file_name.replace("\\", "/").rsplit("/", 1)[-1])


def add_attachment(
    ws: Workspace, uscc: str, content: bytes, file_name: str, kind: str = "document"
) -> Outcome:
    _check_kind(kind)
    name = stored_name(file_name)
    _check_size(len(content), name)
    digest = hashlib.sha256(content).hexdigest()
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        row = Attachment(
            firm_id=firm.id, file_name=name, kind=kind, sha256=digest, size=len(content), content=content
        )
        session.add(row)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="attachment.add",
            entity="attachment",
            entity_id=row.id,
            firm_id=firm.id,
            summary=f"上传{KINDS[kind]}“{name}”：{firm.name}",
            new={"file_name": name, "kind": kind, "sha256": digest, "size": len(content)},
        )
        return Outcome(id=row.id, uscc=firm.uscc)


def _not_regular(mode: int) -> tuple[str, str] | None:
    """What a file that is not a regular file is (Chinese, English), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "符号链接（请选择它指向的文件本身）", "a symbolic link (choose the file it points to)"
    if stat.S_ISDIR(mode):
        return "文件夹", "a folder"
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        return "管道或套接字", "a pipe or socket"
    return "设备文件", "a device"


def read_regular_file(path: Path) -> bytes:
    """The bytes of ``path`` when it is a regular file of at most ``MAX_BYTES``; decided from its
    metadata (lstat, then fstat of what was opened) before anything is read."""
    name = stored_name(path.name)
    try:
        info = path.lstat()
        what = _not_regular(info.st_mode)
        if what is not None:
            raise AttachmentError(
                f"{path} 是{what[0]}，不能作为附件", en=f"{path} is {what[1]}, not a file to attach"
            )
        _check_size(info.st_size, name)
        with os.fdopen(os.open(path, _OPEN_FLAGS), "rb") as handle:
            opened = os.fstat(handle.fileno())
            if not stat.S_ISREG(opened.st_mode) or not os.path.samestat(info, opened):
                raise AttachmentError(
                    f"{path} 在读取时被替换，请重新选择",
                    en=f"{path} was replaced while being read; choose it again",
                )
            _check_size(opened.st_size, name)
            content = handle.read(MAX_BYTES + 1)  # never more, even if the file grows meanwhile
    except OSError as exc:
        raise AttachmentError(
            f"无法读取文件 {path}：{exc.strerror or exc}",
            en=f"Cannot read the file {path}: {exc.strerror or exc}",
        ) from exc
    _check_size(len(content), name)
    return content


def add_attachment_file(ws: Workspace, uscc: str, path: Path, kind: str = "document") -> Outcome:
    _check_kind(kind)
    return add_attachment(ws, uscc, read_regular_file(path), path.name, kind)


@dataclass(frozen=True)
class AttachmentContent:
    file_name: str  # safe to show and to save
    kind: str
    sha256: str
    content: bytes


def _row(session: Session, attachment_id: int) -> Attachment:
    row = session.get(Attachment, attachment_id) if 0 < attachment_id <= MAX_ID else None
    if row is None:
        raise RecordNotFound(
            f"找不到编号为 {attachment_id} 的附件", en=f"There is no attachment number {attachment_id}"
        )
    return row


def _verified(row: Attachment) -> AttachmentContent:
    name = stored_name(row.file_name)
    if hashlib.sha256(row.content).hexdigest() != row.sha256:
        raise AttachmentError(
            f"附件“{name}”的内容与登记时的 SHA-256 不符，可能已被改动",
            en=f"The content of the attachment “{name}” does not match the SHA-256 recorded when it "
            "was added; it may have been altered",
        )
    return AttachmentContent(name, row.kind, row.sha256, row.content)


def read_attachment(ws: Workspace, attachment_id: int) -> AttachmentContent:
    with ws.db.session() as session:
        return _verified(_row(session, attachment_id))


@dataclass(frozen=True)
class ExportedAttachment:
    path: Path
    file_name: str
    sha256: str
    size: int


def export_attachment(ws: Workspace, attachment_id: int, out: Path) -> ExportedAttachment:
    """Write an attachment's verified bytes to ``out`` (into it, under the attachment's name, when
    ``out`` is a folder): never over the data directory's files, atomically, and audited — the file is
    put in place in the transaction that records the export, so neither happens without the other."""
    with ws.db.session() as session:
        content = _verified(_row(session, attachment_id))
    target = out / content.file_name if out.is_dir() else out
    refuse_protected_output(ws.data_dir, target)
    with AtomicFile(target) as part:
        part.temp.write_bytes(content.content)
        with ws.db.write() as session:
            row = _row(session, attachment_id)
            firm = session.get(Firm, row.firm_id)
            append_audit(
                session,
                actor=ws.actor,
                action="attachment.export",
                entity="attachment",
                entity_id=row.id,
                firm_id=row.firm_id,
                summary=f"导出附件“{content.file_name}”：{firm.name if firm else ''}",
                new={"file": str(target), "sha256": content.sha256, "size": len(content.content)},
            )
            part.commit()
    return ExportedAttachment(target, content.file_name, content.sha256, len(content.content))


def void_attachment(ws: Workspace, attachment_id: int, reason: str) -> Outcome:
    """Remove an attachment from the dossier: it is voided (kept, with its bytes and hash, in the encrypted
    database and the audit trail), never deleted."""
    return void_record(ws, "attachment", attachment_id, reason)


def remove_attachment(ws: Workspace, attachment_id: int, reason: str) -> None:
    """The older name of ``void_attachment``."""
    void_attachment(ws, attachment_id, reason)


def list_attachments(ws: Workspace, uscc: str) -> list[Attachment]:
    """The firm's attachments (without their bytes), oldest first, voided ones included."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        return list(
            session.scalars(select(Attachment).where(Attachment.firm_id == firm.id).order_by(Attachment.id))
        )
