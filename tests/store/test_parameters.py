"""None and bool parameters reach SQLCipher through registered adapters and are stored as before."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.services.workspace import Workspace
from desktop.store.database import connect_raw


def test_the_adapters_are_registered_once_the_store_is_imported() -> None:
    adapters = sqlcipher.adapters
    assert (type(None), sqlcipher.PrepareProtocol) in adapters
    assert (bool, sqlcipher.PrepareProtocol) in adapters


def test_none_and_bool_are_stored_as_null_and_integers(workspace: Workspace, tmp_path: Path) -> None:
    conn = connect_raw(workspace.db.path, workspace.db.key)
    conn.execute("CREATE TEMP TABLE t (a, b, c)")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?)", [(None, True, False), (None, None, 1)])
    rows = conn.execute("SELECT a, typeof(a), b, typeof(b), c, typeof(c) FROM t").fetchall()
    conn.close()
    assert rows == [
        (None, "null", 1, "integer", 0, "integer"),
        (None, "null", None, "null", 1, "integer"),
    ]
