"""Developer tool: keep a database made by the current schema as a test fixture.

Run it once for every schema that is released (right after the release's last migration), and
commit the file: ``tests/store/test_upgrades.py`` then checks that each fixture still migrates to the
latest revision with no row lost and the audit chain intact.

Usage: PYTHONPATH=. python tools/make_schema_fixture.py   -> tests/fixtures/db/schema-<head>.db

The fixture is encrypted with the fixed, public test key FIXTURE_KEY_HEX below (never a real one).
Its rows: the demo programme for 60 firms (firms, lists, visits, demands, plans, credits, loans,
stage changes, targets, settings) with a fixed seed and date, and a few extra audit entries.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.services.demo import fill_demo  # noqa: E402
from desktop.services.workspace import open_workspace  # noqa: E402
from desktop.store.audit import append_audit  # noqa: E402
from desktop.store.database import connect_raw  # noqa: E402
from desktop.store.migrate import head_revision  # noqa: E402

FIXTURE_KEY_HEX = "5eed" * 16
FIXTURE_DIR = ROOT / "tests" / "fixtures" / "db"


def make_fixture(out_dir: Path = FIXTURE_DIR) -> Path:
    revision = head_revision()
    out = out_dir / f"schema-{revision}.db"
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        ws = open_workspace(data_dir, environ={"FIRSTLOAN_DB_KEY": FIXTURE_KEY_HEX}, daily_backup=False)
        try:
            result = fill_demo(ws, firms=60, seed=7, today=date(2026, 11, 20))
            if not (result.visits and result.credits and result.loans):
                raise SystemExit(f"the demo made too few rows for a fixture: {result}")
            with ws.db.write() as session:
                for i in range(5):
                    append_audit(
                        session,
                        actor="李明",
                        action="fixture.note",
                        entity="firm",
                        entity_id=i + 1,
                        firm_id=i + 1,
                        summary=f"测试记录 {i + 1}",
                        new={"note": f"第 {i + 1} 条"},
                    )
            path, key = ws.db.path, ws.db.key
        finally:
            ws.close()
        conn = connect_raw(path, key)
        try:  # one self-contained, compact file
            # The audit anchor is a sidecar file a fixture does not carry: without this row, the copy opens
            # as a database never anchored (anchored again on its first audited write), not as one whose
            # anchor went missing.
            conn.execute("DELETE FROM setting WHERE key = 'audit_anchor'")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("VACUUM")
        finally:
            conn.close()
        out_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, out)
    return out


if __name__ == "__main__":
    made = make_fixture(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURE_DIR)
    print(f"wrote {made}")
