"""Issue 16 item 15 (and issue 17's "one error-log writer"): logs/error.log and the recovery-key file are
owner-only, and the log never holds personal data (names, phones, ID numbers, file contents)."""

from __future__ import annotations

import re
import stat
import sys
from pathlib import Path

import pytest

from desktop.services.error_log import describe, log_path, scrub, write_error_log

NAME = "新乡市鑫达科技有限公司"
PERSON = "张三丰"
PHONE = "13912345678"
ID_NUMBER = "410702199001011234"
USCC = "91410700MA3X00000X"
SECRET_LINE = f"{NAME}\x07{PERSON}\x1b[31m {PHONE} {ID_NUMBER} {USCC} 第 12 行"

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _raise_personal() -> None:
    raise ValueError(f"bad cell at row 12: {SECRET_LINE}")


def _assert_clean(text: str) -> None:
    for secret in (NAME, PERSON, PHONE, ID_NUMBER, USCC, "鑫达"):
        assert secret not in text, secret
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)


@posix_only
def test_the_window_logs_through_the_same_writer(tmp_path: Path) -> None:
    from desktop.ui.errors import write_error_log as ui_write

    try:
        _raise_personal()
    except ValueError as exc:
        path = ui_write(tmp_path, exc)
    text = path.read_text(encoding="utf-8")
    assert "(ui)" in text and "ValueError" in text
    _assert_clean(text)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@posix_only
def test_an_old_0644_log_becomes_owner_only(tmp_path: Path) -> None:
    path = log_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o644)
    write_error_log(tmp_path, RuntimeError("x"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and path.read_text(encoding="utf-8").startswith("old\n")


def test_scrub_keeps_codes_and_row_numbers_and_drops_the_rest() -> None:
    cleaned = scrub(f"sqlite error 13 at row 1048576, column 7: {SECRET_LINE}")
    assert "error 13" in cleaned and "1048576" in cleaned and "column 7" in cleaned
    _assert_clean(cleaned)


def test_the_chain_of_causes_is_logged_with_its_codes() -> None:
    try:
        try:
            raise OSError(28, f"No space left on device: '/home/{PERSON}/{NAME}.xlsx'")
        except OSError as inner:
            raise RuntimeError("export failed") from inner
    except RuntimeError as exc:
        lines = describe(exc)
    text = "\n".join(lines)
    assert "[errno=28]" in text and "which led to" in text and "RuntimeError" in text
    _assert_clean(text)
