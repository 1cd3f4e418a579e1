"""The monthly materials as a Word document (.docx), written with python-docx — the file officers edit
and forward. Text is kept as given (control characters removed, Word cannot hold them)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from desktop.domain.controls import strip_controls
from desktop.domain.materials import Block, MaterialsDoc

FONT = "宋体"


def _clean(text: str) -> str:
    return strip_controls(text, keep_lines=False)


def _table(document: object, block: Block) -> None:
    table = document.add_table(rows=1, cols=len(block.header))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, block.header, strict=True):
        cell.text = _clean(text)
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = _clean(text)


def write_materials_docx(path: Path, doc: MaterialsDoc) -> None:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)  # East Asian text in 宋体 too
    document.core_properties.title = _clean(doc.title)
    document.add_heading(_clean(doc.title), level=0)
    document.add_paragraph(_clean(doc.subtitle))
    for block in doc.blocks:
        if block.kind == "heading":
            document.add_heading(_clean(block.text), level=block.level)
        elif block.kind == "paragraph":
            document.add_paragraph(_clean(block.text))
        else:
            _table(document, block)
    document.save(str(path))
