"""The programme work's audit entries in words, in both languages (the 历史 tab and ``firstloan audit``)."""

from __future__ import annotations

from desktop.domain.event_entries import describe


def test_taking_part_in_an_activity_is_a_sentence_of_the_firms_history() -> None:
    text = describe("activity.join", None, {"on": "2026-11-05", "kind": "fair", "title": "首贷专场"})
    assert text.render("zh_CN") == "2026-11-05 参加融资对接会“首贷专场”"
    assert text.render("en") == "2026-11-05 took part in Financing fair “首贷专场”"
    left = describe("activity.leave", {"title": "首贷专场"}, {"void_reason": "未到场"})
    assert left.render("zh_CN") == "作废参加“首贷专场”的记录：未到场"


def test_precredit_cases_and_prints() -> None:
    assert describe("precredit.set", None, {"on": "2026-11-03", "amount": "80.00"}).render("en") == (
        "2026-11-03 pre-credit of 80 万元"
    )
    voided = describe("precredit.void", {"amount": "80"}, {"void_reason": "复核未通过"})
    assert voided.render("zh_CN") == "作废预授信 80 万元：复核未通过"
    assert describe("case.mark", None, {"month": "2026-11", "title": "甲公司"}).render("zh_CN") == (
        "标为 2026-11 典型案例“甲公司”"
    )
    assert describe("demand.reply", None, {}).render("en") == "Acceptance reply printed"
    assert describe("diligence.print", None, {}).render("zh_CN") == "打印尽职免责证明"
