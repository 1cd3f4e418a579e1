"""``firstloan import-list`` / ``undo-import`` / ``imports`` end to end."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.commands import lists
from desktop.services.firm_edit import edit_firm_fields
from desktop.services.workspace import open_workspace
from tests.commands.conftest import Run
from tests.exchange.list_files import HEADER, TITLE, code, messy_rows, write_xlsx
from tests.keyring_backend import InMemoryKeyring


def test_import_list_prints_the_exact_json(cli: Run, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"小微企业": messy_rows()}, {"小微企业": ["A1:J1"]})
    dry = cli("import-list", str(path), "--dry-run", "--json")
    assert dry.code == 0
    assert json.loads(cli("firms", "--json").out) == []
    result = cli("import-list", str(path), "--json")
    assert result.code == 0
    assert json.loads(result.out) == {
        "list": TITLE,
        "rows_read": 6,
        "new": 4,
        "updated": 0,
        "unchanged": 0,
        "removed": 0,
        "duplicates": 1,
        "invalid": [
            {
                "sheet": "小微企业",
                "row": 8,
                "column": "统一社会信用代码",
                "reason": "第18位校验码应为 N，实为 X",
            }
        ],
    }
    assert json.loads(dry.out) == json.loads(result.out)
    again = json.loads(cli("import-list", str(path), "--list", TITLE, "--json").out)
    assert (again["new"], again["unchanged"]) == (0, 4)
    batches = json.loads(cli("imports", "--json").out)
    assert [(b["id"], b["list"], b["new"], b["undone"]) for b in batches] == [(1, TITLE, 4, False)]
    undo = cli("undo-import", "1", "--json")
    assert undo.code == 0 and json.loads(undo.out)["deleted"] == 4
    assert json.loads(cli("firms", "--json").out) == []
    assert json.loads(cli("imports", "--json").out)[0]["undone"] is True


def test_unusable_files_exit_2_with_nothing_changed(cli: Run, tmp_path: Path, data_dir: Path) -> None:
    not_sheet = tmp_path / "a.pdf"
    not_sheet.write_bytes(b"%PDF-1.4")
    no_code = write_xlsx(tmp_path / "b.xlsx", {"S": [["企业名称", "地址"], ["甲公司", "x"]]})
    empty = write_xlsx(tmp_path / "c.xlsx", {"S": [HEADER]})
    locked = tmp_path / "d.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    for path in (not_sheet, no_code, empty, locked, tmp_path / "missing.xlsx"):
        result = cli("import-list", str(path), "--json")
        assert result.code == 2, path
        assert result.out == "" and result.err.startswith("firstloan: 错误：")
        assert len(result.err.strip().splitlines()) == 1
    assert not (data_dir / "firstloan.db").exists()  # not even the database a first import would make


def test_mapping_given_once_is_saved_and_reused(cli: Run, tmp_path: Path) -> None:
    rows = [["纳税人识别号", "纳税人名称"], [code(7), "税务甲公司"]]
    path = write_xlsx(tmp_path / "tax.xlsx", {"S": rows})
    assert cli("import-list", str(path), "--json").code == 2
    first = cli(
        "import-list",
        str(path),
        "--map",
        "纳税人识别号=uscc",
        "--map",
        "纳税人名称=name",
        "--save-profile",
        "税务局",
        "--json",
    )
    assert first.code == 0 and json.loads(first.out)["new"] == 1
    rows2 = [["纳税人识别号", "纳税人名称"], [code(7), "税务甲公司"], [code(8), "税务乙公司"]]
    again = cli(
        "import-list", str(write_xlsx(tmp_path / "tax2.xlsx", {"S": rows2})), "--profile", "税务局", "--json"
    )
    assert again.code == 0 and json.loads(again.out)["new"] == 1
    # The next file from the same office needs no option: the saved profile is tried automatically.
    rows3 = [["纳税人识别号", "纳税人名称"], [code(9), "税务丙公司"]]
    auto = cli("import-list", str(write_xlsx(tmp_path / "tax3.xlsx", {"S": rows3})), "--json")
    assert auto.code == 0 and json.loads(auto.out)["new"] == 1
    batches = json.loads(cli("imports", "--json").out)
    assert [(b["list"], b["profile"]) for b in batches] == [
        ("tax", "税务局"),
        ("tax2", "税务局"),
        ("tax3", "税务局"),
    ]
    bad = cli("import-list", str(path), "--map", "纳税人识别号=nonsense")
    assert bad.code == 2 and "nonsense" in bad.err


def test_export_commands(cli: Run, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"小微企业": messy_rows()})
    assert cli("import-list", str(path), "--json").code == 0
    out = tmp_path / "fb.xlsx"
    result = cli("export-feedback", "--list", TITLE, "--out", str(out))
    assert result.code == 0 and "4 家" in result.out and out.exists()
    assert cli("export-feedback", "--list", "无此名单", "--out", str(out)).code == 2
    rec = cli("export-recommendations", "--out", str(tmp_path / "rec.xlsx"))
    assert rec.code == 0 and "0 家" in rec.out


def test_the_text_report_names_each_change_and_conflict(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    header = ["统一社会信用代码", "企业名称", "注册资本（万元）", "所属区县"]
    first = [
        header,
        [code(1), "甲公司", 100, "牧野区"],
        [code(2), "乙公司", 50, "卫滨区"],
        [code(3), "丙公司", 20, None],
    ]
    cli("import-list", str(write_xlsx(tmp_path / "a.xlsx", {"S": first})), "--list", "L")
    ws = open_workspace(data_dir, keyring_backend=memory_keyring)
    edit_firm_fields(ws, code(1), {"registered_capital": Decimal("150")})  # by hand: lists no longer set it
    ws.close()
    second = [header, [code(1), "甲公司", 200, "牧野区"], [code(2), "乙公司", 62.5, "红旗区"]]
    out = cli("import-list", str(write_xlsx(tmp_path / "b.xlsx", {"S": second})), "--list", "L").out
    assert (
        "  更新：乙公司（" + code(2) + "）所属县（市、区）：卫滨区 → 红旗区；注册资本：50 万元 → 62.5 万元\n"
        in out
    )
    assert "  移出名单：丙公司（" + code(3) + "）\n" in out
    assert "  冲突：甲公司 注册资本：手工 150 万元，名单 200 万元（保留手工值）\n" in out
    monkeypatch.setattr(lists, "SHOWN_CHANGES", 1)
    third = [header, [code(2), "乙公司", 70, "卫滨区"], [code(3), "丙公司", 20, "新乡县"]]
    out = cli("import-list", str(write_xlsx(tmp_path / "c.xlsx", {"S": third})), "--list", "L").out
    assert out.count("  更新：") + out.count("  移出名单：") == 1 and "  ……另有 2 家企业有变化\n" in out
