"""the short search index holds pinyin initials as adjacent pairs (xx xs sx ...), not single letters

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 22:15:00

A two-letter initials query (zz) or initials as two-letter words (xxkj) become single tokens with short
lists; as phrases of single letters nearly every firm matched each letter. The index and its triggers
are built again from the firm table (a few seconds at 530,000 firms, once).

The B-tree index on name_initials goes: every initials query is a substring (LIKE '%..%' or the FTS
indexes), which it never served, and each import paid for keeping it in order.
"""
from alembic import op

from desktop.store.search_index import CREATE_STATEMENTS, DROP_STATEMENTS

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in (*DROP_STATEMENTS, *CREATE_STATEMENTS):
        op.execute(statement)
    op.drop_index("ix_firm_initials", table_name="firm")


def downgrade() -> None:
    op.create_index("ix_firm_initials", "firm", ["name_initials"])
    # The short index's earlier form cannot be rebuilt from here; the current one stays valid for
    # the code that reads it.
