"""partial indexes of the records not yet exchanged

Revision ID: 0016_sync2
Revises: 0009_lists
Create Date: 2026-12-03 16:00:00

Issue 22. Capture looks for rows with ``origin`` NULL at every import and export; on a coordinator's
laptop after a month of 20 officers that read 13 whole tables each time (1.1-1.4 s). A partial index per
table holds only the rows not yet exchanged (desktop/store/models/sync_indexes.py). No data changes.

The ledger notes moved from the settings (``ledger_notes:YYYY-MM``) to ``ledger_note`` in 0013_figures;
the triggers a development build of the exchange put on ``setting`` for them go (the exchange now puts
its trigger on ``ledger_note``, desktop/services/sync_notes.py).
"""
import sqlalchemy as sa
from alembic import op

revision = '0016_sync2'
down_revision = '0009_lists'
branch_labels = None
depends_on = None

TABLES = (
    "firm", "dossier", "visit", "demand", "credit", "loan", "stage_change", "contact", "bank_relationship",
    "attachment", "plan", "plan_task", "target",
)


def upgrade() -> None:
    for event in ("insert", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS sync_dirty_setting_{event}")
    for table in TABLES:
        op.create_index(
            f"ix_{table}_unsent", table, ["origin"], unique=False,
            sqlite_where=sa.text("origin IS NULL"), postgresql_where=sa.text("origin IS NULL"),
        )


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_unsent", table_name=table)
