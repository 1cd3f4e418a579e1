"""Lists as they really come (issue 20 items 1-4, issue 16 items 7-9, issue 21 item 6): a yearly
supplement beside the full edition, masked and cut values that never replace stored ones, our own
exports read back, text kept as given, the county from the code, the officer of a first import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.domain.names import name_key, pinyin_initials
from desktop.domain.uscc import complete, org_code_check
from desktop.services.firm_edit import edit_firm_fields
from desktop.services.firms import FirmQuery, list_firms
from desktop.services.import_defaults import default_officer, set_default_officer
from desktop.services.list_import import ConfirmationNeeded, import_list, preview_import
from desktop.services.profile import save_profile
from desktop.services.region_export import export_feedback, export_recommendations
from desktop.services.workspace import Profile, Workspace
from desktop.store.models import Firm, ImportBatch, ListMembership
from tests.exchange.list_files import code, write_csv, write_xlsx

HEADER = ["统一社会信用代码", "企业名称", "法定代表人", "住所", "联系电话", "所属县（市、区）"]


def rows(*serials: int) -> list[list[Any]]:
    return [
        [code(i), f"新乡市测试{i}有限公司", "张三", f"红旗区{i}号（新址）", f"138{i:08d}", "红旗区"]
        for i in serials
    ]


def listed(ws: Workspace, name: str = "新乡名单") -> set[str]:
    with ws.db.session() as s:
        return set(
            s.scalars(
                select(Firm.uscc)
                .join(ListMembership, ListMembership.firm_id == Firm.id)
                .where(ListMembership.active)
            )
        )


def firm(ws: Workspace, uscc: str) -> Firm:
    with ws.db.session() as s:
        found = s.scalar(select(Firm).where(Firm.uscc == uscc))
        assert found is not None
        s.expunge(found)
        return found


def snapshot(ws: Workspace) -> tuple[Any, ...]:
    """Every firm's listed values and membership, and the number of batches: what "nothing changed" means."""
    with ws.db.session() as s:
        firms = sorted(
            tuple(sorted((f.uscc, json.dumps(f.listed_values(), default=str)))) for f in s.query(Firm)
        )
        members = sorted(
            s.execute(select(ListMembership.list_id, ListMembership.firm_id, ListMembership.active))
        )
        batches = s.scalar(select(func.count(ImportBatch.id)))
    return tuple(firms), tuple(members), batches


# -- modes ---------------------------------------------------------------------------------------


def test_a_supplement_adds_and_never_removes(workspace: Workspace, tmp_path: Path) -> None:
    """存量 + 新增 (seed 001): the yearly supplement of new firms leaves the 存量 firms on the list."""
    import_list(workspace, write_xlsx(tmp_path / "存量.xlsx", {"S": [HEADER, *rows(1, 2, 3, 4)]}), "新乡名单")
    supplement = write_xlsx(tmp_path / "2023年新增.xlsx", {"S": [["2023年新增名单"], HEADER, *rows(5, 6)]})
    preview = preview_import(workspace, supplement, "新乡名单")
    assert preview.suggested_mode == "supplement" and preview.removed == 4 and preview.needs_confirmation
    report = import_list(workspace, supplement, "新乡名单", mode="supplement")
    assert (report.mode, report.new, report.removed) == ("supplement", 2, 0)
    assert report.to_json()["mode"] == "supplement"
    assert listed(workspace) == {code(i) for i in range(1, 7)}


def test_a_full_edition_removing_more_than_a_third_asks_first(workspace: Workspace, tmp_path: Path) -> None:
    import_list(workspace, write_xlsx(tmp_path / "v1.xlsx", {"S": [HEADER, *rows(1, 2, 3, 4, 5, 6)]}), "L")
    two_gone = write_xlsx(tmp_path / "v2.xlsx", {"S": [HEADER, *rows(1, 2, 3, 4)]})
    assert import_list(workspace, two_gone, "L").removed == 2  # a third: no question
    one_left = write_xlsx(tmp_path / "v3.xlsx", {"S": [HEADER, *rows(1, 7)]})
    before = snapshot(workspace)
    with pytest.raises(ConfirmationNeeded, match="3 家企业移出名单（名单现有 4 家）") as asked:
        import_list(workspace, one_left, "L")
    assert asked.value.message_en and "--confirm-removals" in asked.value.message_en
    assert snapshot(workspace) == before
    assert import_list(workspace, one_left, "L", confirm_removals=True).removed == 3
    assert listed(workspace) == {code(1), code(7)}


def test_a_cut_off_csv_reports_its_last_line_and_a_full_import_asks(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Issue 16 item 7: a CSV cut mid-row was imported silently and took 63 firms off the list."""
    whole = write_csv(tmp_path / "whole.csv", [HEADER, *rows(*range(1, 11))])
    import_list(workspace, whole, "L")
    data = whole.read_bytes()
    cut = tmp_path / "cut.csv"
    cut.write_bytes(data[: data.index(code(7).encode()) + 30])  # in the middle of firm 7's line
    preview = preview_import(workspace, cut, "L")
    assert preview.looks_truncated and preview.removed == 4 and preview.needs_confirmation
    (problem,) = preview.invalid
    assert (
        problem.row == 8 and "截断" in problem.reason and problem.reason_en and "cut off" in problem.reason_en
    )
    assert code(7) in preview.removed_usccs  # its line is cut: exactly what a full import must not do unasked
    with pytest.raises(ConfirmationNeeded, match="不完整"):
        import_list(workspace, cut, "L")
    assert import_list(workspace, cut, "L", mode="supplement").removed == 0


# -- never worse data ----------------------------------------------------------------------------


def test_masked_cut_and_blank_values_keep_the_stored_ones(workspace: Workspace, tmp_path: Path) -> None:
    import_list(workspace, write_xlsx(tmp_path / "v1.xlsx", {"S": [HEADER, *rows(1, 2, 3, 4)]}), "L")
    worse = [
        HEADER,
        [code(1), "新乡市测试1有限公司", "张*", "红旗区1号（新址）", "138****0001", "红旗区"],  # masked
        [code(2), "新乡市测试2有限公司", "张三", "红旗区2号", "13800000002", "红旗区"],  # cut short
        [code(3), "新乡市测试3有限公司", None, "  ", None, "红旗区"],  # blank
        [code(4), "新乡市测试4有限公司", "张三", "红旗区4号●●", "1380●●●0004", "红旗区"],
    ]
    report = import_list(workspace, write_xlsx(tmp_path / "v2.xlsx", {"S": worse}), "L")
    assert (report.updated, report.applied) == (0, False)
    assert {(k.uscc, k.field) for k in report.kept} == {
        (code(1), "legal_rep"),
        (code(1), "phone"),
        (code(2), "address"),
        (code(4), "address"),
        (code(4), "phone"),
    }
    assert report.to_json()["kept"] == 5
    for i in range(1, 5):
        assert (firm(workspace, code(i)).phone, firm(workspace, code(i)).address) == (
            f"138{i:08d}",
            f"红旗区{i}号（新址）",
        )
    better = [
        HEADER,
        [code(1), "新乡市测试1有限公司", "张三丰", "红旗区1号（新址）", "13900000001", "红旗区"],
    ]
    assert (
        import_list(
            workspace, write_xlsx(tmp_path / "v3.xlsx", {"S": better}), "L", mode="supplement"
        ).updated
        == 1
    )
    assert (firm(workspace, code(1)).legal_rep, firm(workspace, code(1)).phone) == ("张三丰", "13900000001")


@pytest.mark.parametrize("full", [False, True])
def test_our_own_exports_read_back_change_nothing(workspace: Workspace, tmp_path: Path, full: bool) -> None:
    """The exact round trip (officers pass files around): export-feedback and export-recommendations,
    masked or full, imported again with no list name and no options."""
    listed_rows = [
        [
            code(1),
            "新乡市鑫达科技有限公司",
            "张三",
            "新乡市红旗区行天大道482号（新址）",
            "13812345678",
            "红旗区",
            62.5,
            "2019-03-05",
            "王经理",
        ],
        [
            code(2, "2"),
            "卫辉市乙商店",
            "欧阳 娜娜",
            "卫辉市\n太公镇",
            "0373-3051234",
            "卫辉市",
            None,
            None,
            None,
        ],
        [code(3), "新乡县（红旗）商贸有限公司", None, None, None, None, 100, "2020-01-01", "李经理"],
    ]
    header = [*HEADER, "注册资本（万元）", "成立日期", "客户经理"]
    import_list(
        workspace, write_xlsx(tmp_path / "list.xlsx", {"S": [["新乡市无贷户名单"], header, *listed_rows]})
    )
    with workspace.db.write() as session:  # the branch's own find: what the recommendations export lists
        name = "新乡市自荐科技有限公司"
        session.add(
            Firm(
                uscc=code(4),
                name=name,
                name_key=name_key(name),
                name_initials=pinyin_initials(name),
                entity_type="enterprise",
                region_code="410702",
                source="branch",
                source_channel="产业链上下游",
                phone="13912345678",
                county="红旗区",
                on_list=False,
            )
        )
    before = snapshot(workspace)
    feedback = tmp_path / "feedback.xlsx"
    export_feedback(workspace, "新乡市无贷户名单", feedback, full=full)
    recommendations = tmp_path / "recommendations.xlsx"
    export_recommendations(workspace, recommendations, full=full)
    for path in (feedback, recommendations):
        report = import_list(workspace, path)
        assert (report.new, report.updated, report.removed, report.applied) == (0, 0, 0, False), path.name
        assert snapshot(workspace) == before, path.name
    assert import_list(workspace, feedback).list_name == "新乡市无贷户名单"


# -- text as given, county from the code ---------------------------------------------------------


def test_free_text_is_stored_as_the_list_gives_it(workspace: Workspace, tmp_path: Path) -> None:
    sheet = [
        HEADER,
        [
            code(1),
            "新乡市Ａ＆Ｂ（红旗）科技 有限公司",
            " 欧阳　娜娜 ",
            "行天大道482号（新址）\n二楼",
            "138-1234-5678",
            "红旗区",
        ],
        [code(2), "新乡市\x07控制\x1b字符有限公司", "李\x00四", "地址\x85一\t号", None, "红\x9f旗区"],
    ]
    import_list(workspace, write_csv(tmp_path / "text.csv", sheet, encoding="utf-8"), "L")
    one, two = firm(workspace, code(1)), firm(workspace, code(2))
    assert (one.name, one.legal_rep, one.address) == (
        "新乡市A&B（红旗）科技有限公司",
        "欧阳　娜娜",
        "行天大道482号（新址）\n二楼",
    )
    assert (two.name, two.legal_rep, two.address, two.county) == (
        "新乡市控制字符有限公司",
        "李四",
        "地址一\t号",
        "红旗区",
    )
    # The index folds widths for matching: the stored text is not folded, the search finds it either way.
    assert [f.uscc for f in list_firms(workspace, FirmQuery(search="(新址)"))] in ([], [code(1)])
    assert [f.uscc for f in list_firms(workspace, FirmQuery(search="Ａ&B"))] == [code(1)]


def _firm_code(division: str, serial: int) -> str:
    body = f"{serial:08d}"
    return complete(f"91{division}{body}{org_code_check(body)}")


def test_the_county_comes_from_the_code_when_the_row_has_none(workspace: Workspace, tmp_path: Path) -> None:
    codes = {
        _firm_code("410702", 1): "红旗区",  # 河南 新乡
        _firm_code("110108", 2): "海淀区",  # 北京
        _firm_code("440305", 3): "南山区",  # 广东 深圳
        _firm_code("410728", 4): "长垣市",  # 长垣县, retired in 2019: its successor's name
        _firm_code("330185", 5): "临安区",  # 临安市, retired in 2017
        _firm_code("410700", 6): None,  # the city's own code names no county
    }
    sheet = [["统一社会信用代码", "企业名称"], *[[c, f"测试{i}有限公司"] for i, c in enumerate(codes)]]
    report = import_list(workspace, write_xlsx(tmp_path / "nocounty.xlsx", {"S": sheet}), "L")
    assert report.new == 6
    assert {c: firm(workspace, c).county for c in codes} == codes
    stated = [
        [*HEADER[:2], "所属县（市、区）"],
        [_firm_code("410702", 1), "测试0有限公司", "卫滨区"],  # a stated county wins ...
        [_firm_code("110108", 2), "测试1有限公司", "北京市海淀区"],  # ... and agrees here
    ]
    preview = preview_import(
        workspace, write_xlsx(tmp_path / "stated.xlsx", {"S": stated}), "L", mode="supplement"
    )
    assert [(d.stated, d.derived) for d in preview.county_disagreements] == [("卫滨区", "红旗区")]
    assert {c.uscc: c.fields for c in preview.changes} == {
        _firm_code("410702", 1): (("county", "红旗区", "卫滨区"),),
        _firm_code("110108", 2): (("county", "海淀区", "北京市海淀区"),),
    }


def test_a_derived_county_never_replaces_a_stored_one(workspace: Workspace, tmp_path: Path) -> None:
    import_list(workspace, write_xlsx(tmp_path / "v1.xlsx", {"S": [HEADER, *rows(1)]}), "L")
    edit_firm_fields(workspace, code(1), {"county": "高新区"})
    again = write_xlsx(
        tmp_path / "v2.xlsx", {"S": [["统一社会信用代码", "企业名称"], [code(1), "新乡市测试1有限公司"]]}
    )
    assert import_list(workspace, again, "L").applied is False
    assert firm(workspace, code(1)).county == "高新区"


# -- numbers, officers ---------------------------------------------------------------------------


def test_huge_and_impossible_numbers_are_cell_problems(workspace: Workspace, tmp_path: Path) -> None:
    header = ["统一社会信用代码", "企业名称", "注册资本（万元）", "服务银行数", "成立日期", "联系电话"]
    sheet = [
        header,
        [code(1), "甲公司", 1e308, 10**30, 1e308, 1e300],
        [code(2), "乙公司", "inf", "NaN", "-inf", None],  # (an xlsx cannot hold inf or NaN as numbers)
        [code(3), "丙公司", "1e400", "99999999999999999999999", "2019-03-05", "13812345678"],
    ]
    report = import_list(workspace, write_xlsx(tmp_path / "huge.xlsx", {"S": sheet}), "L")
    assert report.new == 3 and report.invalid == []
    assert {(w.row, w.column) for w in report.warnings} >= {
        (2, "注册资本（万元）"),
        (2, "服务银行数"),
        (2, "成立日期"),
        (2, "联系电话"),
        (3, "注册资本（万元）"),
        (3, "服务银行数"),
        (3, "成立日期"),
        (4, "注册资本（万元）"),
        (4, "服务银行数"),
    }
    third = firm(workspace, code(3))
    assert (third.registered_capital, third.banks_serving, str(third.founded)) == (None, None, "2019-03-05")


def test_new_firms_get_the_lists_officer_or_the_default_one(workspace: Workspace, tmp_path: Path) -> None:
    save_profile(workspace, Profile(officer="王经理", bank="新乡银行", branch="红旗支行"))
    assert default_officer(workspace) == "王经理"
    header = ["统一社会信用代码", "企业名称", "客户经理"]
    sheet = [header, [code(1), "甲公司", "李经理"], [code(2), "乙公司", None]]
    import_list(workspace, write_xlsx(tmp_path / "a.xlsx", {"S": sheet}), "L")
    assert (firm(workspace, code(1)).assigned_officer, firm(workspace, code(2)).assigned_officer) == (
        "李经理",
        "王经理",
    )
    assert {f.uscc for f in list_firms(workspace, FirmQuery(officer="王经理"))} == {code(2)}  # "mine" at once
    set_default_officer(workspace, "赵经理")
    import_list(
        workspace,
        write_xlsx(tmp_path / "b.xlsx", {"S": [["统一社会信用代码", "企业名称"], [code(3), "丙公司"]]}),
        "L",
        mode="supplement",
    )
    set_default_officer(workspace, "")
    import_list(
        workspace,
        write_xlsx(tmp_path / "c.xlsx", {"S": [["统一社会信用代码", "企业名称"], [code(4), "丁公司"]]}),
        "L",
        mode="supplement",
    )
    assert (firm(workspace, code(3)).assigned_officer, firm(workspace, code(4)).assigned_officer) == (
        "赵经理",
        None,
    )
    set_default_officer(workspace, None)
    assert default_officer(workspace) == "王经理"
