"""The page frame shared by printed documents: Chinese styles, a header (bank, branch, officer, print
date, 内部资料) and a footer numbering pages 第 X 页 共 Y 页 per document section (one firm in a batch)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.domain.controls import strip_controls
from desktop.reports.fonts import PdfFont
from desktop.store.atomic_file import atomic_output

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
BODY_W = PAGE_W - 2 * MARGIN


@dataclass(frozen=True)
class PrintHeader:
    bank: str
    branch: str
    officer: str
    printed_on: date
    full_copy: bool = False  # phone and ID numbers unmasked


class Styles:
    def __init__(self, font: PdfFont) -> None:
        self.font = font
        base = {"fontName": font.name, "wordWrap": "CJK"}
        self.title = ParagraphStyle("title", fontSize=17, leading=22, alignment=1, spaceAfter=4, **base)
        self.subtitle = ParagraphStyle("subtitle", fontSize=10, leading=14, alignment=1, spaceAfter=8, **base)
        self.h2 = ParagraphStyle(
            "h2",
            fontSize=12,
            leading=16,
            keepWithNext=1,
            spaceBefore=8,
            spaceAfter=4,
            textColor=colors.HexColor("#1f3a68"),
            **base,
        )
        self.body = ParagraphStyle("body", fontSize=9, leading=12.5, **base)
        self.label = ParagraphStyle("label", fontSize=9, leading=12.5, keepWithNext=1, **base)
        self.cell = ParagraphStyle("cell", fontSize=8.5, leading=11, **base)
        self.head = ParagraphStyle("head", fontSize=8.5, leading=11, textColor=colors.white, **base)

    def p(self, text: object, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(self.font.markup(text), style or self.body)


class SectionStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: pages after it belong to one section (numbered 第 X 页 共 Y 页 on their own)."""

    def __init__(self, key: str, label: str) -> None:
        super().__init__()
        self.key, self.label = key, label
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.section = (self.key, self.label)


def table(
    styles: Styles, header: Sequence[str] | None, rows: Iterable[Sequence[object]], widths: Sequence[float]
) -> Table:
    """A grid whose cells wrap Chinese text; a blue header row when ``header`` is given."""
    data: list[list[Any]] = []
    if header:
        data.append([styles.p(h, styles.head) for h in header])
    # A cell is text, or a ready Paragraph (e.g. a voided record's struck-through text).
    body = [[v if isinstance(v, Flowable) else styles.p(v, styles.cell) for v in row] for row in rows]
    empty = not body
    if empty:  # say so rather than print a bare header
        body = [[styles.p("（无记录）", styles.cell)] + [""] * (len(widths) - 1)]
    data += body
    total = sum(widths)
    # splitInRow: a cell longer than a page (a long visit note) continues on the next page.
    t = Table(
        data, colWidths=[BODY_W * w / total for w in widths], repeatRows=1 if header else 0, splitInRow=1
    )
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8f98")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3a68")))
    if empty:
        commands.append(("SPAN", (0, -1), (-1, -1)))
    t.setStyle(TableStyle(commands))
    return t


def facts_table(styles: Styles, pairs: Sequence[tuple[str, object]]) -> Table:
    """Label/value pairs, two pairs a row."""
    rows: list[list[object]] = []
    for i in range(0, len(pairs), 2):
        chunk = list(pairs[i : i + 2])
        row: list[object] = []
        for label, value in chunk:
            row += [label, "" if value is None else value]
        row += [""] * (4 - len(row))
        rows.append(row)
    t = table(styles, None, rows, (1.1, 2, 1.1, 2))
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f6")),
                ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eef1f6")),
            ]
        )
    )
    return t


def signature_boxes(styles: Styles) -> Table:
    cell = "{0}（签字）：<br/><br/><br/>日期：　　　年　　月　　日"
    data = [[Paragraph(cell.format("客户经理"), styles.body), Paragraph(cell.format("审核"), styles.body)]]
    t = Table(data, colWidths=[BODY_W / 2, BODY_W / 2], rowHeights=[28 * mm])
    t.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def _canvas_class(header: PrintHeader, font: PdfFont) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps every page until save(), when each section's page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.section: tuple[str, str] = ("", "")
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals = Counter(state["section"][0] for state in self._saved)
            seen: Counter[str] = Counter()
            for state in self._saved:
                self.__dict__.update(state)
                key = state["section"][0]
                seen[key] += 1
                self._decorate(seen[key], totals[key], state["section"][1])
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, page: int, total: int, label: str) -> None:
            self.saveState()
            self.setFont(font.name, 8)
            self.setFillColor(colors.HexColor("#444444"))
            top = PAGE_H - 10 * mm
            line = f"{header.bank}  {header.branch}    客户经理：{header.officer}    打印日期：{header.printed_on.isoformat()}"
            self.drawString(MARGIN, top, font.plain(line))
            mark = "内部资料 · 完整副本" if header.full_copy else "内部资料"
            self.setFillColor(colors.HexColor("#b00020"))
            self.setStrokeColor(colors.HexColor("#b00020"))
            self.setFont(font.name, 10)
            w = self.stringWidth(mark, font.name, 10) + 8
            self.rect(PAGE_W - MARGIN - w, top - 3, w, 14, stroke=1, fill=0)
            self.drawString(PAGE_W - MARGIN - w + 4, top + 0.5, mark)
            self.setStrokeColor(colors.HexColor("#8a8f98"))
            self.line(MARGIN, top - 5, PAGE_W - MARGIN, top - 5)
            self.setFillColor(colors.HexColor("#444444"))
            self.setFont(font.name, 8)
            self.drawString(MARGIN, 9 * mm, font.plain(label))
            self.drawCentredString(PAGE_W / 2, 9 * mm, f"第 {page} 页 共 {total} 页")
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    target: str | IO[bytes],
    sections: Sequence[tuple[str, str, list[Flowable]]],
    header: PrintHeader,
    font: PdfFont,
    *,
    title: str,
    on_section: Callable[[int], None] | None = None,
) -> None:
    """Write sections (key, footer label, flowables) into one PDF, each starting on a new page.

    ``on_section(n)`` is called as the n-th section starts being laid out (progress; it may raise to
    cancel the build).
    """
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        title=strip_controls(title, keep_lines=False),
        author=strip_controls(header.officer, keep_lines=False),
        creator="首贷培育工作台 FirstLoan Desk",
    )
    story: list[Flowable] = []
    for index, (key, label, flowables) in enumerate(sections):
        if index:
            story.append(PageBreak())
        story.append(SectionStart(key, label))
        story += flowables
    story.append(Spacer(0, 0))
    if on_section is not None:
        started = [0]

        def after(flowable: Flowable) -> None:
            if isinstance(flowable, SectionStart):
                started[0] += 1
                on_section(started[0])

        doc.afterFlowable = after
    if isinstance(target, str):
        with atomic_output(Path(target)) as temp:
            doc.filename = str(temp)
            doc.build(story, canvasmaker=_canvas_class(header, font))
    else:
        doc.build(story, canvasmaker=_canvas_class(header, font))
