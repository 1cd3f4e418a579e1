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
        assert all(item["code"] == "problem" and "firstloan ledger-note" in item["fix"] for item in missing)
        codes = [item["uscc"] for item in missing]
        assert (
            cli(
                "ledger-note", *codes, "--month", month, "--pick", "no_collateral", "--problem", "缺担保"
            ).code
            == 0
        )
        assert json.loads(cli("ledger-check", "--month", month, "--json").out) == []
    done = cli("export-ledger", "--month", month, "--out", str(out), "--unit", "=某行", "--with-code")
    assert done.code == 0, done.err
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet.cell(4, 5).value == "统一社会信用代码"
    assert sheet.cell(5, 1).value == "=某行" and sheet.cell(5, 1).data_type == "s"
    if missing:
        history = cli("ledger-note-history", missing[0]["uscc"], "--month", month, "--json")
        assert json.loads(history.out)[0]["problem"] == "缺少有效抵押物；缺担保"
    assert formula_cells(out) == []
    again = cli("export-ledger", "--month", month, "--out", str(out), "--unit", "=某行", "--with-code")
    assert "没有变化" in again.out
    history = json.loads(cli("ledger-history", "--month", month, "--json").out)
    assert len(history) == 2 and history[0]["rows"] == history[1]["rows"] > 0
    assert history[0]["basis"] == "month"
    cumulative = cli(
        "export-ledger", "--month", month, "--out", str(out), "--cumulative", "--allow-incomplete"
    )
    assert cumulative.code == 0 and "累计" in cumulative.out


def test_bad_month_is_exit_2(cli: Run, tmp_path: Path) -> None:
    cli("init")
    result = cli("export-ledger", "--month", "2026-13", "--out", str(tmp_path / "x.xlsx"))
    assert result.code == 2 and "月份" in result.err
