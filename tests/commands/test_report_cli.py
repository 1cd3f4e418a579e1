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
    # The demo is 新乡's: a subsidy programme, but this year's rate is 另行研究制定 (only 2022's is set).
    assert (
        data["subsidy_rate"] is None
        and data["subsidy"]["applies"]
        and "另行研究制定" in data["subsidy"]["note"]
    )
    assert data["programme"]["code"] == "xinxiang" and data["quarters"]
    figures = data["figures"]
    for key in (
        "first_loans",
        "first_loans_unverified",
        "loan_elsewhere",
        "first_loan_rate_pct",
        "on_time_211_pct",
    ):
        assert key in figures, key
    assert figures["first_loans"] == figures["first_loan_firms"]
    month = cli("report", "--year", str(year), "--month", str(date.today().month), "--json")
    assert json.loads(month.out)["period"] == f"{year}-{date.today().month:02d}"
    text = cli("report", "--year", str(year), "--by", "county")
    assert "首贷费用补贴估算" in text.out and "目标完成情况" in text.out and "按县（市、区）" in text.out
    assert (
        "待核实：" in text.out and "统计期内的首笔贷款因征信情况未登记" in text.out
    )  # each figure's definition
    to_date = json.loads(cli("report", "--to-date", "--json").out)
    assert to_date["figures"]["period_kind"] == "programme" and to_date["figures"]["start"] == "2022-12-01"


def test_bad_target_exit_2(cli: Run) -> None:
    assert cli("target", "set", "--year", "2026", "--bank", "中原银行").code == 2
    assert cli("target", "set", "--year", "2026", "--bank", "中原银行", "--amount", "abc").code == 2
    assert cli("report", "--year", "2026", "--quarter", "5").code == 2
    assert cli("report").code == 2  # a year, or --to-date
    assert cli("report", "--to-date", "--month", "3").code == 2
