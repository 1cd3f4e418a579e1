"""Filling the search indexes after a big import has returned (issue 20 item 7).

A province-sized import stores its firms (browsable, found by code, by exact name and, until the
indexes have them, by a scan: ``search_index.BACKLOG_MATCH``) and leaves their search index entries to
``complete_search_index``: ``CHUNK`` ids per transaction, so the officer's own writes wait at most about
a second, and a fill that is killed or cancelled goes on from where it stopped at the next start.
"""

from __future__ import annotations

from desktop.domain.errors import Message
from desktop.services.jobs import CancelToken, ProgressCallback, no_progress
from desktop.services.workspace import Workspace
from desktop.store import search_index

CHUNK = 100_000  # ids a transaction: about a second at 530,000 firms, and 6 segments for a province


def pending_firms(ws: Workspace) -> int:
    """Firms the search indexes do not hold yet (0 nearly always)."""
    with ws.db.session() as session:
        conn = session.connection().connection.driver_connection
        return search_index.backlog_size(conn)


def complete_search_index(
    ws: Workspace, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
) -> int:
    """Index every firm of the backlog; the number of ids done. Cancel stops between chunks (what is
    done stays done)."""
    total = pending_firms(ws)
    done = 0
    while True:
        if cancel is not None:
            cancel.raise_if_cancelled()
        with ws.db.write() as session:
            conn = session.connection().connection.driver_connection
            step = search_index.index_backlog(conn, CHUNK)
        if step == 0:
            break
        done += step
        progress(
            min(done, total),
            total,
            Message(
                f"搜索索引：已完成 {min(done, total)}/{total} 家",
                f"Search index: {min(done, total)} of {total} firms done",
            ),
        )
    return done
