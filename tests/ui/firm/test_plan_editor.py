"""The plan editor with real widgets: pick lists with free text, tasks with due date and owner, save as a new
version, what changed, mark a task done with its date and note, cancel, a bad due date named."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from desktop.services.plans import plan_versions
from desktop.services.todo import todo
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.task_done_dialog import TaskDoneDialog
from desktop.ui.firm.pane import FirmDetailPane
from tests.conftest import TODAY
from tests.ui.firm.conftest import audit_count, ok


def _task(pane: FirmDetailPane, title: str, due: str, owner: str) -> None:
    tasks = pane.plan.tasks
    tasks.add_row()
    row = tasks.table.rowCount() - 1
    for column, text in enumerate((title, due, owner)):
        tasks.table.setItem(row, column, QTableWidgetItem(text))


def _first_version(pane: FirmDetailPane, qtbot: QtBot) -> None:
    plan = pane.plan
    plan.diagnosis["no_collateral"].setChecked(True)
    plan.diagnosis_note.setText("厂房为租赁")
    plan.measures["gov_guarantee"].setChecked(True)
    plan.product.setText("担保贷")
    plan.amount.setText("100")
    _task(pane, "收集纳税资料", "2026-11-25", "王芳")
    _task(pane, "推荐担保公司", "2026-12-10", "企业")
    qtbot.mouseClick(plan.save_button, Qt.MouseButton.LeftButton)


def test_save_versions_and_read_back(ws: Workspace, firm: str, pane: FirmDetailPane, qtbot: QtBot) -> None:
    plan = pane.plan
    _first_version(pane, qtbot)
    [v1] = plan_versions(ws, firm)
    assert (
        v1.diagnosis == ["no_collateral"]
        and v1.diagnosis_note == "厂房为租赁"
        and v1.measures == ["gov_guarantee"]
    )
    assert [(t.title, str(t.due), t.owner) for t in v1.tasks] == [
        ("收集纳税资料", "2026-11-25", "王芳"),
        ("推荐担保公司", "2026-12-10", "企业"),
    ]
    assert pane.detail is not None and pane.detail.firm.stage == "cultivating"
    # Reopened, the editor shows the current version; revised, it is version 2, and says what changed.
    pane.show_firm(None)
    pane.show_firm(firm)
    assert plan.diagnosis["no_collateral"].isChecked() and plan.product.text() == "担保贷"
    assert plan.tasks.table.rowCount() == 2 and plan.tasks.table.item(1, 2).text() == "企业"
    plan.diagnosis["irregular_finance"].setChecked(True)
    plan.measures_note.setText("对接县担保公司")
    plan.tasks.table.item(1, 1).setText("2026-12-15")
    qtbot.mouseClick(plan.save_button, Qt.MouseButton.LeftButton)
    v1, v2 = plan_versions(ws, firm)
    assert (v1.is_current, v2.version, v2.is_current) == (False, 2, True)
    assert "第 2 版" in plan.version.currentText()
    text = plan.changes.text()
    assert (
        "新增 财务不规范" in text
        and "措施说明" in text
        and "任务“推荐担保公司”期限：2026-12-10 → 2026-12-15" in text
    )


def test_mark_a_task_done_with_its_date_and_note(
    ws: Workspace, firm: str, pane: FirmDetailPane, qtbot: QtBot
) -> None:
    _first_version(pane, qtbot)
    tasks = pane.plan.tasks
    tasks.table.selectRow(0)
    assert tasks.done_button.isEnabled()
    tasks.done_button.click()
    dialog = pane.dialog
    assert isinstance(dialog, TaskDoneDialog)
    dialog.on.setDate(QDate(2026, 11, 19))
    dialog.note.setText("已收齐近一年纳税证明")
    ok(dialog, qtbot)
    assert not dialog.isVisible()
    [v1] = plan_versions(ws, firm)
    assert (v1.tasks[0].done, str(v1.tasks[0].done_on), v1.tasks[0].note) == (
        True,
        "2026-11-19",
        "已收齐近一年纳税证明",
    )
    assert "完成" in tasks.table.item(0, 3).text()
    tasks.table.selectRow(0)
    assert not tasks.done_button.isEnabled() and not tasks.remove_button.isEnabled()
    # The to-do list shows the open one only, with its owner; the same call marks it done there.
    items = [i for i in todo(ws, TODAY) if i.kind == "plan_task"]
    assert [i.title for i in items] == ["培植任务：推荐担保公司（企业）"]


def test_cancel_and_bad_due_dates_save_nothing(
    ws: Workspace, firm: str, pane: FirmDetailPane, qtbot: QtBot
) -> None:
    plan = pane.plan
    before = audit_count(ws)
    plan.diagnosis["no_info"].setChecked(True)
    plan.measures["insurance"].setChecked(True)
    _task(pane, "辅导财务报表", "2026-13-01", "王芳")
    qtbot.mouseClick(plan.save_button, Qt.MouseButton.LeftButton)
    assert not plan.error.isHidden() and "第 1 行任务的期限" in plan.error.text()
    assert plan_versions(ws, firm) == [] and audit_count(ws) == before
    qtbot.mouseClick(plan.cancel_button, Qt.MouseButton.LeftButton)
    assert plan.tasks.table.rowCount() == 0 and not plan.diagnosis["no_info"].isChecked()
    plan.measures["insurance"].setChecked(True)
    qtbot.mouseClick(plan.save_button, Qt.MouseButton.LeftButton)  # no diagnosis: the service says so
    assert "诊断" in plan.error.text() and plan_versions(ws, firm) == []


def test_print_the_plan_from_the_editor(
    ws: Workspace,
    firm: str,
    pane: FirmDetailPane,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not pane.plan.print_button.isEnabled()  # nothing to print before the first version
    _first_version(pane, qtbot)
    out = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    pane.plan.print_button.click()
    assert pane.printer is not None
    with qtbot.waitSignal(pane.printer.printed, timeout=20000):
        pass
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "一企一策" in text and "推荐担保公司" in text and "一企一档 · 企业培植档案" not in text
