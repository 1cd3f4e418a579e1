"""导入导出: the past import batches, newest first, with Undo offered for the latest batch of a list — asked
first, saying what the undo does (it cannot be taken back in one click)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.services.list_batches import BatchInfo, list_batches
from desktop.services.workspace import Workspace
from desktop.ui.models.records_model import RecordsModel, records_table


def confirm_undo(parent: QWidget, list_name: str, batch_id: int, new: int, updated: int) -> bool:
    """Ask before undoing an import, saying what will happen."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ImportHistory", "撤销导入"),
        QCoreApplication.translate(
            "ImportHistory",
            "撤销名单“%1”的导入批次 %2：该批新增的 %3 家企业将被删除，更新的 %4 家企业恢复为导入前的值。"
            "撤销后不能一键恢复，需要重新导入该文件。确定吗？",
        )
        .replace("%1", list_name)
        .replace("%2", str(batch_id))
        .replace("%3", str(new))
        .replace("%4", str(updated)),
    )
    return answer == QMessageBox.StandardButton.Yes


class ImportHistory(QGroupBox):
    failed = Signal(object)
    undo_requested = Signal(int)  # batch id

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("历次导入"), parent)
        self.ws = ws
        self.batches: list[BatchInfo] = []
        self.batches_model = RecordsModel(
            [
                self.tr("批次"),
                self.tr("名单"),
                self.tr("文件"),
                self.tr("导入时间"),
                self.tr("新增"),
                self.tr("更新"),
                self.tr("移出"),
                self.tr("无效"),
                self.tr("状态"),
            ]
        )
        self.batches_table = records_table(self.batches_model, "batchesTable")
        self.batches_table.selectionModel().selectionChanged.connect(lambda *_a: self._batch_selected())
        self.undo_batch_button = QPushButton(self.tr("撤销所选批次"))
        self.undo_batch_button.setEnabled(False)
        self.undo_batch_button.clicked.connect(self._undo_selected)
        hint = QLabel(self.tr("只能撤销一份名单最近的一次导入"))
        hint.setStyleSheet("color: gray;")
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.undo_batch_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.batches_table, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        try:
            self.batches = list_batches(self.ws)
        except Exception as exc:
            self.failed.emit(exc)
            return
        undone, kept = self.tr("已撤销"), self.tr("有效")
        self.batches_model.set_rows(
            [
                (
                    b.id,
                    b.list_name,
                    b.file_name,
                    b.imported_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    b.new,
                    b.updated,
                    b.removed,
                    b.invalid,
                    undone if b.undone else kept,
                )
                for b in reversed(self.batches)
            ]
        )
        self._batch_selected()

    def _selected_batch(self) -> BatchInfo | None:
        rows = self.batches_table.selectionModel().selectedRows()
        ordered = list(reversed(self.batches))
        return ordered[rows[0].row()] if rows and rows[0].row() < len(ordered) else None

    def _batch_selected(self) -> None:
        batch = self._selected_batch()
        latest = (
            batch is not None
            and not batch.undone
            and all(b.id <= batch.id for b in self.batches if b.list_name == batch.list_name and not b.undone)
        )
        self.undo_batch_button.setEnabled(latest)

    def _undo_selected(self) -> None:
        batch = self._selected_batch()
        if batch is not None and confirm_undo(self, batch.list_name, batch.id, batch.new, batch.updated):
            self.undo_requested.emit(batch.id)
