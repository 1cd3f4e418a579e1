"""Test-only migrations: a copy of the real script directory with one extra revision after head."""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.store.keys import DatabaseKey, KeySource
from desktop.store.migrate import MIGRATIONS_DIR, head_revision

FIXTURES = Path(__file__).parent / "fixtures" / "db"
FIXTURE_KEY_HEX = "5eed" * 16  # tools/make_schema_fixture.py
FIXTURE_KEY = DatabaseKey(bytes.fromhex(FIXTURE_KEY_HEX), KeySource.ENV)
EXTRA_REVISION = "9001"

_TEMPLATE = '''"""test-only extra revision"""
from alembic import op
import sqlalchemy as sa

revision = "{rev}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    pass
'''

# Adds a table and fills it from the firms in chunks, then rewrites every firm row: a long, real
# write (probe rows = chunks * per_chunk * firms).
GOOD_BODY = """    op.create_table("probe", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("note", sa.Text()))
    conn = op.get_bind()
    for _ in range({chunks}):
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {per_chunk}) "
            "INSERT INTO probe (note) SELECT f.name || hex(randomblob(64)) FROM firm AS f, n"
        )
    conn.exec_driver_sql("UPDATE firm SET address = coalesce(address, '') || ''")
"""
BROKEN_BODY = """    op.create_table("probe", sa.Column("id", sa.Integer(), primary_key=True))
    op.get_bind().exec_driver_sql("DELETE FROM visit")
    raise RuntimeError("测试用的坏迁移")
"""


def script_dir_with_extra(tmp: Path, body: str) -> Path:
    """A copy of the migrations with revision 9001 (``body``) after the current head."""
    target = tmp / "migrations"
    shutil.copytree(MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    source = _TEMPLATE.format(rev=EXTRA_REVISION, down=head_revision(), body=body)
    (target / "versions" / f"{EXTRA_REVISION}_test_extra.py").write_text(source, encoding="utf-8")
    return target


def fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("schema-*.db"))


def _read_only(db_path: Path, key: DatabaseKey) -> sqlcipher.Connection:
    """A keyed read-only connection: reading a committed fixture must never rewrite it (the app's
    connect_raw switches a file to WAL, which changes its header)."""
    conn = sqlcipher.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.execute(key.sqlcipher_pragma())
    return conn


def table_counts(db_path: Path, key: DatabaseKey = FIXTURE_KEY) -> dict[str, int]:
    """Rows per table (FTS shadow tables and Alembic's own table aside)."""
    conn = _read_only(db_path, key)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'firm_fts%' AND name != 'alembic_version'"
            )
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def revision_of(db_path: Path, key: DatabaseKey = FIXTURE_KEY) -> str | None:
    conn = _read_only(db_path, key)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        conn.close()
