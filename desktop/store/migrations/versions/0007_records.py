"""records the officer can correct: void columns, loan kind and first-loan status, 211 feedback content

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 13:30:00

Every event record (visit, demand, credit, loan, stage change, contact, serving bank, attachment) gets
``voided_at`` / ``void_reason`` / ``voided_by``: a mistake is voided, never deleted. A loan gets its kind,
term and rate, and ``first_loan_status`` (first | unverified | not_first) replaces the boolean
``is_first_loan`` (true -> first, false -> not_first): the verdict is worked out again from the records by
one rule instead of being fixed when the loan was typed. A plan version gets its business date (filled
from the day it was saved); the dossier the credit report's query date and last settled loan; a demand the
211 feedback (初步意向, 授信条件) and the decision's amount or reason; a hand stage move the loan that made a
first loan and the other bank of a 他行已获贷.
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

VOIDABLE = ("visit", "demand", "credit", "loan", "stage_change", "contact", "bank_relationship", "attachment")


def _void_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_by", sa.String(length=100), nullable=True),
    ]


def upgrade() -> None:
    for table in VOIDABLE:
        for column in _void_columns():
            op.add_column(table, column)
    with op.batch_alter_table("loan") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=20), nullable=False, server_default="other"))
        batch.add_column(sa.Column("term_months", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("rate", sa.BigInteger(), nullable=True))
        batch.add_column(
            sa.Column("first_loan_status", sa.String(length=12), nullable=False, server_default="not_first")
        )
    op.execute("UPDATE loan SET first_loan_status = CASE WHEN is_first_loan THEN 'first' ELSE 'not_first' END")
    with op.batch_alter_table("loan") as batch:
        batch.drop_column("is_first_loan")
        batch.alter_column("kind", server_default=None)
        batch.alter_column("first_loan_status", server_default=None)
        batch.create_index("ix_loan_first_loan_status", ["first_loan_status"])
    with op.batch_alter_table("stage_change") as batch:
        batch.add_column(sa.Column("loan_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("bank", sa.String(length=100), nullable=True))
        batch.create_foreign_key("fk_stage_change_loan_id_loan", "loan", ["loan_id"], ["id"])
    op.add_column("plan", sa.Column("drawn_on", sa.Date(), nullable=True))
    op.execute("UPDATE plan SET drawn_on = date(created_at)")
    op.add_column("dossier", sa.Column("credit_query_date", sa.Date(), nullable=True))
    op.add_column("dossier", sa.Column("last_loan_settled_on", sa.Date(), nullable=True))
    op.add_column("demand", sa.Column("feedback_intent", sa.Boolean(), nullable=True))
    op.add_column("demand", sa.Column("feedback_text", sa.Text(), nullable=True))
    op.add_column("demand", sa.Column("conditions", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column("demand", sa.Column("approved_amount", sa.BigInteger(), nullable=True))
    op.add_column("demand", sa.Column("decline_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    for column in ("decline_reason", "approved_amount", "conditions", "feedback_text", "feedback_intent"):
        op.drop_column("demand", column)
    op.drop_column("dossier", "last_loan_settled_on")
    op.drop_column("dossier", "credit_query_date")
    op.drop_column("plan", "drawn_on")
    with op.batch_alter_table("stage_change") as batch:
        batch.drop_constraint("fk_stage_change_loan_id_loan", type_="foreignkey")
        batch.drop_column("bank")
        batch.drop_column("loan_id")
    with op.batch_alter_table("loan") as batch:
        batch.add_column(sa.Column("is_first_loan", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute("UPDATE loan SET is_first_loan = (first_loan_status = 'first')")
    with op.batch_alter_table("loan") as batch:
        batch.drop_index("ix_loan_first_loan_status")
        for column in ("first_loan_status", "rate", "term_months", "kind"):
            batch.drop_column(column)
    for table in VOIDABLE:
        for column in ("voided_by", "void_reason", "voided_at"):
            op.drop_column(table, column)
