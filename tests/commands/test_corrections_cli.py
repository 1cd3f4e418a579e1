"""``firstloan visit|demand|credit|loan|stage list|edit|void``: the JSON the issue spells out, corrections
checked as adds are (exit 2, nothing changed), voids kept with their reason and counted nowhere."""

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
    assert cli("init").code == 0
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    try:
        return add_firm(ws, 7, has_loan_record=False, has_discount_record=False)
    finally:
        ws.close()


def _digest(data_dir: Path) -> str:
    return hashlib.sha256((data_dir / "firstloan.db").read_bytes()).hexdigest()


def _list(cli: Run, kind: str, firm: str) -> list[dict[str, object]]:
    r = cli(kind, "list", firm, "--json")
    assert r.code == 0, r.err
    rows: list[dict[str, object]] = json.loads(r.out)
    return rows


def _work(cli: Run, firm: str) -> None:
    for args in (
        ("visit", "add", firm, "--date", "2026-10-05", "--mode", "site"),
        ("demand", "add", firm, "--date", "2026-10-09", "--amount", "100"),
        ("credit", "add", firm, "--date", "2026-10-20", "--amount", "100", "--guarantee", "credit"),
        ("loan", "add", firm, "--date", "2026-10-22", "--amount", "60", "--credit", "1"),
    ):
        r = cli(*args)
        assert r.code == 0, r.err


def test_list_gives_the_fields_the_issue_names(cli: Run, firm: str) -> None:
    _work(cli, firm)
    [visit] = _list(cli, "visit", firm)
    assert (
        {"id", "date", "voided"} <= visit.keys()
        and visit["date"] == "2026-10-05"
        and visit["voided"] is False
    )
    [demand] = _list(cli, "demand", firm)
    assert demand["date"] == "2026-10-09" and demand["amount"] == "100"
    [credit] = _list(cli, "credit", firm)
    assert (credit["amount"], credit["guarantee"]) == ("100", "credit")
    [loan] = _list(cli, "loan", firm)
    assert (loan["amount"], loan["credit_id"], loan["kind"], loan["first_loan"]) == (
        "60",
        1,
        "working_capital",
        True,
    )
    stages = _list(cli, "stage", firm)
    assert [s["to_stage"] for s in stages] == ["contacted", "demand", "credited", "first_loan"]


def test_edit_and_void_through_the_command_line(cli: Run, firm: str, data_dir: Path) -> None:
    _work(cli, firm)
    r = cli("visit", "edit", "1", "--mode", "phone", "--note", "电话沟通", "--reason", "方式记错")
    assert r.code == 0, r.err
    [visit] = _list(cli, "visit", firm)
    assert (visit["mode"], visit["findings"]) == ("phone", "电话沟通")
    r = cli(
        "loan",
        "edit",
        "1",
        "--amount",
        "80",
        "--kind",
        "fixed_asset",
        "--term",
        "6",
        "--reason",
        "按借据更正",
    )
    assert r.code == 0, r.err
    [loan] = _list(cli, "loan", firm)
    assert (loan["amount"], loan["kind"], loan["term_months"]) == ("80", "fixed_asset", 6)
    r = cli("loan", "void", "1", "--reason", "录入错误")
    assert r.code == 0 and "已获首贷 → 已授信" in r.out
    [loan] = _list(cli, "loan", firm)
    assert loan["voided"] is True and loan["void_reason"] == "录入错误" and loan["first_loan"] is False
    assert cli("credit", "void", "1", "--reason", "授信未生效").code == 0
    assert cli("demand", "void", "1", "--reason", "重复").code == 0
    assert cli("demand", "status", firm, "--json").out.strip() == "[]"
    audit = json.loads(cli("audit", firm, "--json").out)
    voids = [e for e in audit["entries"] if e["action"].endswith(".void")]
    assert [(e["action"], e["new"]["reason"]) for e in voids] == [
        ("loan.void", "录入错误"),
        ("credit.void", "授信未生效"),
        ("demand.void", "重复"),
    ]
    assert audit["intact"] is True


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("visit", "edit", "1", "--date", "2030-01-01", "--reason", "r"), "晚于今天"),
        (("loan", "edit", "1", "--date", "2026-10-01", "--reason", "r"), "早于授信日期"),
        (("loan", "edit", "1", "--amount", "101", "--reason", "r"), "剩余额度"),
        (("loan", "edit", "1", "--amount", "0", "--reason", "r"), "必须大于 0"),
        (("credit", "edit", "1", "--amount", "50", "--reason", "r"), "小于已在该授信上发放"),
        (("credit", "void", "1", "--reason", "r"), "有效放款"),
        (("demand", "edit", "1", "--feedback-on", "2026-10-01", "--reason", "r"), "反馈日期早于"),
        (("demand", "edit", "1", "--accepted-on", "2026-10-12", "--reason", "r"), "满足授信条件"),
        (("visit", "edit", "1", "--mode", "site", "--reason", " "), "原因"),
        (("visit", "edit", "1", "--reason", "r"), "至少给出一个"),
        (("visit", "edit", "1", "--date", "none", "--reason", "r"), "不能清空"),
        (("stage", "void", "1", "--reason", "r"), "推导"),
        (("visit", "void", "99", "--reason", "r"), "找不到"),
    ],
)
def test_bad_corrections_exit_2_and_change_nothing(
    cli: Run, firm: str, data_dir: Path, args: tuple[str, ...], message: str
) -> None:
    _work(cli, firm)
    before = _digest(data_dir)
    r = cli(*args)
    assert r.code == 2 and message in r.err, r.err
    assert _digest(data_dir) == before


def test_a_loan_on_another_firms_credit_is_refused(
    cli: Run, firm: str, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    _work(cli, firm)
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    try:
        other = add_firm(ws, 8)
    finally:
        ws.close()
    assert (
        cli("credit", "add", other, "--date", "2026-10-20", "--amount", "50", "--guarantee", "credit").code
        == 0
    )
    before = _digest(data_dir)
    r = cli("loan", "edit", "1", "--credit", "2", "--reason", "r")
    assert r.code == 2 and "没有编号为 2 的有效授信" in r.err and _digest(data_dir) == before
    r = cli("loan", "add", firm, "--date", "2026-10-25", "--amount", "10", "--credit", "2")
    assert r.code == 2 and _digest(data_dir) == before


def test_211_feedback_content_and_decision(cli: Run, firm: str) -> None:
    assert cli("demand", "add", firm, "--date", "2026-10-09", "--amount", "100").code == 0
    r = cli("demand", "feedback", "1", "--date", "2026-10-12", "--intent", "yes", "--text", "可以办理",
            "--condition", "补充近半年流水", "--condition", "提供担保人")  # fmt: skip
    assert r.code == 0, r.err
    assert cli("demand", "accept", "1", "--date", "2026-10-14", "--conditions-met", "2026-10-13").code == 0
    r = cli("demand", "decide", "1", "--date", "2026-10-15", "--decision", "approved", "--amount", "80")
    assert r.code == 0, r.err
    [demand] = _list(cli, "demand", firm)
    assert (demand["feedback_intent"], demand["feedback_text"], demand["conditions"]) == (
        True,
        "可以办理",
        ["补充近半年流水", "提供担保人"],
    )
    assert demand["approved_amount"] == "80" and demand["decision"] == "approved"
    text = cli("audit", firm).out
    assert "2026-10-12 反馈意向：可以办理" in text and "2026-10-15 融资需求结果：同意，批准 80 万元" in text
    r = cli("demand", "edit", "1", "--decline-reason", "不符合条件", "--reason", "r")
    assert r.code == 2 and "不同意" in r.err


def test_hand_moves_are_listed_corrected_and_voided(cli: Run, firm: str) -> None:
    assert cli("visit", "add", firm, "--date", "2026-10-05", "--mode", "site").code == 0
    assert cli("stage", "set", firm, "no_demand", "--reason", "暂无需求", "--date", "2026-10-06").code == 0
    moves = _list(cli, "stage", firm)
    hand = next(m for m in moves if m["cause"] == "hand")
    assert cli("stage", "edit", str(hand["id"]), "--date", "2026-10-07", "--reason", "日期记错").code == 0
    r = cli("stage", "void", str(hand["id"]), "--reason", "误操作")
    assert r.code == 0 and "暂无需求 → 已对接" in r.out
    assert next(m for m in _list(cli, "stage", firm) if m["id"] == hand["id"])["voided"] is True
