"""The backups window (list, back up now, restore one) and the recovery window shown at start when the
database is missing or damaged (restore a backup, or start a new database on purpose).

Self-contained so the main window can open it from a menu: after a restore the workspace passed in
is closed, and ``restored`` tells the owner to reopen the workspace and refresh every view. The
recovery window works on the data folder alone (``DataFolder``): there is no workspace to open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services.backup import (
    RestoreResult,
    backup_now,
    folder_backups,
    restore_backup,
    restore_folder,
    workspace_backups,
)
from desktop.services.new_database import NewDatabase, start_new_database
from desktop.services.workspace import DataFolder, Workspace
from desktop.store.backup import BackupFile
from desktop.ui.errors import error_message
from desktop.ui.opening import run_while_busy


def reason_label(reason: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "manual": translate("backups", "手动"),
        "daily": translate("backups", "每日"),
        "before-restore": translate("backups", "恢复前"),
        "before-migrate": translate("backups", "升级前"),
        "before-import": translate("backups", "导入前"),
    }
    return labels.get(reason, reason)


def status_label(status: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "verified": translate("backups", "已校验"),
        "failed": translate("backups", "校验失败"),
        "unverified": translate("backups", "未校验"),
    }
    return labels.get(status, status)


def _confirm(parent: QWidget, text: str) -> bool:
    title = QCoreApplication.translate("backups", "恢复数据库")
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def _tell(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("backups", "首贷培育工作台"), text)


class BackupsTable(QTableWidget):
    """The backups, newest first: time, reason, check, size, file (the path kept on every cell)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("原因"), self.tr("校验"), self.tr("大小"), self.tr("文件")]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)

    def fill(self, found: list[BackupFile]) -> None:
        self.setRowCount(len(found))
        for row, b in enumerate(found):
            cells = (
                b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                reason_label(b.reason),
                status_label(b.status.value),
                f"{b.size / 1e6:.1f} MB",
                b.path.name,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(b.path))
                self.setItem(row, col, item)
        self.resizeColumnsToContents()
        if found:
            self.selectRow(0)

    def selected_file(self) -> Path | None:
        items = self.selectedItems()
        return Path(items[0].data(Qt.ItemDataRole.UserRole)) if items else None


class BackupsDialog(QDialog):
    restored = Signal(object)  # RestoreResult: the workspace is closed, reopen it

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[QWidget, str], bool] | None = None,
        tell: Callable[[QWidget, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        # Looked up at call time, so a test can answer the question boxes.
        self._confirm = confirm or (lambda parent, text: _confirm(parent, text))
        self._tell = tell or (lambda parent, text: _tell(parent, text))
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(820, 420)
        self.table = BackupsTable()
        self.note = QLabel(
            self.tr(
                "备份保存在数据目录的 backups 文件夹中，与数据库一样加密；每份写完即校验。"
                "恢复前会先备份当前数据库。"
            )
        )
        self.note.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.restore_button = QPushButton(self.tr("从所选备份恢复…"))
        self.file_button = QPushButton(self.tr("从文件恢复…"))
        close = QPushButton(self.tr("关闭"))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self._restore_from_file)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        found = workspace_backups(self.ws)
        self.table.fill(found)
        self.restore_button.setEnabled(bool(found))

    def back_up(self) -> None:
        try:
            made = backup_now(self.ws)
        except DomainError as exc:
            self._tell(self, error_message(exc))
        else:
            if made.skipped:
                self._tell(
                    self,
                    self.tr("数据库自上次备份以来没有变化，未再备份；最新的备份是 %1。").replace(
                        "%1", made.path.name
                    ),
                )
        self.refresh()

    def selected_file(self) -> Path | None:
        return self.table.selected_file()

    def restore_selected(self) -> None:
        file = self.selected_file()
        if file is not None:
            self.restore(file)

    def _restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), str(self.ws.data_dir), "*.db")
        if name:
            self.restore(Path(name))

    def restore(self, file: Path) -> RestoreResult | None:
        text = self.tr(
            "用备份 %1 替换当前数据库？\n当前数据库会先备份，并另存一份原文件；此后的改动将以备份为准。"
        ).replace("%1", file.name)
        if not self._confirm(self, text):
            return None
        try:
            result = restore_backup(self.ws, file)
        except DomainError as exc:
            self._tell(self, error_message(exc))
            return None
        self.restored.emit(result)
        self.accept()
        return result


class RecoveryDialog(QDialog):
    """At start, the database is missing (a key is stored) or damaged: never a silent new database.

    The officer restores one of the backups (or a backup file), or starts a new, empty database on
    purpose (the old key and files are kept aside, ``init --new``). Accepted: open the workspace again.
    """

    def __init__(
        self,
        folder: DataFolder,
        problem: str,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[QWidget, str], bool] | None = None,
        tell: Callable[[QWidget, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        # Looked up at call time, so a test can answer the question boxes.
        self._confirm = confirm or (lambda parent, text: _confirm(parent, text))
        self._tell = tell or (lambda parent, text: _tell(parent, text))
        self.outcome: RestoreResult | NewDatabase | None = None
        self.setWindowTitle(self.tr("数据库需要恢复"))
        self.resize(820, 460)
        self.problem = QLabel(problem)
        self.problem.setObjectName("recoveryProblem")
        self.problem.setWordWrap(True)
        hint = QLabel(self.tr("请选择一份备份恢复（推荐：最新的“已校验”备份），或确认从空数据库重新开始。"))
        hint.setWordWrap(True)
        self.table = BackupsTable()
        self.restore_button = QPushButton(self.tr("从所选备份恢复…"))
        self.file_button = QPushButton(self.tr("从文件恢复…"))
        self.new_button = QPushButton(self.tr("新建空数据库…"))
        quit_button = QPushButton(self.tr("退出"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self._restore_from_file)
        self.new_button.clicked.connect(self.start_new)
        quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.file_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        found = self._backups()
        self.table.fill(found)
        self.restore_button.setEnabled(bool(found))

    def _backups(self) -> list[BackupFile]:
        try:
            return folder_backups(self.folder)
        except DomainError:
            return []

    def restore_selected(self) -> None:
        file = self.table.selected_file()
        if file is not None:
            self.restore(file)

    def _restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), str(self.folder.path), "*.db")
        if name:
            self.restore(Path(name))

    def restore(self, file: Path) -> RestoreResult | None:
        text = self.tr("用备份 %1 恢复数据库？现有的数据库文件（如有）会另存，不会删除。").replace(
            "%1", file.name
        )
        if not self._confirm(self, text):
            return None
        folder = self.folder
        try:
            result = run_while_busy(lambda: restore_folder(folder, file))
        except DomainError as exc:
            self._tell(self, error_message(exc))
            return None
        self.outcome = result
        self.accept()
        return result

    def start_new(self) -> NewDatabase | None:
        text = self.tr(
            "从空数据库重新开始？\n旧密钥和旧数据库文件会另存，不会删除；备份仍可用旧密钥恢复。"
            "只有确实没有可用的备份时才这样做。"
        )
        if not self._confirm(self, text):
            return None
        folder = self.folder
        try:
            made = run_while_busy(lambda: start_new_database(folder))
        except DomainError as exc:
            self._tell(self, error_message(exc))
            return None
        made.workspace.close()
        self.outcome = made
        self.accept()
        return made
