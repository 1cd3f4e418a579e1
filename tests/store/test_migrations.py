"""Models and migrations agree, and a new database is created at head."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop.services.workspace import Workspace
from desktop.store.migrate import current_revision, head_revision
from desktop.store.models import Base

# Virtual tables and their shadow tables are created by migrations only (no ORM model).
_UNMODELLED_PREFIXES = ("firm_fts",)


def test_new_database_is_at_head(workspace: Workspace) -> None:
    assert current_revision(workspace.db.engine) == head_revision()


def test_models_match_migrations(workspace: Workspace) -> None:
    with workspace.db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith(_UNMODELLED_PREFIXES))]
    assert diff == []


def test_foreign_keys_and_wal_are_on(workspace: Workspace) -> None:
    with workspace.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
