"""Command-line commands, one module per area; each exposes ``register(subparsers)``.

What a command may do to the data folder is declared where it is registered, in ``set_defaults``:

* ``read_only=True`` — it only reads (or exports without recording anything): no lock is taken;
* ``creates_database=True`` — it may make the database where there is none (``demo``, ``init``,
  ``import-list``): it says so on stderr.

The safe defaults: a command takes the lock (it may write) and never creates a database, so a mistyped
``--data-dir`` is "no database here" (exit 2), never a new empty database. A read-only command can
never create one.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from desktop.domain.dates import parse_iso_date
from desktop.domain.errors import Message, is_english
from desktop.services.workspace import DataFolder, Workspace, default_data_dir, open_workspace
from desktop.store.database import Database
from desktop.store.lock import WorkspaceLock

# FIRSTLOAN_TODAY=YYYY-MM-DD: the day the command works as of (which dates are "after today"); for automation.
TODAY_VAR = "FIRSTLOAN_TODAY"


def reads_only(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "read_only", False))


def creates_database(args: argparse.Namespace) -> bool:
    """Whether the command may create the database; a read-only one never does."""
    return bool(getattr(args, "creates_database", False)) and not reads_only(args)


def message_language(environ: Mapping[str, str]) -> str:
    """ "en" or "zh_CN" for what a command says: FIRSTLOAN_LANG when set, else LANG; Chinese by default."""
    chosen = environ.get("FIRSTLOAN_LANG") or environ.get("LANG") or ""
    return "en" if is_english(chosen) else "zh_CN"


@dataclass
class CliContext:
    """What a command needs: where the data is, where to print, and the workspace opened on demand."""

    data_dir: Path | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    keyring_backend: Any | None = None
    language: str = "zh_CN"  # of the lines printed ("en" or "zh_CN"; see cli.cli_language)
    may_create: bool = False  # the command's ``creates_database`` declaration
    _workspace: Workspace | None = None
    _lock: WorkspaceLock | None = None

    @property
    def resolved_data_dir(self) -> Path:
        return (self.data_dir or default_data_dir()).expanduser()

    @property
    def folder(self) -> DataFolder:
        """The data folder without opening its database (for the commands a damaged database needs)."""
        return DataFolder(self.resolved_data_dir, keyring_backend=self.keyring_backend)

    def workspace(self, *, daily_backup: bool = True) -> Workspace:
        """The workspace, opened on first use (``daily_backup=False``: the command backs up itself)."""
        if self._workspace is None:
            self._workspace = open_workspace(
                self.resolved_data_dir,
                keyring_backend=self.keyring_backend,
                before_migrate=self._before_migrate,
                create=self.may_create,
                daily_backup=daily_backup,
            )
            fixed = os.environ.get(TODAY_VAR)
            if fixed:  # automation and tests: work as of a fixed day
                day = parse_iso_date(fixed, TODAY_VAR, TODAY_VAR)
                self._workspace.clock = lambda: day
            for warning in self._workspace.warnings:
                self.warn(warning)
        return self._workspace

    def finish(self, code: int) -> None:
        """After the command: a database it made is announced (exit 0) or removed again (it failed before
        writing anything, so a mistake leaves no trace)."""
        ws = self._workspace
        if ws is None or not ws.created:
            return
        if code == 0:
            self.announce_new_database()
            return
        from desktop.services.new_database import undo_creation

        self._workspace = None
        undo_creation(ws, self.folder)

    def announce_new_database(self) -> None:
        folder = self.resolved_data_dir
        self.note(Message(f"已在 {folder} 新建数据库。", f"A new database was made in {folder}."))

    def lock_for_writing(self) -> None:
        """Hold the data directory's lock until ``close``: raises WorkspaceInUse (exit 2) if the app has it.

        Commands that only read set ``read_only=True`` in their parser defaults and skip this.
        """
        if self._lock is None:
            if not self.may_create and not self.resolved_data_dir.is_dir():
                return  # nothing here to protect, and no lock file to litter a mistyped path with
            self._lock = WorkspaceLock(self.resolved_data_dir).acquire()

    def _before_migrate(self, db: Database) -> None:
        # Upgrading the schema is a write, even under a read-only command.
        self.lock_for_writing()

    def close_workspace(self) -> None:
        """Forget the open workspace (after a restore replaced its database); the lock stays."""
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None

    def close(self) -> None:
        self.close_workspace()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def text(self, message: str) -> str:
        """A Message in the CLI's language (plain text as it is)."""
        return message.text(self.language) if isinstance(message, Message) else message

    def say(self, message: str) -> None:
        print(self.text(message), file=self.out)

    def note(self, message: str) -> None:
        print(self.text(message), file=self.err)

    def warn(self, message: str) -> None:
        prefix = "warning: " if self.language == "en" else "警告："
        print(f"{prefix}{self.text(message)}", file=self.err)


Handler = Callable[[argparse.Namespace, CliContext], int]
