"""Template databases built once per test session and copied into each test's data directory.

Creating an encrypted database and migrating it to head costs about half a second; a copy costs a few
milliseconds. Every clone shares the template's raw key, stored in the test's own keyring under the
clone's path, so the workspace opens exactly as a database of its own would (no daily backup: a new
database has none either).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.services.workspace import Workspace, open_workspace
from desktop.store.backup import checkpoint
from desktop.store.database import DB_FILE_NAME
from desktop.store.keys import KeyStore

TEMPLATE_KEY_HEX = "7e57" * 16  # a public test key, never a real one
_SIDE_FILES = ("-wal", "-shm", "-journal")


class TemplateDatabases:
    """Named templates (``empty``, ``demo`` …), each built on first use by its builder."""

    def __init__(self, builders: dict[str, Callable[[Workspace], None]]) -> None:
        self._builders = builders
        self._root = Path(tempfile.mkdtemp(prefix="firstloan-templates-"))
        self._built: dict[str, Path] = {}

    def _build(self, name: str) -> Path:
        data_dir = self._root / name
        ws = open_workspace(data_dir, environ={"FIRSTLOAN_DB_KEY": TEMPLATE_KEY_HEX}, daily_backup=False)
        try:
            self._builders[name](ws)
            path, key = ws.db.path, ws.db.key
        finally:
            ws.close()
        checkpoint(path, key)  # the file alone is the whole database
        for suffix in _SIDE_FILES:
            Path(str(path) + suffix).unlink(missing_ok=True)
        return data_dir

    def clone(self, name: str, data_dir: Path, keyring_backend: Any) -> None:
        """Put a copy of template ``name`` into ``data_dir``, its key in ``keyring_backend``."""
        if name not in self._built:
            self._built[name] = self._build(name)
        data_dir.mkdir(parents=True, exist_ok=True)
        for source in self._built[name].iterdir():
            if (
                source.is_file()
                and source.name.startswith(DB_FILE_NAME)
                and not source.name.endswith(_SIDE_FILES)
            ):
                shutil.copyfile(source, data_dir / source.name)
        KeyStore(data_dir / DB_FILE_NAME, backend=keyring_backend, environ={}).save(
            bytes.fromhex(TEMPLATE_KEY_HEX)
        )

    def open(self, name: str, data_dir: Path, keyring_backend: Any) -> Workspace:
        self.clone(name, data_dir, keyring_backend)
        return open_workspace(data_dir, keyring_backend=keyring_backend, environ={}, daily_backup=False)

    def close(self) -> None:
        shutil.rmtree(self._root, ignore_errors=True)
