"""A Chinese font for PDFs, embedded as a subset, and text made safe for it.

The font: ``FIRSTLOAN_PDF_FONT`` when set, else the app's own WenQuanYi Micro Hei
(``resources/fonts/wqy-microhei.ttc``, shipped in the source tree, the wheel and the bundle), so a PDF
never depends on what the laptop has installed; a font of the system only if that file is missing
(a damaged install), and reportlab's built-in STSong-Light CID font as the last resort.

No character is ever dropped silently: a character the TrueType font lacks is drawn in STSong-Light when
it is a CJK character (the CID font covers GB 18030's common set), and otherwise shown as ``[U+XXXX]``.
Control characters (a firm name pasted with a stray ``\x07``) are removed; line feeds break the line.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from desktop.domain.controls import strip_controls

CID_FALLBACK = "STSong-Light"
# resources/ beside the package: the source tree, site-packages (the wheel) and the bundle's _internal/.
BUNDLED_FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"
_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
_USER_FONTS = Path(os.environ.get("LOCALAPPDATA", "~")) / "Microsoft" / "Windows" / "Fonts"
# Only when the bundled font is missing: Windows first (the users' laptops, system-wide then per-user
# installs), then Linux and macOS.
CANDIDATES: tuple[tuple[str, int], ...] = (
    *(
        (str(folder / name), 0)
        for folder in (_WINDOWS_FONTS, _USER_FONTS)
        for name in ("msyh.ttc", "simsun.ttc", "simhei.ttf")
    ),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/System/Library/Fonts/PingFang.ttc", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
)
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


@dataclass(frozen=True)
class PdfFont:
    name: str  # the registered font name to use in styles
    path: str | None  # the TrueType file, or None when only the CID fallback is available
    cmap: frozenset[int]  # code points the TrueType font has glyphs for (empty for the CID font)

    @property
    def embedded(self) -> bool:
        return self.path is not None

    def markup(self, text: object) -> str:
        """``text`` escaped for a Paragraph, each character the font lacks replaced visibly."""
        raw = "" if text is None else strip_controls(str(text))
        if not self.embedded:
            return escape(raw).replace("\n", "<br/>")
        out: list[str] = []
        for ch in raw:
            if ch == "\n":
                out.append("<br/>")
            elif ord(ch) in self.cmap or ch in "\t\r":
                out.append(escape(ch))
            elif _CJK.match(ch):
                out.append(f'<font name="{CID_FALLBACK}">{escape(ch)}</font>')
            else:
                out.append(f"[U+{ord(ch):04X}]")
        return "".join(out)

    def plain(self, text: str) -> str:
        """For canvas.drawString (one line, no markup): control characters removed, line breaks made
        spaces, characters the font lacks shown as [U+XXXX]."""
        text = strip_controls(text, keep_lines=False)
        if not self.embedded:
            return text
        return "".join(ch if ord(ch) in self.cmap else f"[U+{ord(ch):04X}]" for ch in text)


def _register_cid() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if CID_FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))


@lru_cache(maxsize=4)
def load_font(preferred: str | None = None) -> PdfFont:
    """The first usable Chinese TrueType font: ``FIRSTLOAN_PDF_FONT``, then ``preferred``, then the
    bundled one, then the system's."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _register_cid()
    overrides = (os.environ.get("FIRSTLOAN_PDF_FONT"), preferred)
    candidates = [(path, 0) for path in overrides if path] + [(str(BUNDLED_FONT), 0), *CANDIDATES]
    for path, index in candidates:
        if not Path(path).is_file():
            continue
        try:
            name = f"CJK-{Path(path).stem}-{index}"
            font = TTFont(name, path, subfontIndex=index)
        except Exception:  # a broken or unsupported font file: try the next one
            continue
        cmap = frozenset(font.face.charToGlyph)
        if ord("中") not in cmap:
            continue
        pdfmetrics.registerFont(font)
        return PdfFont(name, path, cmap)
    return PdfFont(CID_FALLBACK, None, frozenset())
