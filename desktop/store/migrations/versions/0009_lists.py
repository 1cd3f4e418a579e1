"""firms sort by pinyin; the county, officer and stage indexes serve a name sort; the search backlog

Revision ID: 0009_lists
Revises: 0017_programme
Create Date: 2026-12-03 14:00:00

``firm.name_key`` becomes the pinyin collation key (domain/names.name_key: each Chinese character
replaced by its place in pinyin order), so a sort by name lists firms as people read Chinese, and is
worked out again for every firm (about 10 s at 530,000 firms, once). The single-column indexes on
county, assigned_officer, stage, on_list and entity_type get (column, name_key) indexes: a filtered list
sorted by name walks one index in order and stops at the page (up to 2 s -> 6-15 ms at 530,000 firms).
The one-column on_list and entity_type indexes go; county, officer and stage keep theirs.

``firm_fts_backlog`` holds the id ranges a big import left for the search indexes to take in after it
returned; the index triggers pass over those firms (store/search_index.py).
"""
from alembic import op

from desktop.domain.names import display_key
from desktop.store.search_index import BACKLOG_STATEMENTS

revision = '0009_lists'
down_revision = '0017_programme'
branch_labels = None
depends_on = None

_INDEXES = (
    ("county", "ix_firm_county"),
    ("assigned_officer", "ix_firm_assigned_officer"),
    ("stage", "ix_firm_stage"),
    ("on_list", "ix_firm_on_list"),
    ("entity_type", "ix_firm_entity_type"),
)
_NEW = {
    "county": "ix_firm_county_name",
    "assigned_officer": "ix_firm_officer_name",
    "stage": "ix_firm_stage_name",
    "on_list": "ix_firm_on_list_name",
    "entity_type": "ix_firm_entity_type_name",
}


# Low-selectivity filters: their one-column indexes serve nothing the new ones do not. County, officer
# and stage keep theirs (a filtered search merges their firms in id order with its matches).
_REPLACED = ("on_list", "entity_type")


def upgrade() -> None:
    conn = op.get_bind().connection.driver_connection
    conn.create_function("pinyin_key", 1, display_key, deterministic=True)
    op.execute("UPDATE firm SET name_key = pinyin_key(name)")
    for column, old in _INDEXES:
        if column in _REPLACED:
            op.execute(f"DROP INDEX IF EXISTS {old}")
        op.execute(f"CREATE INDEX {_NEW[column]} ON firm ({column}, name_key)")
    for statement in BACKLOG_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("the pinyin sort key cannot be turned back into the folded name")
