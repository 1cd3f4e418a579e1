"""The 同步 screen's lists: conflicts to pick (``sync resolve``), whose package of a month has not come
(``branch missing``), and a firm's merged history with each laptop's audit chain (``sync history``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services.branch import branch_officers, missing_packages
from desktop.services.sync_conflicts import ConflictView, open_conflicts, resolve_conflict
from desktop.services.sync_history import firm_history, verify_remote_chains
from desktop.services.workspace import Workspace
from desktop.ui.errors import error_message
from desktop.ui.models.records_model import RecordsModel, records_table


def _record_labels() -> dict[str, str]:
    return {
        "firm": QCoreApplication.translate("sync", "企业信息"),
        "dossier": QCoreApplication.translate("sync", "一企一档"),
        "demand": QCoreApplication.translate("sync", "融资需求"),
        "credit": QCoreApplication.translate("sync", "授信"),
        "loan": QCoreApplication.translate("sync", "放款"),
        "visit": QCoreApplication.translate("sync", "走访"),
        "plan": QCoreApplication.translate("sync", "一企一策"),
        "plan_task": QCoreApplication.translate("sync", "方案任务"),
        "stage_change": QCoreApplication.translate("sync", "阶段"),
        "contact": QCoreApplication.translate("sync", "联系人"),
        "bank_relationship": QCoreApplication.translate("sync", "合作银行"),
        "attachment": QCoreApplication.translate("sync", "附件"),
        "target": QCoreApplication.translate("sync", "目标"),
        "ledger_note": QCoreApplication.translate("sync", "台帐说明"),
    }


def _field_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("sync", "企业名称"),
        "legal_rep": QCoreApplication.translate("sync", "法定代表人"),
        "industry": QCoreApplication.translate("sync", "所属行业"),
        "county": QCoreApplication.translate("sync", "所属县（市、区）"),
        "address": QCoreApplication.translate("sync", "地址"),
        "phone": QCoreApplication.translate("sync", "联系电话"),
        "size": QCoreApplication.translate("sync", "企业规模"),
        "founded": QCoreApplication.translate("sync", "成立日期"),
        "registered_capital": QCoreApplication.translate("sync", "注册资本"),
        "basic_account_bank": QCoreApplication.translate("sync", "基本户开户行"),
        "banks_serving": QCoreApplication.translate("sync", "服务银行数"),
        "assigned_bank": QCoreApplication.translate("sync", "对接银行"),
        "assigned_branch": QCoreApplication.translate("sync", "对接支行"),
        "assigned_officer": QCoreApplication.translate("sync", "负责的客户经理"),
        "note": QCoreApplication.translate("sync", "备注"),
        "main_business": QCoreApplication.translate("sync", "主营业务"),
        "employees": QCoreApplication.translate("sync", "员工人数"),
        "annual_sales": QCoreApplication.translate("sync", "年销售额"),
        "taxes_paid": QCoreApplication.translate("sync", "纳税额"),
        "collateral": QCoreApplication.translate("sync", "抵押物"),
        "notes": QCoreApplication.translate("sync", "备注"),
        "problem": QCoreApplication.translate("sync", "存在的主要问题"),
        "remark": QCoreApplication.translate("sync", "备注"),
        "decision": QCoreApplication.translate("sync", "审批结果"),
        "approved_amount": QCoreApplication.translate("sync", "批准金额"),
        "follow_up_done": QCoreApplication.translate("sync", "已回访"),
        "firms_target": QCoreApplication.translate("sync", "户数目标"),
        "first_loans_target": QCoreApplication.translate("sync", "首贷目标"),
        "amount_target": QCoreApplication.translate("sync", "金额目标"),
    }


def field_label(rtype: str, field: str) -> str:
    """A conflicting field as people read it: the record and the field in words (the code when unnamed)."""
    return f"{_record_labels().get(rtype, rtype)} · {_field_labels().get(field, field)}"


def shown_value(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("sync", "（空）")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else "—"


class ConflictsTab(QWidget):
    """Fields changed on two laptops since they last exchanged: pick mine or theirs (both stay in the history)."""

    failed = Signal(object)
    resolved = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.items: list[ConflictView] = []
        self.model = RecordsModel(
            [
                self.tr("企业"),
                self.tr("字段"),
                self.tr("本机的值"),
                self.tr("对方的值"),
                self.tr("对方操作人"),
            ]
        )
        self.table = records_table(self.model, "syncConflicts")
        self.mine_button = QPushButton(self.tr("取本机的值"))
        self.mine_button.setObjectName("takeMine")
        self.mine_button.clicked.connect(lambda: self.take("mine"))
        self.theirs_button = QPushButton(self.tr("取对方的值"))
        self.theirs_button.setObjectName("takeTheirs")
        self.theirs_button.clicked.connect(lambda: self.take("theirs"))
        self.status = QLabel()
        self.status.setObjectName("conflictStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("选定的值写成一项新的修改，随下一个工作包传到其他电脑；另一个值保留在历史中。"))
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.items = open_conflicts(self.ws)
        self.model.set_rows(
            [
                [
                    c.uscc or "",
                    field_label(*c.field.split(".", 1)),
                    shown_value(c.mine),
                    shown_value(c.theirs),
                    c.theirs_actor,
                ]
                for c in self.items
            ]
        )
        for button in (self.mine_button, self.theirs_button):
            button.setEnabled(bool(self.items))

    def take(self, which: str) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("请先在表中选择一项冲突"))
            return
        conflict = self.items[rows[0].row()]
        try:
            resolve_conflict(self.ws, conflict.id, take=which)
        except DomainError as exc:
            self.status.setText(error_message(exc))
            return
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.status.setText(self.tr("已选定；另一个值保留在历史中"))
        self.refresh()
        self.resolved.emit()


class MissingTab(QWidget):
    """On the coordinator's laptop: whose package of the month has not come, and each officer's packages."""

    failed = Signal(object)

    def __init__(self, ws: Workspace, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        now = today()
        # Before the 10th the month to collect is the one before.
        month = (
            date(now.year, now.month, 1)
            if now.day > 10
            else date(now.year - (now.month == 1), (now.month - 2) % 12 + 1, 1)
        )
        self.month = QDateEdit(QDate(month.year, month.month, 1))
        self.month.setObjectName("missingMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.missing = QLabel()
        self.missing.setObjectName("missingFrom")
        self.missing.setWordWrap(True)
        self.model = RecordsModel(
            [
                self.tr("客户经理"),
                self.tr("负责企业"),
                self.tr("电脑"),
                self.tr("最近收到"),
                self.tr("所收工作包的日期"),
                self.tr("最近发出"),
            ]
        )
        self.table = records_table(self.model, "branchOfficers")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("月份")))
        row.addWidget(self.month)
        row.addWidget(self.missing, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def refresh(self) -> None:
        month = self.month_text()
        try:
            missing = missing_packages(self.ws, month)
            officers = branch_officers(self.ws)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.missing.setText(
            self.tr("%1 尚未收到：%2").replace("%1", month).replace("%2", "、".join(missing))
            if missing
            else self.tr("%1 的工作包都已收到").replace("%1", month)
        )
        self.model.set_rows(
            [
                [
                    o.officer,
                    o.firms,
                    o.devices,
                    when(o.last_received_at),
                    o.last_received_as_of or "—",
                    when(o.last_sent_at),
                ]
                for o in officers
            ]
        )


class HistoryTab(QWidget):
    """A firm's entries from this laptop and every laptop whose packages came in, and each chain's check."""

    failed = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.code = QLineEdit()
        self.code.setObjectName("historyCode")
        self.code.setPlaceholderText(self.tr("统一社会信用代码"))
        self.code.returnPressed.connect(self.show_history)
        show = QPushButton(self.tr("查看"))
        show.clicked.connect(self.show_history)
        self.model = RecordsModel([self.tr("时间"), self.tr("电脑"), self.tr("操作人"), self.tr("摘要")])
        self.table = records_table(self.model, "mergedHistory")
        self.chains = QLabel()
        self.chains.setObjectName("auditChains")
        self.chains.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(show)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chains)

    def show_history(self) -> None:
        try:
            lines = firm_history(self.ws, self.code.text().strip())
            chains = verify_remote_chains(self.ws)
        except DomainError as exc:
            self.chains.setText(error_message(exc))
            return
        except Exception as exc:
            self.failed.emit(exc)
            return
        here = self.tr("本机")
        self.model.set_rows(
            [[when(h.at), here if h.laptop == "本机" else h.laptop, h.actor, h.summary] for h in lines]
        )
        states = []
        for c in chains:
            state = (
                self.tr("完整")
                if c.intact and c.complete
                else (self.tr("有缺口（尚未收到）") if c.intact else self.tr("被改动过"))
            )
            states.append(
                self.tr("%1 的审计链：%2 条，%3")
                .replace("%1", c.laptop)
                .replace("%2", str(c.entries))
                .replace("%3", state)
            )
        self.chains.setText(self.tr("；").join(states))
