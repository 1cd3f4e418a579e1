"""The one writer of ``<data dir>/logs/error.log`` (the CLI's and the window's unexpected errors).

The log is created owner-only (0600 on POSIX) and never holds personal data: it records the exception's
type, its codes (errno, SQLite's error name), the traceback's frames (file, line, function, the code
line) and the message with every non-ASCII run (names, addresses) and every long run of digits and
letters (phone, ID and credit-code numbers) blanked. Control characters are stripped. Row numbers and
counts (short numbers) survive, so the log still says where things went wrong.
"""

from __future__ import annotations

import contextlib
import os
import re
import traceback
from datetime import datetime
from pathlib import Path

from desktop import __version__

LOG_DIR = "logs"
LOG_NAME = "error.log"
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# 9 or more digits/letters with a digit among them: phones (11), ID cards (15, 18), credit codes (18),
# bank accounts. Row numbers up to 1,100,000 have 7 digits and stay.
_LONG_CODE = re.compile(r"\b(?=[0-9A-Za-z]*\d)[0-9A-Za-z]{9,}\b")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MAX_MESSAGE = 300


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_DIR / LOG_NAME


def without_controls(text: str) -> str:
    """``text`` with C0/C1 control characters removed (tab and newline kept)."""
    return _CONTROL.sub("", text)


def scrub(text: str) -> str:
    """``text`` without personal data or control characters (see the module docstring)."""
    text = _CONTROL.sub("", text)
    text = _NON_ASCII.sub("…", text)
    text = _LONG_CODE.sub("#", text)
    return text[:_MAX_MESSAGE]


def _codes(exc: BaseException) -> str:
    codes = []
    if isinstance(exc, OSError) and exc.errno is not None:
        codes.append(f"errno={exc.errno}")
    name = getattr(exc, "sqlite_errorname", None)
    if name:
        codes.append(f"sqlite={name}")
    return f" [{' '.join(codes)}]" if codes else ""


def describe(exc: BaseException) -> list[str]:
    """The log lines for ``exc`` and the exceptions it was raised from, outermost last (like Python)."""
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in chain and len(chain) < 10:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    lines: list[str] = []
    for number, item in enumerate(reversed(chain)):
        if number:
            lines.append("-- which led to --")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(item.__traceback__):
            lines.append(f'  File "{scrub(frame.filename)}", line {frame.lineno}, in {scrub(frame.name)}')
            if frame.line:
                lines.append(f"    {scrub(frame.line.strip())}")
        lines.append(f"{type(item).__module__}.{type(item).__qualname__}{_codes(item)}: {scrub(str(item))}")
    return lines


def write_error_log(data_dir: Path, exc: BaseException, origin: str = "cli") -> Path:
    """Append ``exc`` to the error log (created 0600); returns the log's path. Never raises for a log
    that cannot be written (a full disk must not turn one error into two)."""
    path = log_path(data_dir)
    header = f"\n=== {datetime.now().isoformat(timespec='seconds')} firstloan {__version__} ({origin})\n"
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(header + "\n".join(describe(exc)) + "\n")
        with contextlib.suppress(OSError):  # a log made 0644 by an older version becomes owner-only
            os.chmod(path, 0o600)
    return path
