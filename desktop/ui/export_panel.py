"""导入导出, the export side: the recommendation list (firms the branch found itself) and the feedback
file of a received list with each firm's contact status (``services/region_export.py``). Save-file
dialog, the export on a ``ProgressRunner`` (Cancel writes no file), then 打开所在文件夹."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.list_batches import list_names
from desktop.services.region_export import export_feedback, export_recommendations
from desktop.services.workspace import Workspace
from desktop.ui.prefs import save_path
from desktop.ui.worker import ProgressRunner


class ExportPanel(QGroupBox):
    failed = Signal(object)  # bugs only; a DomainError is shown in the panel
    exported = Signal(object, int)  # the file written, firms in it

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("导出给区域（市场监管、人行等）"), parent)
        self.ws = ws
        self.runner: ProgressRunner | None = None
        self.last_file: Path | None = None

        self.recommend_button = QPushButton(self.tr("导出推荐名单(&R)…"))
        self.recommend_button.setObjectName("exportRecommendations")
        self.recommend_button.clicked.connect(self.export_recommendations)
        self.list_combo = QComboBox()
        self.list_combo.setObjectName("feedbackList")
        self.feedback_button = QPushButton(self.tr("导出对接情况反馈(&F)…"))
        self.feedback_button.setObjectName("exportFeedback")
        self.feedback_button.clicked.connect(self.export_feedback)
        self.full_box = QCheckBox(self.tr("包含完整联系电话（默认脱敏）"))
        self.full_box.setObjectName("exportFull")

        grid = QGridLayout()
        recommend_hint = QLabel(self.tr("本行自主发现的企业，按名单格式，附来源渠道和对接状态"))
        recommend_hint.setWordWrap(True)
        recommend_hint.setStyleSheet("color: gray;")
        grid.addWidget(recommend_hint, 0, 0, 1, 2)
        grid.addWidget(self.recommend_button, 1, 1)
        list_label = QLabel(self.tr("名单(&L)："))
        list_label.setBuddy(self.list_combo)
        feedback_hint = QLabel(self.tr("所选名单上的企业及其对接状态"))
        feedback_hint.setStyleSheet("color: gray;")
        grid.addWidget(feedback_hint, 2, 0, 1, 2)
        row = QHBoxLayout()
        row.addWidget(list_label)
        row.addWidget(self.list_combo, 1)
        grid.addLayout(row, 3, 0)
        grid.addWidget(self.feedback_button, 3, 1)
        grid.setColumnStretch(0, 1)

        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        self.open_button = QPushButton(self.tr("打开所在文件夹(&O)"))
        self.open_button.setObjectName("openExportFolder")
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self.open_folder)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.full_box)
        layout.addWidget(self.result)
        layout.addWidget(self.open_button)
        layout.addStretch(1)

    def refresh(self) -> None:
        try:
            names = list_names(self.ws)
        except Exception as exc:
            self.failed.emit(exc)
            return
        current = self.list_combo.currentText()
        self.list_combo.clear()
        self.list_combo.addItems(names)
        if current in names:
            self.list_combo.setCurrentText(current)
        self.feedback_button.setEnabled(bool(names))

    def _target(self, default_name: str) -> Path | None:
        title, kinds = self.tr("导出到"), self.tr("Excel 表格 (*.xlsx)")
        return save_path(self, self.ws.data_dir, "region-export", title, default_name, kinds, ".xlsx")

    def export_recommendations(self) -> None:
        out = self._target(f"推荐名单_{date.today():%Y%m%d}.xlsx")
        if out is None:
            return
        full = self.full_box.isChecked()

        def job(progress: ProgressCallback, cancel: CancelToken) -> int:
            return export_recommendations(self.ws, out, full=full, progress=progress, cancel=cancel)

        self._run(self.tr("导出推荐名单"), out, job)

    def export_feedback(self) -> None:
        list_name = self.list_combo.currentText()
        if not list_name:
            return
        safe = re.sub(r'[\\/:*?"<>|]', "_", list_name)  # a list name may hold what a file name cannot
        out = self._target(f"{safe}_对接情况反馈_{date.today():%Y%m%d}.xlsx")
        if out is None:
            return
        full = self.full_box.isChecked()

        def job(progress: ProgressCallback, cancel: CancelToken) -> int:
            return export_feedback(self.ws, list_name, out, full=full, progress=progress, cancel=cancel)

        self._run(self.tr("导出对接情况反馈"), out, job)

    def _run(self, title: str, out: Path, job: Callable[[ProgressCallback, CancelToken], int]) -> None:
        self.result.clear()
        self.open_button.setVisible(False)
        self.runner = ProgressRunner(self, title, job)
        self.runner.done.connect(lambda count: self._done(out, count))
        self.runner.error.connect(self._error)
        self.runner.start()

    def _done(self, out: Path, count: int) -> None:
        self.last_file = out
        self.result.setStyleSheet("")
        self.result.setText(self.tr("已导出 %1 家企业：%2").replace("%1", str(count)).replace("%2", str(out)))
        self.open_button.setVisible(True)
        self.open_button.setFocus()
        self.exported.emit(out, count)

    def _error(self, exc: object) -> None:
        if isinstance(exc, DomainError):  # includes Cancelled: no file was written
            self.result.setStyleSheet("color: #b00020;")
            self.result.setText(str(exc))
        else:
            self.failed.emit(exc)

    def open_folder(self) -> None:
        if self.last_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file.parent)))
