"""branch identity, global ids and sync state

Revision ID: 0015_branch
Revises: 0007
Create Date: 2026-12-03 13:29:05

Issue 22. Every synchronised record gets a global id (``uid``, 32 hex digits of a random UUID) and the
device it was first recorded on (``origin``, NULL until it first enters an exchange); firms and dossiers
only ``origin``, since the firm's credit code is already global. The ids of existing rows are filled in
by one UPDATE per table in SQL (no Python loop; firms get no id, so a 530,000-firm database adds one
NULL column to ``firm``). New tables: this laptop's identity and keys, the other laptops, the log of
exchanged changes, conflicts, packages, rows changed since the last capture, references waiting for their
record, and the other laptops' audit entries.
"""
import sqlalchemy as sa
from alembic import op

revision = '0015_branch'
down_revision = '0007'
branch_labels = None
depends_on = None

WITH_UID = (
    "visit", "demand", "credit", "loan", "stage_change", "contact", "bank_relationship", "attachment",
    "plan", "plan_task", "target",
)
ORIGIN_ONLY = ("firm", "dossier")
NEW_TABLES = ('branch_identity', 'branch_peer', 'remote_audit', 'sync_conflict', 'sync_dirty', 'sync_op', 'sync_package', 'sync_pending_ref')


def upgrade() -> None:
    op.create_table('branch_identity',
    sa.Column('device_id', sa.String(length=32), nullable=False),
    sa.Column('branch_id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('officer', sa.String(length=100), nullable=False),
    sa.Column('branch_secret', sa.LargeBinary(), nullable=False),
    sa.Column('sign_private', sa.LargeBinary(), nullable=False),
    sa.Column('kex_private', sa.LargeBinary(), nullable=False),
    sa.Column('coordinator_sign', sa.LargeBinary(), nullable=False),
    sa.Column('coordinator_kex', sa.LargeBinary(), nullable=False),
    sa.Column('recovery_seed', sa.LargeBinary(), nullable=True),
    sa.Column('clock', sa.String(length=64), nullable=False),
    sa.Column('op_seq', sa.Integer(), nullable=False),
    sa.Column('local_seq', sa.Integer(), nullable=False),
    sa.Column('package_seq', sa.Integer(), nullable=False),
    sa.Column('joined_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_branch_identity'))
    )
    op.create_table('branch_peer',
    sa.Column('device_id', sa.String(length=32), nullable=False),
    sa.Column('officer', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('sign_public', sa.LargeBinary(), nullable=False),
    sa.Column('kex_public', sa.LargeBinary(), nullable=True),
    sa.Column('first_seen_at', sa.DateTime(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('in_seq', sa.Integer(), nullable=False),
    sa.Column('in_at', sa.DateTime(), nullable=True),
    sa.Column('in_as_of', sa.Date(), nullable=True),
    sa.Column('have_ops', sa.Integer(), nullable=False),
    sa.Column('in_upto', sa.Integer(), nullable=False),
    sa.Column('have_audit', sa.String(length=64), nullable=True),
    sa.Column('acked_ops', sa.Integer(), nullable=False),
    sa.Column('acked_local', sa.Integer(), nullable=False),
    sa.Column('acked_audit', sa.String(length=64), nullable=True),
    sa.Column('out_seq', sa.Integer(), nullable=False),
    sa.Column('out_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_branch_peer'))
    )
    with op.batch_alter_table('branch_peer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_branch_peer_officer'), ['officer'], unique=False)
    op.create_table('remote_audit',
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('received_seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=50), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.String(length=50), nullable=True),
    sa.Column('firm_ref', sa.Integer(), nullable=True),
    sa.Column('uscc', sa.String(length=18), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('old', sa.JSON(), nullable=False),
    sa.Column('new', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('origin', 'hash', name=op.f('pk_remote_audit'))
    )
    with op.batch_alter_table('remote_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remote_audit_received_seq'), ['received_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_remote_audit_uscc'), ['uscc'], unique=False)
    op.create_table('sync_conflict',
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.Column('rtype', sa.String(length=32), nullable=False),
    sa.Column('rkey', sa.String(length=64), nullable=False),
    sa.Column('firm', sa.String(length=18), nullable=True),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('mine_hlc', sa.String(length=64), nullable=False),
    sa.Column('mine_value', sa.JSON(), nullable=False),
    sa.Column('theirs_hlc', sa.String(length=64), nullable=False),
    sa.Column('theirs_value', sa.JSON(), nullable=False),
    sa.Column('theirs_actor', sa.String(length=100), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=100), nullable=True),
    sa.PrimaryKeyConstraint('uid', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_firm'), ['firm'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_resolved_at'), ['resolved_at'], unique=False)
    op.create_table('sync_dirty',
    sa.Column('tbl', sa.String(length=32), nullable=False),
    sa.Column('row_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.PrimaryKeyConstraint('tbl', 'row_id', name=op.f('pk_sync_dirty'))
    )
    op.create_table('sync_op',
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('origin_seq', sa.Integer(), nullable=False),
    sa.Column('local_seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('rtype', sa.String(length=32), nullable=False),
    sa.Column('rkey', sa.String(length=64), nullable=False),
    sa.Column('firm', sa.String(length=18), nullable=True),
    sa.Column('field', sa.String(length=64), nullable=True),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('parents', sa.JSON(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('applied', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('origin', 'origin_seq', name=op.f('pk_sync_op'))
    )
    with op.batch_alter_table('sync_op', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_op_applied'), ['applied'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_op_firm'), ['firm'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_op_local_seq'), ['local_seq'], unique=False)
        batch_op.create_index('ix_sync_op_record', ['rtype', 'rkey'], unique=False)
    op.create_table('sync_package',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('peer_device', sa.String(length=32), nullable=False),
    sa.Column('peer_officer', sa.String(length=100), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_sync_package'))
    )
    with op.batch_alter_table('sync_package', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_package_peer_device'), ['peer_device'], unique=False)
    op.create_table('sync_pending_ref',
    sa.Column('rtype', sa.String(length=32), nullable=False),
    sa.Column('row_uid', sa.String(length=32), nullable=False),
    sa.Column('column', sa.String(length=64), nullable=False),
    sa.Column('ref_rtype', sa.String(length=32), nullable=False),
    sa.Column('ref_uid', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('rtype', 'row_uid', 'column', name=op.f('pk_sync_pending_ref'))
    )
    with op.batch_alter_table('sync_pending_ref', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_pending_ref_ref_uid'), ['ref_uid'], unique=False)
    for table in WITH_UID:
        op.add_column(table, sa.Column("uid", sa.String(length=32), nullable=True))
        op.add_column(table, sa.Column("origin", sa.String(length=32), nullable=True))
        op.execute(f"UPDATE {table} SET uid = lower(hex(randomblob(16)))")
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)
    for table in ORIGIN_ONLY:
        op.add_column(table, sa.Column("origin", sa.String(length=32), nullable=True))


def downgrade() -> None:
    for table in ORIGIN_ONLY:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("origin")
    for table in WITH_UID:
        op.drop_index(f"ix_{table}_uid", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("origin")
            batch.drop_column("uid")
    for table in reversed(NEW_TABLES):
        op.drop_table(table)
