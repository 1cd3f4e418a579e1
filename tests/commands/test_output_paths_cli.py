"""Every command that writes a chosen file refuses the data directory's own files (exit 2, one line,
the database intact), and ``record export-attachment`` writes atomically and is audited."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.commands.conftest import Run


@pytest.fixture
def demo(cli: Run, data_dir: Path, tmp_path: Path) -> dict[str, str]:
    assert cli("demo", "--firms", "12").code == 0
    firms = json.loads(cli("firms", "--json").out)
    code = next(f["uscc"] for f in firms if f["stage"] != "listed")
    (scan := tmp_path / "licence.png").write_bytes(b"\x89PNG scan")
    assert cli("record", "attach", code, str(scan), "--kind", "licence").code == 0
    return {"firm": code, "list": json.loads(cli("imports", "--json").out)[0]["list"]}


def _commands(out: str, firm: str, list_name: str) -> list[list[str]]:
    return [
        ["export-ledger", "--month", "2026-10", "--out", out, "--allow-incomplete"],
        ["export-feedback", "--list", list_name, "--out", out],
        ["export-recommendations", "--out", out],
        ["dossier", firm, "--out", out],
        ["plan-pdf", firm, "--out", out],
        ["dossiers", "--out", out],
        ["key", "export-recovery", out],
        ["record", "export-attachment", "1", "--out", out],
    ]


def _state(data_dir: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in data_dir.iterdir()
        if p.is_file() and p.name.startswith("firstloan.db")
    }


@pytest.mark.parametrize("target", ["firstloan.db", "firstloan.db-wal", "firstloan.db.key", "backups"])
def test_exports_refuse_the_data_directory(
    cli: Run, demo: dict[str, str], data_dir: Path, target: str
) -> None:
    (data_dir / "firstloan.db.key").write_text("stand-in for a key file")
    before = _state(data_dir)
    for command in _commands(str(data_dir / target), demo["firm"], demo["list"]):
        r = cli(*command)
        assert r.code == 2 and "不能写入" in r.err and r.err.count("\n") == 1, (command, r.err)
        assert _state(data_dir) == before, command
    assert cli("check").code == 0


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_symlinked_output_is_resolved(
    cli: Run, demo: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    link = tmp_path / "feedback.xlsx"
    link.symlink_to(data_dir / "firstloan.db")
    before = _state(data_dir)
    for command in _commands(str(link), demo["firm"], demo["list"]):
        r = cli(*command)
        assert r.code == 2 and "不能写入" in r.err, (command, r.err)
    assert _state(data_dir) == before and link.is_symlink()


def test_the_refusal_in_english(
    cli: Run, demo: dict[str, str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIRSTLOAN_LANG", "en")
    r = cli("export-recommendations", "--out", str(data_dir / "firstloan.db"))
    assert r.code == 2 and "Cannot write" in r.err and "the database" in r.err


def test_export_attachment(cli: Run, demo: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "back.png"
    r = cli("record", "export-attachment", "1", "--out", str(out))
    assert r.code == 0 and out.read_bytes() == b"\x89PNG scan", r.err
    assert hashlib.sha256(b"\x89PNG scan").hexdigest() in r.out
    assert cli("record", "export-attachment", "1", str(tmp_path / "old.png")).code == 0  # the older spelling
    folder = tmp_path / "into"
    folder.mkdir()
    assert cli("record", "export-attachment", "1", "--out", str(folder)).code == 0
    assert (folder / "licence.png").read_bytes() == b"\x89PNG scan"
    assert [p.name for p in (*tmp_path.glob(".*"), *folder.glob(".*"))] == []  # no temporary file left
    trail = json.loads(cli("audit", demo["firm"], "--json").out)
    entries = trail["entries"] if isinstance(trail, dict) else trail
    assert sum(1 for e in entries if e["action"] == "attachment.export") == 3
    assert cli("record", "export-attachment", "99", "--out", str(out)).code == 2
    assert cli("record", "export-attachment", "1").code == 2


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_recovery_key_file_is_private(cli: Run, demo: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "recovery.txt"
    assert cli("key", "export-recovery", str(out)).code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and "firstloan key restore" in out.read_text("utf-8")
