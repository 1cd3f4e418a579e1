"""A holiday notice saved from the web or as text (.html/.htm, .txt): its text, decoded and without tags.

Pages from gov.cn and provincial sites come in UTF-8 or GB2312/GBK (read as GB18030, which contains
both); a text file may also be UTF-16 with a BOM (Notepad's "Unicode"). The parser needs only the
words, so the HTML is reduced to text with one line per block element.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path

from desktop.domain.errors import DomainError

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
TEXT_SUFFIXES = (".txt",)
MAX_BYTES = 5 * 1024 * 1024  # a notice page is tens of kB; anything this large is not one
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "table", "section"}
_SKIPPED = {"script", "style", "noscript", "template"}


class NoticeFileError(DomainError):
    pass


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def _declared_charset(raw: bytes) -> str | None:
    found = _CHARSET.search(raw[:4096])
    if not found:
        return None
    name = found.group(1).decode("ascii").lower()
    if name in ("gb2312", "gbk", "gb18030", "x-gbk", "cp936"):
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_notice(raw: bytes, name: str) -> str:
    """The bytes as text: a BOM wins, then UTF-8, then the page's declared charset, then GB18030."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    tried = ["utf-8", _declared_charset(raw), "gb18030"]
    for encoding in dict.fromkeys(e for e in tried if e):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise NoticeFileError(
        f"无法读取 {name} 的文字：既不是 UTF-8 也不是 GB18030（GBK）编码；请在浏览器中另存为网页或复制全文粘贴",
        en=f"The text of {name} cannot be read: it is neither UTF-8 nor GB18030 (GBK); save the page again "
        "from the browser, or copy the whole text and paste it",
    )


def read_notice_file(path: Path) -> str:
    """The notice's text from a saved web page or a text file, ready for ``parse_notice``."""
    suffix = path.suffix.lower()
    if suffix not in HTML_SUFFIXES + TEXT_SUFFIXES:
        raise NoticeFileError(
            f"{path.name} 不是网页（.html、.htm）或文本（.txt）文件：请把通知另存为网页或文本，或复制全文粘贴",
            en=f"{path.name} is not a web page (.html, .htm) or a text file (.txt): save the notice as a page "
            "or as text, or copy the whole text and paste it",
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise NoticeFileError(
                f"{path.name} 有 {size // 1024} KB，不像一份节假日通知（通常几十 KB）",
                en=f"{path.name} is {size // 1024} KB, too large for a holiday notice (usually tens of KB)",
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise NoticeFileError(
            f"无法打开 {path}：{exc.strerror or exc}", en=f"{path} cannot be opened: {exc.strerror or exc}"
        ) from exc
    text = decode_notice(raw, path.name)
    looks_html = suffix in HTML_SUFFIXES or re.search(r"<\s*(html|body|p|div)\b", text[:2000], re.IGNORECASE)
    return html_to_text(text) if looks_html else text
