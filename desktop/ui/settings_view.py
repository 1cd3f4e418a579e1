"""设置: the officer's profile, the language, the database key and its recovery key; 项目 (the programme), 目标
(targets), 节假日 (the holiday calendar), 导入名单 (the officer of imported firms) and 支行 (the branch exchange)
on tabs of their own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.keys import export_recovery_key, key_status
from desktop.services.profile import save_profile
from desktop.services.workspace import Profile, Workspace
from desktop.ui.branch_page import BranchPage
from desktop.ui.holidays_page import HolidaysPage
from desktop.ui.import_settings import ImportSettings
from desktop.ui.labels import key_source_labels, label
from desktop.ui.prefs import save_path
from desktop.ui.programme_page import ProgrammePage
from desktop.ui.targets_page import TargetsPage
from desktop.ui.view import View

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))


class ProfileForm(QWidget):
    """Name, bank, branch and 填报单位; shared by settings and the welcome page."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.officer = QLineEdit(profile.officer)
        self.officer.setObjectName("profileOfficer")
        self.bank = QLineEdit(profile.bank)
        self.bank.setObjectName("profileBank")
        self.branch = QLineEdit(profile.branch)
        self.branch.setObjectName("profileBranch")
        self.unit = QLineEdit(profile.unit)
        self.unit.setObjectName("profileUnit")
        self.unit.setPlaceholderText(self.tr("默认与网点相同"))
        # What the monthly ledger (工作台帐) prints in its 填报单位 and 对接银行 columns.
        self.unit.setToolTip(self.tr("工作台帐的“填报单位”"))
        self.bank.setToolTip(self.tr("工作台帐的“对接银行”"))
        form = QFormLayout(self)
        form.addRow(self.tr("客户经理姓名"), self.officer)
        form.addRow(self.tr("所属银行"), self.bank)
        form.addRow(self.tr("网点（支行）"), self.branch)
        form.addRow(self.tr("填报单位"), self.unit)

    def profile(self) -> Profile:
        return Profile(
            officer=self.officer.text(),
            bank=self.bank.text(),
            branch=self.branch.text(),
            unit=self.unit.text() or self.branch.text(),
        )


class SettingsView(View):
    saved = Signal()
    language_chosen = Signal(str)  # the window switches the UI's language at once

    def __init__(self, ws: Workspace, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent=parent)
        self.settings = settings
        profile_box = QGroupBox(self.tr("用户资料"))
        self.form = ProfileForm(ws.profile)
        self.save_button = QPushButton(self.tr("保存资料"))
        self.save_button.setObjectName("saveProfile")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        profile_layout = QVBoxLayout(profile_box)
        profile_layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        profile_layout.addLayout(row)

        language_box = QGroupBox(self.tr("界面语言"))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = str(settings.value("language", "zh_CN"))
        self.language.setCurrentIndex(
            max(0, [c for c, _ in LANGUAGES].index(current) if current in dict(LANGUAGES) else 0)
        )
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel(self.tr("选择后立即生效。"))
        language_layout = QHBoxLayout(language_box)
        language_layout.addWidget(self.language)
        language_layout.addWidget(self.language_note, 1)

        key_box = QGroupBox(self.tr("数据库密钥"))
        status = key_status(ws.db.key)
        self.key_label = QLabel()
        self.key_label.setObjectName("keyStatus")
        self.key_label.setWordWrap(True)
        if status.weaker:
            self.key_label.setText(
                self.tr(
                    "⚠ 保护较弱：数据库密钥保存在数据目录中的密钥文件里（本机没有可用的系统钥匙串）。请妥善保管电脑并导出恢复密钥。"
                )
            )
            self.key_label.setStyleSheet("color: #c62828;")
        else:
            self.key_label.setText(
                self.tr("数据库密钥保存在：%1").replace("%1", label(key_source_labels(), status.source.value))
            )
        self.recovery = QLineEdit()
        self.recovery.setObjectName("recoveryKey")
        self.recovery.setReadOnly(True)
        self.recovery.setPlaceholderText(self.tr("恢复密钥默认隐藏"))
        show = QPushButton(self.tr("显示恢复密钥"))
        show.setObjectName("showRecovery")
        show.clicked.connect(self.show_recovery)
        export = QPushButton(self.tr("导出恢复密钥…"))
        export.setObjectName("exportRecovery")
        export.clicked.connect(self._choose_export)
        key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(self.key_label)
        key_row = QHBoxLayout()
        key_row.addWidget(self.recovery, 1)
        key_row.addWidget(show)
        key_row.addWidget(export)
        key_layout.addLayout(key_row)
        key_layout.addWidget(
            QLabel(self.tr("请将恢复密钥打印或抄写后离线保管；换电脑或系统钥匙串丢失时用它恢复数据。"))
        )

        data_box = QGroupBox(self.tr("数据安全"))
        self.backups_button = QPushButton(self.tr("备份与恢复…"))
        self.backups_button.setObjectName("backupsButton")
        data_layout = QHBoxLayout(data_box)
        data_layout.addWidget(
            QLabel(self.tr("每天首次启动、导入和升级前自动备份；也可随时手动备份或恢复。")), 1
        )
        data_layout.addWidget(self.backups_button)

        general = QWidget()
        layout = QVBoxLayout(general)
        self.targets = TargetsPage(ws, parent=self)
        self.targets.failed.connect(self.failed)
        self.import_settings = ImportSettings(ws)
        self.import_settings.failed.connect(self.failed)
        layout.addWidget(profile_box)
        layout.addWidget(language_box)
        layout.addWidget(key_box)
        layout.addWidget(data_box)
        layout.addStretch(1)
        self.holidays_page = HolidaysPage(ws)
        self.holidays_page.failed.connect(self.failed)
        self.holidays_page.saved.connect(lambda _year: self.saved.emit())  # deadlines changed: views re-read
        # 设置 → 项目: the programme profile, its own page (desktop/ui/programme_page.py).
        self.programme_page = ProgrammePage(ws)
        self.programme_page.failed.connect(self.failed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(general, self.tr("常规"))
        self.tabs.addTab(self.programme_page, self.tr("项目"))
        self.tabs.addTab(self.targets, self.tr("目标"))
        self.tabs.addTab(self.holidays_page, self.tr("节假日"))
        self.tabs.addTab(self._import_page(), self.tr("导入名单"))
        self.branch_page = BranchPage(ws)
        self.branch_page.failed.connect(self.failed)
        self.tabs.addTab(self.branch_page, self.tr("支行"))
        QVBoxLayout(self).addWidget(self.tabs)

    def _import_page(self) -> QWidget:
        """设置 → 导入名单: a tab of its own (the 常规 tab has no room left at 150 % scaling)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.import_settings)
        layout.addStretch(1)
        return page

    def save(self) -> bool:
        try:
            save_profile(self.ws, self.form.profile())
        except Exception as exc:
            self.status.setText("")
            self.failed.emit(exc)
            return False
        self.status.setText(self.tr("已保存"))
        self.saved.emit()
        return True

    def _language_changed(self) -> None:
        self.settings.setValue("language", self.language.currentData())
        self.settings.sync()
        self.language_chosen.emit(str(self.language.currentData()))

    def show_recovery(self) -> None:
        self.recovery.setText(self.ws.db.key.recovery_text())

    def _choose_export(self) -> None:
        title, kinds = self.tr("导出恢复密钥"), self.tr("文本文件 (*.txt)")
        path = save_path(
            self, self.ws.data_dir, "recovery-key", title, "firstloan-recovery-key.txt", kinds, ".txt"
        )
        if path is not None:
            self.export_recovery_to(path)

    def export_recovery_to(self, path: Path) -> None:
        try:
            export_recovery_key(self.ws.db.key, path, data_dir=self.ws.data_dir)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.status.setText(self.tr("恢复密钥已导出到 %1").replace("%1", str(path)))
