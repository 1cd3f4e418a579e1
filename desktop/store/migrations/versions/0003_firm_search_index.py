"""firm search index (FTS5 trigram over name, legal representative and pinyin initials)

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-21 19:45:00
"""
from alembic import op

from desktop.store.search_index import CREATE_STATEMENTS, DROP_STATEMENTS

revision = '0003'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in CREATE_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP_STATEMENTS:
        op.execute(statement)
