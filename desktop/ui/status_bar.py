"""The status bar: which database, which officer, the programme, the holiday calendar's state and the
to-do count — what an officer checks before trusting a figure.

``programme_status`` and ``calendar_status`` are the slots the figures and calendar work fill: today they
say what the app knows (the programme year; whether the built-in or the user's calendar covers this
year and the next).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Status:
    text: str
    tip: str = ""
    warning: bool = False


def database_status(ws: Workspace) -> Status:
    path = ws.db.path
    size = path.stat().st_size / 1e6 if path.exists() else 0.0
    return Status(
        QCoreApplication.translate("StatusBar", "数据库：%1").replace("%1", path.parent.name),
        QCoreApplication.translate("StatusBar", "加密数据库：%1（%2 MB）")
        .replace("%1", str(path))
        .replace("%2", f"{size:,.1f}"),
    )


def officer_status(ws: Workspace) -> Status:
    profile = ws.profile
    if not profile.officer:
        return Status(QCoreApplication.translate("StatusBar", "未设置客户经理"), warning=True)
    where = " · ".join(p for p in (profile.bank, profile.branch) if p)
    return Status(
        QCoreApplication.translate("StatusBar", "客户经理：%1").replace("%1", profile.officer), where
    )


def programme_status(ws: Workspace, today: date) -> Status:
    """The programme the figures count (slot for the programme chosen in 项目设置; today: the year)."""
    return Status(
        QCoreApplication.translate("StatusBar", "%1 年度首贷培植").replace("%1", str(today.year)),
        QCoreApplication.translate("StatusBar", "年度目标与成效见“台帐与报表”"),
    )


def calendar_status(ws: Workspace, today: date) -> Status:
    """Whether the working-day calendar knows this year (slot for the calendar's own state)."""
    year = today.year
    if not ws.calendar.knows_year(year):
        return Status(
            QCoreApplication.translate("StatusBar", "⚠ 节假日：缺 %1 年").replace("%1", str(year)),
            QCoreApplication.translate(
                "StatusBar", "不知道 %1 年的法定节假日和调休，“211”时限按周末计算；请在 calendar.json 中补充"
            ).replace("%1", str(year)),
            warning=True,
        )
    if not ws.calendar.knows_year(year + 1):
        return Status(
            QCoreApplication.translate("StatusBar", "节假日：%1 年").replace("%1", str(year)),
            QCoreApplication.translate("StatusBar", "%1 年的节假日尚未公布或未载入").replace(
                "%1", str(year + 1)
            ),
        )
    return Status(
        QCoreApplication.translate("StatusBar", "节假日：%1–%2 年")
        .replace("%1", str(year))
        .replace("%2", str(year + 1))
    )


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.labels: dict[str, QLabel] = {}
        for key in ("todo", "database", "officer", "programme", "calendar"):
            label = QLabel()
            label.setObjectName(f"status_{key}")
            label.setContentsMargins(6, 0, 6, 0)
            self.labels[key] = label
            self.addPermanentWidget(label)

    def show_status(self, key: str, status: Status) -> None:
        label = self.labels[key]
        label.setText(status.text)
        label.setToolTip(status.tip)
        label.setStyleSheet("color: #c62828;" if status.warning else "")

    def show_workspace(self, ws: Workspace, today: date) -> None:
        self.show_status("database", database_status(ws))
        self.show_status("officer", officer_status(ws))
        self.show_status("programme", programme_status(ws, today))
        self.show_status("calendar", calendar_status(ws, today))

    def show_todo(self, total: int, overdue: int) -> None:
        text = QCoreApplication.translate("StatusBar", "待办 %1 项").replace("%1", str(total))
        if overdue:
            text += QCoreApplication.translate("StatusBar", "（%1 项逾期）").replace("%1", str(overdue))
        self.show_status("todo", Status(text, warning=bool(overdue)))
