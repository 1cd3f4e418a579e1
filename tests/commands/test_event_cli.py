"""``firstloan event``: the command line over the activity services, with the exact interface of issue 23."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.services.workspace import open_workspace
from tests.commands.conftest import Run
from tests.factories import add_firm
from tests.keyring_backend import InMemoryKeyring


@pytest.fixture
def firms(cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring) -> list[str]:
    assert cli("init").code == 0  # creates the workspace
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    try:
        return [add_firm(ws, n) for n in (1, 2, 3)]
    finally:
        ws.close()


def _list(cli: Run, *args: str) -> list[dict[str, object]]:
    r = cli("event", "list", *args, "--json")
    assert r.code == 0, r.err
    return json.loads(r.out)  # type: ignore[no-any-return]


def test_add_list_edit_and_void_an_activity(cli: Run, firms: list[str]) -> None:
    a, b, c = firms
    r = cli("event", "add", "--kind", "融资对接会", "--date", "2026-11-05", "--title", "银企首贷专场融资对接会",
            "--firms", f"{a},{b}", "--note", "县金融局组织")  # fmt: skip
    assert r.code == 0, r.err
    assert "2 户企业参加" in r.out and "已对接" in r.out
    listed = _list(cli, "--month", "2026-11")
    assert listed == [
        listed[0]
        | {"id": 1, "kind": "fair", "date": "2026-11-05", "title": "银企首贷专场融资对接会", "firms": [a, b]}
    ]
    assert listed[0]["note"] == "县金融局组织"
    assert _list(cli, "--month", "2026-10") == []
    r = cli("event", "edit", "1", "--firms", f"{a}、{c}", "--reason", "签到表核对")
    assert r.code == 0, r.err
    assert _list(cli)[0]["firms"] == [a, c]
    assert cli("firms", "--stage", "contacted", "--json").out.count('"uscc"') == 2
    assert cli("event", "edit", "1", "--title", "改名").code == 2  # --reason is required
    r = cli("event", "void", "1", "--reason", "重复登记")
    assert r.code == 0, r.err
    assert _list(cli) == [] and _list(cli, "--all")[0]["voided"] is True
    assert json.loads(cli("firms", "--stage", "contacted", "--json").out) == []


def test_bad_input_exits_2_and_changes_nothing(cli: Run, firms: list[str]) -> None:
    r = cli("event", "add", "--kind", "party", "--date", "2026-11-05", "--title", "联欢")
    assert r.code == 2 and "活动类型“party”无效" in r.err
    r = cli(
        "event",
        "add",
        "--kind",
        "talk",
        "--date",
        "2026-11-05",
        "--title",
        "宣讲",
        "--firms",
        "91410702MA0000000X",
    )
    assert r.code == 2 and r.err.count("\n") == 1
    assert cli("event", "void", "9", "--reason", "x").code == 2
    assert _list(cli, "--all") == []


def test_a_sign_in_sheet_adds_the_firms_it_names(cli: Run, firms: list[str], tmp_path: Path) -> None:
    a, b, _c = firms
    sheet = tmp_path / "签到表.csv"
    sheet.write_text(f"企业名称,代码\n新乡市测试2号有限公司,\n某某公司,\n,{a}\n", encoding="utf-8")
    assert cli("event", "add", "--kind", "talk", "--date", "2026-11-05", "--title", "宣讲会").code == 0
    r = cli("event", "sign-in", "1", str(sheet), "--dry-run")
    assert r.code == 0 and "对上 2 户企业，1 行未对上" in r.out and "第 3 行" in r.err
    assert _list(cli)[0]["firms"] == []
    assert cli("event", "sign-in", "1", str(sheet)).code == 0
    shown = json.loads(cli("event", "show", "1", "--json").out)
    assert shown["firms"] == [b, a] and shown["files"][0]["kind"] == "sign_in"
    out = tmp_path / "copy.csv"
    assert cli("event", "export-file", str(shown["files"][0]["id"]), "--out", str(out)).code == 0
    assert out.read_bytes() == sheet.read_bytes()
