"""设置 → 节假日: a notice pasted or opened, shown for confirmation (with the built-in days it contradicts),
saved; the status-bar text and the once-a-day message; 日历未知 on the demand's 211 steps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.services.demands import add_demand, record_acceptance
from desktop.services.workspace import CALENDAR_FILE, Workspace
from desktop.ui.calendar_status import CalendarStatus, message_once_a_day
from desktop.ui.holidays_page import HolidaysPage
from desktop.ui.settings_view import SettingsView
from tests.domain.notices import NOTICE_2020, NOTICE_2027
from tests.factories import add_firm
from tests.ui.test_quick_actions import _open_firm

TODAY = date(2026, 12, 3)


def _page(ws: Workspace, qtbot: QtBot) -> HolidaysPage:
    page = HolidaysPage(ws, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 640)
    page.show()
    return page


def _cell(page: HolidaysPage, row: int, column: int, model: str = "items_model") -> str:
    table = getattr(page, model)
    return str(table.data(table.index(row, column)))


def test_paste_check_and_save_a_new_year(workspace: Workspace, qtbot: QtBot) -> None:
    page = _page(workspace, qtbot)
    assert "日历还没有 2027 年的节假日安排" in page.state_label.text()
    assert not page.save_button.isEnabled()
    page.text.setPlainText(NOTICE_2027)
    qtbot.mouseClick(page.parse_button, Qt.MouseButton.LeftButton)
    assert "2027 年节假日安排（粘贴的通知文字）：放假 31 天，调休上班 7 天" in page.summary.text()
    assert page.items_model.rowCount() == 7
    assert [_cell(page, 1, c) for c in range(4)] == [
        "春节",
        "2027-02-05 至 2027-02-13",
        "9",
        "2027-02-14（周日）、2027-02-20（周六）",
    ]
    assert page.differences_label.text() == "日历中还没有 2027 年，保存后按此通知计算。"
    assert page.differences_table.isHidden()
    with qtbot.waitSignal(page.saved) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [2027]
    assert (workspace.data_dir / CALENDAR_FILE).exists() and workspace.calendar.knows_year(2027)
    assert page.status.text() == "已保存：2027 年按导入的通知计算。" and not page.save_button.isEnabled()
    assert "2027 年（导入的通知）" in page.state_label.text() and "还没有" not in page.state_label.text()


def test_a_contradicting_notice_is_shown_side_by_side(workspace: Workspace, qtbot: QtBot) -> None:
    page = _page(workspace, qtbot)
    page.text.setPlainText(NOTICE_2020)
    assert page.parse_text()
    assert page.differences_label.text() == "通知与内置日历有 2 天不同，保存后以通知为准："
    assert page.differences_table.isVisible() and page.differences_model.rowCount() == 2
    assert [_cell(page, 0, c, "differences_model") for c in range(3)] == [
        "2020-01-31（周五）",
        "上班",
        "休息",
    ]
    page.text.insertPlainText(" ")  # editing the text withdraws what was shown
    assert page.preview is None and not page.save_button.isEnabled()


def test_a_text_that_is_not_a_notice_is_explained_in_place(workspace: Workspace, qtbot: QtBot) -> None:
    page = _page(workspace, qtbot)
    page.text.setPlainText("一、元旦：1月1日（周五）至3日（周日）放假，共3天。")
    with qtbot.assertNotEmitted(page.failed):
        assert not page.parse_text()
    assert page.status.text().startswith("找不到通知所属的年份") and not page.save_button.isEnabled()
    page.year.setValue(2027)  # the year chosen by hand for a text without its title
    assert page.parse_text() and page.preview is not None and page.preview.year == 2027


def test_open_a_saved_page(workspace: Workspace, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "国务院办公厅关于2027年部分节假日安排的通知.html"
    body = "".join(f"<p>{line}</p>" for line in NOTICE_2027.splitlines())
    path.write_bytes(f'<html><meta charset="gb2312"><body>{body}</body></html>'.encode("gb18030"))
    page = _page(workspace, qtbot)
    assert page.open_file(path)
    assert page.text.toPlainText().startswith("国务院办公厅关于2027年部分节假日安排的通知")
    assert path.name in page.summary.text()
    assert not page.open_file(tmp_path / "missing.txt") and "无法打开" in page.status.text()


def test_in_english(workspace: Workspace, qtbot: QtBot, english: None) -> None:
    page = _page(workspace, qtbot)
    page.text.setPlainText(NOTICE_2027)
    assert page.parse_text()
    assert page.items_model.headerData(0, Qt.Orientation.Horizontal) == "Holiday"
    assert [_cell(page, 1, c) for c in (0, 1, 3)] == [
        "Spring Festival",
        "2027-02-05 to 2027-02-13",
        "2027-02-14 (Sun), 2027-02-20 (Sat)",
    ]
    assert page.state_label.text().startswith("Years the calendar knows: 2004–")


def test_settings_has_the_holidays_tab(workspace: Workspace, qtbot: QtBot, tmp_path: Path) -> None:
    view = SettingsView(workspace, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(view)
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "常规",
        "项目",
        "目标",
        "节假日",
        "导入名单",
        "支行",
    ]
    assert view.tabs.widget(3) is view.holidays_page


def test_status_text_and_the_message_once_a_day(workspace: Workspace, qtbot: QtBot, tmp_path: Path) -> None:
    label = CalendarStatus(workspace, lambda: TODAY)
    qtbot.addWidget(label)
    assert label.text() == "⚠ 尚无 2027 年节假日安排" and "设置 → 节假日" in label.toolTip()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert message_once_a_day(workspace, settings, TODAY).startswith("日历还没有 2027 年的节假日安排")
    assert message_once_a_day(workspace, settings, TODAY) == ""  # once a day
    assert message_once_a_day(workspace, settings, date(2026, 12, 4)) != ""
    assert message_once_a_day(workspace, settings, date(2026, 10, 30)) == ""  # before November: nothing
    page = _page(workspace, qtbot)
    page.saved.connect(lambda _year: label.refresh())
    page.text.setPlainText(NOTICE_2027)
    assert page.parse_text() and page.save()
    assert label.text() == "节假日已知至 2027 年" and message_once_a_day(workspace, settings, TODAY) == ""


def test_demand_steps_mark_a_deadline_in_an_unknown_year(workspace: Workspace, qtbot: QtBot) -> None:
    add_firm(workspace)
    view, firm = _open_firm(workspace, qtbot)
    workspace.clock = lambda: date(2026, 12, 31)
    demand = add_demand(workspace, firm.uscc, on=date(2026, 12, 30))
    record_acceptance(workspace, demand.id, date(2026, 12, 31), conditions_met_on=date(2026, 12, 30))
    view.detail.show_firm(firm.uscc)
    text = view.detail.steps_panel.summary.text()
    assert "截止 2027-01-04（待办）（日历未知）" in text
    assert "日历还没有 2027 年的节假日安排" in text
    model = view.detail.demands_model
    assert str(model.data(model.index(0, 3))).endswith("（日历未知）")  # the firm's demand row
    assert not str(model.data(model.index(0, 4))).endswith("（日历未知）")  # acceptance: 2026-12-31
