"""Issue 16 item 3 at the command line: a backup that fails its check is refused, marked and listed failed;
an unchanged database is not copied again, and the command says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.commands.conftest import Run
from tests.store.test_backup_checks import _spoil_copies


def test_backups_json_lists_a_failed_one_as_failed(
    cli: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("demo", "--firms", "5")
    _spoil_copies(monkeypatch)
    refused = cli("backup")
    assert refused.code == 2 and "未通过检查" in refused.err and refused.err.count("\n") == 1
    monkeypatch.undo()
    listed = json.loads(cli("backups", "--json").out)
    assert [b["status"] for b in listed] == ["failed"]
    assert {"file", "name", "taken_at", "reason", "size", "status", "problems", "chain"} <= set(listed[0])
    assert "失败" in cli("backups").out
    made = cli("backup")
    assert made.code == 0 and "已备份到" in made.out
    assert cli("backup").out.startswith("数据库自上次备份以来没有变化")
