"""导入导出 screen: choose a messy list, preview its counts and invalid rows, apply, undo; a broken file."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.services.firm_edit import edit_firm_fields
from desktop.services.jobs import CancelToken
from desktop.services.list_batches import list_batches
from desktop.services.list_import import ImportReport
from desktop.services.workspace import Workspace
from desktop.store.models import Firm
from desktop.ui import import_view
from desktop.ui.import_view import CHOOSE, MAPPING, PREVIEW, SUMMARY, ImportView
from desktop.ui.main_window import EXCHANGE, MainWindow
from tests.exchange.list_files import code
from tests.ui.conftest import today
from tests.ui.test_worker import cancel_button

TITLE = "卫滨区小微企业无贷户名单"
HEADER = ["序号", "统一社会信用代码", "企业名称", "法定代表人", "注册资本（万元）"]


def messy_list(path: Path, capital: int = 100) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "名单"
    for row in (
        [TITLE],
        HEADER,
        [1, code(11), "新乡市甲科技有限公司", "张三", capital],
        [2, code(12), "新乡市乙商贸有限公司", "李四", 50],
        [3, "91410702ABC", "新乡市丙建材有限公司", "王五", 30],  # a bad code
        [4, code(13), "新乡市丁食品有限公司", "赵六", 20],
        [5, code(11), "新乡市甲科技有限公司", "张三", capital],  # a duplicate
    ):
        sheet.append(row)
    book.save(path)
    return path


def firms(ws: Workspace) -> int:
    with ws.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Firm)) or 0)


@pytest.fixture
def view(workspace: Workspace, qtbot: QtBot) -> ImportView:
    widget = ImportView(workspace)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(view: ImportView, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    view.browse_button.click()
    assert view.file_edit.text() == str(path)


def describe(view: ImportView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.described, timeout=20000):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.stack.currentIndex() == MAPPING


def preview(view: ImportView, qtbot: QtBot) -> None:
    describe(view, qtbot)
    with qtbot.waitSignal(view.previewed, timeout=20000):
        qtbot.mouseClick(view.mapping_page.preview_button, Qt.MouseButton.LeftButton)


def apply(view: ImportView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.imported, timeout=20000):
        qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)


def test_preview_apply_and_undo(
    view: ImportView, workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(view, messy_list(tmp_path / "名单.xlsx"), monkeypatch)
    preview(view, qtbot)
    assert view.stack.currentIndex() == PREVIEW
    text = view.counts.text()
    assert TITLE in text and "新增 3 家" in text and "重复 1 行" in text and "无效 1 行" in text, text
    assert view.name_edit.text() == TITLE  # the title row is the default name
    assert view.invalid_model.rowCount() == 1
    cells = [view.invalid_model.data(view.invalid_model.index(0, c)) for c in range(4)]
    assert cells[0] == "名单" and cells[1] == "5" and cells[3], cells
    assert firms(workspace) == 0  # the preview changes nothing

    apply(view, qtbot)
    assert view.stack.currentIndex() == SUMMARY
    assert firms(workspace) == 3
    assert "新增 3 家" in view.summary.text()
    assert view.history.batches_model.rowCount() == 1 and view.undo_button.isEnabled()

    # Undo is asked first, saying what it does; No leaves the import in place.
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answers.pop(0)
    )
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert firms(workspace) == 3 and "新增的 3 家企业将被删除" in asked[0]
    with qtbot.waitSignal(view.undone, timeout=5000):
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert firms(workspace) == 0
    assert list_batches(workspace)[0].undone
    assert not view.undo_button.isEnabled()
    assert view.history.batches_model.data(view.history.batches_model.index(0, 8)) == "已撤销"


def import_then_edit_by_hand(
    view: ImportView, workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The messy list imported, firm 11's capital edited by hand (150 万元), the wizard at its start."""
    choose(view, messy_list(tmp_path / "first.xlsx"), monkeypatch)
    preview(view, qtbot)
    apply(view, qtbot)
    edit_firm_fields(workspace, code(11), {"registered_capital": Decimal("150")})
    view.restart()


def test_conflict_box_takes_the_lists_value(
    view: ImportView, workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_then_edit_by_hand(view, workspace, qtbot, tmp_path, monkeypatch)
    choose(view, messy_list(tmp_path / "second.xlsx", capital=200), monkeypatch)
    preview(view, qtbot)
    assert view.conflicts.rowCount() == 1
    box = view.conflicts.item(0, 4)
    assert box is not None and box.checkState() == Qt.CheckState.Unchecked
    box.setCheckState(Qt.CheckState.Checked)
    assert view.take_list() == {code(11): ["registered_capital"]}
    field = view.conflicts.item(0, 1)
    assert field is not None and field.text() == "注册资本"
    apply(view, qtbot)
    with workspace.db.session() as session:
        capital = session.scalar(select(Firm.registered_capital).where(Firm.uscc == code(11)))
    assert capital == 200
    # The history: the latest batch of the list can be undone from the table.
    assert view.history.batches_model.rowCount() == 2
    view.history.batches_table.selectRow(1)  # the older one
    assert not view.history.undo_batch_button.isEnabled()
    view.history.batches_table.selectRow(0)
    assert view.history.undo_batch_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.undone, timeout=5000):
        view.history.undo_batch_button.click()
    assert [b.undone for b in list_batches(workspace)] == [False, True]


def test_unusable_file_shows_the_message_and_changes_nothing(
    view: ImportView, workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "名单.xlsx"
    bad.write_bytes(b"this is not a spreadsheet")
    choose(view, bad, monkeypatch)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.message.text()), timeout=20000)
    assert "名单.xlsx" in view.message.text() and "Excel" in view.message.text()
    assert view.stack.currentIndex() == CHOOSE
    assert firms(workspace) == 0 and list_batches(workspace) == []


def test_welcome_import_opens_the_wizard(
    workspace: Workspace,
    ui_settings: QSettings,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = messy_list(tmp_path / "名单.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window = MainWindow(workspace, ui_settings, today=today)
    qtbot.addWidget(window)
    window.show()
    window.welcome.import_button.click()
    assert window.current_page() == EXCHANGE and window.import_view is not None
    assert window.import_view.file_edit.text() == str(path)
    assert window.import_view.next_button.isEnabled()


def test_cancel_during_apply_changes_nothing(
    view: ImportView, workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(view, messy_list(tmp_path / "名单.xlsx"), monkeypatch)
    preview(view, qtbot)
    real = import_view.import_list

    def held(*args: Any, cancel: CancelToken, **kwargs: Any) -> ImportReport:
        while not cancel.cancelled:  # hold the worker until the officer presses Cancel
            time.sleep(0.01)
        return real(*args, cancel=cancel, **kwargs)

    monkeypatch.setattr(import_view, "import_list", held)
    qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    assert view.runner is not None
    qtbot.waitUntil(view.runner.dialog.isVisible, timeout=5000)
    cancel_button(view.runner).click()
    qtbot.waitUntil(lambda: "取消" in view.message.text(), timeout=20000)
    assert view.stack.currentIndex() == PREVIEW
    assert firms(workspace) == 0 and list_batches(workspace) == []


def test_english_mode_explains_problems_in_english(
    english: None,
    view: ImportView,
    workspace: Workspace,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / "list.xlsx"
    bad.write_bytes(b"this is not a spreadsheet")
    choose(view, bad, monkeypatch)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.message.text()), timeout=20000)
    assert "list.xlsx" in view.message.text() and "无法" not in view.message.text()
    choose(view, messy_list(tmp_path / "名单.xlsx"), monkeypatch)
    preview(view, qtbot)
    reason = view.invalid_model.data(view.invalid_model.index(0, 3))
    assert reason == "The unified social credit code should have 18 characters, not 11"


def test_apply_after_the_preview_does_not_read_the_file_again(
    view: ImportView, workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services import list_import

    choose(view, messy_list(tmp_path / "名单.xlsx"), monkeypatch)
    preview(view, qtbot)
    monkeypatch.setattr(list_import, "read_tables", lambda path: pytest.fail(f"read {path} again"))
    apply(view, qtbot)
    assert view.stack.currentIndex() == SUMMARY and firms(workspace) == 3
    assert view.report is not None and view.report.reading is None  # the rows read are let go


def test_the_preview_lists_what_changes_for_which_firm(
    view: ImportView, workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_then_edit_by_hand(view, workspace, qtbot, tmp_path, monkeypatch)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        [TITLE],
        HEADER,
        [1, code(11), "新乡市甲科技有限公司", "张三", 200],  # hand-edited capital: a conflict
        [2, code(12), "新乡市乙商贸有限公司", "李四", 62.5],  # capital 50 -> 62.5
    ):  # code(13) is not in this edition: it leaves the list
        sheet.append(row)
    book.save(tmp_path / "second.xlsx")
    choose(view, tmp_path / "second.xlsx", monkeypatch)
    preview(view, qtbot)
    model = view.changes_model
    rows = [[model.data(model.index(r, c)) for c in range(3)] for r in range(model.rowCount())]
    assert rows == [
        ["新乡市乙商贸有限公司", code(12), "注册资本：50 万元 → 62.5 万元"],
        ["新乡市丁食品有限公司", code(13), "移出本名单"],
    ]
    conflict = [view.conflicts.item(0, c).text() for c in range(4)]  # type: ignore[union-attr]
    assert conflict == ["新乡市甲科技有限公司", "注册资本", "150 万元", "200 万元"]
    tabs = view.preview_tabs
    assert [tabs.tabText(i) for i in range(3)] == ["变化（2）", "无效与警告（0）", "冲突（1）"]
    assert tabs.currentIndex() == 2  # the officer's decision comes first
