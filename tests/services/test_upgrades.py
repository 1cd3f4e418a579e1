"""Every released schema migrates to the latest with no row lost; a failed migration is undone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop.services.check import check_database
from desktop.services.firms import FirmQuery, list_firms
from desktop.services.workspace import MigrationFailed, open_workspace
from desktop.store import migrate
from desktop.store.backup import list_backups
from desktop.store.migrate import current_revision, head_revision
from desktop.store.models import Firm
from desktop.store.search_index import FTS_TABLE, HASH_BYTES, SHORT_TABLE
from tests.migration_helpers import (
    BROKEN_BODY,
    EXTRA_REVISION,
    FIXTURE_KEY_HEX,
    GOOD_BODY,
    fixtures,
    revision_of,
    script_dir_with_extra,
    table_counts,
)

ENV = {"FIRSTLOAN_DB_KEY": FIXTURE_KEY_HEX}


def _install(fixture: Path, data_dir: Path) -> Path:
    data_dir.mkdir(parents=True)
    db = data_dir / "firstloan.db"
    shutil.copyfile(fixture, db)
    return db


def test_there_is_a_fixture_for_the_latest_schema() -> None:
    assert f"schema-{head_revision()}.db" in {p.name for p in fixtures()}, (
        "run tools/make_schema_fixture.py for the new schema and commit the file"
    )


@pytest.mark.parametrize("fixture", fixtures(), ids=lambda p: p.stem)
def test_fixture_migrates_to_head_with_no_row_lost(fixture: Path, tmp_path: Path) -> None:
    db = _install(fixture, tmp_path / "data")
    before = table_counts(db)
    assert before["firm"] and before["visit"] and before["credit"] and before["loan"]
    assert before["audit_entry"] >= 5
    ws = open_workspace(tmp_path / "data", environ=ENV)
    try:
        assert current_revision(ws.db.engine) == head_revision()
        report = check_database(ws)
        # The search indexes were rebuilt in the current form: initials as two-letter words find the firm.
        firm = list_firms(ws, FirmQuery(limit=1))[0]
        with ws.db.session() as session:
            initials = session.scalar(select(Firm.name_initials).where(Firm.uscc == firm.uscc))
        assert initials and len(initials) >= 4
        assert firm.uscc in {f.uscc for f in list_firms(ws, FirmQuery(search=initials[:4]))}
        assert firm.uscc in {f.uscc for f in list_firms(ws, FirmQuery(search=initials[:2]))}
        with ws.db.session() as session:
            for table in (FTS_TABLE, SHORT_TABLE):
                size = session.execute(text(f"SELECT v FROM {table}_config WHERE k = 'hashsize'")).scalar()
                assert size == HASH_BYTES, table
    finally:
        ws.close()
    after = table_counts(db)
    assert {t: after[t] for t in before} == before
    assert report.healthy, report.problems()


@pytest.mark.parametrize("fixture", fixtures(), ids=lambda p: p.stem)
def test_fixture_migrates_through_a_further_revision(
    fixture: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The upgrade path itself (today's head has nothing to migrate): a backup first, no row lost."""
    monkeypatch.setattr(
        migrate, "MIGRATIONS_DIR", script_dir_with_extra(tmp_path, GOOD_BODY.format(chunks=1, per_chunk=1))
    )
    db = _install(fixture, tmp_path / "data")
    before = table_counts(db)
    ws = open_workspace(tmp_path / "data", environ=ENV)
    try:
        assert current_revision(ws.db.engine) == EXTRA_REVISION
        assert check_database(ws).healthy
    finally:
        ws.close()
    after = table_counts(db)
    assert {t: after[t] for t in before} == before and after["probe"] == before["firm"]
    (backup,) = list_backups(tmp_path / "data" / "backups")
    assert backup.reason == "before-migrate"
    assert table_counts(backup.path) == before and revision_of(backup.path) == revision_of(fixture)


def test_a_failed_migration_restores_the_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", script_dir_with_extra(tmp_path, BROKEN_BODY))
    fixture = fixtures()[-1]
    data_dir = tmp_path / "data"
    db = _install(fixture, data_dir)
    before = table_counts(db)
    with pytest.raises(MigrationFailed) as caught:
        open_workspace(data_dir, environ=ENV)
    message = str(caught.value)
    assert "升级数据库结构失败" in message and "测试用的坏迁移" in message and "before-migrate" in message
    assert table_counts(db) == before and "probe" not in table_counts(db)
    assert revision_of(db) == revision_of(fixture)
    assert list(data_dir.glob("firstloan.db.replaced-*"))  # the failed file is kept for support
    # With the broken revision gone, the database opens and is sound.
    monkeypatch.undo()
    ws = open_workspace(data_dir, environ=ENV)
    try:
        assert check_database(ws).healthy
    finally:
        ws.close()
