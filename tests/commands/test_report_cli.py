from __future__ import annotations

import json
from datetime import date

from tests.commands.conftest import Run


def test_target_set_and_report_json(cli: Run) -> None:
    assert cli("demo", "--firms", "80").code == 0
    year = date.today().year
    assert (
        cli(
            "target",
            "set",
            "--year",
            str(year),
            "--county",
            "红旗区",
            "--firms",
            "300",
            "--first-loans",
            "12",
            "--amount",
            "1,000.5",
        ).code
        == 0
    )
    result = cli("report", "--year", str(year), "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    target = next(t for t in data["targets"] if t["scope_name"] == "红旗区")
    assert target["firms_target"] == 300 and target["amount_target"] == "1000.5"
    assert data["subsidy_rate"] == "0.5‰" and data["quarters"]
    month = cli("report", "--year", str(year), "--month", str(date.today().month), "--json")
    assert json.loads(month.out)["period"] == f"{year}-{date.today().month:02d}"
    text = cli("report", "--year", str(year))
    assert "首贷费用补贴估算" in text.out and "目标完成情况" in text.out


def test_bad_target_exit_2(cli: Run) -> None:
    assert cli("target", "set", "--year", "2026", "--bank", "中原银行").code == 2
    assert cli("target", "set", "--year", "2026", "--bank", "中原银行", "--amount", "abc").code == 2
    assert cli("report", "--year", "2026", "--quarter", "5").code == 2
