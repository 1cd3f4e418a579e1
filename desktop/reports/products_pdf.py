"""The 授信清单 a branch publishes (seed 001: 公示首贷产品授信审批及准入条件): its 首贷专属产品 with their
准入条件, 利率区间, 期限, 担保方式, 是否信用 and 适用对象, and the 211 commitment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, Spacer

from desktop.domain.products import guarantees_text, max_amount_text, rate_range, term_range
from desktop.reports.fonts import PdfFont
from desktop.reports.pdf_base import PrintHeader, Styles, build_pdf, table

HEADER = ("产品名称", "准入条件", "利率区间（年）", "期限", "担保方式", "是否信用", "适用对象", "最高额度")
WIDTHS = (1.3, 2.5, 1.2, 1.0, 1.2, 0.75, 1.7, 1.0)
PROMISE = (
    "本行对首贷企业的融资需求执行“211”服务：收到需求后 2 个工作日内反馈初步意向和需落实的授信条件；"
    "企业满足授信条件后 1 个工作日内正式受理申请，1 个工作日内作出审批决定并反馈结果。"
)


def _row(p: Any) -> list[object]:
    return [
        p.name,
        p.eligibility or "",
        rate_range(p.rate_min, p.rate_max),
        term_range(p.term_min_months, p.term_max_months),
        guarantees_text(p.guarantees),
        "是" if p.is_credit else "否",
        p.audience or "",
        max_amount_text(p.max_amount),
    ]


def write_products(
    target: str, products: Sequence[Any], header: PrintHeader, font: PdfFont, *, bank: str, on: date
) -> None:
    """``products``: ProductView-like rows (the live catalogue), in the order they are listed."""
    s = Styles(font)
    story: list[Flowable] = [
        s.p(f"{bank}首贷专属产品授信清单", s.title),
        s.p(f"授信审批及准入条件公示 · {on.isoformat()}", s.subtitle),
        table(s, HEADER, [_row(p) for p in products], WIDTHS),
        Spacer(0, 10),
        s.p(PROMISE),
        Spacer(0, 4),
        s.p("以上条件以本行审批为准；如需了解详情或提出融资需求，请联系本行客户经理。"),
    ]
    build_pdf(
        target, [("products", "首贷专属产品授信清单", story)], header, font, title="首贷专属产品授信清单"
    )
