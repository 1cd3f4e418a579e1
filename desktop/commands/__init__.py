"""Command-line commands, one module per area; each exposes ``register(subparsers)``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from desktop.domain.errors import is_english
from desktop.services.workspace import Workspace, default_data_dir, open_workspace
from desktop.store.database import Database
from desktop.store.lock import WorkspaceLock


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
    _workspace: Workspace | None = None
    _lock: WorkspaceLock | None = None

    @property
    def resolved_data_dir(self) -> Path:
        return (self.data_dir or default_data_dir()).expanduser()

    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = open_workspace(
                self.resolved_data_dir,
                keyring_backend=self.keyring_backend,
                before_migrate=self._before_migrate,
            )
            for warning in self._workspace.warnings:
                self.warn(warning)
        return self._workspace

    def lock_for_writing(self) -> None:
        """Hold the data directory's lock until ``close``: raises WorkspaceInUse (exit 2) if the app has it.

        Commands that only read set ``read_only=True`` in their parser defaults and skip this.
        """
        if self._lock is None:
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

    def language(self) -> str:
        return message_language(os.environ)

    def warn(self, message: str) -> None:
        print(f"警告：{message}", file=self.err)


Handler = Callable[[argparse.Namespace, CliContext], int]
