"""Audit events as sentences: one catalogue, one renderer, Chinese and English, never a raw code."""

from __future__ import annotations

import pytest

from desktop.domain.event_entries import describe, record_what
from desktop.domain.event_texts import TEXTS, EventText, amount_text, render


@pytest.mark.parametrize(
    ("action", "old", "new", "zh", "en"),
    [
        ("visit.add", None, {"date": "2026-10-05", "mode": "site"}, "2026-10-05 记录走访（实地走访）",
         "2026-10-05 visit recorded (On-site visit)"),
        ("loan.void", {"date": "2026-10-22", "amount": "60.000000"}, {"voided": True, "reason": "录入错误"},
         "作废放款 60 万元：录入错误", "Loan of 60 万元 voided: 录入错误"),
        ("stage.advance", {"stage": "listed"}, {"stage": "contacted", "on": "2026-10-05", "cause": "visit"},
         "2026-10-05 阶段：待对接 → 已对接（走访）", "2026-10-05 stage: To contact → Contacted (visit)"),
        ("credit.edit", {"date": "2026-10-20", "amount": "100"}, {"changes": {"amount": "80", "guarantee": "credit"}, "reason": "按合同"},
         "修改授信 100 万元：金额、担保方式；原因：按合同", "Credit of 100 万元 corrected: amount, guarantee; reason: 按合同"),
        ("demand.decide", None, {"decided_on": "2026-10-15", "decision": "approved", "approved_amount": "80"},
         "2026-10-15 融资需求结果：同意，批准 80 万元", "2026-10-15 demand decided: Approved, 80 万元 approved"),
        ("plan.task_done", {"done": False}, {"done_on": "2026-03-09", "title": "收集资料", "note": "已收齐"},
         "2026-03-09 完成培植任务“收集资料”：已收齐", "2026-03-09 cultivation task done“收集资料”: 已收齐"),
        ("attachment.remove", {"file_name": "执照.pdf"}, None, "作废附件 执照.pdf：", "Attachment 执照.pdf voided: "),
    ],
)  # fmt: skip
def test_entries_become_sentences(action: str, old: object, new: object, zh: str, en: str) -> None:
    text = describe(action, old, new)
    assert text.render("zh_CN") == zh
    assert text.render("en") == en


def test_every_code_has_both_languages_and_an_unknown_action_shows_its_summary() -> None:
    assert all(zh and en for zh, en in TEXTS.values())
    assert describe("something.new", None, None, "做了某事").render("en") == "做了某事"
    assert "stage.advance" not in describe("stage.advance", {}, {}).render("zh_CN")
    assert render(EventText("profile.save"), "en") == "Profile saved"


def test_amounts_and_records_in_words() -> None:
    assert amount_text("52.500000") == "52.5" and amount_text("30") == "30" and amount_text("abc") == "abc"
    what = record_what("visit", {"date": "2026-10-05", "mode": "phone"})
    assert str(what) == "走访（2026-10-05 电话）" and what.en == "Visit of 2026-10-05 (Phone)"
