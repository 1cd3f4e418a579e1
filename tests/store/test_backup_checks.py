"""Issue 16 item 3: every backup is checked after writing, a failed one is marked (and listed as failed),
rotation never removes the newest verified backup, and nothing changed means no new copy."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.services.workspace import Workspace
from desktop.store import backup as backup_module
from desktop.store.anchor import ChainHead
from desktop.store.audit import append_audit
from desktop.store.backup import BackupError, backups_to_prune, list_backups, prune, take_backup
from desktop.store.backup_meta import BackupMeta, BackupStatus, meta_path, write_meta


def _note(ws: Workspace, text: str = "记录") -> None:
    with ws.db.write() as s:
        append_audit(s, actor="李明", action="test", entity="firm", summary=text)


def _spoil_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk garbles what was just written (after the copy, before the check)."""
    real = backup_module._fsync

    def garbling(path: Path) -> None:
        real(path)
        if path.name.endswith(".part"):
            data = bytearray(path.read_bytes())
            data[4096 * 2 + 100 : 4096 * 2 + 600] = os.urandom(500)
            path.write_bytes(bytes(data))

    monkeypatch.setattr(backup_module, "_fsync", garbling)


def test_a_backup_is_checked_and_its_chain_head_sealed_beside_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    _note(workspace, "一")
    made = take_backup(workspace.db.path, workspace.db.key, tmp_path, "manual")
    assert made.status is BackupStatus.VERIFIED and not made.skipped
    assert made.meta.chain is not None and made.meta.chain.entries == 1
    sidecar = json.loads(meta_path(made.path).read_text(encoding="utf-8"))
    assert sidecar["status"] == "verified" and sidecar["name"] == made.path.name and len(sidecar["mac"]) == 64
    # A sidecar edited by hand is not believed.
    sidecar["problems"] = ["x"]
    meta_path(made.path).write_text(json.dumps(sidecar), encoding="utf-8")
    (again,) = list_backups(tmp_path, workspace.db.key)
    assert again.status is BackupStatus.UNVERIFIED


def test_a_copy_that_fails_its_check_is_marked_failed_and_kept(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _note(workspace)
    _spoil_copies(monkeypatch)
    with pytest.raises(BackupError, match="未通过检查"):
        take_backup(workspace.db.path, workspace.db.key, tmp_path, "before-import")
    (failed,) = list_backups(tmp_path, workspace.db.key)
    assert failed.status is BackupStatus.FAILED and failed.meta.problems
    assert failed.to_json()["status"] == "failed"


def test_nothing_changed_means_no_new_copy(workspace: Workspace, tmp_path: Path) -> None:
    _note(workspace)
    first = take_backup(workspace.db.path, workspace.db.key, tmp_path, "daily")
    again = take_backup(workspace.db.path, workspace.db.key, tmp_path, "before-import")
    assert again.skipped and again.path == first.path
    _note(workspace, "改动")
    changed = take_backup(workspace.db.path, workspace.db.key, tmp_path, "before-import")
    assert not changed.skipped and changed.path != first.path
    assert len(list_backups(tmp_path)) == 2


def test_a_failed_backup_is_never_what_unchanged_is_measured_against(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _note(workspace)
    with monkeypatch.context() as patch:
        _spoil_copies(patch)
        with pytest.raises(BackupError):
            take_backup(workspace.db.path, workspace.db.key, tmp_path, "manual")
    retried = take_backup(workspace.db.path, workspace.db.key, tmp_path, "manual")
    assert not retried.skipped and retried.status is BackupStatus.VERIFIED


def _sealed(directory: Path, when: datetime, status: BackupStatus, key_ws: Workspace) -> Path:
    path = directory / f"firstloan-{when:%Y%m%dT%H%M%S}Z-daily.db"
    path.write_bytes(b"x" * 10)
    write_meta(path, 10, BackupMeta(status, chain=ChainHead(0, 0)), key_ws.db.key)
    return path


def test_rotation_never_removes_the_newest_verified_backup(workspace: Workspace, tmp_path: Path) -> None:
    now = datetime(2026, 11, 21, 12, tzinfo=UTC)
    good = _sealed(tmp_path, now - timedelta(days=90), BackupStatus.VERIFIED, workspace)
    # Forty days of daily backups since, every one of them failed (the database went bad long ago).
    failed = [
        _sealed(tmp_path, now - timedelta(days=d), BackupStatus.FAILED, workspace) for d in range(2, 42)
    ]
    prune(tmp_path, workspace.db.key, now)
    assert good.exists() and meta_path(good).exists()
    assert not any(p.exists() or meta_path(p).exists() for p in failed)  # sidecars go with their backups


def test_a_failed_backup_takes_no_days_slot_from_a_good_one(workspace: Workspace, tmp_path: Path) -> None:
    now = datetime(2026, 11, 21, 12, tzinfo=UTC)
    goods = [
        _sealed(tmp_path, now - timedelta(days=d, hours=2), BackupStatus.VERIFIED, workspace)
        for d in range(1, 8)
    ]
    fails = [
        _sealed(tmp_path, now - timedelta(days=d, hours=1), BackupStatus.FAILED, workspace)
        for d in range(1, 8)
    ]
    doomed = {b.path for b in backups_to_prune(list_backups(tmp_path, workspace.db.key), now)}
    assert not doomed & set(goods) and set(fails[1:]) <= doomed
