"""The wizard's mapping step without Qt: columns found, suggestions, saved profiles, the officer's choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.exchange.tables import UnusableFile
from desktop.services.list_columns import (
    FileColumns,
    check_choice,
    describe_file,
    describe_head,
)
from desktop.services.list_import import import_list, preview_import
from desktop.services.mapping_profiles import BadMapping, delete_profile, save_profile
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Firm, MappingProfile
from tests.exchange.list_files import code, messy_rows, write_csv, write_xlsx

ODD = ["序号", "纳税人识别号", "企业名称", "经营者", "备注"]


def odd_file(path: Path, serials: tuple[int, ...] = (1, 2)) -> Path:
    rows: list[list[object]] = [["卫滨区无贷户名单", None, None, None, None], ODD]
    rows += [[i, code(s), f"新乡市测试{s}号有限公司", "张三", None] for i, s in enumerate(serials, 1)]
    return write_xlsx(path, {"说明": [["本表由区市场监管局提供"]], "名单": rows})


def fields(columns: FileColumns, sheet: str) -> dict[str, str | None]:
    found = next(s for s in columns.sheets if s.name == sheet)
    return {c.header: c.field for c in found.columns}


def test_synonyms_are_suggested_with_samples(workspace: Workspace, tmp_path: Path) -> None:
    columns = describe_file(workspace, write_xlsx(tmp_path / "a.xlsx", {"名单": messy_rows()}))
    assert columns.recognised and columns.profile_name is None
    sheet = columns.sheets[0]
    assert sheet.header_row == 2
    by_header = {c.header: c for c in sheet.columns}
    assert by_header["统一社会信用代码"].field == "uscc"
    assert by_header["统一社会信用代码"].letter == "B"
    assert by_header["统一社会信用代码"].samples[0] == code(1).lower()
    assert by_header["企业名称"].field == "name" and by_header["序号"].field is None
    assert columns.mapping()["客户经理"] == "assigned_officer"
    assert columns.mapping()["序号"] == ""


def test_unknown_code_column_still_shows_the_columns(workspace: Workspace, tmp_path: Path) -> None:
    path = odd_file(tmp_path / "odd.xlsx")
    with pytest.raises(UnusableFile):
        preview_import(workspace, path)
    columns = describe_file(workspace, path)
    assert not columns.recognised
    assert [s.header_row for s in columns.sheets] == [None, 2]  # the notes sheet has no table
    assert fields(columns, "名单") == {
        "序号": None,
        "纳税人识别号": None,
        "企业名称": "name",
        "经营者": "legal_rep",
        "备注": None,
    }
    with pytest.raises(BadMapping, match="统一社会信用代码"):
        check_choice(columns, columns.mapping())
    mapping = columns.mapping() | {"纳税人识别号": "uscc"}
    check_choice(columns, mapping)
    report = import_list(workspace, path, profile=mapping, profile_name="卫滨区")
    assert report.new == 2 and report.profile_name == "卫滨区"
    # With the mapping given, the description shows it.
    assert fields(describe_file(workspace, path, mapping), "名单")["纳税人识别号"] == "uscc"


def test_a_saved_profile_is_found_for_the_next_file(workspace: Workspace, tmp_path: Path) -> None:
    save_profile(workspace, "卫滨区", {"纳税人识别号": "uscc", "备注": ""})
    columns = describe_file(workspace, odd_file(tmp_path / "next.xlsx", (3,)))
    assert columns.recognised and columns.profile_name == "卫滨区"
    assert fields(columns, "名单")["纳税人识别号"] == "uscc"
    with workspace.db.session() as session:
        profile = session.scalar(select(MappingProfile))
        assert profile is not None and profile.mapping == {"纳税人识别号": "uscc", "备注": ""}
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "mapping.save")).all()
        assert len(audit) == 1


def test_a_field_chosen_twice_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    columns = describe_file(workspace, odd_file(tmp_path / "odd.xlsx"))
    mapping = columns.mapping() | {"纳税人识别号": "uscc", "备注": "name"}
    with pytest.raises(BadMapping, match=r"企业名称.*多列"):
        check_choice(columns, mapping)
    with pytest.raises(BadMapping, match="不存在"):
        check_choice(columns, {"纳税人识别号": "nonsense"})


def test_csv_header_is_guessed_above_text_data(workspace: Workspace, tmp_path: Path) -> None:
    rows: list[list[object]] = [["名单"], ["编号", "代码", "单位"], ["1", code(5), "新乡市某某有限公司"]]
    columns = describe_file(workspace, write_csv(tmp_path / "l.csv", rows))
    sheet = columns.sheets[0]
    assert sheet.header_row == 2 and [c.header for c in sheet.columns] == ["编号", "代码", "单位"]
    assert [c.letter for c in sheet.columns] == ["A", "B", "C"]  # the sheet's own letters (1-based)
    assert sheet.columns[1].samples == (code(5),)
    report = import_list(workspace, tmp_path / "l.csv", profile={"代码": "uscc", "单位": "name"})
    assert report.new == 1
    with workspace.db.session() as session:
        assert session.scalar(select(Firm.name)) == "新乡市某某有限公司"


def test_the_column_of_codes_is_pointed_out(workspace: Workspace, tmp_path: Path) -> None:
    columns = describe_file(workspace, odd_file(tmp_path / "odd.xlsx"))
    sheet = next(s for s in columns.sheets if s.name == "名单")
    assert [c.header for c in sheet.columns if c.looks_like_code] == ["纳税人识别号"]


def test_the_header_row_can_be_chosen_without_reading_again(workspace: Workspace, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["填报单位", "卫滨区"],
        ["填报日期", "2026年11月"],  # two texts each: as good a header as the real one, to the guess
        ["代码", "单位", "负责人"],
        [code(7), "新乡市七号有限公司", "周七"],
    ]
    path = write_xlsx(tmp_path / "h.xlsx", {"表": rows})
    columns = describe_file(workspace, path)
    assert columns.sheets[0].header_row == 3  # the row with the most texts
    path.unlink()  # the rows already read are enough from here on
    assert columns.head is not None
    again = describe_head(workspace, columns.head, header_rows={"表": 1})
    assert [c.header for c in again.sheets[0].columns][:2] == ["填报单位", "卫滨区"]
    mapped = describe_head(workspace, columns.head, {"代码": "uscc", "单位": "name"}, header_rows={"表": 3})
    sheet = mapped.sheets[0]
    assert sheet.recognised and [c.field for c in sheet.columns] == ["uscc", "name", "legal_rep"]
    assert sheet.columns[0].samples == (code(7),)


def test_a_deleted_profile_is_no_longer_tried(workspace: Workspace, tmp_path: Path) -> None:
    save_profile(workspace, "卫滨区", {"纳税人识别号": "uscc"})
    delete_profile(workspace, "卫滨区")
    assert not describe_file(workspace, odd_file(tmp_path / "odd.xlsx")).recognised
    with pytest.raises(BadMapping, match="卫滨区"):
        delete_profile(workspace, "卫滨区")
    with workspace.db.session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "mapping.delete"))
        assert entry is not None and "卫滨区" in entry.summary


def test_a_file_without_any_header_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "n.xlsx", {"S": [[1, 2, 3], [4, 5, 6]]})
    with pytest.raises(UnusableFile, match="表头"):
        describe_file(workspace, path)
