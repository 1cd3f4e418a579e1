"""The monthly materials against hand-built months: the counts by kind, the firms reached, the drafts, the
officer's texts, the month's new products and typical cases; the .docx (python-docx) and .pdf read back."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from desktop.domain.errors import DomainError
from desktop.services.activities import ActivityInput, add_activity, void_activity
from desktop.services.cases import draft_for, edit_case, list_cases, mark_case, void_case
from desktop.services.credits import CreditInput, add_credit
from desktop.services.loans import LoanInput, add_loan
from desktop.services.materials import export_materials, month_materials, set_material_text
from desktop.services.plans import PlanInput, save_plan
from desktop.services.products import ProductInput, add_product
from desktop.services.profile import save_profile
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Profile, Workspace
from tests.factories import add_firm


def _month(ws: Workspace) -> list[str]:
    """November 2026: 2 talks, 1 training, 1 fair, 2 mentoring sessions, 1 voided talk; October: 1 talk."""
    save_profile(ws, Profile(officer="张三", bank="新乡农商银行", branch="城区支行"))
    f = [add_firm(ws, n) for n in range(1, 6)]

    def add(kind: str, day: int, title: str, firms: list[str], month: int = 11) -> int:
        data = ActivityInput(
            kind, date(2026, month, day), title, place="金融服务站", organiser="人民银行", firms=firms
        )
        return add_activity(ws, data).id

    add("talk", 3, "首贷政策宣讲（一）", f[:3])
    add("talk", 10, "首贷政策宣讲（二）", f[2:4])
    add("training", 12, "财务规范培训", [f[0]])
    add("fair", 18, "银企首贷专场融资对接会", f[:5])
    add("mentoring", 19, "一对一帮扶甲", [f[0]])
    add("mentoring", 20, "一对一帮扶乙", [f[1]])
    void_activity(ws, add("talk", 15, "录错的宣讲", f), "重复登记")
    add("talk", 20, "十月宣讲", f, month=10)
    return f


def test_the_counts_of_a_hand_built_month(workspace: Workspace) -> None:
    ws = workspace
    _month(ws)
    m = month_materials(ws, "2026-11")
    publicity, mentoring = m.summaries["publicity"], m.summaries["mentoring"]
    assert (publicity.count, publicity.by_kind, publicity.firms_reached, publicity.participations) == (
        3, {"talk": 2, "training": 1}, 4, 6,
    )  # fmt: skip
    assert [d.day for d in publicity.dates] == [3, 10, 12]
    assert (mentoring.count, mentoring.by_kind, mentoring.firms_reached, mentoring.participations) == (
        3, {"fair": 1, "mentoring": 2}, 5, 7,
    )  # fmt: skip
    draft = m.text("publicity")
    assert draft.startswith(
        "2026 年 11 月，新乡农商银行城区支行共开展宣传活动 3 场（宣讲会 2 场、培训 1 场），"
    )
    assert "覆盖企业 4 户（6 户次）" in draft and "录错的宣讲" not in draft
    assert "由人民银行组织，在金融服务站举办宣讲会“首贷政策宣讲（一）”，3 户企业参加" in draft
    empty = month_materials(ws, "2026-09")
    assert empty.summaries["publicity"].count == 0 and "未开展宣传活动" in empty.text("publicity")


def test_officer_texts_cases_and_products(workspace: Workspace) -> None:
    ws = workspace
    f = _month(ws)
    set_material_text(ws, "2026-11", "experience", "建立“首贷服务”顾问团，逐户上门辅导。")
    set_material_text(ws, "2026-11", "publicity", "本月宣传工作扎实推进。")
    with pytest.raises(DomainError):
        set_material_text(ws, "2026-11", "gossip", "x")
    add_product(ws, ProductInput("首贷信易贷", guarantees=["credit"], launched_on=date(2026, 11, 8)))
    add_product(ws, ProductInput("旧产品", launched_on=date(2026, 5, 1)))
    add_visit(ws, f[0], VisitInput(date(2026, 11, 1), "site"))
    save_plan(ws, f[0], PlanInput(date(2026, 11, 2), ["缺抵押"], ["信用贷款产品"]))
    credit = add_credit(ws, f[0], CreditInput(date(2026, 11, 16), "100", "credit", product="首贷信易贷"))
    add_loan(ws, f[0], LoanInput(date(2026, 11, 19), "60", credit_id=credit.id))
    title, text = draft_for(ws, f[0])
    assert title == "新乡市测试1号有限公司首贷培植案例"
    assert (
        "2026-10-20 首次对接" in text
        and "对接 6 次" in text
        and "缺抵押" in text
        and "发放首笔贷款 60.00 万元" in text
    )
    assert "历时 30 天" in text  # from the October talk
    case = mark_case(ws, f[0], "2026-11")
    other = mark_case(ws, f[1], "2026-11", title="乙", text="乙的案例")
    edit_case(ws, case, text=text + "企业负责人表示满意。", reason="补充")
    void_case(ws, other, "不够典型")
    m = month_materials(ws, "2026-11")
    assert m.text("publicity") == "本月宣传工作扎实推进。" and m.text("experience").startswith("建立")
    assert [p.name for p in m.products] == ["首贷信易贷"]
    assert [c.title for c in list_cases(ws, "2026-11")] == [title]
    set_material_text(ws, "2026-11", "publicity", "")  # back to the draft
    assert month_materials(ws, "2026-11").text("publicity").startswith("2026 年 11 月")


def test_the_docx_and_the_pdf_read_back(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    f = _month(ws)
    mark_case(ws, f[0], "2026-11", title="甲企业首贷", text="第一段。\n第二段。")
    word = export_materials(ws, "2026-11", tmp_path / "11月材料.docx")
    document = Document(str(word))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "新乡农商银行城区支行2026 年 11 月首贷培植工作材料"
    for heading in (
        "一、宣传活动总结",
        "二、帮扶活动总结",
        "三、经验做法",
        "四、创新产品",
        "五、典型案例",
        "案例1：甲企业首贷",
    ):
        assert heading in paragraphs, heading
    assert "第一段。" in paragraphs and "第二段。" in paragraphs
    tables = document.tables
    assert [len(t.rows) for t in tables] == [4, 4]  # header + 3 activities each
    assert [c.text for c in tables[1].rows[1].cells] == [
        "2026-11-18",
        "融资对接会",
        "银企首贷专场融资对接会",
        "金融服务站",
        "人民银行",
        "5",
    ]
    pdf = export_materials(ws, "2026-11", tmp_path / "11月材料.pdf")
    text = re.sub(r"\s", "", "".join(p.extract_text() for p in PdfReader(pdf).pages))
    for expected in (
        "首贷培植工作材料",
        "一、宣传活动总结",
        "共开展宣传活动3场",
        "银企首贷专场融资对接会",
        "甲企业首贷",
        "第二段。",
    ):
        assert expected in text, expected
    with pytest.raises(DomainError):
        export_materials(ws, "2026-11", tmp_path / "材料.txt")
    with pytest.raises(DomainError):
        export_materials(ws, "2026-11", ws.data_dir / "firstloan.db.docx")
