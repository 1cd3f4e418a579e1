"""导入导出, export side: the recommendation list and a list's feedback, written in the background and read
back; the folder is offered; Cancel writes nothing."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.jobs import CancelToken
from desktop.services.list_import import import_list
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Firm
from desktop.ui import export_panel
from desktop.ui.import_view import ImportView
from tests.exchange.list_files import code
from tests.ui.test_import_view import messy_list
from tests.ui.test_worker import cancel_button


def rows(path: Path) -> list[list[Any]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return [list(r) for r in sheet.iter_rows(values_only=True)]


@pytest.fixture
def view(workspace: Workspace, qtbot: QtBot, tmp_path: Path) -> ImportView:
    import_list(workspace, messy_list(tmp_path / "名单.xlsx"), "卫滨区名单")
    with workspace.db.write() as session:
        session.add(
            Firm(
                uscc=code(90),
                name="新乡市本行发现有限公司",
                name_key="新乡市本行发现有限公司",
                entity_type="enterprise",
                source="branch",
                source_channel="settlement",
                phone="13912345678",
                stage="contacted",
            )
        )
    widget = ImportView(workspace)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    offered: list[str] = []

    def dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return offered


def test_recommendations_and_feedback_are_written_and_the_folder_offered(
    view: ImportView, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = view.export_panel
    assert panel.list_combo.currentText() == "卫滨区名单" and panel.feedback_button.isEnabled()
    assert not panel.open_button.isVisible()

    offered = save_as(monkeypatch, tmp_path / "out" / "推荐")  # no suffix typed: .xlsx is added
    (tmp_path / "out").mkdir()
    with qtbot.waitSignal(panel.exported, timeout=20000) as signal:
        panel.recommend_button.click()
    out = tmp_path / "out" / "推荐.xlsx"
    assert signal.args == [out, 1] and offered[0].endswith(".xlsx")
    table = rows(out)
    assert table[1][:3] == ["序号", "统一社会信用代码", "企业名称"]
    assert table[2][1:3] == [code(90), "新乡市本行发现有限公司"] and table[2][10] == "139****5678"
    assert "1 家" in panel.result.text() and panel.open_button.isVisible()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.open_button.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "out")]

    save_as(monkeypatch, tmp_path / "反馈.xlsx")
    panel.full_box.setChecked(True)
    with qtbot.waitSignal(panel.exported, timeout=20000) as signal:
        panel.feedback_button.click()
    assert signal.args[1] == 3
    table = rows(tmp_path / "反馈.xlsx")
    assert table[0][0] == "卫滨区名单对接情况反馈"
    assert {r[1] for r in table[2:]} == {code(11), code(12), code(13)}
    assert {r[-2] for r in table[2:]} == {"待对接"}


def test_cancel_writes_no_file(
    view: ImportView, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = view.export_panel
    real = export_panel.export_recommendations

    def held(*args: Any, cancel: CancelToken, **kwargs: Any) -> int:
        while not cancel.cancelled:  # hold the worker until the officer presses Cancel
            time.sleep(0.01)
        return real(*args, cancel=cancel, **kwargs)

    monkeypatch.setattr(export_panel, "export_recommendations", held)
    save_as(monkeypatch, tmp_path / "rec.xlsx")
    panel.recommend_button.click()
    assert panel.runner is not None
    qtbot.waitUntil(panel.runner.dialog.isVisible, timeout=5000)
    cancel_button(panel.runner).click()
    qtbot.waitUntil(lambda: "取消" in panel.result.text(), timeout=20000)
    assert not (tmp_path / "rec.xlsx").exists() and not panel.open_button.isVisible()
    with view.ws.db.session() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.action.startswith("export"))) is None


def test_a_file_of_the_data_directory_is_refused_in_the_panel(
    view: ImportView, workspace: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The officer picks the database itself (the panel adds .xlsx): the panel says why, nothing is written."""
    panel = view.export_panel
    database = workspace.data_dir / "firstloan.db"
    before = database.read_bytes()
    save_as(monkeypatch, database)
    panel.recommend_button.click()
    qtbot.waitUntil(lambda: "不能写入" in panel.result.text(), timeout=20000)
    assert not (workspace.data_dir / "firstloan.db.xlsx").exists() and database.read_bytes() == before
    assert not panel.open_button.isVisible()
