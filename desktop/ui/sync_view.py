"""同步: work packages between the branch's laptops — import with the same preview as ``sync import
--dry-run``, export, the conflicts to pick, who has not sent the month, a firm's merged history.

Every action calls the service the command line calls (desktop/services/sync_*.py, branch.py); imports
and exports run on a worker with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError, in_language
from desktop.services.branch import branch_status
from desktop.services.jobs import Cancelled, CancelToken, ProgressCallback
from desktop.services.sync_export import ExportResult, export_package
from desktop.services.sync_import import BatchItem, import_packages
from desktop.services.sync_state import NotInBranch
from desktop.services.workspace import Workspace
from desktop.ui.errors import error_message, ui_language
from desktop.ui.models.records_model import RecordsModel, records_table
from desktop.ui.sync_tabs import ConflictsTab, HistoryTab, MissingTab, field_label, shown_value
from desktop.ui.worker import ProgressRunner

Job = Callable[[ProgressCallback, CancelToken], Any]


def _run(
    owner: QWidget, title: str, job: Job, done: Callable[[Any], None], error: Callable[[object], None]
) -> ProgressRunner:
    language = ui_language()

    def translated(progress: ProgressCallback, cancel: CancelToken) -> Any:
        # The services word their progress in both languages; the dialog shows the UI's.
        return job(lambda d, t, message: progress(d, t, in_language(message, language)), cancel)

    runner = ProgressRunner(owner, title, translated)
    runner.done.connect(done)
    runner.error.connect(error)
    runner.start()
    return runner


class ImportTab(QWidget):
    """Choose packages, see what they would do, import them (one backup first)."""

    failed = Signal(object)
    previewed = Signal(object)  # list[BatchItem] of the dry run
    imported = Signal(object)  # list[BatchItem]

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.paths: list[Path] = []
        self.items: list[BatchItem] = []
        self.runner: ProgressRunner | None = None
        self.choose_button = QPushButton(self.tr("选择工作包…"))
        self.choose_button.setObjectName("syncChoose")
        self.choose_button.clicked.connect(self.choose)
        self.import_button = QPushButton(self.tr("导入"))
        self.import_button.setObjectName("syncImport")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.discard_button = QPushButton(self.tr("放弃"))
        self.discard_button.setEnabled(False)
        self.discard_button.clicked.connect(self.discard)
        self.files = QLabel(
            self.tr("可一次选择多个工作包（例如本月各客户经理发来的），导入前先预览，不作改动。")
        )
        self.files.setWordWrap(True)
        self.summary_model = RecordsModel(
            [
                self.tr("文件"),
                self.tr("来自"),
                self.tr("新增"),
                self.tr("更新"),
                self.tr("已有"),
                self.tr("冲突"),
                self.tr("说明"),
            ]
        )
        self.summary_table = records_table(self.summary_model, "syncSummary")
        self.conflicts_model = RecordsModel(
            [self.tr("企业"), self.tr("字段"), self.tr("本机的值"), self.tr("对方的值")]
        )
        self.conflicts_table = records_table(self.conflicts_model, "syncPreviewConflicts")
        self.status = QLabel()
        self.status.setObjectName("syncImportStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.choose_button, self.import_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addWidget(self.files, 1)
        conflicts = QGroupBox(self.tr("两边都改过的字段（导入后在“冲突”中选择取哪个值）"))
        QVBoxLayout(conflicts).addWidget(self.conflicts_table)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary_table, 2)
        layout.addWidget(conflicts, 2)
        layout.addWidget(self.status)

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择工作包"), str(Path.home()), self.tr("工作包 (*.flpkg);;所有文件 (*)")
        )
        if names:
            self.set_files([Path(n) for n in names])

    def set_files(self, paths: list[Path]) -> None:
        """Show what importing ``paths`` would do (``sync import --dry-run`` for each)."""
        self.paths = paths
        self.files.setText("、".join(p.name for p in paths))
        self.import_button.setEnabled(False)

        def job(progress: ProgressCallback, cancel: CancelToken) -> list[BatchItem]:
            return import_packages(self.ws, paths, dry_run=True, progress=progress, cancel=cancel)

        self.runner = _run(self, self.tr("预览工作包"), job, self._previewed, self._error)

    def run_import(self) -> None:
        paths = [item.path for item in self.items if item.result is not None]

        def job(progress: ProgressCallback, cancel: CancelToken) -> list[BatchItem]:
            return import_packages(self.ws, paths, progress=progress, cancel=cancel)

        self.import_button.setEnabled(False)
        self.runner = _run(self, self.tr("导入工作包"), job, self._imported, self._error)

    def discard(self) -> None:
        self.paths, self.items = [], []
        self.summary_model.set_rows([])
        self.conflicts_model.set_rows([])
        self.import_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        self.status.setText(self.tr("已放弃，未作任何改动"))

    def _previewed(self, items: list[BatchItem]) -> None:
        self._show(items)
        # A first (hello) package has no records but introduces its laptop: it is imported too.
        usable = [i for i in items if i.result is not None and not i.result.already_imported]
        self.import_button.setEnabled(bool(usable))
        self.discard_button.setEnabled(bool(items))
        self.status.setText(
            self.tr("预览（未改动）：%1 个工作包可以导入。").replace("%1", str(len(usable)))
            if usable
            else self.tr("预览（未改动）：没有需要导入的内容。")
        )
        self.previewed.emit(items)

    def _imported(self, items: list[BatchItem]) -> None:
        self._show(items)
        self.discard_button.setEnabled(False)
        done = [i for i in items if i.result is not None]
        cancelled = any(isinstance(i.error, Cancelled) for i in items)
        text = self.tr("已导入 %1 个工作包。").replace("%1", str(len(done)))
        if cancelled:
            text += self.tr("其余已取消，未作改动。")
        self.status.setText(text)
        self.imported.emit(items)

    def _show(self, items: list[BatchItem]) -> None:
        self.items = items
        language = ui_language()
        rows: list[list[object]] = []
        conflicts: list[list[object]] = []
        for item in items:
            result = item.result
            if result is None:
                note = error_message(item.error) if item.error is not None else ""
                rows.append([item.path.name, "", "", "", "", "", note])
                continue
            sender = self.tr("协调人") if result.from_coordinator else result.sender
            notes = "；".join(in_language(w, language) for w in result.warnings)
            rows.append(
                [
                    item.path.name,
                    sender,
                    result.new,
                    result.updated,
                    result.already_had,
                    len(result.conflicts),
                    notes,
                ]
            )
            conflicts += [
                [c.uscc or "", field_label(c.rtype, c.field), shown_value(c.mine), shown_value(c.theirs)]
                for c in result.conflicts
            ]
        self.summary_model.set_rows(rows)
        self.conflicts_model.set_rows(conflicts)

    def _error(self, exc: object) -> None:
        self.import_button.setEnabled(bool(self.items))
        if isinstance(exc, DomainError):
            self.status.setText(error_message(exc))
        else:
            self.failed.emit(exc)


class ExportTab(QWidget):
    """Write a package: on an officer's laptop for the coordinator; on the coordinator's, for one officer."""

    failed = Signal(object)
    exported = Signal(object)  # ExportResult

    def __init__(self, ws: Workspace, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.coordinator = False
        self.runner: ProgressRunner | None = None
        self.last: ExportResult | None = None
        self.officer = QComboBox()
        self.officer.setObjectName("syncExportOfficer")
        self.officer.setEditable(True)
        self.officer.setMinimumWidth(180)
        self.officer_label = QLabel(self.tr("给客户经理"))
        self.export_button = QPushButton(self.tr("导出工作包…"))
        self.export_button.setObjectName("syncExport")
        self.export_button.clicked.connect(self.choose)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("syncExportStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.officer_label)
        row.addWidget(self.officer)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.advice)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def refresh(self, status: dict[str, Any]) -> None:
        self.coordinator = status["role"] == "coordinator"
        for widget in (self.officer, self.officer_label):
            widget.setVisible(self.coordinator)
        if self.coordinator:
            current = self.officer.currentText()
            self.officer.clear()
            self.officer.addItems([o["officer"] for o in status["officers"]])
            if current:
                self.officer.setCurrentText(current)
            self.advice.setText(
                self.tr(
                    "给该客户经理的工作包：分配给他的企业及其档案、方案，以及他上次发来工作包以后的变化（新名单、"
                    "重新分配、集中更正）。用U盘、共享文件夹或内网邮件交给他。"
                )
            )
        else:
            self.advice.setText(
                self.tr(
                    "给协调人的工作包：本机记录的、协调人尚未确认收到的全部工作。每周、最迟在月末交给协调人。"
                )
            )

    def choose(self) -> None:
        to = self.officer.currentText().strip() if self.coordinator else ""
        stem = f"给{to}" if to else (self.ws.profile.officer or "工作包")
        default = Path.home() / f"{stem}-{self.today():%Y-%m-%d}.flpkg"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出工作包"), str(default), self.tr("工作包 (*.flpkg)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        to = self.officer.currentText().strip() if self.coordinator else None

        def job(_progress: ProgressCallback, cancel: CancelToken) -> ExportResult:
            return export_package(self.ws, path, to, cancel=cancel)

        self.runner = _run(self, self.tr("导出工作包"), job, self._exported, self._error)

    def _exported(self, result: ExportResult) -> None:
        self.last = result
        whom = self.tr("协调人") if result.to == "coordinator" else result.to
        self.status.setText(
            self.tr("已导出 %1（给%2）：%3 项变更，%4 户，附件 %5 个，%6 KB")
            .replace("%1", str(result.path))
            .replace("%2", whom)
            .replace("%3", str(result.changes))
            .replace("%4", str(result.firms))
            .replace("%5", str(result.attachments))
            .replace("%6", f"{result.size / 1024:,.0f}")
        )
        self.exported.emit(result)

    def _error(self, exc: object) -> None:
        if isinstance(exc, DomainError):
            self.status.setText(error_message(exc))
        else:
            self.failed.emit(exc)


class SyncView(QWidget):
    """The 同步 screen."""

    failed = Signal(object)
    imported = Signal(object)  # list[BatchItem]: the views re-read

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.status: dict[str, Any] | None = None
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.state.setWordWrap(True)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        self.import_tab = ImportTab(ws)
        self.export_tab = ExportTab(ws, today)
        self.conflicts_tab = ConflictsTab(ws)
        self.missing_tab = MissingTab(ws, today)
        self.history_tab = HistoryTab(ws)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        for tab, title in (
            (self.import_tab, self.tr("导入")), (self.export_tab, self.tr("导出")), (self.conflicts_tab, self.tr("冲突")),
            (self.missing_tab, self.tr("未收到")), (self.history_tab, self.tr("合并后的历史")),
        ):  # fmt: skip
            self.tabs.addTab(tab, title)
            tab.failed.connect(self.failed)
        self.import_tab.imported.connect(self._after_import)
        self.conflicts_tab.resolved.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.status = branch_status(self.ws)
        except NotInBranch:
            self.status = None
            self.state.setText(
                self.tr("本机尚未加入支行。请在“设置 → 支行”中创建支行（协调人）或加入支行（客户经理）。")
            )
            self.tabs.setEnabled(False)
            return
        status = self.status
        self.tabs.setEnabled(True)
        coordinator = status["role"] == "coordinator"
        role = self.tr("协调人") if coordinator else self.tr("客户经理 %1").replace("%1", status["officer"])
        self.state.setText(
            self.tr("支行：%1；本机：%2；待处理冲突 %3 项")
            .replace("%1", status["branch"])
            .replace("%2", role)
            .replace("%3", str(status["conflicts"]))
        )
        self.export_tab.refresh(status)
        self.conflicts_tab.refresh()
        self.tabs.setTabVisible(self.tabs.indexOf(self.missing_tab), coordinator)
        if coordinator:
            self.missing_tab.refresh()

    def _after_import(self, items: object) -> None:
        self.refresh()
        self.imported.emit(items)
