"""The PDF font: the app's own WenQuanYi Micro Hei, embedded as a subset, on any machine.

tests/conftest.py hides every system font from the loader for the whole suite, so every PDF test runs
as on a laptop with no Chinese font installed."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

import desktop.reports.fonts as fonts
from desktop.reports.fonts import BUNDLED_FONT, CID_FALLBACK, PdfFont, load_font
from desktop.reports.pdf_base import PrintHeader, Styles, build_pdf

FONT_DIR = BUNDLED_FONT.parent
SYSTEM_WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


@pytest.fixture(autouse=True)
def fresh_font(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("FIRSTLOAN_PDF_FONT", raising=False)
    load_font.cache_clear()
    yield
    load_font.cache_clear()


def _pdf(font: PdfFont, out: Path, text: str = "首贷培育工作台：一企一档") -> PdfReader:
    s = Styles(font)
    build_pdf(
        str(out),
        [("k", "标签", [s.p(text)])],
        PrintHeader("银行", "支行", "经理", date(2026, 1, 2)),
        font,
        title="t",
    )
    return PdfReader(out)


def _base_fonts(reader: PdfReader) -> list[str]:
    return [str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()]


def test_the_bundled_font_is_embedded_as_a_subset_without_any_system_font(tmp_path: Path) -> None:
    assert fonts.CANDIDATES == ()  # the suite's machine "has no Chinese font" (tests/conftest.py)
    font = load_font()
    assert font.path == str(BUNDLED_FONT) and font.embedded
    reader = _pdf(font, tmp_path / "f.pdf")
    assert "首贷培育工作台" in reader.pages[0].extract_text()
    assert any(n.endswith("+WenQuanYiMicroHei-0") for n in _base_fonts(reader))  # a subset (AAAAAA+Name)
    assert (tmp_path / "f.pdf").stat().st_size < 60_000  # the subset, not the 5 MB font


def test_the_bundled_font_comes_before_the_system_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    if not SYSTEM_WQY.is_file():
        pytest.skip("no system WenQuanYi to compete with")
    monkeypatch.setattr(fonts, "CANDIDATES", ((str(SYSTEM_WQY), 0),))
    assert load_font().path == str(BUNDLED_FONT)


def test_firstloan_pdf_font_still_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "mine.ttc"
    shutil.copyfile(BUNDLED_FONT, chosen)
    monkeypatch.setenv("FIRSTLOAN_PDF_FONT", str(chosen))
    assert load_font().path == str(chosen)


def test_without_the_bundled_font_a_system_font_then_the_cid_font(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "BUNDLED_FONT", tmp_path / "missing.ttc")
    shutil.copyfile(BUNDLED_FONT, tmp_path / "system.ttc")
    monkeypatch.setattr(fonts, "CANDIDATES", ((str(tmp_path / "system.ttc"), 0),))
    assert load_font().path == str(tmp_path / "system.ttc")
    load_font.cache_clear()
    monkeypatch.setattr(fonts, "CANDIDATES", ())
    assert load_font() == PdfFont(CID_FALLBACK, None, frozenset())


def test_the_font_ships_with_its_licence() -> None:
    readme = (FONT_DIR / "README.md").read_text("utf-8")
    assert hashlib.sha256(BUNDLED_FONT.read_bytes()).hexdigest() in readme
    assert "Apache License" in (FONT_DIR / "LICENSE-Apache-2.0.txt").read_text("utf-8")
    assert "License: Apache-2.0 or GPL-3+ with Font exception" in (FONT_DIR / "COPYRIGHT.txt").read_text(
        "utf-8"
    )


def test_missing_glyphs_never_become_blanks() -> None:
    font = load_font()
    missing_cjk = next(
        chr(c) for c in range(0x3400, 0xA000) if c not in font.cmap and fonts._CJK.match(chr(c))
    )
    markup = font.markup(f"甲\U0001f600乙{missing_cjk}")
    assert "[U+1F600]" in markup
    assert f'<font name="{CID_FALLBACK}">{missing_cjk}</font>' in markup
    assert font.markup("<a&b>") == "&lt;a&amp;b&gt;"


def test_control_characters_are_removed_and_lines_kept() -> None:
    font = load_font()
    assert font.markup("甲\x07乙\x1b丙\r\n丁") == "甲乙丙<br/>丁"
    assert font.plain("甲\x07乙\n丙") == "甲乙 丙"
    cid = PdfFont(CID_FALLBACK, None, frozenset())
    assert cid.markup("甲\x00乙\n丙") == "甲乙<br/>丙" and cid.plain("甲\x85乙") == "甲乙"


def test_cid_fallback_renders(tmp_path: Path) -> None:
    load_font()  # registers the CID font
    reader = _pdf(PdfFont(CID_FALLBACK, None, frozenset()), tmp_path / "cid.pdf", "无贷户名单")
    assert len(reader.pages) == 1


def test_a_broken_preferred_font_is_skipped(tmp_path: Path) -> None:
    bogus = tmp_path / "broken.ttf"
    bogus.write_bytes(b"not a font")
    font = load_font(str(bogus))
    assert font.path == str(BUNDLED_FONT) and ord("中") in font.cmap
