"""同步 and 设置 → 支行 driven with real widgets over three laptops (each its own data directory and key):
create and join the branch, assign firms, export and import with the preview, pick a conflict, the
month's missing packages, the merged history, Cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.services.firm_edit import edit_firm_fields, set_county
from desktop.services.sync_import import BatchItem, import_packages
from desktop.services.visits import VisitInput, add_visit
from desktop.store.models import Firm, SyncConflict, SyncOp, Visit
from desktop.ui import sync_view
from desktop.ui.branch_page import BranchPage
from desktop.ui.sync_view import SyncView
from tests.branch_helpers import Laptop, branch, hand_out, open_laptop
from tests.conftest import TODAY
from tests.factories import add_firm

WAIT = 60_000


def _view(laptop: Laptop, qtbot: QtBot) -> SyncView:
    view = SyncView(laptop.ws, lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def _page(laptop: Laptop, qtbot: QtBot) -> BranchPage:
    page = BranchPage(laptop.ws, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def _cells(model: object, row: int) -> list[str]:
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]  # type: ignore[attr-defined]


def _count(laptop: Laptop, model: type) -> int:
    with laptop.ws.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _firm(laptop: Laptop, code: str) -> Firm:
    with laptop.ws.db.session() as session:
        found = session.scalar(select(Firm).where(Firm.uscc == code))
        assert found is not None
        return found


def _import(view: SyncView, qtbot: QtBot, *paths: Path) -> None:
    with qtbot.waitSignal(view.import_tab.previewed, timeout=WAIT):
        view.import_tab.set_files(list(paths))
    with qtbot.waitSignal(view.import_tab.imported, timeout=WAIT):
        qtbot.mouseClick(view.import_tab.import_button, Qt.MouseButton.LeftButton)


def _export(view: SyncView, qtbot: QtBot, path: Path, to: str | None = None) -> None:
    if to is not None:
        view.export_tab.officer.setCurrentText(to)
    with qtbot.waitSignal(view.export_tab.exported, timeout=WAIT):
        view.export_tab.export_to(path)


def test_create_join_assign_and_exchange_from_the_screens(tmp_path: Path, qtbot: QtBot) -> None:
    coordinator = open_laptop(tmp_path, "coordinator", "王主任")
    zhang = open_laptop(tmp_path, "officer0", "张三")
    try:
        codes = [add_firm(coordinator.ws, n) for n in (1, 2, 3)]
        set_county(coordinator.ws, codes[:2], "红旗区")
        page = _page(coordinator, qtbot)
        assert page.create_group.isVisible() and not page.assign.isVisible()
        page.branch_name.setText("城区支行")
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
        join_code = page.code_text.toPlainText()
        assert join_code.startswith("FLJ1") and page.code_group.isVisible()
        assert page.qr.pixmap() is not None and not page.qr.pixmap().isNull()
        assert "协调人" in page.state.text() and page.assign.isVisible() and not page.create_group.isVisible()
        page.show_recovery()
        assert page.recovery_edit.text().startswith("FLR1")
        # The join code is shown once: a page opened later does not show it.
        assert not _page(coordinator, qtbot).code_group.isVisible()

        officer_page = _page(zhang, qtbot)
        officer_page.code_edit.setText(join_code)
        qtbot.mouseClick(officer_page.join_button, Qt.MouseButton.LeftButton)
        assert "已以客户经理“张三”加入支行“城区支行”" in officer_page.notice.text()
        assert not officer_page.join_group.isVisible() and not officer_page.assign.isVisible()
        assert "最近收到协调人的工作包：—" in officer_page.state.text()

        officer_view, coordinator_view = _view(zhang, qtbot), _view(coordinator, qtbot)
        assert (
            "客户经理 张三" in officer_view.state.text() and not officer_view.export_tab.officer.isVisible()
        )
        _export(officer_view, qtbot, tmp_path / "hello.flpkg")
        _import(coordinator_view, qtbot, tmp_path / "hello.flpkg")
        assert _cells(coordinator_view.import_tab.summary_model, 0)[:2] == ["hello.flpkg", "张三"]

        page.refresh()
        page.assign.assign_officer.setCurrentText("张三")
        page.assign.by_county.setChecked(True)
        page.assign.county.setCurrentText("红旗区")
        qtbot.mouseClick(page.assign.assign_button, Qt.MouseButton.LeftButton)
        assert "已把 2 户分配给 张三（其中 2 户换了负责人）" in page.assign.assign_result.text()
        assert _cells(page.officers_model, 0)[:2] == ["张三", "2"]

        coordinator_view.refresh()
        _export(coordinator_view, qtbot, tmp_path / "to-zhang.flpkg", to="张三")
        assert "给张三" in coordinator_view.export_tab.status.text()
        _import(officer_view, qtbot, tmp_path / "to-zhang.flpkg")
        assert _count(zhang, Firm) == 2 and _firm(zhang, codes[0]).assigned_officer == "张三"
        assert _cells(officer_view.import_tab.summary_model, 0)[1] == "协调人"
    finally:
        coordinator.ws.close()
        zhang.ws.close()


def test_the_preview_changes_nothing_and_a_conflict_is_picked(tmp_path: Path, qtbot: QtBot) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        edit_firm_fields(zhang.ws, code, {"address": "新乡市红旗区一号"})
        edit_firm_fields(coordinator.ws, code, {"address": "新乡市牧野区二号"})
        package = zhang.export()
        view = _view(coordinator, qtbot)
        ops = _count(coordinator, SyncOp)
        with qtbot.waitSignal(view.import_tab.previewed, timeout=WAIT):
            view.import_tab.set_files([package])
        assert _cells(view.import_tab.conflicts_model, 0) == [
            code,
            "企业信息 · 地址",
            "新乡市牧野区二号",
            "新乡市红旗区一号",
        ]
        assert "预览（未改动）" in view.import_tab.status.text()
        assert (
            _count(coordinator, SyncOp) == ops and _count(coordinator, SyncConflict) == 0
        )  # nothing changed
        with qtbot.waitSignal(view.import_tab.imported, timeout=WAIT):
            qtbot.mouseClick(view.import_tab.import_button, Qt.MouseButton.LeftButton)
        assert "待处理冲突 1 项" in view.state.text()
        conflicts = view.conflicts_tab
        assert _cells(conflicts.model, 0)[:4] == [
            code,
            "企业信息 · 地址",
            "新乡市牧野区二号",
            "新乡市红旗区一号",
        ]
        conflicts.table.selectRow(0)
        qtbot.mouseClick(conflicts.theirs_button, Qt.MouseButton.LeftButton)
        assert _firm(coordinator, code).address == "新乡市红旗区一号"
        assert conflicts.model.rowCount() == 0 and "待处理冲突 0 项" in view.state.text()
        # Importing the same package again: already had, nothing to import.
        with qtbot.waitSignal(view.import_tab.previewed, timeout=WAIT):
            view.import_tab.set_files([package])
        assert "该工作包已导入过" in _cells(view.import_tab.summary_model, 0)[6]
        assert not view.import_tab.import_button.isEnabled()


def test_missing_packages_history_refusals_and_cancel(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with branch(tmp_path) as (coordinator, (zhang, li)):
        a, b = add_firm(coordinator.ws, 1), add_firm(coordinator.ws, 2)
        hand_out(coordinator, zhang, [a])
        hand_out(coordinator, li, [b])
        add_visit(zhang.ws, a, VisitInput(on=date(2026, 11, 10), mode="site"))
        zhang.ws.clock = lambda: date(2026, 12, 1)
        from_zhang = zhang.export()
        view = _view(coordinator, qtbot)
        # Cancel pressed while the package merges: the import rolls back, nothing changed.
        with qtbot.waitSignal(view.import_tab.previewed, timeout=WAIT):
            view.import_tab.set_files([from_zhang])
        visits = _count(coordinator, Visit)

        def cancelled_midway(ws: object, paths: list[Path], **kwargs: Any) -> list[BatchItem]:
            def progress(done: int, total: int, message: str) -> None:
                if "合并" in message:
                    kwargs["cancel"].cancel()  # as the dialog's Cancel button does

            return import_packages(ws, paths, progress=progress, cancel=kwargs["cancel"])  # type: ignore[arg-type]

        monkeypatch.setattr(sync_view, "import_packages", cancelled_midway)
        with qtbot.waitSignal(view.import_tab.imported, timeout=WAIT):
            qtbot.mouseClick(view.import_tab.import_button, Qt.MouseButton.LeftButton)
        monkeypatch.undo()
        assert view.import_tab.status.text() == "已导入 0 个工作包。其余已取消，未作改动。"
        assert "操作已取消" in _cells(view.import_tab.summary_model, 0)[6]
        assert _count(coordinator, Visit) == visits
        # A package meant for the coordinator, on 李四's laptop: refused in the preview, nothing to import.
        li_view = _view(li, qtbot)
        with qtbot.waitSignal(li_view.import_tab.previewed, timeout=WAIT):
            li_view.import_tab.set_files([from_zhang])
        assert "不是给本机的" in _cells(li_view.import_tab.summary_model, 0)[6]
        assert not li_view.import_tab.import_button.isEnabled() and _count(li, Visit) == 0
        _import(view, qtbot, from_zhang)
        assert _count(coordinator, Visit) == visits + 1

        missing = view.missing_tab
        missing.month.setDate(missing.month.date().fromString("2026-11", "yyyy-MM"))
        missing.refresh()
        assert missing.missing.text() == "2026-11 尚未收到：李四"
        assert {_cells(missing.model, r)[0] for r in range(missing.model.rowCount())} == {"张三", "李四"}
        assert not li_view.tabs.isTabVisible(li_view.tabs.indexOf(li_view.missing_tab))  # coordinator only

        history = view.history_tab
        history.code.setText(a)
        history.show_history()
        laptops = {_cells(history.model, r)[1] for r in range(history.model.rowCount())}
        assert {"本机", "张三"} <= laptops
        assert "张三 的审计链" in history.chains.text() and "完整" in history.chains.text()


def test_not_in_a_branch_says_where_to_start(tmp_path: Path, qtbot: QtBot) -> None:
    laptop = open_laptop(tmp_path, "alone", "赵六")
    try:
        view = _view(laptop, qtbot)
        assert "设置 → 支行" in view.state.text() and not view.tabs.isEnabled()
        page = _page(laptop, qtbot)
        page.code_edit.setText("FLJ1-这不是加入码")
        qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
        assert page.message.text() and page.join_group.isVisible()
    finally:
        laptop.ws.close()
