"""The programme's 待办: record the credit report of a 待核实 first loan, the quarter's report, the
half-year list update."""

from __future__ import annotations

from datetime import date

from desktop.services.programme_setup import set_programme
from desktop.services.todo import todo
from desktop.services.workspace import Workspace
from tests.history_factories import TODAY, build_history


def test_unverified_first_loans_ask_for_the_credit_report_facts(workspace: Workspace) -> None:
    firms = build_history(workspace, "xinzhou")
    [item] = todo(workspace, TODAY, kinds=["credit_report"])
    assert (
        item.uscc == firms["B"].uscc and item.due == date(2026, 3, 10) and item.overdue
    )  # February's ledger
    assert "补录征信信息" in item.title and "最近一笔贷款结清日期" in item.title
    assert "Record the credit report facts" in item.title.en  # type: ignore[attr-defined]
    assert todo(workspace, TODAY, kinds=["credit_report"], officer="李明") == []  # B is 王芳's


def test_quarterly_report_and_half_year_list_for_quanzhou(workspace: Workspace) -> None:
    build_history(workspace, "quanzhou")
    [quarter] = todo(workspace, date(2026, 10, 8), kinds=["quarterly_report"])
    assert quarter.due == date(2026, 10, 15) and not quarter.overdue and "第 3 季度" in quarter.title
    assert todo(workspace, date(2026, 11, 20), kinds=["quarterly_report"]) == []  # long past: dropped
    # The list came in 2025-12-15: renewed every half year, so due 2026-06-15.
    [renew] = todo(workspace, date(2026, 6, 5), kinds=["list_update"])
    assert renew.due == date(2026, 6, 15) and "每半年更新一次" in renew.title
    assert todo(workspace, date(2026, 5, 1), kinds=["list_update"]) == []
    set_programme(workspace, "xinxiang")
    assert todo(workspace, date(2026, 6, 5), kinds=["list_update", "quarterly_report"]) == []
