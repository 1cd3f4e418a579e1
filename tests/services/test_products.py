"""首贷专属产品: the catalogue's records (add, edit, void), the product a credit, loan or plan names, and the
published 授信清单 read back."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.services.credits import CreditInput, add_credit
from desktop.services.loans import LoanInput, add_loan
from desktop.services.plans import PlanInput, save_plan
from desktop.services.product_sheet import print_products
from desktop.services.products import (
    ProductInput,
    add_product,
    edit_product,
    get_product,
    list_products,
    void_product,
)
from desktop.services.programme import programme_report
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Credit, Loan, Plan
from tests.factories import add_firm

XIN = ProductInput(
    "首贷信易贷", eligibility="成立满 1 年，纳税信用 B 级以上", rate_min="3.45", rate_max="4.35",
    term_min_months=6, term_max_months=36, guarantees=["信用"], audience="小微企业、个体工商户", max_amount="300",
    launched_on=date(2026, 11, 3),
)  # fmt: skip


def test_the_catalogue_keeps_checks_and_voids_products(workspace: Workspace) -> None:
    ws = workspace
    pid = add_product(ws, XIN)
    view = get_product(ws, pid)
    assert (view.rate_min, view.rate_max, view.term_max_months, view.is_credit) == (
        Decimal("3.45"),
        Decimal("4.35"),
        36,
        True,
    )
    assert view.guarantees == ["credit"]
    with pytest.raises(DomainError, match="已有"):
        add_product(ws, ProductInput("首贷信易贷"))
    with pytest.raises(DomainError, match="下限"):
        add_product(ws, ProductInput("反了", rate_min="5", rate_max="4"))
    with pytest.raises(DomainError):
        add_product(ws, ProductInput("太长", term_max_months=601))
    with pytest.raises(DomainError):
        add_product(ws, ProductInput("  "))
    edit_product(ws, pid, {"guarantees": ["gov_guarantee"], "rate_max": "4.8"}, "改为政府性融资担保")
    view = get_product(ws, pid)
    assert (view.guarantees, view.is_credit, view.rate_max) == (["gov_guarantee"], False, Decimal("4.8"))
    with pytest.raises(DomainError):
        edit_product(ws, pid, {"rate_max": "4.8"}, "")  # a reason is needed
    with pytest.raises(DomainError):
        edit_product(ws, pid, {"colour": "red"}, "x")
    void_product(ws, pid, "停办")
    assert list_products(ws) == [] and list_products(ws, include_voided=True)[0].void_reason == "停办"
    with ws.db.session() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "product")).all()
    assert actions == ["product.add", "product.edit", "product.void"]


def test_credit_loan_and_plan_name_their_product(workspace: Workspace) -> None:
    ws = workspace
    uscc = add_firm(ws, 1, has_loan_record=False, has_discount_record=False)
    pid = add_product(ws, XIN)
    add_visit(ws, uscc, VisitInput(date(2026, 11, 2), "site"))
    save_plan(ws, uscc, PlanInput(date(2026, 11, 3), ["缺抵押"], ["信用贷款产品"], product_id=pid))
    credit = add_credit(ws, uscc, CreditInput(date(2026, 11, 5), "400", "credit", rate="5.1", product_id=pid))
    assert len(credit.warnings) == 2  # the rate and the amount are outside the product's terms; never blocks
    loan = add_loan(ws, uscc, LoanInput(date(2026, 11, 6), "100", credit_id=credit.id))
    with ws.db.session() as session:
        plan = session.scalars(select(Plan)).one()
        stored_credit = session.get(Credit, credit.id)
        stored_loan = session.get(Loan, loan.id)
        assert (plan.product_id, plan.target_product, plan.kind) == (pid, "首贷信易贷", "cultivation")
        assert stored_credit is not None and (stored_credit.product_id, stored_credit.product) == (
            pid,
            "首贷信易贷",
        )
        assert stored_loan is not None and stored_loan.product_id == pid  # from its credit
    # A product's records count as any credit and loan do: the figures do not depend on the catalogue.
    figures = programme_report(ws, 2026, month=11, today=date(2026, 11, 20)).figures
    assert (figures.credited, figures.first_loan_firms, figures.first_loan_amount) == (1, 1, Decimal("100"))
    void_product(ws, pid, "停办")
    with pytest.raises(DomainError, match="已作废"):
        add_credit(ws, uscc, CreditInput(date(2026, 11, 7), "10", "credit", product_id=pid))
    with pytest.raises(DomainError):
        add_credit(ws, uscc, CreditInput(date(2026, 11, 7), "10", "credit", product_id=99))
    assert programme_report(ws, 2026, month=11, today=date(2026, 11, 20)).figures.credited == 1


def test_the_published_list_reads_back(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    with pytest.raises(DomainError, match="空"):
        print_products(ws, tmp_path / "empty.pdf")
    add_product(ws, XIN)
    add_product(
        ws,
        ProductInput("科创首贷", guarantees=["保证", "质押"], audience="科创型小微企业", term_max_months=12),
    )
    out = print_products(ws, tmp_path / "授信清单.pdf", today=date(2026, 11, 20))
    text = re.sub(r"\s", "", "".join(page.extract_text() for page in PdfReader(out).pages))  # cells wrap
    for expected in ("首贷专属产品授信清单", "首贷信易贷", "3.45%–4.35%", "6–36个月", "科创首贷", "保证、质押",
                     "最长12个月", "211", "公示", "300.00万元", "纳税信用B级以上"):  # fmt: skip
        assert expected in text, expected
    assert "内部资料" not in text
    with pytest.raises(DomainError):
        print_products(ws, ws.data_dir / "firstloan.db")
