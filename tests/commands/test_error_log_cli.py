"""Issue 16 item 15 at the command line: a bug is logged owner-only without personal data; the recovery
key file is owner-only."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from desktop.commands import firms as firms_commands
from desktop.services.error_log import log_path
from tests.commands.conftest import Run
from tests.services.test_error_log import _assert_clean, _raise_personal, posix_only


def test_the_cli_logs_a_bug_without_personal_data(
    cli: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("init")

    def boom(*_args: object) -> int:
        _raise_personal()
        return 0

    monkeypatch.setattr(firms_commands, "run", boom)  # register() looks it up when the parser is built
    result = cli("firms")
    assert result.code == 1 and "ValueError" in result.err
    log = log_path(data_dir)
    text = log.read_text(encoding="utf-8")
    assert "ValueError" in text and "row 12" in text and "_raise_personal" in text  # type, row, frames
    _assert_clean(text)
    if sys.platform != "win32":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600


@posix_only
def test_the_recovery_key_file_is_owner_only(cli: Run, tmp_path: Path) -> None:
    cli("init")
    out = tmp_path / "recovery.txt"
    assert cli("key", "export-recovery", str(out)).code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    out.chmod(0o644)  # exported again over an old copy: owner-only again
    assert cli("key", "export-recovery", str(out)).code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
