"""The backups window: list backups, back up now, restore one (issue 7).

Self-contained so the main window can open it from a menu: after a restore the workspace passed in
is closed, and ``restored`` tells the owner to reopen the workspace and refresh every view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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
from desktop.services.backup import RestoreResult, backup_now, restore_backup, workspace_backups
from desktop.services.workspace import Workspace
from desktop.ui.errors import error_message

REASON_LABELS = {
    "manual": "手动",
    "daily": "每日",
    "before-restore": "恢复前",
    "before-migrate": "升级前",
    "before-import": "导入前",
}


def _confirm(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, "恢复数据库", text)
    return answer == QMessageBox.StandardButton.Yes


def _tell(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, "首贷培育工作台", text)


class BackupsDialog(QDialog):
    restored = Signal(object)  # RestoreResult: the workspace is closed, reopen it

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[QWidget, str], bool] = _confirm,
        tell: Callable[[QWidget, str], None] = _tell,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self._confirm, self._tell = confirm, tell
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(760, 420)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("原因"), self.tr("大小"), self.tr("文件")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(
            self.tr("备份保存在数据目录的 backups 文件夹中，与数据库一样加密。恢复前会先备份当前数据库。")
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
        self.table.setRowCount(len(found))
        for row, b in enumerate(found):
            cells = (
                b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                REASON_LABELS.get(b.reason, b.reason),
                f"{b.size / 1e6:.1f} MB",
                b.path.name,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(b.path))
                self.table.setItem(row, col, item)
        if found:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(found))

    def back_up(self) -> None:
        try:
            backup_now(self.ws)
        except DomainError as exc:
            self._tell(self, error_message(exc))
        self.refresh()

    def selected_file(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

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
