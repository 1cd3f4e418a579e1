"""Service errors and list-row problems come in both languages, with the same facts in each."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.exchange.tables import UnusableFile
from desktop.services.firms import FirmNotFound
from desktop.services.ledger import LedgerIncomplete, export_ledger
from desktop.services.list_import import read_list
from desktop.services.outcome import DateOrderError
from desktop.services.profile import save_profile
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Profile, Workspace
from tests.exchange.list_files import code, write_csv
from tests.report_factories import add_firm
from tests.report_factories import add_visit as add_visit_record


def test_an_unknown_firm_is_named_in_both_languages(workspace: Workspace) -> None:
    missing = code(999)
    with pytest.raises(FirmNotFound) as caught:
        add_visit(workspace, missing, VisitInput(on=date(2026, 3, 5), mode="site"))
    assert str(caught.value) == f"找不到统一社会信用代码为 '{missing}' 的企业"
    assert caught.value.text("en") == f"No firm has the unified social credit code '{missing}'"


def test_dates_out_of_order_give_both_dates(workspace: Workspace) -> None:
    data = VisitInput(on=date(2026, 3, 5), mode="site", follow_up=date(2026, 3, 1))
    with pytest.raises(DateOrderError) as caught:
        add_visit(workspace, code(1), data)
    assert str(caught.value) == "回访日期（2026-03-01）早于走访日期（2026-03-05）"
    assert caught.value.text("en") == "The follow-up date (2026-03-01) is before the visit date (2026-03-05)"


def test_an_unusable_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "名单.pdf"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(UnusableFile) as caught:
        read_list(path)
    assert "名单.pdf" in str(caught.value)
    assert caught.value.text("en") == (
        "The file 名单.pdf is not a spreadsheet the app recognises (Excel .xlsx/.xls, .ods, CSV and the "
        "“.xls” web pages that platforms export are supported). Open it in Excel or WPS, save it as .xlsx and "
        "import that"
    )


def test_row_problems_give_sheet_row_column_and_an_english_reason(tmp_path: Path) -> None:
    rows = [
        ["统一社会信用代码", "企业名称", "成立日期"],
        [code(1), "新乡市鑫达科技有限公司", "2019年13月5日"],
        ["91410702MA44", "新乡县商贸有限公司", "2019-03-05"],
        [code(3), "", "2019-03-05"],
    ]
    parsed = read_list(write_csv(tmp_path / "list.csv", rows))
    (warning,) = parsed.warnings
    assert (warning.row, warning.column, warning.reason) == (2, "成立日期", "日期不存在：2019-13-5")
    assert warning.text("en") == "No such date: 2019-13-5"
    bad_code, no_name = parsed.invalid
    assert bad_code.row == 3 and bad_code.text("zh_CN") == "统一社会信用代码应为18位，实为12位"
    assert bad_code.text("en") == "The unified social credit code should have 18 characters, not 12"
    assert (
        no_name.row == 4
        and no_name.text("en") == "The firm name is empty"
        and no_name.reason == "企业名称为空"
    )


def test_an_incomplete_ledger_names_the_gap_in_english(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.db.write() as s:
        firm = add_firm(s, "新乡市乙商贸有限公司")
        add_visit_record(s, firm, date(2026, 10, 9))
    save_profile(
        workspace, Profile(officer="李明", bank="中原银行", branch="红旗支行", unit="中原银行新乡分行")
    )
    with pytest.raises(LedgerIncomplete) as caught:
        export_ledger(workspace, "2026-10", tmp_path / "ledger.xlsx")
    assert "未授信，但没有填写存在的主要问题" in str(caught.value)
    english = caught.value.text("en")
    assert english.startswith(
        "The ledger has 1 empty item, e.g. “存在的主要问题（未授信填写此项）” of 新乡市乙商贸有限公司"
    )
    assert "(Not credited, but the main problem is not filled in)" in english
    assert "firstloan ledger-check --month 2026-10" in english
