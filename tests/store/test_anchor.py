"""The anchor file and the chain stamp for exported files (desktop/store/anchor.py)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from desktop.services.workspace import Workspace
from desktop.store import keys as keys_module
from desktop.store.anchor import Anchor, AnchorState, ChainHead, chain_stamp, read_anchor, stamp_is_genuine
from desktop.store.audit import append_audit
from desktop.store.keys import DatabaseKey, KeySource

OTHER = DatabaseKey(b"\x07" * 32, KeySource.ENV)


def _note(ws: Workspace, n: int = 1) -> None:
    for i in range(n):
        with ws.db.write() as s:
            append_audit(s, actor="李明", action="test", entity="firm", summary=f"{i}")


def test_the_chain_stamp_names_the_head_and_proves_its_key(workspace: Workspace) -> None:
    _note(workspace, 3)
    with workspace.db.session() as s:
        stamp = chain_stamp(s, workspace.db.key)
    assert (stamp.entries, stamp.last_id) == (3, 3) and len(stamp.head) == 64 and len(stamp.tag) == 16
    assert stamp.text() == f"audit-chain 3/3 {stamp.head[:16]} tag {stamp.tag}"
    assert stamp_is_genuine(stamp.to_json(), workspace.db.key)
    assert not stamp_is_genuine(stamp.to_json(), OTHER)
    assert not stamp_is_genuine(stamp.to_json() | {"entries": 2}, workspace.db.key)
    assert not stamp_is_genuine({"nonsense": True}, workspace.db.key)


def test_the_anchor_never_moves_back_and_a_full_disk_only_leaves_it_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anchor = Anchor(tmp_path / "firstloan.db", OTHER)
    anchor.record(ChainHead(5, 5, "a" * 64))
    anchor.record(ChainHead(4, 4, "b" * 64))  # a slower thread's older commit
    assert read_anchor(anchor.path, OTHER).heads == (ChainHead(5, 5, "a" * 64),)
    assert read_anchor(anchor.path, DatabaseKey(b"\x08" * 32, KeySource.ENV)).state is AnchorState.FORGED

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keys_module, "_write_owner_only", full)
    anchor.record(ChainHead(6, 6, "c" * 64))  # never raises after a commit
    assert isinstance(anchor.failure, OSError)
    assert read_anchor(anchor.path, OTHER).heads[0].entries == 5
