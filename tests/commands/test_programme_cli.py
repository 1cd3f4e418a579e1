from __future__ import annotations

import json

from tests.commands.conftest import Run


def test_programme_show_and_set(cli: Run) -> None:
    assert cli("init").code == 0
    shown = json.loads(cli("programme", "show", "--json").out)
    assert shown["code"] == "custom" and set(shown["choices"]) == {
        "zhejiang",
        "xinxiang",
        "xinzhou",
        "quanzhou",
        "custom",
    }
    assert cli("demo", "--firms", "60").code == 0
    assert json.loads(cli("programme", "show", "--json").out)["code"] == "xinxiang"
    done = cli("programme", "set", "xinzhou", "--lookback-years", "6")
    assert done.code == 0, done.err
    assert "近6年内无贷款记录" in done.out and "重新认定" in done.out
    data = json.loads(cli("programme", "show", "--json").out)
    assert (data["code"], data["lookback_years"], data["rate_floor_pct"], data["quarterly_due_days"]) == (
        "xinzhou",
        6,
        "30",
        10,
    )
    assert not data["rederive_pending"] and data["seeds"] == ["003"]
    text = cli("programme", "show").out
    assert "忻州市普惠小微企业首贷培植行动方案" in text and "忻州市区" in text
    assert cli("programme", "set", "quanzhou", "--first-loans", "50000").code == 0
    targets = json.loads(cli("programme", "show", "--json").out)["targets"]
    assert targets == [{"scope_kind": "city", "scope_name": "全市", "period": "programme", "firms": None,
                        "first_loans": 50000, "amount": None}]  # fmt: skip
    report = json.loads(cli("report", "--to-date", "--json").out)
    assert report["programme"]["code"] == "quanzhou" and report["quarters"] == []
    assert cli("programme", "rederive").code == 0


def test_bad_programme_settings_exit_2(cli: Run) -> None:
    assert cli("init").code == 0
    assert cli("programme", "set", "beijing").code == 2
    assert cli("programme", "set", "xinzhou", "--test", "no_loan_record").code == 2  # only for custom
    assert cli("programme", "set", "xinzhou", "--lookback-years", "0").code == 2
    assert cli("programme", "set", "custom", "--quarterly-days", "x").code == 2
    ok = cli("programme", "set", "custom", "--test", "no_loan_within_years", "--quarterly-days", "none")
    assert ok.code == 0, ok.err
