"""programme work: activities, products, pre-credit, typical cases

Revision ID: 0017_programme
Revises: 0013_figures
Create Date: 2026-12-03 14:26:31

Issue 23. New synchronised, voidable tables: ``activity`` (宣讲会, 融资对接会, 一对一帮扶, 培训 …),
``activity_firm`` (a firm's participation, a contact in its history), ``activity_attachment`` (photos and
the sign-in sheet), ``product`` (the branch's 首贷专属产品 catalogue), ``pre_credit`` (预授信 of a firm of the
储备库) and ``case_study`` (典型案例 of a month's materials). A credit and a loan may name their product
(``product_id`` beside the free-text ``product``); a plan version names the product its measures recommend
and its ``kind`` (cultivation, or partner: the 配套金融服务方案 after the first loan).

The three columns are added with plain ``ALTER TABLE ... ADD COLUMN`` (no table copy), so the sync
triggers on ``credit``, ``loan`` and ``plan`` stay in place and no row is rewritten.
"""
import sqlalchemy as sa
from alembic import op

revision = '0017_programme'
down_revision = '0013_figures'
branch_labels = None
depends_on = None

NEW_TABLES = ('pre_credit', 'case_study', 'activity_firm', 'activity_attachment', 'product', 'activity')


def upgrade() -> None:
    op.create_table('activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('organiser', sa.String(length=200), nullable=True),
    sa.Column('officers', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=True),
    sa.Column('voided_by', sa.String(length=100), nullable=True),
    sa.Column('uid', sa.String(length=32), nullable=True),
    sa.Column('origin', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_uid'), ['uid'], unique=True)

    op.create_table('product',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('eligibility', sa.Text(), nullable=True),
    sa.Column('rate_min', sa.BigInteger(), nullable=True),
    sa.Column('rate_max', sa.BigInteger(), nullable=True),
    sa.Column('term_min_months', sa.Integer(), nullable=True),
    sa.Column('term_max_months', sa.Integer(), nullable=True),
    sa.Column('guarantees', sa.JSON(), nullable=False),
    sa.Column('is_credit', sa.Boolean(), nullable=False),
    sa.Column('audience', sa.Text(), nullable=True),
    sa.Column('max_amount', sa.BigInteger(), nullable=True),
    sa.Column('launched_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=True),
    sa.Column('voided_by', sa.String(length=100), nullable=True),
    sa.Column('uid', sa.String(length=32), nullable=True),
    sa.Column('origin', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product'))
    )
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_uid'), ['uid'], unique=True)

    op.create_table('activity_attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=True),
    sa.Column('voided_by', sa.String(length=100), nullable=True),
    sa.Column('uid', sa.String(length=32), nullable=True),
    sa.Column('origin', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_attachment_activity_id_activity')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_attachment'))
    )
    with op.batch_alter_table('activity_attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_attachment_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_attachment_uid'), ['uid'], unique=True)

    op.create_table('activity_firm',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('firm_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=True),
    sa.Column('voided_by', sa.String(length=100), nullable=True),
    sa.Column('uid', sa.String(length=32), nullable=True),
    sa.Column('origin', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_firm_activity_id_activity')),
    sa.ForeignKeyConstraint(['firm_id'], ['firm.id'], name=op.f('fk_activity_firm_firm_id_firm')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_firm'))
    )
    with op.batch_alter_table('activity_firm', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_firm_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_firm_firm_id'), ['firm_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_firm_on'), ['on'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_firm_uid'), ['uid'], unique=True)

    op.create_table('case_study',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('firm_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=True),
    sa.Column('voided_by', sa.String(length=100), nullable=True),
    sa.Column('uid', sa.String(length=32), nullable=True),
    sa.Column('origin', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['firm_id'], ['firm.id'], name=op.f('fk_case_study_firm_id_firm')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_study'))
    )
    with op.batch_alter_table('case_study', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_study_firm_id'), ['firm_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_month'), ['month'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_uid'), ['uid'], unique=True)

    op.create_table('pre_credit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('firm_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=True),
    sa.Column('voided_by', sa.String(length=100), nullable=True),
    sa.Column('uid', sa.String(length=32), nullable=True),
    sa.Column('origin', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['firm_id'], ['firm.id'], name=op.f('fk_pre_credit_firm_id_firm')),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_pre_credit_product_id_product')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pre_credit'))
    )
    with op.batch_alter_table('pre_credit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pre_credit_firm_id'), ['firm_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pre_credit_uid'), ['uid'], unique=True)

    # SQLite adds a column with its foreign key in place; Alembic would copy the table for the constraint.
    for table in ("credit", "loan", "plan"):
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN product_id INTEGER "
            f"CONSTRAINT fk_{table}_product_id_product REFERENCES product (id)"
        )
    op.add_column("plan", sa.Column("kind", sa.String(length=16), nullable=False, server_default="cultivation"))


def downgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.drop_constraint("fk_plan_product_id_product", type_="foreignkey")
        batch.drop_column("kind")
        batch.drop_column("product_id")
    for table in ("loan", "credit"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"fk_{table}_product_id_product", type_="foreignkey")
            batch.drop_column("product_id")
    for table in NEW_TABLES:
        op.drop_table(table)
