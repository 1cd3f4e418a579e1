"""Migration 0013_figures copies the ledger notes the settings table kept into ledger_note rows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop.services.ledger_notes import note_history
from desktop.services.workspace import open_workspace
from desktop.store.database import connect_raw
from tests.migration_helpers import FIXTURE_KEY, FIXTURE_KEY_HEX, FIXTURES


def test_notes_kept_in_settings_become_versions(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "firstloan.db"
    shutil.copyfile(FIXTURES / "schema-0007.db", db)
    conn = connect_raw(db, FIXTURE_KEY)
    uscc = conn.execute("SELECT uscc FROM firm ORDER BY id LIMIT 1").fetchone()[0]
    notes = {uscc: {"problem": "缺抵押物", "remark": "+下月回访"}, "910000000000000000": {"problem": "x"}}
    conn.execute(
        "INSERT INTO setting (key, value) VALUES ('ledger_notes:2026-10', ?)",
        (json.dumps(notes, ensure_ascii=False),),
    )
    conn.close()
    ws = open_workspace(data, environ={"FIRSTLOAN_DB_KEY": FIXTURE_KEY_HEX})
    try:
        [version] = note_history(ws, "2026-10", uscc)
        assert (version.problem, version.remark, version.actor) == ("缺抵押物", "+下月回访", "upgrade")
        with ws.db.session() as session:
            from desktop.store.models import LedgerExport, Setting

            assert session.get(Setting, "ledger_notes:2026-10") is not None  # nothing deleted
            assert {e.basis for e in session.query(LedgerExport)} <= {"cumulative"}  # the old exports' 口径
    finally:
        ws.close()
