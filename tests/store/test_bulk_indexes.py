"""Secondary indexes dropped for a bulk insert and built again, inside the caller's transaction."""

from __future__ import annotations

import pytest

from desktop.services.workspace import Workspace
from desktop.store.bulk_indexes import indexes_built_after, secondary_indexes


def test_indexes_come_back_the_same_and_serve_queries(workspace: Workspace) -> None:
    with workspace.db.write() as session:
        conn = session.connection().connection.driver_connection
        before = secondary_indexes(conn, "firm")
        with indexes_built_after(conn, "firm"):
            assert secondary_indexes(conn, "firm") == []
        assert secondary_indexes(conn, "firm") == before
        plan = conn.execute("EXPLAIN QUERY PLAN SELECT id FROM firm WHERE county = '卫辉市'").fetchall()
        assert "ix_firm_county" in str(plan)


def test_an_error_inside_leaves_them_as_they_were(workspace: Workspace) -> None:
    with workspace.db.session() as session:
        before = secondary_indexes(session.connection().connection.driver_connection, "firm")
    with pytest.raises(RuntimeError), workspace.db.write() as session:
        conn = session.connection().connection.driver_connection
        with indexes_built_after(conn, "firm"):
            raise RuntimeError("cancelled half way")
    with workspace.db.session() as session:
        assert secondary_indexes(session.connection().connection.driver_connection, "firm") == before


def test_nothing_is_dropped_when_not_asked(workspace: Workspace) -> None:
    with workspace.db.write() as session:
        conn = session.connection().connection.driver_connection
        before = secondary_indexes(conn, "firm")
        with indexes_built_after(conn, "firm", when=False):
            assert secondary_indexes(conn, "firm") == before
