"""Importing a work package: check whose it is and for whom, then merge it (never losing anything).

Refused with nothing changed (exit 2): a file that is not a package or was changed (the signature), a
package of another branch, one made for another officer or laptop, one this laptop made itself, one
signed by a key that is not the sender's. A package already imported, or older than one already
imported from the same laptop, changes nothing and says so: all its records count as already had.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError, Message
from desktop.domain.hlc import Hlc, skew_ms
from desktop.exchange.sync_body import OP_FIELDS, unpack
from desktop.exchange.sync_package import OpenedHeader, OpenedPackage, open_package, read_header
from desktop.services.backup import backup_before
from desktop.services.jobs import Cancelled, CancelToken, ProgressCallback, no_progress
from desktop.services.sync_apply import apply_ops, apply_waiting, resolve_pending_refs
from desktop.services.sync_capture import capture, ensure_triggers
from desktop.services.sync_derive import apply_derived, renumber_plans
from desktop.services.sync_received import record_peer, store_audit
from desktop.services.sync_records import firm_ids
from desktop.services.sync_registry import ORDER
from desktop.services.sync_state import (
    COORDINATOR,
    kex_key,
    observe_stamp,
    require_identity,
    wall_clock_ms,
)
from desktop.services.sync_write import Applied, FoundConflict
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import BranchIdentity, BranchPeer, SyncDirty, SyncPackage

SKEW_WARNING_MS = 3_600_000


class SyncRefused(DomainError):
    pass


@dataclass
class ImportResult:
    sender: str
    new: int = 0
    updated: int = 0
    already_had: int = 0
    conflicts: list[FoundConflict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False
    refreshed: int = 0  # firms whose state the merge worked out again (refresh_firm)
    from_coordinator: bool = False  # the sender is the coordinator (``sender`` then says 协调人)
    already_imported: bool = False  # this package, or a newer one of the sender's, came in before

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.sender, "new": self.new, "updated": self.updated, "already_had": self.already_had,
            "conflicts": [
                {"uscc": c.uscc, "field": f"{c.rtype}.{c.field}", "mine": c.mine, "theirs": c.theirs}
                for c in self.conflicts
            ],
        }  # fmt: skip


class _DryRun(Exception):
    def __init__(self, result: ImportResult) -> None:
        self.result = result


def sender_name(header: dict[str, Any]) -> str:
    return str(header.get("from_officer") or ("协调人" if header.get("from_role") == COORDINATOR else "?"))


def _check_addressed(me: BranchIdentity, header: dict[str, Any], path: Path) -> None:
    name = path.name
    if header.get("branch") != me.branch_id:
        raise SyncRefused(
            f"工作包 {name} 来自另一个支行，不能导入本机",
            en=f"The work package {name} is from another branch: not imported",
        )
    if header.get("from_device") == me.device_id:
        raise SyncRefused(
            f"工作包 {name} 是本机自己导出的：请把它交给{'客户经理' if me.role == COORDINATOR else '协调人'}导入",
            en=f"The work package {name} was made on this laptop: give it to the "
            f"{'officer' if me.role == COORDINATOR else 'coordinator'} to import",
        )
    if header.get("to_role") != me.role:
        whom, whom_en = (
            ("协调人", "the coordinator")
            if header.get("to_role") == COORDINATOR
            else ("客户经理", "an officer")
        )
        raise SyncRefused(
            f"工作包 {name} 是给{whom}的电脑的，不是给本机的",
            en=f"The work package {name} is for {whom_en}'s laptop, not this one",
        )
    if me.role != COORDINATOR:
        to_officer, to_device = header.get("to_officer"), header.get("to_device")
        if to_officer != me.officer or (to_device and to_device != me.device_id):
            raise SyncRefused(
                f"工作包 {name} 是给客户经理“{to_officer}”（另一台电脑）的，不是给本机的",
                en=f"The work package {name} is for the officer “{to_officer}” (another laptop), not this one",
            )


def _check_signer(session: Session, me: BranchIdentity, opened: OpenedHeader) -> BranchPeer | None:
    header = opened.header
    peer = session.get(BranchPeer, header["from_device"])
    if header.get("from_role") == COORDINATOR and opened.sign_public != me.coordinator_sign:
        raise SyncRefused(
            f"工作包 {opened.path.name} 不是本支行协调人签名的",
            en=f"The work package {opened.path.name} is not signed by this branch's coordinator",
        )
    if peer is not None and peer.sign_public != opened.sign_public:
        raise SyncRefused(
            f"工作包 {opened.path.name} 的签名密钥与该电脑以前的不同，未导入",
            en=f"The work package {opened.path.name} is signed with a different key than that laptop used before: not imported",
        )
    return peer


class _Steps:
    """The import's progress, one step per phase and record type; Cancel is honoured between steps (the
    transaction then rolls back: nothing changed)."""

    def __init__(self, name: str, progress: ProgressCallback, cancel: CancelToken | None) -> None:
        self.name, self.progress, self.cancel, self.done = name, progress, cancel, 0

    def __call__(self, zh: str, en: str) -> None:
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()
        self.progress(min(self.done, STEPS), STEPS, Message(f"{self.name}：{zh}", f"{self.name}: {en}"))
        self.done += 1


STEPS = len(ORDER) + 6


def import_package(
    ws: Workspace,
    path: Path,
    *,
    dry_run: bool = False,
    backup: bool = True,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Merge the package into this laptop (``dry_run``: say what it would do, change nothing)."""
    step = _Steps(path.name, progress, cancel)
    step("检查签名", "checking the signature")
    opened = read_header(path)
    if backup and not dry_run:
        step("备份数据库", "backing up the database")
        backup_before(ws, "import")
    try:
        with ws.db.write() as session:
            result = _import(ws, session, opened, dry_run, step)
            if dry_run:
                raise _DryRun(result)
    except _DryRun as done:
        result = done.result
    progress(STEPS, STEPS, Message(f"{path.name}：完成", f"{path.name}: done"))
    return result


@dataclass(frozen=True)
class BatchItem:
    """One package of a batch: what its import did, or why it was refused (or cancelled)."""

    path: Path
    result: ImportResult | None
    error: DomainError | None = None


def import_packages(
    ws: Workspace,
    paths: list[Path],
    *,
    dry_run: bool = False,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> list[BatchItem]:
    """Several packages (the month's from every officer) with one backup first, each in its own
    transaction: a refused one is reported and the others go on; Cancel rolls back the package being
    imported and stops there (those before it stay imported)."""
    if paths and not dry_run:
        backup_before(ws, "import")
    out: list[BatchItem] = []
    for n, path in enumerate(paths):

        def overall(done: int, total: int, message: str, n: int = n) -> None:
            progress(n * STEPS + done, len(paths) * STEPS, message)

        try:
            out.append(
                BatchItem(
                    path,
                    import_package(ws, path, dry_run=dry_run, backup=False, progress=overall, cancel=cancel),
                )
            )
        except Cancelled as exc:
            out.append(BatchItem(path, None, exc))
            break
        except DomainError as exc:
            out.append(BatchItem(path, None, exc))
    return out


def _count_records(body: dict[str, Any]) -> int:
    return len({(op[3], op[4]) for op in body["ops"]})


def _import(
    ws: Workspace, session: Session, opened: OpenedHeader, dry_run: bool, step: _Steps
) -> ImportResult:
    me = require_identity(session)
    header = opened.header
    _check_addressed(me, header, opened.path)
    peer = _check_signer(session, me, opened)
    step("解密", "opening")
    package = open_package(opened, me.branch_secret, kex_key(me))
    body = unpack(package.body())
    result = ImportResult(
        sender_name(header), dry_run=dry_run, from_coordinator=header.get("from_role") == COORDINATOR
    )
    already = session.get(SyncPackage, opened.sha256) is not None
    if already or (peer is not None and header["seq"] <= peer.in_seq):
        result.already_had, result.already_imported = _count_records(body), True
        result.warnings.append(
            Message("该工作包已导入过，未作任何改动", "This package was imported before: nothing changed")
            if already
            else Message(
                "该工作包比已导入的更早，未作任何改动",
                "This package is older than one already imported: nothing changed",
            )
        )
        return result
    _warn_skew(header, result)
    ensure_triggers(session)
    ops = [dict(zip(OP_FIELDS, op, strict=True)) for op in body["ops"]]
    step("记下本机的改动", "noting this laptop's changes")
    local = firm_ids(session, {op["firm"] for op in ops if op["firm"]})
    capture(session, me, ws.actor, firms=local.values())
    applied, result.refreshed = _merge(ws, session, me, ops, package, body, step)
    step("保存对方的审计记录", "keeping the sender's audit entries")
    peer = record_peer(session, me, peer, opened, body, result.warnings)
    store_audit(session, me, header["from_device"], body.get("audit", []))
    observe_stamp(me, header["hlc"]) if header.get("hlc") else None
    result.new, result.updated, result.already_had = applied.new, applied.updated, applied.already_had
    result.conflicts = applied.conflicts
    _log(ws, session, opened, header, result)
    session.execute(delete(SyncDirty))
    return result


def _merge(
    ws: Workspace,
    session: Session,
    me: BranchIdentity,
    ops: list[dict[str, Any]],
    package: OpenedPackage,
    body: dict[str, Any],
    step: _Steps,
) -> tuple[Applied, int]:
    blob_index = {uid: n + 1 for n, uid in enumerate(body.get("attachments", []))}

    def blobs(uid: str) -> bytes | None:
        index = blob_index.get(uid)
        return package.part(index) if index is not None else None

    def next_local() -> int:
        me.local_seq += 1
        return me.local_seq

    applied = apply_ops(
        session, ops, next_local, blobs, lambda rtype: step(f"合并 {rtype}", f"merging {rtype}")
    )
    apply_waiting(session, blobs, Applied())
    resolve_pending_refs(session)
    renumber_plans(session, applied.plan_firms)
    derived = body.get("derived", {})
    session.flush()
    step("推算阶段与首贷认定", "working out stages and first loans")
    return applied, apply_derived(session, ws.actor, ws.today(), applied.firms | set(derived), derived)


def _warn_skew(header: dict[str, Any], result: ImportResult) -> None:
    if not header.get("hlc"):
        return
    ahead = skew_ms(Hlc.decode(header["hlc"]), wall_clock_ms())
    if abs(ahead) > SKEW_WARNING_MS:
        hours = abs(round(ahead / 3_600_000, 1))
        result.warnings.append(
            Message(
                f"发送方电脑的时钟比本机{'快' if ahead > 0 else '慢'}约 {hours} 小时：合并不受影响（按逻辑时钟），请校准时间",
                f"The sender's clock is about {hours} hours {'ahead of' if ahead > 0 else 'behind'} this laptop's: the "
                "merge is not affected (it goes by the logical clock); please set the time right",
            )
        )


def _log(
    ws: Workspace, session: Session, opened: OpenedHeader, header: dict[str, Any], result: ImportResult
) -> None:
    session.add(
        SyncPackage(
            sha256=opened.sha256, direction="in", peer_device=header["from_device"], peer_officer=header.get("from_officer") or "",
            seq=header["seq"], as_of=date.fromisoformat(header["as_of"]), file_name=opened.path.name,
            counts={"new": result.new, "updated": result.updated, "already_had": result.already_had, "conflicts": len(result.conflicts)},
        )
    )  # fmt: skip
    append_audit(
        session, actor=ws.actor, action="sync.import", entity="sync_package", entity_id=opened.sha256[:16],
        summary=f"导入{result.sender}的工作包：新增 {result.new}，更新 {result.updated}，已有 {result.already_had}，冲突 {len(result.conflicts)}",
        new={"file": opened.path.name, "sha256": opened.sha256, "seq": header["seq"], "from_device": header["from_device"]},
    )  # fmt: skip


def open_conflicts_count(session: Session) -> int:
    from desktop.store.models import SyncConflict

    return int(
        session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        or 0
    )
