"""``firstloan branch init|join|status|assign|missing|show-recovery|recover`` on laptops of their own:
the flags and JSON keys issue 22 spells out, and the refusals (exit 2, nothing changed)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.store.models import AuditEntry, BranchIdentity, Firm
from tests.commands.branch_laptops import joined_branch, laptop
from tests.factories import add_firm, code_for


def test_init_prints_the_join_code_once_and_refuses_a_second_branch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coordinator = laptop(tmp_path, "coordinator", "王主任", capsys)
    shown = coordinator.json("branch", "init", "--name", "城区支行", "--json")
    assert list(shown) == ["join_code"] and shown["join_code"].startswith("FLJ1-")
    entries = coordinator.count(AuditEntry)
    again = coordinator.run("branch", "init", "--name", "东区支行")
    assert again.code == 2 and "已是支行“城区支行”的协调人" in again.err and again.out == ""
    assert coordinator.count(AuditEntry) == entries and coordinator.count(BranchIdentity) == 1
    other = laptop(tmp_path, "other", "赵主任", capsys)
    text = other.run("branch", "init", "--name", "东区支行")
    assert text.code == 0 and "加入码（只显示这一次）" in text.out and "当面" in text.out
    assert "FLJ1-" in text.out


def test_join_status_and_joining_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    branch = joined_branch(tmp_path, capsys, ("张三",))
    zhang = branch.officers[0]
    again = zhang.run("branch", "join", branch.join_code, "--officer", "张三")
    assert again.code == 0 and "未作改动" in again.out
    other_name = zhang.run("branch", "join", branch.join_code, "--officer", "李四")
    assert other_name.code == 2 and "不能再创建或加入支行" in other_name.err
    bad = laptop(tmp_path, "stranger", "赵六", capsys).run(
        "branch", "join", "FLJ1-AAAA-BBBB", "--officer", "赵六"
    )
    assert bad.code == 2
    status = branch.coordinator.json("branch", "status", "--json")
    assert {"branch", "role", "officer", "officers", "conflicts"} <= set(status)
    assert status["branch"] == "城区支行" and status["role"] == "coordinator"
    [officer] = status["officers"]
    assert set(officer) == {
        "officer",
        "devices",
        "firms",
        "last_received",
        "last_received_as_of",
        "last_sent",
    }
    assert officer["officer"] == "张三" and officer["devices"] == 1 and officer["last_received"]
    mine = zhang.json("branch", "status", "--json")
    assert mine["role"] == "officer" and mine["officer"] == "张三" and mine["coordinator"]["last_sent"]
    text = branch.coordinator.run("branch", "status")
    assert text.code == 0 and "本机：协调人" in text.out and "张三：0 户" in text.out
    alone = laptop(tmp_path, "alone", "钱七", capsys).run("branch", "status")
    assert alone.code == 2 and "尚未加入支行" in alone.err


def test_assign_by_codes_county_and_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    branch = joined_branch(tmp_path, capsys)
    coordinator = branch.coordinator
    with coordinator.workspace() as ws:
        codes = [add_firm(ws, n) for n in range(1, 7)]
        from desktop.services.firm_edit import set_county

        set_county(ws, codes[2:4], "红旗区")
    by_code = coordinator.json(
        "branch", "assign", "--officer", "张三", "--uscc", codes[0], codes[1], code_for(99), "--json"
    )
    assert by_code == {"officer": "张三", "firms": 2, "changed": 2, "unknown": [code_for(99)]}
    by_county = coordinator.json("branch", "assign", "--officer", "李四", "--county", "红旗区", "--json")
    assert by_county["firms"] == 2 and by_county["changed"] == 2
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["序号", "企业名称", "统一社会信用代码"])
    sheet.append([1, "新乡市测试5号有限公司", codes[4]])
    sheet.append([2, "新乡市测试1号有限公司", codes[0]])  # handed over from 张三 to 李四
    book.save(tmp_path / "名单.xlsx")
    by_file = coordinator.json(
        "branch", "assign", "--officer", "李四", "--file", str(tmp_path / "名单.xlsx"), "--json"
    )
    assert by_file == {"officer": "李四", "firms": 2, "changed": 2, "unknown": []}
    with coordinator.workspace() as ws, ws.db.session() as session:
        from sqlalchemy import select

        owners = dict(session.execute(select(Firm.uscc, Firm.assigned_officer)).all())
    assert [owners[c] for c in codes] == ["李四", "张三", "李四", "李四", "李四", None]
    text = coordinator.run("branch", "assign", "--officer", "王五", "--uscc", codes[5])
    assert text.code == 0 and "已把 1 户分配给 王五" in text.out and "尚未发来工作包" in text.err
    # Refusals: no county firms, two ways at once, an officer's laptop.
    assert coordinator.run("branch", "assign", "--officer", "李四", "--county", "不存在区").code == 2
    assert (
        coordinator.run(
            "branch", "assign", "--officer", "李四", "--county", "红旗区", "--uscc", codes[0]
        ).code
        == 2
    )
    on_officer = branch.officers[0].run("branch", "assign", "--officer", "张三", "--uscc", codes[0])
    assert on_officer.code == 2 and "只有协调人的电脑能分配企业" in on_officer.err


def test_missing_recovery_code_and_recover_on_a_new_laptop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIRSTLOAN_TODAY", "2026-11-20")
    branch = joined_branch(tmp_path, capsys)
    coordinator, (zhang, _li) = branch.coordinator, branch.officers
    with coordinator.workspace() as ws:
        code = add_firm(ws, 1)
    coordinator.json("branch", "assign", "--officer", "张三", "--uscc", code, "--json")
    monkeypatch.setenv("FIRSTLOAN_TODAY", "2026-12-01")
    assert zhang.run("sync", "export", "--out", str(branch.packages / "zhang-11.flpkg")).code == 0
    assert coordinator.run("sync", "import", str(branch.packages / "zhang-11.flpkg")).code == 0
    missing = coordinator.json("branch", "missing", "--month", "2026-11", "--json")
    assert missing["month"] == "2026-11" and missing["not_received_from"] == ["李四"]
    assert {o["officer"] for o in missing["officers"]} == {"张三", "李四"}
    assert (
        "尚未收到以下客户经理的工作包：李四" in coordinator.run("branch", "missing", "--month", "2026-11").out
    )
    recovery = coordinator.run("branch", "show-recovery")
    assert recovery.code == 0 and recovery.out.strip().startswith("FLR1-")
    assert zhang.run("branch", "show-recovery").code == 2  # only the coordinator has it
    replaced = laptop(tmp_path, "new-laptop", "王主任", capsys)
    assert replaced.run("branch", "recover", recovery.out.strip()).code == 0
    before = coordinator.json("branch", "status", "--json")
    after = replaced.json("branch", "status", "--json")
    assert after["branch_id"] == before["branch_id"] and after["role"] == "coordinator"
    assert after["device"] != before["device"]
    # The officers' packages keep working on the recovered coordinator laptop.
    assert zhang.run("sync", "export", "--out", str(branch.packages / "zhang-again.flpkg")).code == 0
    assert replaced.run("sync", "import", str(branch.packages / "zhang-again.flpkg")).code == 0
