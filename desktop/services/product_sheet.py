"""Printing the catalogue as the 授信清单 the branch publishes; each print audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.reports.fonts import load_font
from desktop.reports.products_pdf import write_products
from desktop.services.printing import check_pdf_path, pdf_header
from desktop.services.products import catalogue
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit


def print_products(ws: Workspace, out: Path, *, today: date | None = None) -> Path:
    check_pdf_path(ws, out)
    header = pdf_header(ws, today or ws.today(), mark="公示")
    with ws.db.session() as session:
        products = catalogue(session)
    if not products:
        raise DomainError(
            "产品目录还是空的：请先添加首贷专属产品（firstloan product add）",
            en="The catalogue is empty: add the first-loan products first (firstloan product add)",
        )
    bank = f"{ws.profile.bank}{ws.profile.branch}"
    write_products(str(out), products, header, load_font(), bank=bank, on=header.printed_on)
    with ws.db.write() as session:
        append_audit(
            session,
            actor=ws.actor,
            action="products.print",
            entity="report",
            summary=f"打印首贷专属产品授信清单（{len(products)} 个产品）",
            new={"file": str(out), "products": [p.id for p in products]},
        )
    return out
