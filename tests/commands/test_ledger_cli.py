from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook

from desktop.exchange.xlsx_safe import formula_cells
from tests.commands.conftest import Run


def test_ledger_check_note_and_export(cli: Run, tmp_path: Path) -> None:
    assert cli("demo", "--firms", "120").code == 0
    last_month = date.today().replace(day=1) - timedelta(days=1)  # the CLI demo ends today
    month = f"{last_month.year}-{last_month.month:02d}"
    check = cli("ledger-check", "--month", month, "--json")
    assert check.code == 0
    missing = json.loads(check.out)
    out = tmp_path / "l.xlsx"
    if missing:
        refused = cli("export-ledger", "--month", month, "--out", str(out))
        assert refused.code == 2 and "ledger-check" in refused.err and not out.exists()
        for item in missing:
            assert cli("ledger-note", item["uscc"], "--month", month, "--problem", "缺抵押").code == 0
        assert json.loads(cli("ledger-check", "--month", month, "--json").out) == []
    done = cli("export-ledger", "--month", month, "--out", str(out), "--unit", "=某行", "--with-code")
    assert done.code == 0, done.err
    sheet = load_workbook(out).active
    assert sheet.cell(3, 5).value == "统一社会信用代码"
    assert sheet.cell(4, 1).value == "=某行" and sheet.cell(4, 1).data_type == "s"
    assert formula_cells(out) == []
    again = cli("export-ledger", "--month", month, "--out", str(out), "--unit", "=某行", "--with-code")
    assert "没有变化" in again.out
    history = json.loads(cli("ledger-history", "--month", month, "--json").out)
    assert len(history) == 2 and history[0]["rows"] == history[1]["rows"] > 0


def test_bad_month_is_exit_2(cli: Run, tmp_path: Path) -> None:
    cli("init")
    result = cli("export-ledger", "--month", "2026-13", "--out", str(tmp_path / "x.xlsx"))
    assert result.code == 2 and "月份" in result.err
