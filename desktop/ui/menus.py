"""The menu bar and the keyboard: 文件, 编辑, 视图, 工具, 帮助, with the shortcuts officers know from Excel and
WPS (Ctrl+N new firm, Ctrl+P print, Ctrl+E export, F5 refresh, Ctrl+Q quit, Ctrl+F search, Esc clears the
search). Every action with a shortcut is listed in 帮助 → 快捷键 from the actions themselves.

The window gives the slots (``MenuSlots``); the menus only wire them, so a test can trigger an action or
press its key and see the slot run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.ui.i18n import LANGUAGES


class MenuSlots(Protocol):
    def start_import(self) -> None: ...
    def export_current(self) -> None: ...
    def print_current(self) -> None: ...
    def open_backups(self) -> object: ...
    def close(self) -> bool: ...
    def new_firm(self) -> None: ...
    def copy_rows(self) -> None: ...
    def focus_search(self) -> None: ...
    def clear_filters(self) -> None: ...
    def batch_assign_officer(self) -> None: ...
    def batch_set_county(self) -> None: ...
    def batch_add_tag(self) -> None: ...
    def go(self, number: int) -> None: ...
    def refresh_current(self) -> None: ...
    def choose_columns(self) -> None: ...
    def switch_language(self, language: str) -> None: ...
    def check_database(self) -> None: ...
    def show_holidays(self) -> None: ...
    def show_programme_settings(self) -> None: ...
    def show_guide(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def open_data_folder(self) -> None: ...
    def open_log(self) -> None: ...
    def show_about(self) -> None: ...


@dataclass
class Menus:
    actions: dict[str, QAction] = field(default_factory=dict)
    menus: dict[str, QMenu] = field(default_factory=dict)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every action with a shortcut, in menu order, plus the keys without a menu entry."""
        rows = [
            (
                action.text().replace("&", "").rstrip("…"),
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for action in self.actions.values()
            if not action.shortcut().isEmpty()
        ]
        rows += [
            (QCoreApplication.translate("Menus", "清除搜索（在搜索框中）"), "Esc"),
            (QCoreApplication.translate("Menus", "打开所选企业"), "Enter"),
            (
                QCoreApplication.translate("Menus", "多选企业"),
                QCoreApplication.translate("Menus", "Ctrl+单击 / Shift+单击"),
            ),
            (
                QCoreApplication.translate("Menus", "企业的操作菜单"),
                QCoreApplication.translate("Menus", "右键单击"),
            ),
            (
                QCoreApplication.translate("Menus", "选择显示的列"),
                QCoreApplication.translate("Menus", "右键单击表头"),
            ),
        ]
        return rows


SCREENS = ("工作台", "名单企业", "待办", "台帐与报表", "导入导出", "设置", "活动与产品", "同步")


class _Builder:
    """Adds menus and actions to the window's bar and keeps them by key (tests trigger them by key)."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.bar = window.menuBar()
        self.bar.clear()
        self.menus = Menus()

    def menu(self, key: str, title: str) -> QMenu:
        self.menus.menus[key] = entry = self.bar.addMenu(title)
        return entry

    def act(
        self, into: QMenu, key: str, text: str, slot: Callable[[], object], shortcut: str | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        into.addAction(action)
        self.menus.actions[key] = action
        return action


def _file_menu(b: _Builder, slots: MenuSlots) -> None:
    files = b.menu("file", QCoreApplication.translate("Menus", "文件(&F)"))
    b.act(files, "import", QCoreApplication.translate("Menus", "导入名单(&I)…"), slots.start_import, "Ctrl+I")
    b.act(files, "export", QCoreApplication.translate("Menus", "导出(&E)…"), slots.export_current, "Ctrl+E")
    b.act(files, "print", QCoreApplication.translate("Menus", "打印(&P)…"), slots.print_current, "Ctrl+P")
    files.addSeparator()
    b.act(files, "backup", QCoreApplication.translate("Menus", "备份与恢复(&B)…"), slots.open_backups)
    files.addSeparator()
    b.act(files, "quit", QCoreApplication.translate("Menus", "退出(&X)"), slots.close, "Ctrl+Q")


def _edit_menu(b: _Builder, slots: MenuSlots) -> None:
    edit = b.menu("edit", QCoreApplication.translate("Menus", "编辑(&E)"))
    b.act(edit, "new_firm", QCoreApplication.translate("Menus", "新建企业(&N)…"), slots.new_firm, "Ctrl+N")
    edit.addSeparator()
    b.act(edit, "copy", QCoreApplication.translate("Menus", "复制所选行(&C)"), slots.copy_rows, "Ctrl+C")
    b.act(edit, "find", QCoreApplication.translate("Menus", "查找企业(&F)…"), slots.focus_search, "Ctrl+F")
    b.act(
        edit,
        "clear_filters",
        QCoreApplication.translate("Menus", "清除筛选(&L)"),
        slots.clear_filters,
        "Ctrl+Shift+L",
    )
    edit.addSeparator()
    b.act(
        edit, "assign", QCoreApplication.translate("Menus", "分配客户经理(&A)…"), slots.batch_assign_officer
    )
    b.act(edit, "county", QCoreApplication.translate("Menus", "设置县区(&Y)…"), slots.batch_set_county)
    b.act(edit, "tag", QCoreApplication.translate("Menus", "添加政策标签(&T)…"), slots.batch_add_tag)


def _view_menu(b: _Builder, slots: MenuSlots, language: str) -> None:
    view = b.menu("view", QCoreApplication.translate("Menus", "视图(&V)"))
    for number, title in enumerate(SCREENS):
        screen = QCoreApplication.translate("MainWindow", title)
        b.act(view, f"screen{number + 1}", screen, partial(slots.go, number), f"Ctrl+{number + 1}")
    view.addSeparator()
    b.act(view, "refresh", QCoreApplication.translate("Menus", "刷新(&R)"), slots.refresh_current, "F5")
    b.act(view, "columns", QCoreApplication.translate("Menus", "选择显示的列(&O)…"), slots.choose_columns)
    languages = view.addMenu(QCoreApplication.translate("Menus", "界面语言(&G)"))
    group = QActionGroup(b.window)
    for code in LANGUAGES:
        name = "简体中文" if code == "zh_CN" else "English"
        action = b.act(languages, f"language_{code}", name, partial(slots.switch_language, code))
        action.setCheckable(True)
        action.setChecked(code == language)
        group.addAction(action)


def _tools_menu(b: _Builder, slots: MenuSlots) -> None:
    tools = b.menu("tools", QCoreApplication.translate("Menus", "工具(&T)"))
    b.act(tools, "check", QCoreApplication.translate("Menus", "检查数据库(&C)…"), slots.check_database)
    b.act(tools, "holidays", QCoreApplication.translate("Menus", "节假日(&H)…"), slots.show_holidays)
    b.act(
        tools,
        "programme",
        QCoreApplication.translate("Menus", "项目设置(&P)…"),
        slots.show_programme_settings,
    )


def _help_menu(b: _Builder, slots: MenuSlots) -> None:
    helps = b.menu("help", QCoreApplication.translate("Menus", "帮助(&H)"))
    b.act(helps, "guide", QCoreApplication.translate("Menus", "使用说明(&U)"), slots.show_guide, "F1")
    b.act(helps, "shortcuts", QCoreApplication.translate("Menus", "快捷键(&K)"), slots.show_shortcuts)
    helps.addSeparator()
    b.act(
        helps, "data_folder", QCoreApplication.translate("Menus", "打开数据目录(&D)"), slots.open_data_folder
    )
    b.act(helps, "log", QCoreApplication.translate("Menus", "错误日志(&L)"), slots.open_log)
    helps.addSeparator()
    b.act(helps, "about", QCoreApplication.translate("Menus", "关于(&A)"), slots.show_about)


def build_menus(window: QMainWindow, slots: MenuSlots, language: str) -> Menus:
    """(Re)build the window's menu bar in the current language."""
    builder = _Builder(window)
    _file_menu(builder, slots)
    _edit_menu(builder, slots)
    _view_menu(builder, slots, language)
    _tools_menu(builder, slots)
    _help_menu(builder, slots)
    return builder.menus
