"""``firstloan visit|demand|credit|loan|stage|todo``: the same rules, exit codes and nothing changed on error."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop.services.workspace import open_workspace
from tests.commands.conftest import Run
from tests.factories import add_firm
from tests.keyring_backend import InMemoryKeyring


@pytest.fixture
def firm(cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring) -> str:
    assert cli("init").code == 0  # creates the database (a reading command never does)
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    try:
        return add_firm(ws, 7)
    finally:
        ws.close()


def _digest(data_dir: Path) -> str:
    return hashlib.sha256((data_dir / "firstloan.db").read_bytes()).hexdigest()


def test_the_daily_work_through_the_command_line(cli: Run, firm: str) -> None:
    r = cli("visit", "add", firm, "--date", "2026-02-12", "--mode", "site", "--note", "需要流动资金",
            "--follow-up", "2026-02-26")  # fmt: skip
    assert r.code == 0, r.err
    assert "已对接" in r.out
    r = cli("demand", "add", firm, "--date", "2026-02-13", "--amount", "100", "--channel", "loan_code")
    assert r.code == 0 and "有融资需求" in r.out
    assert cli("demand", "feedback", "1", "--date", "2026-02-24").code == 0
    assert cli("demand", "accept", "1", "--date", "2026-02-28", "--conditions-met", "2026-02-27").code == 0
    assert cli("demand", "decide", "1", "--date", "2026-03-02", "--decision", "approved").code == 0
    r = cli("credit", "add", firm, "--date", "2026-03-05", "--amount", "100", "--guarantee", "信用",
            "--rate", "3.5", "--term", "12", "--demand", "1")  # fmt: skip
    assert r.code == 0 and "已授信" in r.out, r.err
    r = cli("loan", "add", firm, "--date", "2026-03-06", "--amount", "100", "--credit", "1")
    assert (
        r.code == 0 and "首贷待核实" in r.out and "已获首贷" not in r.out
    )  # the credit report is not recorded
    assert cli("record", "set", firm, "has_loan_record=否", "has_discount_record=否").code == 0
    assert "已获首贷" in cli("firms", "--json").out.replace('"first_loan"', "已获首贷")
    r = cli("loan", "add", firm, "--date", "2026-04-06", "--amount", "10")
    assert r.code == 0 and "不计为首贷" in r.out and "警告" in r.err
    r = cli("stage", "set", firm, "partner", "--reason", "签订伙伴银行协议", "--date", "2026-05-01")
    assert r.code == 0 and "伙伴客户" in r.out
    firms = json.loads(cli("firms", "--json").out)
    assert firms[0]["stage"] == "partner"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("visit", "add", "91410702MA00000000", "--date", "2026-03-01", "--mode", "site"), "找不到"),
        (("visit", "add", "{firm}", "--date", "2026-02-30", "--mode", "site"), "2026-02-30"),
        (("visit", "add", "{firm}", "--date", "2026-03-01", "--mode", "fax"), "fax"),
        (("demand", "add", "{firm}", "--date", "2026-03-01", "--amount", "-5"), "负数"),
        (("demand", "add", "{firm}", "--date", "2026-03-01", "--channel", "pigeon"), "pigeon"),
        (("demand", "feedback", "1", "--date", "2026-03-01"), "找不到编号为 1"),
        (("demand", "feedback", "x", "--date", "2026-03-01"), "编号"),
        (
            ("credit", "add", "{firm}", "--date", "2026-03-01", "--amount", "-1", "--guarantee", "credit"),
            "负数",
        ),
        (("credit", "add", "{firm}", "--date", "2026-03-01", "--amount", "10", "--guarantee", "hug"), "hug"),
        (("loan", "add", "{firm}", "--date", "2026-03-01", "--amount", "-3"), "负数"),
        (("loan", "add", "{firm}", "--date", "03/01/2026", "--amount", "3"), "03/01/2026"),
        (("stage", "set", "{firm}", "partner", "--reason", "x"), "伙伴客户"),
        (("stage", "set", "{firm}", "no_demand"), "原因"),
        (("stage", "set", "{firm}", "flying", "--reason", "x"), "flying"),
        (("todo", "--on", "tomorrow"), "tomorrow"),
    ],
)
def test_bad_input_exits_2_and_changes_nothing(
    cli: Run, firm: str, data_dir: Path, args: tuple[str, ...], fragment: str
) -> None:
    before = _digest(data_dir)
    result = cli(*(a.replace("{firm}", firm) for a in args))
    assert result.code == 2, result.out
    assert fragment in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert _digest(data_dir) == before


def test_a_step_out_of_order_exits_2_and_changes_nothing(cli: Run, firm: str, data_dir: Path) -> None:
    assert cli("demand", "add", firm, "--date", "2026-03-05").code == 0
    before = _digest(data_dir)
    r = cli("demand", "feedback", "1", "--date", "2026-03-04")
    assert r.code == 2 and "反馈日期早于" in r.err
    r = cli("demand", "decide", "1", "--date", "2026-03-06", "--decision", "approved")
    assert r.code == 2 and "正式受理" in r.err
    assert _digest(data_dir) == before


def test_todo_json(cli: Run, firm: str) -> None:
    cli("visit", "add", firm, "--date", "2026-09-28", "--mode", "phone", "--follow-up", "2026-10-09")
    cli("demand", "add", firm, "--date", "2026-09-29", "--amount", "50")
    r = cli("todo", "--on", "2026-10-09", "--json")
    assert r.code == 0, r.err
    items = json.loads(r.out)
    kinds = {(i["kind"], i["status"], i["due"]) for i in items}
    # Feedback was due 2026-10-08 (国庆 10.1-10.7 off): overdue on 10.9; the follow-up is due today.
    assert ("demand_211", "overdue", "2026-10-08") in kinds
    assert ("follow_up", "due", "2026-10-09") in kinds
    assert ("ledger", "due", "2026-10-10") in kinds  # September's ledger
    assert ("ledger", "overdue", "2026-09-10") in kinds  # August's, never exported
    # Overdue first, then by due date.
    assert [(i["kind"], i["status"]) for i in items] == [
        ("ledger", "overdue"),
        ("demand_211", "overdue"),
        ("follow_up", "due"),
        ("ledger", "due"),
    ]
    assert items[1]["uscc"] == firm and items[1]["ref_id"] == 1
    text = cli("todo", "--on", "2026-10-09")
    assert text.code == 0 and "已逾期" in text.out and "共 4 项，其中逾期 2 项" in text.out


def test_demand_status_and_audit_trail(cli: Run, firm: str, data_dir: Path) -> None:
    cli("demand", "add", firm, "--date", "2025-09-30", "--amount", "30")
    cli("demand", "feedback", "1", "--date", "2025-10-10")
    rows = json.loads(cli("demand", "status", firm, "--on", "2025-10-13", "--json").out)
    [row] = rows
    assert row["amount"] == "30" and row["steps"][0] == {
        "step": "feedback",
        "deadline": "2025-10-10",  # 国庆 2025: 10.1-10.8 off → Thu 10.9, Fri 10.10
        "done_on": "2025-10-10",
        "status": "on_time",
        "calendar_known": True,
    }
    assert [s["status"] for s in row["steps"][1:]] == ["not_started", "not_started"]
    text = cli("demand", "status", firm, "--on", "2025-10-13")
    assert "按时完成" in text.out
    trail = json.loads(cli("audit", firm, "--json").out)
    assert trail["intact"] is True
    assert [e["action"] for e in trail["entries"]] == ["demand.add", "stage.advance", "demand.feedback"]
    assert trail["entries"][2]["old"] == {"feedback_on": None}
    assert "记录链完整" in cli("audit").out


def test_firms_overdue(cli: Run, firm: str) -> None:
    assert json.loads(cli("firms", "--overdue", "--json").out) == []
    cli("demand", "add", firm, "--date", "2025-09-30")  # never answered: long past its deadline
    found = json.loads(cli("firms", "--overdue", "--json").out)
    assert [f["uscc"] for f in found] == [firm]
    cli("demand", "feedback", "1", "--date", "2025-10-10")
    assert json.loads(cli("firms", "--overdue", "--json").out) == []


def test_todo_by_kind(cli: Run, firm: str) -> None:
    cli("visit", "add", firm, "--date", "2026-09-28", "--mode", "phone", "--follow-up", "2026-10-09")
    cli("demand", "add", firm, "--date", "2026-09-29", "--amount", "50")
    r = cli("todo", "--on", "2026-10-09", "--json", "--kind", "demand_211", "--kind", "follow_up")
    assert r.code == 0, r.err
    assert sorted(i["kind"] for i in json.loads(r.out)) == ["demand_211", "follow_up"]
    no_officer = cli("todo", "--mine")  # the profile has no officer's name yet
    assert no_officer.code == 2 and "客户经理" in no_officer.err
    assert cli("todo", "--kind", "nonsense").code == 2
