"""figures: ledger notes with their history, and the 口径 of a frozen ledger

Revision ID: 0013_figures
Revises: 0012_record
Create Date: 2026-12-03 14:00:00

The officer's 存在的主要问题 / 备注 per firm and month are copied from the settings table
(``ledger_notes:YYYY-MM`` as ``{uscc: {"problem", "remark"}}``, left in place: nothing is deleted, and
nothing reads it any more) to ``ledger_note``, one row per version, so a note can be corrected with its
earlier text kept. A frozen ledger records the 口径 of its amounts: the exports made before this
revision summed everything up to the month's end (``cumulative``); from now on the default is the month's
own amounts (``month``).
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0013_figures"
down_revision = "0012_record"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ledger_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("firm_id", sa.Integer(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["firm_id"], ["firm.id"], name=op.f("fk_ledger_note_firm_id_firm")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_note")),
    )
    with op.batch_alter_table("ledger_note") as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_note_firm_id"), ["firm_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ledger_note_month"), ["month"], unique=False)
    with op.batch_alter_table("ledger_export") as batch_op:
        batch_op.add_column(
            sa.Column("basis", sa.String(length=16), nullable=False, server_default="cumulative")
        )
    with op.batch_alter_table("ledger_export") as batch_op:
        batch_op.alter_column("basis", server_default=None)
    _move_notes()


def _move_notes() -> None:
    conn = op.get_bind()
    firms = dict(conn.execute(sa.text("SELECT uscc, id FROM firm")).all())
    stored = conn.execute(sa.text("SELECT key, value FROM setting WHERE key LIKE 'ledger_notes:%'")).all()
    for key, value in stored:
        month = key.split(":", 1)[1]
        notes = json.loads(value) if isinstance(value, str) else value
        for uscc, note in (notes or {}).items():
            if uscc not in firms:
                continue
            conn.execute(
                sa.text(
                    "INSERT INTO ledger_note (month, firm_id, problem, remark, reason, at, actor) "
                    "VALUES (:month, :firm, :problem, :remark, NULL, CURRENT_TIMESTAMP, 'upgrade')"
                ),
                {
                    "month": month,
                    "firm": firms[uscc],
                    "problem": (note or {}).get("problem", ""),
                    "remark": (note or {}).get("remark", ""),
                },
            )


def downgrade() -> None:
    conn = op.get_bind()
    latest = conn.execute(
        sa.text(
            "SELECT n.month, f.uscc, n.problem, n.remark FROM ledger_note n JOIN firm f ON f.id = n.firm_id "
            "WHERE n.id IN (SELECT max(id) FROM ledger_note GROUP BY month, firm_id)"
        )
    ).all()
    by_month: dict[str, dict[str, dict[str, str]]] = {}
    for month, uscc, problem, remark in latest:
        by_month.setdefault(month, {})[uscc] = {"problem": problem, "remark": remark}
    for month, notes in by_month.items():
        conn.execute(
            sa.text("INSERT OR REPLACE INTO setting (key, value) VALUES (:key, :value)"),
            {"key": f"ledger_notes:{month}", "value": json.dumps(notes, ensure_ascii=False)},
        )
    with op.batch_alter_table("ledger_export") as batch_op:
        batch_op.drop_column("basis")
    with op.batch_alter_table("ledger_note") as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_note_month"))
        batch_op.drop_index(batch_op.f("ix_ledger_note_firm_id"))
    op.drop_table("ledger_note")
