from __future__ import annotations

from desktop.domain.completeness import DossierFacts, evaluate_completeness
from desktop.domain.ledger_diff import diff_rows


def _facts(**kw: object) -> DossierFacts:
    base: dict[str, object] = dict(
        legal_rep=True,
        address=True,
        industry=True,
        phone=True,
        contact=True,
        main_business=True,
        employees=True,
        annual_sales=True,
        credit_report_checked=True,
        criteria_known=frozenset({"compliant", "premises", "real_demand", "good_credit", "lawful_use"}),
        visits=1,
        needs_plan=False,
        has_plan=False,
    )
    base.update(kw)
    return DossierFacts(**base)  # type: ignore[arg-type]


def test_completeness_counts_missing_items() -> None:
    full = evaluate_completeness(_facts())
    assert (full.done, full.total, full.percent, full.missing) == (15, 15, 100, ())
    partial = evaluate_completeness(
        _facts(phone=False, visits=0, needs_plan=True, criteria_known=frozenset())
    )
    assert partial.total == 16 and partial.done == 16 - 8
    assert partial.missing[0] == "联系电话" and "一企一策培植方案" in partial.missing
    assert partial.percent == 50


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
