"""Importing lists: preview, apply, re-import, newer editions, hand-edit conflicts, undo, cancel."""

from __future__ import annotations

import gc
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.domain.listed_fields import LISTED_FIELDS
from desktop.exchange.list_rows import ListedRow
from desktop.services.firm_edit import edit_firm_fields
from desktop.services.firms import FirmQuery, count_firms, list_firms
from desktop.services.jobs import Cancelled, CancelToken
from desktop.services.list_import import IMPORT_CACHE_KIB, _FirmInsert, import_list, preview_import
from desktop.services.list_undo import UndoRefused, undo_import
from desktop.services.workspace import Workspace
from desktop.store.bulk_indexes import secondary_indexes
from desktop.store.models import AuditEntry, BatchChange, Firm, ImportBatch, ListMembership, Visit
from tests.exchange.list_files import HEADER, TITLE, code, messy_rows, write_csv, write_xlsx

EDITION2_HEADER = [
    "统一社会信用代码",
    "市场主体名称",
    "经营者",
    "所属区县",
    "注册资金",
    "对接支行",
    "客户经理",
]


def first_edition(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "v1.xlsx", {"小微企业": messy_rows()})


def second_edition(tmp_path: Path) -> Path:
    """Firm 1 changed, firm 2 unchanged, firms 3 and 4 gone, firm 5 new."""
    return write_xlsx(
        tmp_path / "v2.xlsx",
        {
            "名单": [
                EDITION2_HEADER,
                [code(1), "新乡市鑫达科技有限公司", "张三", "牧野区", "200万元", "红旗支行", "王经理"],
                [code(2), "新乡县（红旗）商贸有限公司", "李四", "新乡县", 1000, None, None],
                [code(5), "原阳县新科技有限公司", "孙八", "原阳县", 30, None, "王经理"],
            ]
        },
    )


def firm(ws: Workspace, uscc: str) -> Firm:
    with ws.db.session() as s:
        result = s.scalar(select(Firm).where(Firm.uscc == uscc))
        assert result is not None
        return result


def counts(ws: Workspace) -> tuple[int, int, int, int]:
    with ws.db.session() as s:
        return (
            s.scalar(select(func.count(Firm.id))) or 0,
            s.scalar(select(func.count()).select_from(ListMembership)) or 0,
            s.scalar(select(func.count(ImportBatch.id))) or 0,
            s.scalar(select(func.count(BatchChange.id))) or 0,
        )


def test_preview_changes_nothing_and_apply_imports(workspace: Workspace, tmp_path: Path) -> None:
    path = first_edition(tmp_path)
    preview = preview_import(workspace, path)
    assert (preview.new, preview.updated, preview.unchanged, preview.removed) == (4, 0, 0, 0)
    assert counts(workspace) == (0, 0, 0, 0)
    report = import_list(workspace, path)
    assert report.to_json() == preview.to_json()
    assert report.list_name == TITLE and report.applied
    f1 = firm(workspace, code(1))
    assert (f1.name, f1.legal_rep, f1.registered_capital, f1.phone) == (
        "新乡市鑫达科技有限公司",
        "张三",
        Decimal(100),
        "13812345678",
    )
    assert f1.on_list and f1.stage == "listed" and f1.source == "list" and f1.name_initials == "xxsxdkjyxgs"
    assert f1.assigned_officer == "李经理" and f1.assigned_bank == "本行"
    assert counts(workspace) == (4, 4, 1, 4)
    with workspace.db.session() as s:
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc())) == "list.import"


def test_reimporting_the_same_file_changes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = first_edition(tmp_path)
    import_list(workspace, path)
    before = counts(workspace)
    again = import_list(workspace, path)
    assert (again.new, again.updated, again.unchanged, again.removed, again.applied) == (0, 0, 4, 0, False)
    assert counts(workspace) == before


def test_newer_edition_updates_adds_and_takes_firms_off_the_list(
    workspace: Workspace, tmp_path: Path
) -> None:
    import_list(workspace, first_edition(tmp_path), "新乡名单")
    with workspace.db.write() as s:  # a visit on a firm the next edition drops must survive
        s.add(
            Visit(
                firm_id=firm(workspace, code(3)).id, date=date(2026, 11, 2), mode="onsite", officer="李经理"
            )
        )
    preview = preview_import(workspace, second_edition(tmp_path), "新乡名单")
    assert (preview.new, preview.updated, preview.unchanged, preview.removed) == (1, 1, 1, 2)
    assert preview.updated_fields == {
        code(1): ["assigned_branch", "assigned_officer", "county", "registered_capital"]
    }
    assert sorted(preview.removed_usccs) == [code(3), code(4)]
    report = import_list(workspace, second_edition(tmp_path), "新乡名单", confirm_removals=True)
    assert report.to_json() == preview.to_json()
    f1 = firm(workspace, code(1))
    assert (f1.county, f1.registered_capital, f1.assigned_branch, f1.assigned_officer) == (
        "牧野区",
        Decimal(200),
        "红旗支行",
        "王经理",
    )
    assert f1.phone == "13812345678"  # not in the new edition's columns: kept
    gone = firm(workspace, code(3))
    assert not gone.on_list
    with workspace.db.session() as s:
        assert s.scalar(select(func.count(Visit.id))) == 1
        m = s.get(ListMembership, (report_list_id(workspace), gone.id))
        assert m is not None and not m.active
    assert [f.uscc for f in list_firms(workspace, FirmQuery(officer="王经理"))] == [
        code(1),
        code(5),
    ]  # pinyin order: 新 (xin) before 原 (yuan)


def report_list_id(ws: Workspace) -> int:
    with ws.db.session() as s:
        return int(s.scalar(select(ImportBatch.list_id).limit(1)) or 0)


def test_firm_on_two_lists_stays_on_list_until_off_both(workspace: Workspace, tmp_path: Path) -> None:
    import_list(workspace, first_edition(tmp_path), "甲名单")
    import_list(workspace, first_edition(tmp_path), "乙名单")
    import_list(workspace, second_edition(tmp_path), "甲名单", confirm_removals=True)
    assert firm(workspace, code(3)).on_list
    import_list(workspace, second_edition(tmp_path), "乙名单", confirm_removals=True)
    assert not firm(workspace, code(3)).on_list


def test_hand_edited_field_is_a_conflict_and_kept(workspace: Workspace, tmp_path: Path) -> None:
    import_list(workspace, first_edition(tmp_path), "L")
    assert edit_firm_fields(workspace, code(1), {"county": "高新区", "legal_rep": "张三"}) == ["county"]
    assert firm(workspace, code(1)).hand_edited == ["county"]
    preview = preview_import(workspace, second_edition(tmp_path), "L")
    assert [(c.uscc, c.field, c.officer_value, c.list_value, c.taken) for c in preview.conflicts] == [
        (code(1), "county", "高新区", "牧野区", False)
    ]
    import_list(workspace, second_edition(tmp_path), "L", confirm_removals=True)
    f1 = firm(workspace, code(1))
    assert f1.county == "高新区" and f1.registered_capital == Decimal(200)


def test_officer_can_take_the_lists_value(workspace: Workspace, tmp_path: Path) -> None:
    import_list(workspace, first_edition(tmp_path), "L")
    edit_firm_fields(workspace, code(1), {"county": "高新区"})
    report = import_list(
        workspace, second_edition(tmp_path), "L", take_list={code(1): ["county"]}, confirm_removals=True
    )
    assert report.conflicts[0].taken
    f1 = firm(workspace, code(1))
    assert f1.county == "牧野区" and f1.hand_edited == []


def test_undo_restores_everything_the_batch_did(workspace: Workspace, tmp_path: Path) -> None:
    first = import_list(workspace, first_edition(tmp_path), "L")
    edit_firm_fields(workspace, code(1), {"county": "高新区"})
    with workspace.db.session() as s:
        snapshot = {f.uscc: (f.listed_values(), f.on_list, f.hand_edited) for f in s.scalars(select(Firm))}
    second = import_list(workspace, second_edition(tmp_path), "L", take_all=True, confirm_removals=True)
    assert second.batch_id is not None and first.batch_id is not None
    with pytest.raises(UndoRefused, match="较新"):
        undo_import(workspace, first.batch_id)
    report = undo_import(workspace, second.batch_id)
    assert (report.deleted, report.kept, report.restored) == (1, 0, 1)
    with workspace.db.session() as s:
        after = {f.uscc: (f.listed_values(), f.on_list, f.hand_edited) for f in s.scalars(select(Firm))}
        active = s.scalar(select(func.count()).select_from(ListMembership).where(ListMembership.active))
        last_batches = set(s.scalars(select(ListMembership.last_batch_id)))
    assert after == snapshot and active == 4
    # The memberships point at the edition that lists them again, not at the undone one.
    assert last_batches == {first.batch_id}
    with pytest.raises(UndoRefused, match="撤销过"):
        undo_import(workspace, second.batch_id)
    last = undo_import(workspace, first.batch_id)
    # The firm the officer edited by hand has audit entries: it stays, off every list.
    assert (last.deleted, last.kept) == (3, 1)
    assert [f.uscc for f in list_firms(workspace)] == [code(1)]
    assert count_firms(workspace, FirmQuery(on_list=True)) == 0


def test_undo_keeps_a_new_firm_that_already_has_a_visit(workspace: Workspace, tmp_path: Path) -> None:
    batch = import_list(workspace, first_edition(tmp_path)).batch_id
    assert batch is not None
    with workspace.db.write() as s:
        s.add(Visit(firm_id=firm(workspace, code(2)).id, date=date(2026, 11, 2), mode="onsite", officer="x"))
    report = undo_import(workspace, batch)
    assert (report.deleted, report.kept) == (3, 1)
    assert not firm(workspace, code(2)).on_list


def test_cancel_leaves_nothing_changed_and_progress_is_reported(workspace: Workspace, tmp_path: Path) -> None:
    rows = [HEADER] + [[i, code(100 + i), f"测试企业{i}有限公司"] for i in range(25_000)]
    path = write_csv(tmp_path / "big.csv", rows)
    token = CancelToken()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append((done, total))
        if message.startswith("已写入") and done >= 20_000:  # cancel halfway through the writes
            token.cancel()

    with workspace.db.session() as s:
        indexes_before = secondary_indexes(s.connection().connection.driver_connection, "firm")
    with pytest.raises(Cancelled):
        import_list(workspace, path, progress=progress, cancel=token)
    assert counts(workspace) == (0, 0, 0, 0)
    # The firm indexes, dropped while a list this size is written, are there again after the rollback.
    with workspace.db.session() as s:
        assert secondary_indexes(s.connection().connection.driver_connection, "firm") == indexes_before
    assert len(indexes_before) >= 5
    read = [done for done, total in seen if total == 25_001]
    assert read == sorted(read) and len(read) >= 3 and read[-1] == 25_000
    written = [done for done, total in seen if total == 25_000]
    assert written == sorted(written) and len(written) >= 4 and 20_000 <= written[-1] < 25_000


def test_undo_of_a_renaming_edition_restores_name_and_search(workspace: Workspace, tmp_path: Path) -> None:
    import_list(workspace, first_edition(tmp_path), "L")
    renamed = write_xlsx(
        tmp_path / "v3.xlsx", {"S": [["统一社会信用代码", "企业名称"], [code(1), "红旗区旗开得胜有限公司"]]}
    )
    batch = import_list(workspace, renamed, "L", confirm_removals=True).batch_id
    assert batch is not None and firm(workspace, code(1)).name_initials == "hqqqkdsyxgs"
    undo_import(workspace, batch)
    restored = firm(workspace, code(1))
    assert (restored.name, restored.name_initials) == ("新乡市鑫达科技有限公司", "xxsxdkjyxgs")
    assert [f.uscc for f in list_firms(workspace, FirmQuery(search="鑫达科技"))] == [code(1)]
    assert list_firms(workspace, FirmQuery(search="旗开得胜")) == []


def test_an_import_that_changes_something_is_preceded_by_a_backup(
    workspace: Workspace, tmp_path: Path
) -> None:
    from desktop.services.backup import workspace_backups

    path = first_edition(tmp_path)
    import_list(workspace, path)
    after_first = workspace_backups(workspace)
    assert len(after_first) == 1 and "import" in after_first[0].reason
    import_list(workspace, path)  # unchanged: writes nothing, so no new backup either
    assert len(workspace_backups(workspace)) == len(after_first)


def insert_trigger_count(ws: Workspace) -> int:
    with ws.db.session() as s:
        found = s.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'firm_fts_ai'")
        ).scalar()
        return int(found or 0)


def test_bulk_indexing_fills_both_search_indexes_and_keeps_the_insert_trigger(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The import indexes its new firms in bulk with the row trigger dropped inside its transaction.
    rows = [HEADER] + [[i, code(100 + i), f"测试企业{i}有限公司"] for i in range(25_000)]
    token = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if message.startswith("已写入") and done >= 20_000:
            token.cancel()

    with pytest.raises(Cancelled):
        import_list(workspace, write_csv(tmp_path / "big.csv", rows), progress=progress, cancel=token)
    assert insert_trigger_count(workspace) == 1  # the rollback restored it
    import_list(workspace, first_edition(tmp_path), "L")
    assert insert_trigger_count(workspace) == 1
    assert [f.uscc for f in list_firms(workspace, FirmQuery(search="鑫达科技"))] == [code(1)]  # trigram
    assert code(1) in [f.uscc for f in list_firms(workspace, FirmQuery(search="鑫"))]  # per-character
    assert [f.uscc for f in list_firms(workspace, FirmQuery(search="xxsxdkj"))] == [code(1)]  # initials
    fresh = workspace.db.raw_connection()
    normal = fresh.execute("PRAGMA cache_size").fetchone()[0]
    fresh.close()
    with workspace.db.session() as s:  # the pooled connection is back to its normal page cache
        assert s.execute(text("PRAGMA cache_size")).scalar() == normal != -IMPORT_CACHE_KIB


def test_an_import_after_its_preview_uses_what_the_preview_read(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services import list_import

    path = first_edition(tmp_path)
    preview = preview_import(workspace, path, "L")
    assert preview.reading is not None
    reads: list[Path] = []
    real = list_import.read_tables
    monkeypatch.setattr(list_import, "read_tables", lambda p: reads.append(p) or real(p))
    # A different mapping than the preview's: read again.
    other = import_list(
        workspace,
        path,
        "L",
        profile={"统一社会信用代码": "uscc"},
        reading=preview.reading,
        confirm_removals=True,
    )
    assert reads == [path] and other.applied
    undo_import(workspace, other.batch_id or 0)
    reads.clear()
    done = import_list(workspace, path, "L", reading=preview.reading, confirm_removals=True)
    assert reads == [] and done.applied
    assert (done.new, done.duplicates, len(done.invalid)) == (
        preview.new,
        preview.duplicates,
        len(preview.invalid),
    )
    # The file changed after the preview: read again.
    second = second_edition(tmp_path)
    later = preview_import(workspace, second, "L")
    reads.clear()
    second.write_bytes(second.read_bytes())  # same bytes, a newer modification time
    os.utime(second, ns=(later.reading.stamp[1] + 10**9, later.reading.stamp[1] + 10**9))  # type: ignore[union-attr]
    import_list(workspace, second, "L", reading=later.reading, confirm_removals=True)
    assert reads == [second]


def test_the_garbage_collector_rests_during_an_import_and_is_back_after(
    workspace: Workspace, tmp_path: Path
) -> None:
    seen: list[bool] = []
    path = first_edition(tmp_path)
    assert gc.isenabled()
    preview_import(workspace, path, progress=lambda *_: seen.append(gc.isenabled()))
    import_list(workspace, path, progress=lambda *_: seen.append(gc.isenabled()))
    assert seen and not any(seen)
    assert gc.isenabled()


def test_a_list_with_few_columns_sets_those_and_leaves_the_rest_empty(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Two sheets map different fields: each firm gets what its own sheet says, nothing else.
    path = write_xlsx(
        tmp_path / "few.xlsx",
        {
            "甲": [
                ["统一社会信用代码", "企业名称", "联系电话"],
                [code(1), "新乡市甲科技有限公司", 13903730001.0],
            ],
            "乙": [["信用代码", "个体工商户名称", "所属区县"], [code(2, "2"), "卫辉市乙商店", "卫辉市"]],
        },
    )
    report = import_list(workspace, path)
    assert report.new == 2
    first, second = firm(workspace, code(1)), firm(workspace, code(2, "2"))
    # No county column in 甲: the county comes from the code (410702, 红旗区).
    assert (first.name, first.phone, first.county, first.entity_type) == (
        "新乡市甲科技有限公司",
        "13903730001",
        "红旗区",
        "enterprise",
    )
    assert (second.name, second.phone, second.county, second.entity_type) == (
        "卫辉市乙商店",
        None,
        "卫辉市",
        "individual",
    )
    assert first.created_at == first.updated_at == second.created_at
    assert first.legal_rep is None and first.registered_capital is None and second.address is None


def test_the_insert_of_new_firms_writes_whole_values_however_few_fields_are_mapped() -> None:
    # A single mapped field must stay one value (itemgetter returns a bare value for one slot).
    values: list[object] = [None] * len(LISTED_FIELDS)
    values[LISTED_FIELDS.index("entity_type")] = "enterprise"
    values[LISTED_FIELDS.index("name")] = "新乡市甲科技有限公司"
    row = ListedRow(code(1), "410702", values)
    key = ("key", "xxsjkj", "新 乡", None, "xx xs")
    for fields, expected in (
        (set(), ("enterprise",)),
        ({"name"}, ("新乡市甲科技有限公司", "enterprise")),
    ):
        insert = _FirmInsert.for_fields(fields, "2026-11-22 00:00:00.000000")
        firms, short = insert.rows(7, [row], [key])
        assert firms == [(7, code(1), "410702", "key", "xxsjkj", *expected)]
        assert short == [(7, "新 乡", None, "xx xs")]
        assert insert.sql.count("?") == len(firms[0])


def test_blank_cells_keep_stored_values_and_a_conflict_names_the_firm_as_stored(
    workspace: Workspace, tmp_path: Path
) -> None:
    header = ["统一社会信用代码", "企业名称", "所属区县", "联系电话"]
    first = write_xlsx(
        tmp_path / "a.xlsx",
        {
            "名单": [
                header,
                [code(1), "甲公司", "牧野区", "13900000001"],
                [code(2), "乙公司", "卫滨区", "13900000002"],
            ]
        },
    )
    import_list(workspace, first, "L")
    edit_firm_fields(workspace, code(2), {"county": "高新区"})
    second = write_xlsx(
        tmp_path / "b.xlsx",
        {
            "名单": [
                header,
                [code(1), "甲公司", "牧野区", None],
                [code(2), "乙科技公司", "红旗区", "13900000002"],
            ]
        },
    )
    preview = preview_import(workspace, second, "L")
    assert (preview.new, preview.updated, preview.unchanged) == (0, 1, 1)
    assert preview.updated_fields == {code(2): ["name"]}
    assert [(c.name, c.field, c.officer_value, c.list_value) for c in preview.conflicts] == [
        ("乙公司", "county", "高新区", "红旗区")
    ]
    import_list(workspace, second, "L", confirm_removals=True)
    assert firm(workspace, code(1)).phone == "13900000001"  # a blank cell never erases
    second_firm = firm(workspace, code(2))
    assert (second_firm.name, second_firm.county) == ("乙科技公司", "高新区")
