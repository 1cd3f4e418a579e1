"""Dossier attachments (licence scan, photos, documents) stored inside the encrypted database.

Nothing is left on disk in the clear: the bytes live in the SQLCipher file with their SHA-256, which
is checked again when the file is read back (a changed file is an error, not a silent swap).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.services.corrections import void_record
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, RecordNotFound
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Attachment

KINDS = {"licence": "营业执照", "photo": "照片", "document": "文件"}
MAX_BYTES = 20 * 1024 * 1024


class AttachmentError(DomainError):
    pass


def add_attachment(
    ws: Workspace, uscc: str, content: bytes, file_name: str, kind: str = "document"
) -> Outcome:
    if kind not in KINDS:
        kinds = "、".join(f"{k}（{v}）" for k, v in KINDS.items())
        raise AttachmentError(
            f"附件类型“{kind}”无效，应为：{kinds}",
            en=f"Attachment kind “{kind}” is not valid; it should be one of: {', '.join(KINDS)}",
        )
    if not content:
        raise AttachmentError(
            f"附件“{file_name}”是空文件", en=f"The attachment “{file_name}” is an empty file"
        )
    if len(content) > MAX_BYTES:
        raise AttachmentError(
            f"附件“{file_name}”超过 {MAX_BYTES // 1024 // 1024} MB，请压缩后再上传",
            en=f"The attachment “{file_name}” is over {MAX_BYTES // 1024 // 1024} MB; compress it and add it again",
        )
    digest = hashlib.sha256(content).hexdigest()
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        row = Attachment(
            firm_id=firm.id,
            file_name=Path(file_name).name,
            kind=kind,
            sha256=digest,
            size=len(content),
            content=content,
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
            summary=f"上传{KINDS[kind]}“{row.file_name}”：{firm.name}",
            new={"file_name": row.file_name, "kind": kind, "sha256": digest, "size": len(content)},
        )
        return Outcome(id=row.id, uscc=firm.uscc)


def add_attachment_file(ws: Workspace, uscc: str, path: Path, kind: str = "document") -> Outcome:
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise AttachmentError(
            f"无法读取文件 {path}：{exc.strerror or exc}",
            en=f"Cannot read the file {path}: {exc.strerror or exc}",
        ) from exc
    return add_attachment(ws, uscc, content, path.name, kind)


@dataclass(frozen=True)
class AttachmentContent:
    file_name: str
    kind: str
    sha256: str
    content: bytes


def read_attachment(ws: Workspace, attachment_id: int) -> AttachmentContent:
    with ws.db.session() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise RecordNotFound(
                f"找不到编号为 {attachment_id} 的附件", en=f"There is no attachment number {attachment_id}"
            )
        content = row.content
        if hashlib.sha256(content).hexdigest() != row.sha256:
            raise AttachmentError(
                f"附件“{row.file_name}”的内容与登记时的 SHA-256 不符，可能已被改动",
                en=f"The content of the attachment “{row.file_name}” does not match the SHA-256 recorded when it "
                "was added; it may have been altered",
            )
        return AttachmentContent(row.file_name, row.kind, row.sha256, content)


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
