"""list memberships no longer carry listed_values

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 00:45:00

The column was written as an empty object by every import and read by nothing: what a list states
about a firm is in the firm's listed fields (or, for a field the officer edited, shown as a conflict at
the next import), and what an import changed is in batch_change. Dropping it spares every import a
JSON value per firm. SQLite rewrites the table (a few seconds at 530,000 memberships, once).
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_column("list_membership", "listed_values")


def downgrade() -> None:
    op.add_column(
        "list_membership", sa.Column("listed_values", sa.JSON(), nullable=False, server_default="{}")
    )
