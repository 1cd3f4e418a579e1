"""设置 → 支行 → 分配企业: one responsible officer per firm, by credit codes, a county or a list file —
``firstloan branch assign --officer NAME (--uscc … | --county C | --file LIST.xlsx)`` with buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services.branch import assign_firms, firms_to_assign
from desktop.services.firm_filters import filter_choices
from desktop.services.workspace import Workspace
from desktop.ui.errors import error_message


class AssignPanel(QGroupBox):
    failed = Signal(object)
    assigned = Signal(object)  # Assigned

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setTitle(self.tr("分配企业（一户一位负责的客户经理，交接记录保留）"))
        self.assign_officer = QComboBox()
        self.assign_officer.setObjectName("assignOfficer")
        self.assign_officer.setEditable(True)
        self.by_code, self.by_county, self.by_file = (
            QRadioButton(self.tr("信用代码")), QRadioButton(self.tr("县（市、区）")), QRadioButton(self.tr("名单文件")),
        )  # fmt: skip
        self.by_code.setChecked(True)
        self.ways = QButtonGroup(self)
        for button in (self.by_code, self.by_county, self.by_file):
            self.ways.addButton(button)
        self.codes_edit = QLineEdit()
        self.codes_edit.setObjectName("assignCodes")
        self.codes_edit.setPlaceholderText(self.tr("一个或多个统一社会信用代码，用空格或逗号分开"))
        self.county = QComboBox()
        self.county.setObjectName("assignCounty")
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("assignFile")
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._choose_file)
        self.assign_button = QPushButton(self.tr("分配"))
        self.assign_button.setObjectName("branchAssign")
        self.assign_button.clicked.connect(self.assign)
        self.assign_result = QLabel()
        self.assign_result.setObjectName("assignResult")
        self.assign_result.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("给客户经理"), self.assign_officer)
        form.addRow(self.by_code, self.codes_edit)
        form.addRow(self.by_county, self.county)
        form.addRow(self.by_file, file_row)
        form.addRow(self.assign_button, self.assign_result)

    def refresh(self, officers: list[str]) -> None:
        """The officers to choose from and the counties present in the data (what was typed stays)."""
        current = self.assign_officer.currentText()
        self.assign_officer.clear()
        self.assign_officer.addItems(officers)
        self.assign_officer.setCurrentText(current)
        chosen = self.county.currentText()
        self.county.clear()
        self.county.addItems(filter_choices(self.ws).counties)
        if chosen:
            self.county.setCurrentText(chosen)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择分配名单"), str(Path.home()), self.tr("名单文件 (*.xlsx *.xls *.csv)")
        )
        if name:
            self.file_edit.setText(name)
            self.by_file.setChecked(True)

    def assign(self) -> None:
        officer = self.assign_officer.currentText()
        done: list[Any] = []

        def hand_out() -> None:
            if self.by_code.isChecked():
                codes = firms_to_assign(
                    self.ws, usccs=self.codes_edit.text().replace(",", " ").replace("，", " ").split()
                )
            elif self.by_county.isChecked():
                codes = firms_to_assign(self.ws, county=self.county.currentText())
            else:
                codes = firms_to_assign(self.ws, file=Path(self.file_edit.text().strip()))
            done.append(assign_firms(self.ws, officer, codes))

        self.assign_result.clear()
        try:
            hand_out()
        except DomainError as exc:
            self.assign_result.setText(error_message(exc))
            return
        except Exception as exc:
            self.failed.emit(exc)
            return
        result = done[0]
        text = self.tr("已把 %1 户分配给 %2（其中 %3 户换了负责人）。").replace("%1", str(result.firms))
        text = text.replace("%2", result.officer).replace("%3", str(result.changed))
        if result.unknown:
            text += self.tr("库中没有这些企业：%1。").replace("%1", "、".join(result.unknown))
        if not result.joined:
            text += self.tr("%1 的电脑尚未发来工作包：给他的第一个工作包只用支行密钥保护。").replace(
                "%1", result.officer
            )
        self.assign_result.setText(text + self.tr("请在“同步 → 导出”中给他导出工作包。"))
        self.assigned.emit(result)
