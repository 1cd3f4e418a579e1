"""设置 → 支行: create the branch (the join code once, as text and as a QR image, to pass in person), join
it, the branch's officers and their packages, assign firms, the recovery code, recover a replaced
coordinator laptop. Every button calls the service ``firstloan branch …`` calls.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import segno
from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services.branch import (
    branch_status,
    init_branch,
    join_branch,
    recover_branch,
    recovery_code,
)
from desktop.services.sync_state import NotInBranch
from desktop.services.workspace import Workspace
from desktop.ui.branch_assign import AssignPanel
from desktop.ui.errors import error_message
from desktop.ui.models.records_model import RecordsModel, records_table
from desktop.ui.sync_tabs import when


def qr_pixmap(text: str, scale: int = 4) -> QPixmap:
    """The text as a QR code image (segno)."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class BranchPage(QWidget):
    failed = Signal(object)
    changed = Signal()  # the branch was created, joined or recovered, or firms assigned

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.status: dict[str, Any] | None = None
        self.join_code = ""  # shown once, after the branch was created here
        self.assign = AssignPanel(ws)
        self.assign.failed.connect(self.failed)
        self.assign.assigned.connect(self._assigned)
        self.state = QLabel()
        self.state.setObjectName("branchState")
        self.state.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("branchMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.notice = QLabel()
        self.notice.setObjectName("branchNotice")
        self.notice.setWordWrap(True)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.state)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        for box in (
            self._create_box(), self._code_box(), self._join_box(), self._officers_box(), self.assign,
            self._recovery_box(), self._recover_box(),
        ):  # fmt: skip
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        self._fit_labels()
        self.refresh()

    # -- boxes -------------------------------------------------------------------------------------

    def _create_box(self) -> QGroupBox:
        self.create_group = QGroupBox(self.tr("创建支行（在协调人的电脑上，协调人汇总全支行的工作台帐）"))
        self.branch_name = QLineEdit(self.ws.profile.branch)
        self.branch_name.setObjectName("branchName")
        self.create_button = QPushButton(self.tr("创建支行"))
        self.create_button.setObjectName("branchCreate")
        self.create_button.clicked.connect(self.create_branch)
        row = QHBoxLayout(self.create_group)
        row.addWidget(QLabel(self.tr("支行名称")))
        row.addWidget(self.branch_name, 1)
        row.addWidget(self.create_button)
        return self.create_group

    def _code_box(self) -> QGroupBox:
        self.code_group = QGroupBox(self.tr("加入码（只显示这一次）"))
        self.code_text = QPlainTextEdit()
        self.code_text.setObjectName("joinCode")
        self.code_text.setReadOnly(True)
        self.code_text.setMaximumHeight(90)
        copy = QPushButton(self.tr("复制"))
        copy.setObjectName("copyJoinCode")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.join_code))
        self.qr = QLabel()
        self.qr.setObjectName("joinQr")
        advice = QLabel(
            self.tr(
                "请当面把加入码交给每位客户经理（抄写、U盘拷贝或用手机扫二维码），不要用邮件或群聊发送：有了它就能"
                "打开本支行的工作包。客户经理在其电脑的“设置 → 支行”中加入后，请他导出第一个工作包交给您。"
            )
        )
        advice.setWordWrap(True)
        text_side = QVBoxLayout()
        text_side.addWidget(self.code_text)
        text_side.addWidget(copy)
        text_side.addWidget(advice)
        row = QHBoxLayout(self.code_group)
        row.addLayout(text_side, 1)
        row.addWidget(self.qr)
        return self.code_group

    def _join_box(self) -> QGroupBox:
        self.join_group = QGroupBox(self.tr("加入支行（在客户经理的电脑上）"))
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("joinCodeInput")
        self.code_edit.setPlaceholderText(self.tr("协调人当面给的加入码（FLJ1-…）"))
        self.officer_edit = QLineEdit(self.ws.profile.officer)
        self.officer_edit.setObjectName("joinOfficer")
        self.join_button = QPushButton(self.tr("加入支行"))
        self.join_button.setObjectName("branchJoin")
        self.join_button.clicked.connect(self.join)
        form = QFormLayout(self.join_group)
        form.addRow(self.tr("加入码"), self.code_edit)
        form.addRow(self.tr("客户经理姓名"), self.officer_edit)
        form.addRow("", self.join_button)
        return self.join_group

    def _officers_box(self) -> QGroupBox:
        self.officers_group = QGroupBox(self.tr("客户经理及其工作包"))
        self.officers_model = RecordsModel(
            [
                self.tr("客户经理"),
                self.tr("负责企业"),
                self.tr("电脑"),
                self.tr("最近收到"),
                self.tr("所收工作包的日期"),
                self.tr("最近发出"),
            ]
        )
        self.officers_table = records_table(self.officers_model, "branchStatusOfficers")
        self.officers_table.setMinimumHeight(140)
        QVBoxLayout(self.officers_group).addWidget(self.officers_table)
        return self.officers_group

    def _recovery_box(self) -> QGroupBox:
        self.recovery_group = QGroupBox(self.tr("支行恢复码"))
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setObjectName("branchRecoveryCode")
        self.recovery_edit.setReadOnly(True)
        self.recovery_edit.setPlaceholderText(self.tr("恢复码默认隐藏"))
        show = QPushButton(self.tr("显示恢复码"))
        show.setObjectName("showBranchRecovery")
        show.clicked.connect(self.show_recovery)
        advice = QLabel(
            self.tr(
                "请抄下恢复码离线保管，与数据库恢复密钥分开放。协调人换电脑时，用备份和它恢复；有了它就是协调人。"
            )
        )
        advice.setWordWrap(True)
        layout = QVBoxLayout(self.recovery_group)
        row = QHBoxLayout()
        row.addWidget(self.recovery_edit, 1)
        row.addWidget(show)
        layout.addLayout(row)
        layout.addWidget(advice)
        return self.recovery_group

    def _recover_box(self) -> QGroupBox:
        self.recover_group = QGroupBox(
            self.tr("协调人换了电脑：先从备份恢复数据库，再用支行恢复码恢复协调人")
        )
        self.recover_edit = QLineEdit()
        self.recover_edit.setObjectName("recoverCodeInput")
        self.recover_edit.setPlaceholderText(self.tr("支行恢复码（FLR1-…）"))
        self.recover_button = QPushButton(self.tr("恢复协调人"))
        self.recover_button.setObjectName("branchRecover")
        self.recover_button.clicked.connect(self.recover)
        row = QHBoxLayout(self.recover_group)
        row.addWidget(self.recover_edit, 1)
        row.addWidget(self.recover_button)
        return self.recover_group

    # -- state -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.status = branch_status(self.ws)
        except NotInBranch:
            self.status = None
        status = self.status
        coordinator = status is not None and status["role"] == "coordinator"
        self.create_group.setVisible(status is None)
        self.join_group.setVisible(status is None)
        self.code_group.setVisible(bool(self.join_code))
        for group in (self.assign, self.recovery_group):
            group.setVisible(coordinator)
        self.officers_group.setVisible(coordinator)
        self.recover_group.setVisible(status is None or coordinator)
        if status is None:
            self.state.setText(
                self.tr("本机尚未加入支行。协调人的电脑创建支行；客户经理的电脑用协调人给的加入码加入。")
            )
            return
        role = self.tr("协调人") if coordinator else self.tr("客户经理 %1").replace("%1", status["officer"])
        text = (
            self.tr("支行：%1；本机：%2（设备 %3）")
            .replace("%1", status["branch"])
            .replace("%2", role)
            .replace("%3", status["device"][:8])
        )
        if not coordinator:
            ours = status["coordinator"]
            text += (
                self.tr("。最近收到协调人的工作包：%1；最近发给协调人：%2")
                .replace("%1", _shown(ours["last_received"]))
                .replace("%2", _shown(ours["last_sent"]))
            )
        self.state.setText(text)
        officers = status["officers"]
        self.officers_model.set_rows(
            [
                [
                    o["officer"],
                    o["firms"],
                    o["devices"],
                    _shown(o["last_received"]),
                    o["last_received_as_of"] or "—",
                    _shown(o["last_sent"]),
                ]
                for o in officers
            ]
        )
        if coordinator:
            self.assign.refresh([o["officer"] for o in officers])

    def _fit_labels(self) -> None:
        """An empty message line takes no room."""
        for label in (self.message, self.notice):
            label.setVisible(bool(label.text()))

    def _assigned(self, _result: object) -> None:
        self.refresh()
        self.changed.emit()

    def _act(self, action: Callable[[], object]) -> bool:
        self.message.clear()
        self.notice.clear()
        self._fit_labels()
        try:
            action()
        except DomainError as exc:
            self.message.setText(error_message(exc))
            self._fit_labels()
            return False
        except Exception as exc:
            self.failed.emit(exc)
            return False
        return True

    # -- actions -----------------------------------------------------------------------------------

    def create_branch(self) -> None:
        def made() -> None:
            self.join_code = init_branch(self.ws, self.branch_name.text())

        if self._act(made):
            self.code_text.setPlainText(self.join_code)
            self.qr.setPixmap(qr_pixmap(self.join_code))
            self.refresh()
            self.changed.emit()

    def join(self) -> None:
        result: list[Any] = []
        if self._act(
            lambda: result.append(join_branch(self.ws, self.code_edit.text(), self.officer_edit.text()))
        ):
            joined = result[0]
            self.code_edit.clear()
            self.refresh()
            self.notice.setText(
                (self.tr("本机已以客户经理“%1”加入支行“%2”，未作改动") if joined.already else self.tr(
                    "已以客户经理“%1”加入支行“%2”。请在“同步 → 导出”中导出第一个工作包交给协调人。"
                ))
                .replace("%1", joined.officer)
                .replace("%2", joined.branch)
            )  # fmt: skip
            self._fit_labels()
            self.changed.emit()

    def recover(self) -> None:
        if self._act(lambda: recover_branch(self.ws, self.recover_edit.text())):
            self.recover_edit.clear()
            self.refresh()
            self.notice.setText(
                self.tr(
                    "已恢复协调人身份（本机为新设备）。客户经理的加入码和工作包照常可用；请给每位客户经理导出新的工作包。"
                )
            )
            self._fit_labels()
            self.changed.emit()

    def show_recovery(self) -> None:
        self._act(lambda: self.recovery_edit.setText(recovery_code(self.ws)))


def _shown(value: str | None) -> str:
    """An ISO time from ``branch status`` as a local time."""
    if not value:
        return "—"
    return when(datetime.fromisoformat(value))
