from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.stages import Stage
from desktop.services.jobs import Cancelled, CancelToken
from desktop.services.printing import print_dossier, print_dossiers
from desktop.services.profile import save_profile
from desktop.services.workspace import Profile, Workspace
from desktop.store.models import (
    AuditEntry,
    Contact,
    Dossier,
    ImportBatch,
    ListMembership,
    Plan,
    PlanTask,
    RegionalList,
    Visit,
)
from tests.report_factories import add_credit, add_demand, add_firm, add_loan, add_visit, move

TODAY = date(2026, 11, 20)


def _text(path: Path) -> tuple[str, int]:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def _firm(ws: Workspace, name: str = "新乡市鑫达科技有限公司", visits: int = 3) -> str:
    save_profile(ws, Profile(officer="李明", bank="中原银行", branch="红旗支行"))
    with ws.db.write() as s:
        firm = add_firm(s, name, phone="13812345678", legal_rep="张三", stage="listed")
        lst = s.scalar(select(RegionalList)) or RegionalList(name="新乡市小微企业无贷户名单")
        s.add(lst)
        s.flush()
        batch = ImportBatch(list_id=lst.id, file_name="x.xlsx", file_hash="h")
        s.add(batch)
        s.flush()
        s.add(
            ListMembership(list_id=lst.id, firm_id=firm.id, first_batch_id=batch.id, last_batch_id=batch.id)
        )
        s.add(Contact(firm_id=firm.id, name="王五", phone="13900001111", id_number="410702199001011234"))
        s.add(Dossier(firm_id=firm.id, main_business="机械加工", employees=12, criteria={"compliant": True}))
        for i in range(visits):
            add_visit(s, firm, date(2026, 3, 1 + i), findings="企业经营正常，订单较上年增加。" * 3)
        move(s, firm, "contacted", date(2026, 3, 1))
        add_demand(s, firm, date(2026, 3, 10), amount=Decimal(100), purpose="购买原材料")
        plan = Plan(firm_id=firm.id, version=1, diagnosis=["no_collateral"], measures=["gov_guarantee"])
        s.add(plan)
        s.flush()
        s.add(PlanTask(plan_id=plan.id, title="收集近一年纳税资料", due=date(2026, 4, 1)))
        credit = add_credit(s, firm, date(2026, 4, 10), "100")
        add_loan(s, firm, date(2026, 4, 15), "80").credit_id = credit.id
        return firm.uscc


def test_dossier_pdf_has_name_code_pages_and_masks(workspace: Workspace, tmp_path: Path) -> None:
    code = _firm(workspace)
    out = tmp_path / "d.pdf"
    print_dossier(workspace, code, out, today=TODAY)
    text, pages = _text(out)
    compact = text.replace("\n", "")
    assert "新乡市鑫达科技有限公司" in compact and code in compact
    assert f"第 1 页 共 {pages} 页" in text and "内部资料" in text
    assert "中原银行" in text and "李明" in text and "2026-11-20" in text
    assert "138****5678" in text and "13812345678" not in text
    assert "410702********1234" in text and "410702199001011234" not in text
    for heading in (
        "所在名单",
        "阶段变化",
        "一企一策",
        "走访记录",
        "211",
        "授信与贷款",
        "档案完整度",
        "客户经理（签字）",
        "审核（签字）",
    ):
        assert heading in text, heading
    assert "收集近一年纳税资料" in text and "缺抵押" in text and "政府性融资担保" in text
    assert "新乡市小微企业无贷户名单" in compact

    full = tmp_path / "full.pdf"
    print_dossier(workspace, code, full, full=True, today=TODAY)
    full_text, _ = _text(full)
    assert "13812345678" in full_text and "410702199001011234" in full_text and "完整副本" in full_text
    with workspace.db.session() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry).where(AuditEntry.action.like("dossier.%")))]
    assert actions == ["dossier.print", "dossier.print"]


def test_long_dossier_numbers_every_page(workspace: Workspace, tmp_path: Path) -> None:
    code = _firm(workspace, visits=25)
    out = tmp_path / "long.pdf"
    print_dossier(workspace, code, out, today=TODAY)
    reader = PdfReader(out)
    total = len(reader.pages)
    assert total >= 2
    for i, page in enumerate(reader.pages, start=1):
        assert f"第 {i} 页 共 {total} 页" in page.extract_text()


def test_plan_prints_alone(workspace: Workspace, tmp_path: Path) -> None:
    code = _firm(workspace)
    out = tmp_path / "plan.pdf"
    print_dossier(workspace, code, out, plan_only=True, today=TODAY)
    text, pages = _text(out)
    assert "一企一策" in text and "收集近一年纳税资料" in text and code in text
    assert "走访记录" not in text and pages == 1


def test_batch_one_file_and_one_per_firm_and_cancel(workspace: Workspace, tmp_path: Path) -> None:
    codes = [_firm(workspace, f"新乡市第{i}机械有限公司") for i in range(3)]
    singles = []
    for code in codes:
        path = tmp_path / f"{code}.pdf"
        print_dossier(workspace, code, path, today=TODAY)
        singles.append(len(PdfReader(path).pages))
    seen: list[tuple[int, int]] = []
    result = print_dossiers(
        workspace, tmp_path / "all.pdf", today=TODAY, progress=lambda d, t, m: seen.append((d, t))
    )
    assert result.firms == 3
    text, pages = _text(tmp_path / "all.pdf")
    assert pages == sum(singles)
    assert all(code in text for code in codes)
    assert seen[-1][0] == seen[-1][1]
    with workspace.db.session() as s:
        batch = s.scalars(select(AuditEntry).where(AuditEntry.action == "dossier.print_batch")).one()
        assert batch.new["firms"] == 3 and "3 户" in batch.summary

    folder = tmp_path / "each"
    result = print_dossiers(workspace, folder, stages=[Stage.CONTACTED], today=TODAY)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"一企一档_{c}.pdf" for c in codes)

    token = CancelToken()

    def cancel_after_first(done: int, total: int, message: str) -> None:
        if done >= 1:
            token.cancel()

    with pytest.raises(Cancelled):
        print_dossiers(workspace, tmp_path / "cancelled", progress=cancel_after_first, cancel=token)
    assert list((tmp_path / "cancelled").iterdir()) == []
    with pytest.raises(Cancelled):
        print_dossiers(workspace, tmp_path / "c.pdf", cancel=token)
    assert not (tmp_path / "c.pdf").exists() and not list(tmp_path.glob(".c.pdf*"))  # no temporary file


def test_a_note_longer_than_a_page_still_prints(workspace: Workspace, tmp_path: Path) -> None:
    code = _firm(workspace, visits=1)
    with workspace.db.write() as s:
        firm = s.scalar(select(Dossier))
        assert firm is not None
        firm.notes = "企业经营情况说明。" * 300
        visit = s.scalar(select(Visit))
        assert visit is not None
        visit.findings = "走访了解到的情况：" * 300
    out = tmp_path / "long.pdf"
    print_dossier(workspace, code, out, today=TODAY)
    text, pages = _text(out)
    assert pages >= 3 and f"第 {pages} 页 共 {pages} 页" in text


def test_a_character_the_font_lacks_is_never_blank(workspace: Workspace, tmp_path: Path) -> None:
    code = _firm(workspace, name="新乡市\U00020bb7野家餐饮有限公司", visits=1)
    out = tmp_path / "rare.pdf"
    print_dossier(workspace, code, out, today=TODAY)
    text, _ = _text(out)
    assert "[U+20BB7]野家餐饮有限公司" in text.replace("\n", "")
