"""the officer keeps the whole record: plan task owner and note, criteria notes, free tags, bank roles, targets voided

Revision ID: 0012_record
Revises: 0015_branch
Create Date: 2026-12-03 14:00:00

A plan task gets who does it (``owner``) and what was done (``done_note``); a plan version the free text of
its measures (``measures_note``). The dossier gets a note per screening criterion (``criteria_notes``) and
tags beyond the pick list (``free_tags``). A serving bank gets the roles 结算 (``has_settlement``) and 贷款
(``has_loan``) beside 基本户 and 授信. A target is voided, never deleted (the Voidable columns).
"""
import sqlalchemy as sa
from alembic import op

revision = '0012_record'
down_revision = '0015_branch'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("plan", sa.Column("measures_note", sa.Text(), nullable=True))
    op.add_column("plan_task", sa.Column("owner", sa.String(length=100), nullable=True))
    op.add_column("plan_task", sa.Column("done_note", sa.Text(), nullable=True))
    op.add_column("dossier", sa.Column("criteria_notes", sa.JSON(), nullable=False, server_default="{}"))
    op.add_column("dossier", sa.Column("free_tags", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column(
        "bank_relationship", sa.Column("has_settlement", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column(
        "bank_relationship", sa.Column("has_loan", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column("target", sa.Column("voided_at", sa.DateTime(), nullable=True))
    op.add_column("target", sa.Column("void_reason", sa.Text(), nullable=True))
    op.add_column("target", sa.Column("voided_by", sa.String(length=100), nullable=True))


def downgrade() -> None:
    for column in ("voided_by", "void_reason", "voided_at"):
        op.drop_column("target", column)
    op.drop_column("bank_relationship", "has_loan")
    op.drop_column("bank_relationship", "has_settlement")
    op.drop_column("dossier", "free_tags")
    op.drop_column("dossier", "criteria_notes")
    op.drop_column("plan_task", "done_note")
    op.drop_column("plan_task", "owner")
    op.drop_column("plan", "measures_note")
