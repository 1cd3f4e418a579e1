"""设置 → 导入名单: the officer a list's new firms are assigned to when the list names none (issue 21
item 6), over ``services/import_defaults.py``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services.import_defaults import officer_setting, set_default_officer
from desktop.services.workspace import Workspace
from desktop.ui.errors import error_message

FOLLOW, NO_ONE, NAMED = range(3)


class ImportSettings(QGroupBox):
    """Follow the profile's officer (the default), assign no one, or a named officer."""

    failed = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("导入名单"), parent)
        self.ws = ws
        self.choice = QComboBox()
        self.choice.setObjectName("defaultOfficerChoice")
        self.choice.addItems(
            [self.tr("分配给我（用户资料中的客户经理）"), self.tr("不分配"), self.tr("分配给指定的客户经理")]
        )
        self.officer = QLineEdit()
        self.officer.setObjectName("defaultOfficer")
        self.officer.setPlaceholderText(self.tr("客户经理姓名"))
        self.officer.setMaxLength(50)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("saveDefaultOfficer")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        note = QLabel(
            self.tr("名单有“客户经理”列时，新导入的企业分配给该列的客户经理；没有时按这里的设置分配。")
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.choice)
        row.addWidget(self.officer, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.choice.currentIndexChanged.connect(lambda index: self.officer.setEnabled(index == NAMED))
        self.load()

    def load(self) -> None:
        stored = officer_setting(self.ws)
        index = FOLLOW if stored is None else NO_ONE if not stored else NAMED
        self.choice.setCurrentIndex(index)
        self.officer.setText(stored or "")
        self.officer.setEnabled(index == NAMED)

    def save(self) -> None:
        index = self.choice.currentIndex()
        value = None if index == FOLLOW else "" if index == NO_ONE else self.officer.text().strip()
        if index == NAMED and not value:
            self.status.setText(self.tr("请填写客户经理姓名"))
            return
        try:
            set_default_officer(self.ws, value)
        except DomainError as exc:
            self.status.setText(error_message(exc))
            return
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.status.setText(self.tr("已保存"))
