"""``firstloan sync export|import|conflicts|resolve|history`` on laptops of their own: the JSON issue 22
spells out, refusals with exit 2 and nothing changed, an already imported package exit 0."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.services.firm_edit import edit_firm_fields
from desktop.services.visits import VisitInput, add_visit
from desktop.store.models import AuditEntry, Firm, SyncOp, Visit
from tests.commands.branch_laptops import Branch, CliLaptop, joined_branch, laptop
from tests.factories import add_firm

IMPORT_KEYS = ["from", "new", "updated", "already_had", "conflicts"]


def _handed_out(branch: Branch, n: int = 1) -> str:
    """One firm the coordinator has assigned to the first officer and sent them."""
    coordinator, zhang = branch.coordinator, branch.officers[0]
    with coordinator.workspace() as ws:
        code = add_firm(ws, n)
    coordinator.json("branch", "assign", "--officer", "张三", "--uscc", code, "--json")
    package = branch.packages / f"to-zhang-{n}.flpkg"
    assert coordinator.run("sync", "export", "--to", "张三", "--out", str(package)).code == 0
    assert zhang.run("sync", "import", str(package)).code == 0
    return code


def _export(machine: CliLaptop, path: Path) -> dict[str, object]:
    result: dict[str, object] = machine.json("sync", "export", "--out", str(path), "--json")
    return result


def test_export_and_import_with_a_dry_run_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    branch = joined_branch(tmp_path, capsys)
    coordinator, zhang = branch.coordinator, branch.officers[0]
    code = _handed_out(branch)
    with zhang.workspace() as ws:
        add_visit(ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
    package = branch.packages / "zhang-11.flpkg"
    exported = _export(zhang, package)
    assert set(exported) == {"file", "to", "changes", "firms", "attachments", "size"}
    assert (
        exported["to"] == "coordinator"
        and exported["firms"] == 1
        and package.stat().st_size == exported["size"]
    )
    visits, ops = coordinator.count(Visit), coordinator.count(SyncOp)
    preview = coordinator.json("sync", "import", str(package), "--dry-run", "--json")
    assert list(preview) == IMPORT_KEYS and preview["from"] == "张三" and preview["new"] == 2
    assert preview["conflicts"] == []
    assert (coordinator.count(Visit), coordinator.count(SyncOp)) == (
        visits,
        ops,
    )  # the dry run changed nothing
    assert coordinator.json("sync", "import", str(package), "--json") == preview
    assert coordinator.count(Visit) == visits + 1
    again = coordinator.run("sync", "import", str(package), "--json")
    assert again.code == 0 and "已导入过" in again.err
    assert json.loads(again.out) == {
        "from": "张三",
        "new": 0,
        "updated": 0,
        "already_had": 2,
        "conflicts": [],
    }
    text = coordinator.run("sync", "import", str(package), "--dry-run")
    assert text.code == 0 and "预览（未改动）张三的工作包：新增 0，更新 0，已有 2，冲突 0" in text.out


def test_a_conflict_shows_mine_and_theirs_and_is_resolved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    branch = joined_branch(tmp_path, capsys)
    coordinator, zhang = branch.coordinator, branch.officers[0]
    code = _handed_out(branch)
    with zhang.workspace() as ws:
        edit_firm_fields(ws, code, {"address": "新乡市红旗区一号"})
    with coordinator.workspace() as ws:
        edit_firm_fields(ws, code, {"address": "新乡市牧野区二号"})
    package = branch.packages / "zhang-edit.flpkg"
    _export(zhang, package)
    preview = coordinator.json("sync", "import", str(package), "--dry-run", "--json")
    conflict = {
        "uscc": code,
        "field": "firm.address",
        "mine": "新乡市牧野区二号",
        "theirs": "新乡市红旗区一号",
    }
    assert preview["conflicts"] == [conflict]
    assert coordinator.json("sync", "conflicts", "--json") == []  # still nothing changed
    assert coordinator.json("sync", "import", str(package), "--json")["conflicts"] == [conflict]
    [open_one] = coordinator.json("sync", "conflicts", "--json")
    assert {"id", "uscc", "field", "mine", "theirs", "theirs_actor"} == set(open_one)
    assert coordinator.run("sync", "resolve", "no-such-id", "--take", "mine").code == 2
    assert coordinator.run("sync", "resolve", open_one["id"], "--take", "theirs").code == 0
    assert coordinator.json("sync", "conflicts", "--json") == []
    with coordinator.workspace() as ws, ws.db.session() as session:
        assert session.scalar(select(Firm.address).where(Firm.uscc == code)) == "新乡市红旗区一号"
    history = coordinator.json("sync", "history", code, "--json")
    assert {line["laptop"] for line in history["history"]} >= {"本机", "张三"}
    [chain] = [c for c in history["chains"] if c["laptop"] == "张三"]
    assert chain["intact"] and chain["complete"]


def test_refusals_exit_2_and_change_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    branch = joined_branch(tmp_path, capsys)
    coordinator, (zhang, li) = branch.coordinator, branch.officers
    code = _handed_out(branch)
    with zhang.workspace() as ws:
        add_visit(ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
    package = branch.packages / "zhang.flpkg"
    _export(zhang, package)
    for_zhang = branch.packages / "for-zhang.flpkg"
    assert coordinator.run("sync", "export", "--to", "张三", "--out", str(for_zhang)).code == 0
    changed = branch.packages / "changed.flpkg"
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 1
    changed.write_bytes(bytes(data))
    other = laptop(tmp_path, "east", "赵主任", capsys)
    other.json("branch", "init", "--name", "东区支行", "--json")
    elsewhere = branch.packages / "east.flpkg"
    assert other.run("sync", "export", "--to", "某人", "--out", str(elsewhere)).code == 0
    cases = [
        (coordinator, changed, "签名不符"),
        (coordinator, elsewhere, "来自另一个支行"),
        (li, for_zhang, "是给客户经理“张三”"),
        (li, package, "是给协调人的电脑的"),
        (zhang, package, "是本机自己导出的"),
    ]
    for machine, file, reason in cases:
        before = (machine.count(SyncOp), machine.count(AuditEntry), machine.count(Visit))
        for flags in (["--json"], ["--dry-run", "--json"]):
            done = machine.run("sync", "import", str(file), *flags)
            assert done.code == 2 and reason in done.err and done.out == "", (file.name, done.err)
        assert (machine.count(SyncOp), machine.count(AuditEntry), machine.count(Visit)) == before
    no_to = coordinator.run("sync", "export", "--out", str(branch.packages / "x.flpkg"))
    assert no_to.code == 2 and "--to" in no_to.err and not (branch.packages / "x.flpkg").exists()
    over_data = zhang.run("sync", "export", "--out", str(zhang.folder / "firstloan.db"))
    assert over_data.code == 2
    alone = laptop(tmp_path, "alone", "钱七", capsys).run(
        "sync", "export", "--out", str(branch.packages / "y.flpkg")
    )
    assert alone.code == 2 and "尚未加入支行" in alone.err


def test_an_older_package_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    branch = joined_branch(tmp_path, capsys, ("张三",))
    coordinator, zhang = branch.coordinator, branch.officers[0]
    code = _handed_out(branch)
    with zhang.workspace() as ws:
        add_visit(ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
    first = branch.packages / "first.flpkg"
    _export(zhang, first)
    with zhang.workspace() as ws:
        add_visit(ws, code, VisitInput(on=date(2026, 11, 11), mode="phone"))
    second = branch.packages / "second.flpkg"
    _export(zhang, second)
    assert (
        coordinator.json("sync", "import", str(second), "--json")["new"] == 3
    )  # both visits and the stage move
    older = coordinator.run("sync", "import", str(first), "--json")
    assert older.code == 0 and "更早" in older.err and json.loads(older.out)["new"] == 0
    assert coordinator.count(Visit) == 2
