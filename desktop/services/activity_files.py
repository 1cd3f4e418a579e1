"""An activity's files — photos, the sign-in sheet — kept in the encrypted database (checked and named as
a dossier's attachments are), and the firms a sign-in sheet names, matched to the firms on record."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.domain.activities import ATTACHMENT_KINDS
from desktop.domain.errors import DomainError
from desktop.exchange.sign_in_sheet import read_sign_in
from desktop.services.activities import load_activity
from desktop.services.attachments import read_regular_file, stored_name
from desktop.services.firm_refs import FirmRef, Matched, match_firms
from desktop.services.workspace import Workspace
from desktop.store.atomic_file import AtomicFile
from desktop.store.audit import append_audit
from desktop.store.models import ActivityAttachment
from desktop.store.protected_paths import refuse_protected_output
from desktop.store.types import utcnow


class ActivityFileError(DomainError):
    pass


def add_activity_file(ws: Workspace, activity_id: int, path: Path, kind: str = "photo") -> int:
    """Keep a file with the activity (a regular file of at most 20 MB); returns its id."""
    code = ATTACHMENT_KINDS.parse(kind)
    content = read_regular_file(path)
    name = stored_name(path.name)
    digest = hashlib.sha256(content).hexdigest()
    with ws.db.write() as session:
        activity = load_activity(session, activity_id)
        row = ActivityAttachment(
            activity_id=activity.id,
            file_name=name,
            kind=code,
            sha256=digest,
            size=len(content),
            content=content,
        )
        session.add(row)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="activity.attach",
            entity="activity",
            entity_id=activity.id,
            summary=f"活动“{activity.title}”上传{ATTACHMENT_KINDS.zh(code)}“{name}”",
            new={
                "attachment_id": row.id,
                "file_name": name,
                "kind": code,
                "sha256": digest,
                "size": len(content),
            },
        )
        return row.id


def _file(session: Session, file_id: int) -> ActivityAttachment:
    row = session.get(ActivityAttachment, file_id) if 0 < file_id < 2**63 else None
    if row is None:
        raise ActivityFileError(
            f"找不到编号为 {file_id} 的活动附件", en=f"There is no activity file number {file_id}"
        )
    return row


def export_activity_file(ws: Workspace, file_id: int, out: Path) -> Path:
    """Write a kept file (its SHA-256 checked) to ``out``, or into the folder ``out``; audited."""
    with ws.db.session() as session:
        row = _file(session, file_id)
        name, content, digest = stored_name(row.file_name), bytes(row.content), row.sha256
    if hashlib.sha256(content).hexdigest() != digest:
        raise ActivityFileError(
            f"活动附件“{name}”的内容与登记时的 SHA-256 不符",
            en=f"The file “{name}” does not match its SHA-256",
        )
    target = out / name if out.is_dir() else out
    refuse_protected_output(ws.data_dir, target)
    with AtomicFile(target) as part:
        part.temp.write_bytes(content)
        with ws.db.write() as session:
            row = _file(session, file_id)
            append_audit(
                session,
                actor=ws.actor,
                action="activity.export_file",
                entity="activity",
                entity_id=row.activity_id,
                summary=f"导出活动附件“{name}”",
                new={"file": str(target), "sha256": digest},
            )
            part.commit()
    return target


def void_activity_file(ws: Workspace, file_id: int, reason: str) -> None:
    why = reason.strip()
    if not why:
        raise ActivityFileError("删除活动附件需要填写原因", en="Removing an activity file needs a reason")
    with ws.db.write() as session:
        row = _file(session, file_id)
        row.voided_at, row.void_reason, row.voided_by = utcnow(), why, ws.actor
        append_audit(
            session,
            actor=ws.actor,
            action="activity.remove_file",
            entity="activity",
            entity_id=row.activity_id,
            summary=f"删除活动附件“{row.file_name}”（原因：{why}）",
            old={"attachment_id": row.id, "file_name": row.file_name, "sha256": row.sha256},
        )


@dataclass(frozen=True)
class SignInResult:
    matched: Matched
    rows: int  # the entries read from the sheet


def match_sign_in(ws: Workspace, path: Path) -> SignInResult:
    """The firms a sign-in sheet names: those found (each once) and the rows not matched, with why."""
    entries = read_sign_in(path)
    refs = [
        FirmRef(
            e.text,
            f"{path.name} 工作表“{e.sheet}”第 {e.row} 行：",
            f"{path.name}, sheet “{e.sheet}”, row {e.row}: ",
        )
        for e in entries
    ]
    with ws.db.session() as session:
        matched = match_firms(session, refs)
        for firm in matched.firms:
            session.expunge(firm)
        return SignInResult(matched, len(entries))
