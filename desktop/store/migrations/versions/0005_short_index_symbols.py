"""the short search index spells punctuation and symbols as tokens; both indexes buffer 32 MB

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 23:20:00

A one- or two-character query of punctuation or symbols (（, %, &) was a LIKE scan over every firm,
half a second at 530,000 firms when few names hold it: the short index now holds such characters as
tokens (u28 for "(" and "（"), so every short query is a phrase query on it. The index is filled again
from the firm table (a few seconds at 530,000 firms, once).

Both FTS5 indexes now gather 32 MB of new entries before writing a segment (hashsize, kept in their
config tables) instead of 1 MB, which spares a large import most of its segment merging.
"""
from alembic import op

from desktop.store.search_index import HASH_SIZE_STATEMENTS, REFILL_SHORT, SHORT_TABLE

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in HASH_SIZE_STATEMENTS:
        op.execute(statement)
    op.execute(f"INSERT INTO {SHORT_TABLE}({SHORT_TABLE}) VALUES ('delete-all')")
    op.execute(REFILL_SHORT)


def downgrade() -> None:
    # The tokens 0004 read are a subset of these: the code of that revision still finds what it finds.
    pass
