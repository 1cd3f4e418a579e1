from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop.reports.fonts import CID_FALLBACK, PdfFont, load_font
from desktop.reports.pdf_base import PrintHeader, Styles, build_pdf


def test_a_chinese_truetype_font_is_found_and_embedded(tmp_path: Path) -> None:
    font = load_font()
    assert font.embedded, "install fonts-wqy-microhei (scripts/setup-env)"
    s = Styles(font)
    out = tmp_path / "f.pdf"
    build_pdf(
        str(out),
        [("k", "标签", [s.p("首贷培育工作台：一企一档")])],
        PrintHeader("银行", "支行", "经理", date(2026, 1, 2)),
        font,
        title="t",
    )
    reader = PdfReader(out)
    assert "首贷培育工作台" in reader.pages[0].extract_text()
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = [str(f.get_object()["/BaseFont"]) for f in fonts.values()]
    assert any("+" in n for n in names)  # a subset (AAAAAA+Name)


def test_missing_glyphs_never_become_blanks() -> None:
    font = load_font()
    missing_cjk = (
        next(chr(c) for c in range(0x4E00, 0xA000) if c not in font.cmap) if len(font.cmap) < 70000 else None
    )
    text = f"甲\U0001f600乙{missing_cjk or ''}"
    markup = font.markup(text)
    assert "[U+1F600]" in markup
    if missing_cjk:
        assert f'<font name="{CID_FALLBACK}">{missing_cjk}</font>' in markup
    assert font.markup("<a&b>") == "&lt;a&amp;b&gt;"


def test_cid_fallback_renders(tmp_path: Path) -> None:
    load_font()  # registers the CID font
    font = PdfFont(CID_FALLBACK, None, frozenset())
    s = Styles(font)
    out = tmp_path / "cid.pdf"
    build_pdf(
        str(out),
        [("k", "标签", [s.p("无贷户名单")])],
        PrintHeader("银行", "支行", "经理", date(2026, 1, 2)),
        font,
        title="t",
    )
    assert len(PdfReader(out).pages) == 1


def test_a_broken_preferred_font_is_skipped(tmp_path: Path) -> None:
    bogus = tmp_path / "broken.ttf"
    bogus.write_bytes(b"not a font")
    font = load_font(str(bogus))
    assert font.path != str(bogus) and ord("中") in font.cmap
