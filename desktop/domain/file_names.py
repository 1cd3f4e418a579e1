"""File names that came from outside (an attachment's name) made fit to show and to save.

A name is shown in a list, written into the audit and used as the default name of an exported copy,
so it must not reorder text (RTL overrides: ``invoice\u202efdp.exe`` shows as ``invoiceexe.pdf``), climb
out of a folder (``../``), hide (a leading dot) or be refused by Windows (``CON``, ``a:b``, a trailing dot).
"""

from __future__ import annotations

import re
import unicodedata

from desktop.domain.controls import strip_controls

MAX_NAME_LENGTH = 120  # characters; Windows allows 255, and a path has more in it than its name
FALLBACK_NAME = "附件"
_SEPARATORS_AND_RESERVED = re.compile(r'[/\\<>:"|?*]')
_WINDOWS_DEVICES = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


def _visible(ch: str) -> bool:
    # Cf: bidi embeddings, overrides and isolates, zero-width characters, the byte-order mark.
    return unicodedata.category(ch) != "Cf"


def safe_file_name(name: str) -> str:
    """``name`` with every control and format character removed, path separators and the characters
    Windows forbids turned into ``_``, no leading or trailing dots or spaces, at most
    ``MAX_NAME_LENGTH`` characters (the extension kept); ``附件`` when nothing is left."""
    text = strip_controls(unicodedata.normalize("NFC", name), keep_lines=False)
    text = "".join(ch for ch in text if _visible(ch))
    text = _SEPARATORS_AND_RESERVED.sub("_", text).strip(" .")
    if _WINDOWS_DEVICES.match(text):
        text = f"_{text}"
    if len(text) > MAX_NAME_LENGTH:
        stem, dot, ext = text.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            text = stem[: MAX_NAME_LENGTH - len(ext) - 1].rstrip(" .") + "." + ext
        else:
            text = text[:MAX_NAME_LENGTH].rstrip(" .")
    return text or FALLBACK_NAME
