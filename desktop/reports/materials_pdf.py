"""The monthly materials as a PDF, laid out from the same document as the .docx."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from desktop.domain.materials import MaterialsDoc
from desktop.reports.fonts import PdfFont
from desktop.reports.pdf_base import PrintHeader, Styles, build_pdf, table


def write_materials_pdf(target: str, doc: MaterialsDoc, header: PrintHeader, font: PdfFont) -> None:
    s = Styles(font)
    story: list[Flowable] = [s.p(doc.title, s.title), s.p(doc.subtitle, s.subtitle)]
    for block in doc.blocks:
        if block.kind == "heading":
            story.append(s.p(block.text, s.h2 if block.level == 1 else s.label))
        elif block.kind == "paragraph":
            story += [s.p("　　" + block.text), Spacer(0, 2)]
        else:
            story += [table(s, block.header, block.rows, [1.0] * len(block.header)), Spacer(0, 4)]
    build_pdf(target, [("materials", doc.title, story)], header, font, title=doc.title)
