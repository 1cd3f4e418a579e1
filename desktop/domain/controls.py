"""Characters no output file can hold: C0 and C1 control characters (and DEL, lone surrogates,
U+FFFE/U+FFFF), which make openpyxl refuse a cell, XML invalid and a PDF line garbled.

Every writer passes text through ``strip_controls`` (keeping tab and line feed where a cell or a
paragraph shows them), so a firm name with a stray control character never stops an export.
"""

from __future__ import annotations

import re

# C0 without tab and line feed, DEL, C1, surrogates (unpaired ones cannot be encoded), non-characters.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_CONTROLS = re.compile("[\t\n]")
_CRLF = re.compile("\r\n?")


def strip_controls(text: str, *, keep_lines: bool = True) -> str:
    """``text`` without control characters. With ``keep_lines`` tab and line feed stay (a carriage
    return, alone or before a line feed, becomes one line feed); without it they become a space, as in
    a sheet title or a one-line header."""
    if text.isprintable():  # the common case: nothing to do, and cheap
        return text
    text = _CONTROLS.sub("", _CRLF.sub("\n", text))
    return text if keep_lines else _LINE_CONTROLS.sub(" ", text)
