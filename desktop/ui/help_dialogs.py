"""The small windows of the 工具 and 帮助 menus: 检查数据库, 节假日, 使用说明, 快捷键, 关于, and opening the data
folder or the error log. Each is a plain dialog over a service (no state of its own)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import __version__
from desktop.services.check import CheckReport
from desktop.services.check import check_database as run_check
from desktop.services.workspace import Workspace
from desktop.ui.errors import log_path
from desktop.ui.worker import ProgressRunner

_RUNNERS: list[ProgressRunner] = []  # kept alive while a check runs


def _box(parent: QWidget, title: str, text: str, name: str) -> QMessageBox:
    """A non-blocking message box (never exec(): tests and the event loop go on)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.open()
    return box


def check_database(parent: QWidget, ws: Workspace) -> ProgressRunner:
    """检查数据库: integrity, foreign keys and the audit chain on a worker, then what was found."""
    title = QCoreApplication.translate("Help", "检查数据库")
    runner = ProgressRunner(parent, title, lambda _p, _c: run_check(ws), cancellable=False)

    def done(report: object) -> None:
        assert isinstance(report, CheckReport)
        if report.healthy:
            text = QCoreApplication.translate(
                "Help", "数据库完好：页面完整、外键一致，操作日志 %1 条，哈希链完整。"
            )
            text = text.replace("%1", f"{report.audit_entries:,}")
        else:
            text = QCoreApplication.translate("Help", "发现 %1 个问题：").replace(
                "%1", str(len(report.problems()))
            )
            text += "\n" + "\n".join(report.problems()[:20])
            text += "\n\n" + QCoreApplication.translate("Help", "请用“备份与恢复”恢复最近一次完好的备份。")
        _box(parent, title, text, "checkResult")
        _RUNNERS.remove(runner)

    runner.done.connect(done)
    runner.error.connect(lambda _exc: _RUNNERS.remove(runner))
    _RUNNERS.append(runner)
    runner.start()
    return runner


def show_guide(parent: QWidget) -> QMessageBox:
    lines = [
        QCoreApplication.translate("Help", "工作台：年度成效、培育转化、211时限和本周跟进一览。"),
        QCoreApplication.translate(
            "Help",
            "名单企业：搜索、筛选和常用视图；右键单击企业可走访、登记需求、打印档案、分配客户经理；"
            "右键单击表头选择显示的列；可多选后批量操作，或导出当前视图。",
        ),
        QCoreApplication.translate(
            "Help", "待办：按期限排列的211时限、培植任务、回访和工作台帐，可直接办理。"
        ),
        QCoreApplication.translate("Help", "台帐与报表：每月工作台帐（次月10日前报送）和年度培植成效。"),
        QCoreApplication.translate(
            "Help", "导入导出：导入无贷户名单（也可把文件拖到窗口上），导出推荐名单和对接情况反馈。"
        ),
        QCoreApplication.translate("Help", "设置：用户资料、界面语言、数据库密钥和备份。"),
    ]
    text = "<p>" + "</p><p>".join(html.escape(line) for line in lines) + "</p>"
    return _box(parent, QCoreApplication.translate("Help", "使用说明"), text, "guideBox")


def show_shortcuts(parent: QWidget, rows: list[tuple[str, str]]) -> QMessageBox:
    cells = "".join(
        f"<tr><td>{html.escape(what)}</td><td>&nbsp;&nbsp;<b>{html.escape(keys)}</b></td></tr>"
        for what, keys in rows
    )
    return _box(
        parent, QCoreApplication.translate("Help", "快捷键"), f"<table>{cells}</table>", "shortcutsBox"
    )


def show_about(parent: QWidget, ws: Workspace) -> QMessageBox:
    text = (
        QCoreApplication.translate("Help", "首贷培育工作台 %1").replace("%1", __version__)
        + "\n\n"
        + QCoreApplication.translate(
            "Help", "为银行网点客户经理开展首贷培植、首贷户培育工作而设计。数据保存在本机的加密数据库中。"
        )
        + "\n\n"
        + QCoreApplication.translate("Help", "数据目录：%1").replace("%1", str(ws.data_dir))
    )
    return _box(parent, QCoreApplication.translate("Help", "关于首贷培育工作台"), text, "aboutBox")


def open_folder(folder: Path) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def open_log(parent: QWidget, data_dir: Path) -> bool:
    path = log_path(data_dir)
    if not path.exists():
        _box(
            parent,
            QCoreApplication.translate("Help", "错误日志"),
            QCoreApplication.translate("Help", "还没有错误记录。"),
            "logBox",
        )
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
