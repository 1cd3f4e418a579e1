from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop import __version__
from desktop.domain.uscc import parse
from tests.commands.conftest import Run


def test_version_via_python_m() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"firstloan {__version__}"


def test_demo_then_firms_json(cli: Run) -> None:
    result = cli("demo", "--firms", "120")
    assert result.code == 0, result.err
    assert "120 家企业" in result.out
    listed = cli("firms", "--json")
    assert listed.code == 0
    firms = json.loads(listed.out)
    assert len(firms) == 120
    keys = {"uscc", "name", "entity_type", "county", "address", "founded", "capital", "stage", "on_list"}
    assert all(keys <= set(f) for f in firms)
    for f in firms:
        assert parse(f["uscc"]).code == f["uscc"]
        assert f["on_list"] is True
        assert f["founded"] is None or len(f["founded"]) == 10
        assert f["capital"] is None or isinstance(f["capital"], int | float)
    stages = {f["stage"] for f in firms}
    assert {"listed", "contacted"} <= stages and len(stages) >= 4
    # The demo refuses to write into a database that holds firms.
    again = cli("demo")
    assert again.code == 2 and "已有 120 家企业" in again.err


def test_firms_filters(cli: Run) -> None:
    cli("demo", "--firms", "80")
    everyone = json.loads(cli("firms", "--json").out)
    contacted = json.loads(cli("firms", "--stage", "contacted", "--json").out)
    assert contacted and all(f["stage"] == "contacted" for f in contacted)
    assert len(contacted) == sum(1 for f in everyone if f["stage"] == "contacted")
    assert json.loads(cli("firms", "--stage", "已对接", "--json").out) == contacted
    one = everyone[0]
    found = json.loads(cli("firms", "--search", one["uscc"][:12], "--json").out)
    assert one["uscc"] in {f["uscc"] for f in found}
    bad = cli("firms", "--stage", "nonsense")
    assert bad.code == 2 and "nonsense" in bad.err and bad.err.count("\n") == 1


def test_deadline(cli: Run) -> None:
    # Friday before the 2026 Spring Festival: Saturday 2.14 is an adjusted working day.
    ok = cli("deadline", "--from", "2026-02-13", "--workdays", "2")
    assert ok.code == 0 and ok.out.strip() == "2026-02-24" and ok.err == ""
    unknown = cli("deadline", "--from", "2027-03-01", "--workdays", "1")
    assert unknown.code == 0 and unknown.out.strip() == "2027-03-02"
    assert "2027" in unknown.err and "警告" in unknown.err


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("deadline", "--from", "2026-13-01", "--workdays", "1"), "2026-13-01"),
        (("deadline", "--from", "2026-01-01", "--workdays", "-1"), "-1"),
        (("deadline", "--from", "2026-01-01", "--workdays", "x"), "workdays"),
        (("nosuchcommand",), "nosuchcommand"),
    ],
)
def test_bad_input_exits_2_with_one_line(cli: Run, args: tuple[str, ...], fragment: str) -> None:
    result = cli(*args)
    assert result.code == 2
    assert fragment in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err


def test_key_commands(cli: Run, tmp_path) -> None:
    cli("demo", "--firms", "5")
    status = cli("key", "status")
    assert status.code == 0 and "系统钥匙串" in status.out
    shown = cli("key", "show-recovery").out.strip()
    out = tmp_path / "recovery.txt"
    assert cli("key", "export-recovery", str(out)).code == 0
    assert shown in out.read_text(encoding="utf-8")
    wrong = cli("key", "restore", "AAAAA-BBBBB")
    assert wrong.code == 2 and "恢复密钥" in wrong.err
