from __future__ import annotations

from desktop.domain.ledger_diff import diff_rows


def test_diff_matches_by_code_not_name() -> None:
    k, n = "统一社会信用代码", "对接企业名称"
    before = [{k: "A", n: "甲", "授信金额（万元）": "10.00"}, {k: "B", n: "乙"}]
    now = [{k: "A", n: "甲（更名）", "授信金额（万元）": "12.00"}, {k: "C", n: "乙"}]
    diff = diff_rows(before, now)
    assert [r[k] for r in diff.added] == ["C"] and [r[k] for r in diff.removed] == ["B"]
    assert diff.changed[0].fields == {n: ("甲", "甲（更名）"), "授信金额（万元）": ("10.00", "12.00")}
    assert "新增 1 户，删除 1 户，变更 1 户" in diff.summary_zh()
    assert diff_rows(now, now).empty
    assert diff.to_json()["changed"][0]["fields"][n] == ["甲", "甲（更名）"]
