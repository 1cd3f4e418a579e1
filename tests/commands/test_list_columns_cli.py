"""``firstloan list-columns`` / ``profiles`` / ``delete-profile`` end to end."""

from __future__ import annotations

import json
from pathlib import Path

from tests.commands.conftest import Run
from tests.exchange.list_files import code, write_xlsx


def test_columns_profiles_and_delete(cli: Run, tmp_path: Path) -> None:
    rows = [["序号", "纳税人识别号", "企业名称"], [1, code(7), "税务甲公司"]]
    path = write_xlsx(tmp_path / "tax.xlsx", {"S": rows})
    cli("init")  # list-columns only reads: it never makes the database
    plain = cli("list-columns", str(path))
    assert plain.code == 0 and "B 纳税人识别号 → 不导入" in plain.out and "统一社会信用代码列" in plain.err
    shown = json.loads(cli("list-columns", str(path), "--json").out)
    assert shown["recognised"] is False and shown["sheets"][0]["header_row"] == 1
    assert shown["sheets"][0]["columns"][1] == {
        "column": "B",
        "header": "纳税人识别号",
        "field": None,
        "samples": [code(7)],
    }
    assert cli("import-list", str(path), "--map", "纳税人识别号=uscc", "--save-profile", "税务局").code == 0
    assert json.loads(cli("profiles", "--json").out) == {"税务局": {"纳税人识别号": "uscc"}}
    auto = json.loads(cli("list-columns", str(path), "--json").out)
    assert auto["profile"] == "税务局" and auto["sheets"][0]["columns"][1]["field"] == "uscc"
    assert "按方案“税务局”识别" in cli("list-columns", str(path)).out
    assert cli("delete-profile", "税务局").code == 0
    assert cli("profiles").out == ""
    missing = cli("delete-profile", "税务局")
    assert missing.code == 2 and "税务局" in missing.err
    assert cli("list-columns", str(tmp_path / "nothing.xlsx")).code == 2
