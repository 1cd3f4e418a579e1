"""一企一档 (fields, criteria, tags, contacts, banks, attachments, completeness) and 一企一策 (versions, tasks)."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from desktop.domain.errors import DomainError
from desktop.services.attachments import (
    AttachmentError,
    add_attachment,
    add_attachment_file,
    list_attachments,
    read_attachment,
    remove_attachment,
)
from desktop.services.dossiers import add_bank_relationship, add_contact, dossier_view, update_dossier
from desktop.services.loans import LoanInput, add_loan
from desktop.services.plans import (
    PlanError,
    PlanInput,
    TaskInput,
    add_task,
    complete_task,
    plan_versions,
    save_plan,
)
from desktop.services.todo import todo
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Firm
from desktop.store.settings import set_setting
from tests.factories import add_firm

D = date.fromisoformat


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    with workspace.db.write() as session:
        set_setting(session, "profile", {"officer": "王芳", "bank": "中原银行", "branch": "红旗支行"})
    workspace.forget_profile()
    return workspace


def _audit(ws: Workspace) -> list[AuditEntry]:
    with ws.db.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_dossier_fields_are_parsed_and_audited_old_to_new(ws: Workspace) -> None:
    uscc = add_firm(ws)
    update_dossier(ws, uscc, {"main_business": "面粉加工", "employees": "12", "annual_sales": "350.5"})
    update_dossier(
        ws,
        uscc,
        {"employees": 15, "has_loan_record": "否", "has_discount_record": "no", "taxes_paid": "0"},
        criteria={"合规持续经营": True, "premises": False},
        policy_tags=["专精特新", "renewal"],
    )
    view = dossier_view(ws, uscc)
    assert view.fields["employees"] == 15 and view.fields["annual_sales"] == Decimal("350.5")
    assert view.fields["has_loan_record"] is False and view.fields["taxes_paid"] == Decimal(0)
    assert view.criteria == {"compliant": True, "premises": False}
    assert view.policy_tags == ["renewal", "specialised"]
    first, second = _audit(ws)
    assert first.old == {"main_business": None, "employees": None, "annual_sales": None}
    assert second.old["employees"] == 12 and second.new["employees"] == 15
    assert second.actor == "王芳" and "筛选条件" in second.summary
    # Unknown criterion clears; nothing changed writes no audit entry.
    update_dossier(ws, uscc, {}, criteria={"premises": None})
    assert dossier_view(ws, uscc).criteria == {"compliant": True}
    update_dossier(ws, uscc, {"employees": 15})
    assert len(_audit(ws)) == 3


@pytest.mark.parametrize(
    ("changes", "kw", "message"),
    [
        ({"colour": "red"}, {}, "未知的档案字段"),
        ({"employees": "-3"}, {}, "从业人数"),
        ({"annual_sales": "-1"}, {}, "负数"),
        ({"has_loan_record": "maybe"}, {}, "是/否"),
        ({}, {"criteria": {"nice": True}}, "筛选条件"),
        ({}, {"policy_tags": ["moonshot"]}, "政策标签"),
    ],
)
def test_dossier_rejects_bad_values(
    ws: Workspace, changes: dict[str, str], kw: dict[str, object], message: str
) -> None:
    uscc = add_firm(ws)
    with pytest.raises(DomainError, match=message):
        update_dossier(ws, uscc, changes, **kw)  # type: ignore[arg-type]
    assert _audit(ws) == []


def test_completeness_follows_the_dossier(ws: Workspace) -> None:
    uscc = add_firm(ws)
    assert dossier_view(ws, uscc).completeness.score == 0
    add_contact(ws, uscc, "张三", role="法定代表人", phone="13800000000", primary=True)
    add_bank_relationship(ws, uscc, "中原银行", basic_account=True)
    update_dossier(
        ws,
        uscc,
        {
            "main_business": "面粉加工",
            "employees": 8,
            "annual_sales": 200,
            "taxes_paid": 3,
            "has_loan_record": False,
            "has_discount_record": False,
        },
        criteria={
            code: True for code in ("compliant", "premises", "real_demand", "good_credit", "lawful_use")
        },
    )
    view = dossier_view(ws, uscc)
    assert view.completeness.missing == ["营业执照扫描件"] and view.completeness.score == 92
    add_attachment(ws, uscc, b"%PDF-1.4 licence", "执照.pdf", "licence")
    assert dossier_view(ws, uscc).completeness.complete


def test_banks_warn_about_crowding_and_the_basic_account(ws: Workspace) -> None:
    uscc = add_firm(ws, individual=True)
    assert add_bank_relationship(ws, uscc, "工商银行", credit_amount="20").warnings == []
    assert add_bank_relationship(ws, uscc, "农业银行", credit_amount="10").warnings == []
    # 垒小户 counts the banks that gave credit: a third one, for an individual business.
    out = add_bank_relationship(ws, uscc, "建设银行", basic_account=True, credit_amount="10")
    assert any("垒小户" in w for w in out.warnings) and any(
        "建设银行" in w and "优先" in w for w in out.warnings
    )
    with pytest.raises(DomainError, match="已登记基本户"):
        add_bank_relationship(ws, uscc, "交通银行", basic_account=True)
    with pytest.raises(DomainError, match="已登记中国工商银行"):
        add_bank_relationship(ws, uscc, "工商银行")
    assert len(dossier_view(ws, uscc).warnings) == 2


def test_contacts(ws: Workspace) -> None:
    uscc = add_firm(ws)
    add_contact(ws, uscc, "甲", phone="13800000001", primary=True)
    add_contact(ws, uscc, "乙", phone="0373-1234567", primary=True)
    contacts = dossier_view(ws, uscc).contacts
    assert [(c["name"], c["primary"]) for c in contacts] == [("甲", False), ("乙", True)]
    with pytest.raises(DomainError, match="姓名不能为空"):
        add_contact(ws, uscc, " ")


def test_attachments_are_inside_the_encrypted_database_with_their_hash(ws: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    uscc = add_firm(ws)
    secret = "营业执照 UNIQUE-MARKER-7731".encode()
    path = tmp_path / "licence.jpg"
    path.write_bytes(secret)
    out = add_attachment_file(ws, uscc, path, "licence")
    back = read_attachment(ws, out.id)
    assert back.content == secret and back.sha256 == hashlib.sha256(secret).hexdigest()
    assert back.file_name == "licence.jpg"
    # Encrypted at rest: the marker is not in the database file.
    assert b"UNIQUE-MARKER-7731" not in (ws.data_dir / "firstloan.db").read_bytes()
    # A changed blob is detected on read.
    with ws.db.write() as session:
        session.execute(
            text("UPDATE attachment SET content = :c WHERE id = :i"), {"c": b"tampered", "i": out.id}
        )
    with pytest.raises(AttachmentError, match="SHA-256"):
        read_attachment(ws, out.id)
    with pytest.raises(AttachmentError, match="附件类型"):
        add_attachment(ws, uscc, b"x", "a.bin", "video")
    with pytest.raises(AttachmentError, match="空文件"):
        add_attachment(ws, uscc, b"", "a.bin")
    with pytest.raises(DomainError, match="原因"):
        remove_attachment(ws, out.id, "")
    remove_attachment(ws, out.id, "上传错了")
    assert dossier_view(ws, uscc).attachments == []
    assert _audit(ws)[-1].action == "attachment.void"
    # Removed is voided: the bytes and the hash stay (the audit trail points at them), listed as voided.
    [kept] = list_attachments(ws, uscc)
    assert kept.void_reason == "上传错了" and kept.sha256 == back.sha256


def test_plan_versions_tasks_and_stage(ws: Workspace) -> None:
    uscc = add_firm(ws, stage="demand")
    first = save_plan(
        ws,
        uscc,
        PlanInput(
            D("2026-03-01"),
            ["缺抵押", "irregular_finance"],
            ["政府性融资担保", "财务辅导"],
            target_product="担保贷",
            target_amount="100",
            target_date=D("2026-06-30"),
            tasks=[TaskInput("收集纳税资料", D("2026-03-10")), TaskInput("推荐担保公司", D("2026-03-20"))],
        ),
    )
    assert first.stage_move is not None and first.stage_move.to_stage == "cultivating"
    [v1] = plan_versions(ws, uscc)
    task_id = v1.tasks[0][0]
    complete_task(ws, task_id, D("2026-03-09"))
    add_task(ws, uscc, "财务报表辅导", D("2026-03-25"))
    second = save_plan(ws, uscc, PlanInput(D("2026-04-01"), ["no_collateral"], ["insurance"]))
    assert second.stage_move is None
    v1, v2 = plan_versions(ws, uscc)
    assert (v1.version, v1.is_current, v2.version, v2.is_current) == (1, False, 2, True)
    assert v1.diagnosis == ["no_collateral", "irregular_finance"] and v2.measures == ["insurance"]
    # Open tasks carry over; the done one stays with version 1.
    assert [t[1] for t in v2.tasks] == ["推荐担保公司", "财务报表辅导"]
    with pytest.raises(PlanError, match="已被修订"):
        complete_task(ws, v1.tasks[1][0], D("2026-04-02"))
    audit = [e for e in _audit(ws) if e.action == "plan.save"]
    assert audit[1].old["version"] == 1 and audit[1].new["version"] == 2
    # The to-do list shows the current version's open tasks only.
    items = [i for i in todo(ws, D("2026-03-21")) if i.kind == "plan_task"]
    assert [(i.title, i.overdue) for i in items] == [
        ("培植任务：推荐担保公司", True),
        ("培植任务：财务报表辅导", False),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (PlanInput(D("2026-03-01"), [], ["insurance"]), "诊断"),
        (PlanInput(D("2026-03-01"), ["no_info"], []), "措施"),
        (PlanInput(D("2026-03-01"), ["lazy"], ["insurance"]), "培植诊断"),
        (PlanInput(D("2026-03-01"), ["no_info"], ["insurance"], target_amount="-1"), "负数"),
        (PlanInput(D("2026-03-01"), ["no_info"], ["insurance"], target_date=D("2026-02-01")), "目标日期"),
        (PlanInput(D("2026-03-01"), ["no_info"], ["insurance"], tasks=[TaskInput(" ")]), "任务"),
    ],
)
def test_plan_rules(ws: Workspace, data: PlanInput, message: str) -> None:
    uscc = add_firm(ws)
    with pytest.raises(DomainError, match=message):
        save_plan(ws, uscc, data)
    assert plan_versions(ws, uscc) == [] and _audit(ws) == []
    with pytest.raises(PlanError, match="还没有培植方案"):
        add_task(ws, uscc, "x")


def test_first_loan_uses_the_dossier_credit_report_facts(ws: Workspace) -> None:
    uscc = add_firm(ws, stage="credited")
    update_dossier(ws, uscc, {"has_discount_record": "有"})
    assert not add_loan(ws, uscc, LoanInput(D("2026-05-01"), "10")).is_first_loan
    with ws.db.session() as session:
        assert session.scalars(select(Firm.stage)).one() == "credited"
