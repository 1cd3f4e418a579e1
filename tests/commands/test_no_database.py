"""Issue 16 item 16: a mistyped ``--data-dir`` never silently makes a database. Commands that read or export
refuse (exit 2: no database here); commands that create one (``init``, ``demo``, ``import-list``) say so
on stderr. The rule is declared where a command is registered, with a safe default."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from desktop.cli import build_parser, main
from desktop.commands import CliContext, creates_database, reads_only
from tests.commands.conftest import Run
from tests.exchange.list_files import messy_rows, write_xlsx
from tests.keyring_backend import InMemoryKeyring

CODE = "91410702MA00000000"
READING_OR_EXPORTING = [
    ("firms",),
    ("firms", "--json"),
    ("report", "--year", "2026"),
    ("check",),
    ("backups",),
    ("todo",),
    ("audit",),
    ("imports",),
    ("profiles",),
    ("key", "status"),
    ("key", "show-recovery"),
    ("ledger-check", "--month", "2026-01"),
    ("ledger-history", "--month", "2026-01"),
    ("demand", "status", CODE),
    ("record", "show", CODE),
    ("plan", "show", CODE),
    ("export-ledger", "--month", "2026-01", "--out", "{out}/ledger.xlsx"),
    ("export-recommendations", "--out", "{out}/rec.xlsx"),
    ("export-feedback", "--list", "名单", "--out", "{out}/feedback.xlsx"),
    ("dossier", CODE, "--out", "{out}/dossier.pdf"),
    ("dossiers", "--out", "{out}/all.pdf"),
    ("key", "export-recovery", "{out}/recovery.txt"),
    # Writing commands that need what only a database holds: they do not create one either.
    ("visit", "add", CODE, "--date", "2026-03-01", "--mode", "site"),
    ("ledger-note", CODE, "--month", "2026-01", "--problem", "x"),
    ("undo-import", "1"),
]


@pytest.mark.parametrize("command", READING_OR_EXPORTING, ids=lambda c: " ".join(c[:2]))
def test_a_mistyped_folder_is_refused_and_stays_untouched(
    command: tuple[str, ...],
    tmp_path: Path,
    memory_keyring: InMemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    typo = tmp_path / "FirstLaonDesk"
    out = tmp_path / "out"
    out.mkdir()
    args = [part.replace("{out}", str(out)) for part in command]
    code = main(["--data-dir", str(typo), *args], keyring_backend=memory_keyring)
    err = capsys.readouterr().err
    assert code == 2, err
    assert "没有数据库" in err and "--data-dir" in err, err
    assert not typo.exists()  # not the database, not even the folder
    assert list(out.iterdir()) == []  # and no export file
    assert memory_keyring.entries == {}  # and no key


@pytest.mark.parametrize("command", [("init",), ("demo", "--firms", "5"), ("import-list", "{list}")])
def test_the_commands_that_create_say_so(
    command: tuple[str, ...], cli: Run, data_dir: Path, tmp_path: Path
) -> None:
    listing = write_xlsx(tmp_path / "list.xlsx", {"小微企业": messy_rows()}, {"小微企业": ["A1:J1"]})
    result = cli(*[part.replace("{list}", str(listing)) for part in command])
    assert result.code == 0, result.err
    assert f"已在 {data_dir} 新建数据库" in result.err
    assert (data_dir / "firstloan.db").stat().st_size > 0
    assert "新建数据库" not in cli("firms").err  # said once, when it happens


def test_every_command_declares_what_it_may_do() -> None:
    parser = build_parser()
    for name, sub in _subcommands(parser):
        defaults = argparse.Namespace(**sub._defaults)
        if not hasattr(defaults, "func"):
            continue
        assert not (reads_only(defaults) and getattr(defaults, "creates_database", False)), name
    creators = {
        name for name, sub in _subcommands(parser) if creates_database(argparse.Namespace(**sub._defaults))
    }
    assert {"init", "demo", "import-list"} <= creators
    assert not creators & {"firms", "check", "backups", "report", "todo", "export-ledger", "dossier"}


def test_an_undeclared_command_never_creates(tmp_path: Path) -> None:
    """The safe default: a new command registered without declarations takes the lock and never creates."""
    args = argparse.Namespace(func=lambda a, c: 0)
    assert not reads_only(args) and not creates_database(args)
    ctx = CliContext(data_dir=tmp_path / "nowhere", may_create=creates_database(args))
    with pytest.raises(Exception, match="没有数据库"):
        ctx.workspace()
    assert not (tmp_path / "nowhere").exists()


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    found: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((name, sub))
                found.extend((f"{name} {n}", s) for n, s in _subcommands(sub))
    return found
