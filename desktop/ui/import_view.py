"""导入导出: the list-import wizard (choose a file, map its columns, preview, apply, summary with Undo) over
``services/list_columns.py`` and ``services/list_import.py``, the past import batches with Undo for the
latest of a list, and the exports back to the region (``export_panel.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError, is_english
from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.list_columns import FileColumns, check_choice, describe_file
from desktop.services.list_import import FirmChange, ImportReport, import_list, preview_import
from desktop.services.list_undo import undo_import
from desktop.services.mapping_profiles import all_profiles, load_profile
from desktop.services.workspace import Workspace
from desktop.ui.errors import error_message, ui_language
from desktop.ui.export_panel import ExportPanel
from desktop.ui.import_history import ImportHistory, confirm_undo
from desktop.ui.mapping_page import MappingPage
from desktop.ui.models.records_model import RecordsModel, records_table
from desktop.ui.prefs import open_path
from desktop.ui.view import View
from desktop.ui.worker import ProgressRunner

CHOOSE, MAPPING, PREVIEW, SUMMARY = range(4)


def _tab_page(note: str, *widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel(note)
    label.setWordWrap(True)
    layout.addWidget(label)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is widgets[0] else 0)
    return page


class ImportView(View):
    # (``failed``, from View: bugs only; a DomainError is shown in the view)
    described = Signal(object)  # FileColumns
    previewed = Signal(object)  # ImportReport
    imported = Signal(object)  # ImportReport
    undone = Signal(object)  # UndoReport

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent=parent)
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.result: ImportReport | None = None

        self.stack = QStackedWidget()
        self.stack.addWidget(self._choose_page())
        self.mapping_page = MappingPage(ws)
        self.mapping_page.back.connect(lambda: self.stack.setCurrentIndex(CHOOSE))
        self.mapping_page.preview_requested.connect(self.preview)
        self.mapping_page.failed.connect(self.failed.emit)
        self.stack.addWidget(self.mapping_page)
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._summary_page())
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.mapping_page.problem.connect(self.message.setText)

        wizard = QGroupBox(self.tr("导入区域无贷户名单"))
        box = QVBoxLayout(wizard)
        box.addWidget(self.stack, 1)
        box.addWidget(self.message)

        self.history = ImportHistory(ws)
        self.history.failed.connect(self.failed.emit)
        self.history.undo_requested.connect(self._undo)
        self.export_panel = ExportPanel(ws)
        self.export_panel.failed.connect(self.failed.emit)
        lower = QHBoxLayout()
        lower.addWidget(self.history, 3)
        lower.addWidget(self.export_panel, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(wizard, 3)
        layout.addLayout(lower, 2)

    # -- pages ------------------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("选择名单文件（.xlsx、.xls、.csv）"))
        self.browse_button = QPushButton(self.tr("选择文件…"))
        self.browse_button.clicked.connect(self.choose_file)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("listName")
        self.name_edit.setPlaceholderText(self.tr("名单名称（默认：文件的标题行）"))
        self.name_edit.returnPressed.connect(self.describe_default)
        self.next_button = QPushButton(self.tr("下一步(&N)"))
        self.next_button.setObjectName("importNext")
        self.next_button.setEnabled(False)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.describe_default)
        top = QHBoxLayout()
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.browse_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.changes_model = RecordsModel([self.tr("企业"), self.tr("统一社会信用代码"), self.tr("变化")])
        self.changes_table = records_table(self.changes_model, "changesTable")
        self.invalid_model = RecordsModel(
            [self.tr("工作表"), self.tr("行"), self.tr("列"), self.tr("原因"), self.tr("处理")]
        )
        self.invalid_table = records_table(self.invalid_model, "invalidTable")
        self.conflicts = QTableWidget(0, 5)
        self.conflicts.setObjectName("conflictsTable")
        self.conflicts.setHorizontalHeaderLabels(
            [
                self.tr("企业"),
                self.tr("字段"),
                self.tr("客户经理的值"),
                self.tr("名单的值"),
                self.tr("采用名单值"),
            ]
        )
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        self.take_all_box = QCheckBox(self.tr("全部冲突都采用名单值(&A)"))
        self.take_all_box.setObjectName("takeAll")
        self.take_all_box.toggled.connect(self._take_all_toggled)
        back = QPushButton(self.tr("返回"))
        back.clicked.connect(lambda: self.stack.setCurrentIndex(MAPPING))
        self.apply_button = QPushButton(self.tr("导入"))
        self.apply_button.clicked.connect(self.apply)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(back)
        buttons.addWidget(self.apply_button)
        # One tab each: what the list changes, the rows it cannot use, and the officer's edits it contradicts.
        self.preview_tabs = QTabWidget()
        self.preview_tabs.setObjectName("previewTabs")
        self.preview_tabs.addTab(
            _tab_page(
                self.tr(
                    "名单会更新的字段（原值 → 名单值），以及不在这一版名单中、将移出本名单的企业（企业档案、走访记录都保留）"
                ),
                self.changes_table,
            ),
            "",
        )
        self.preview_tabs.addTab(
            _tab_page(
                self.tr("校验结果：无效的行不导入；无法识别的单元格留空，该行其余照常导入"),
                self.invalid_table,
            ),
            "",
        )
        self.preview_tabs.addTab(
            _tab_page(
                self.tr("与手工修改不一致的字段（勾选则采用名单值）"), self.conflicts, self.take_all_box
            ),
            "",
        )
        layout = QVBoxLayout(page)
        layout.addWidget(self.counts)
        layout.addWidget(self.preview_tabs, 1)
        layout.addLayout(buttons)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("撤销本次导入"))
        self.undo_button.clicked.connect(self.undo_last)
        again = QPushButton(self.tr("导入另一个文件"))
        again.clicked.connect(self.restart)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(again)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    # -- steps ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.history.refresh()
        self.export_panel.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def choose_file(self) -> None:
        title, kinds = self.tr("选择名单文件"), self.tr("表格文件 (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)")
        path = open_path(self, self.ws.data_dir, "import", title, kinds)
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        self.path = path
        self.file_edit.setText(str(path))
        self.name_edit.clear()
        self.message.clear()
        self.mapping_page.reset()
        self.next_button.setEnabled(True)
        self.next_button.setFocus()

    def _run(self, title: str, job: Callable[[ProgressCallback, CancelToken], Any], done: Any) -> None:
        self.message.clear()
        self.runner = ProgressRunner(self, title, job)
        self.runner.done.connect(done)
        self.runner.error.connect(self._error)
        self.runner.start()

    def _error(self, exc: object) -> None:
        if isinstance(exc, DomainError):  # includes Cancelled and UnusableFile: nothing was changed
            self.message.setText(error_message(exc))
        else:
            self.failed.emit(exc)

    def describe_default(self) -> None:
        """Enter in the list name: on to the mapping step, as 下一步 does."""
        if self.next_button.isEnabled():
            self.describe()

    def describe(self, profile_name: str | None = None) -> None:
        """The mapping step: read the file's first rows, suggest a field for each column."""
        path = self.path
        if path is None:
            return
        try:
            profile = load_profile(self.ws, profile_name) if profile_name else None
        except DomainError as exc:
            self.message.setText(error_message(exc))
            return

        def job(
            _progress: ProgressCallback, cancel: CancelToken
        ) -> tuple[FileColumns, list[str], str | None]:
            columns = describe_file(self.ws, path, profile, cancel=cancel)
            return columns, list(all_profiles(self.ws)), profile_name

        self._run(self.tr("读取表头"), job, self._described)

    def _described(self, result: tuple[FileColumns, list[str], str | None]) -> None:
        columns, profiles, chosen = result
        self.mapping_page.show_file(columns, profiles, chosen)
        self.stack.setCurrentIndex(MAPPING)
        self.mapping_page.focus_first_combo()
        self.described.emit(columns)

    def preview(self) -> None:
        path, name = self.path, self.name_edit.text().strip() or None
        columns = self.mapping_page.columns
        if path is None or columns is None:
            return
        mapping = dict(self.mapping_page.mapping)
        try:
            check_choice(columns, mapping)
        except DomainError as exc:
            self.message.setText(error_message(exc))
            return

        def job(progress: ProgressCallback, cancel: CancelToken) -> ImportReport:
            return preview_import(self.ws, path, name, profile=mapping, progress=progress, cancel=cancel)

        self._run(self.tr("预览名单"), job, self._previewed)

    def _previewed(self, report: ImportReport) -> None:
        self.report = report
        if not self.name_edit.text().strip():
            self.name_edit.setText(report.list_name)
        self.counts.setText(
            self.tr(
                "名单“%1”：读取 %2 行；新增 %3 家，更新 %4 家，无变化 %5 家，移出名单 %6 家，重复 %7 行，无效 %8 行"
            )
            .replace("%1", report.list_name)
            .replace("%2", str(report.rows_read))
            .replace("%3", str(report.new))
            .replace("%4", str(report.updated))
            .replace("%5", str(report.unchanged))
            .replace("%6", str(report.removed))
            .replace("%7", str(report.duplicates))
            .replace("%8", str(len(report.invalid)))
        )
        skipped, blank = self.tr("整行不导入"), self.tr("该项留空")
        language = ui_language()
        english = is_english(language)
        self.changes_model.set_rows([(c.name, c.uscc, self._change_text(c, english)) for c in report.changes])
        self.invalid_model.set_rows(
            [(p.sheet, p.row, p.column, p.text(language), skipped) for p in report.invalid]
            + [(p.sheet, p.row, p.column, p.text(language), blank) for p in report.warnings]
        )
        self.conflicts.setRowCount(len(report.conflicts))
        for r, c in enumerate(report.conflicts):
            # The field as the list's column header names it (the officer knows the file's words).
            for col, value in enumerate((c.name, *c.texts(english))):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.conflicts.setItem(r, col, item)
            check = QTableWidgetItem(self.tr("采用名单值"))
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if c.taken else Qt.CheckState.Unchecked)
            self.conflicts.setItem(r, 4, check)
        problems = len(report.invalid) + len(report.warnings)
        self.preview_tabs.setTabText(0, self.tr("变化（%1）").replace("%1", str(len(report.changes))))
        self.preview_tabs.setTabText(1, self.tr("无效与警告（%1）").replace("%1", str(problems)))
        self.preview_tabs.setTabText(2, self.tr("冲突（%1）").replace("%1", str(len(report.conflicts))))
        # The officer's decisions first, then what cannot be imported, else what will change.
        self.preview_tabs.setCurrentIndex(2 if report.conflicts else 1 if problems else 0)
        self.take_all_box.setChecked(False)
        self.take_all_box.setEnabled(bool(report.conflicts))
        self.stack.setCurrentIndex(PREVIEW)
        self.previewed.emit(report)

    def _change_text(self, change: FirmChange, english: bool) -> str:
        if change.leaves_list:
            return self.tr("移出本名单")
        return change.fields_text(english)

    def take_list(self) -> dict[str, list[str]]:
        """The conflicts whose box is ticked: uscc -> fields taking the list's value."""
        taken: dict[str, list[str]] = {}
        for r, c in enumerate(self.report.conflicts if self.report else []):
            item = self.conflicts.item(r, 4)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                taken.setdefault(c.uscc, []).append(c.field)
        return taken

    def _take_all_toggled(self, on: bool) -> None:
        """Every conflict takes the list's value: the boxes show it and cannot be changed meanwhile."""
        for r in range(self.conflicts.rowCount()):
            item = self.conflicts.item(r, 4)
            if item is None:
                continue
            if on:
                item.setCheckState(Qt.CheckState.Checked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)

    def apply(self) -> None:
        path, name, take = self.path, self.name_edit.text().strip() or None, self.take_list()
        take_all, mapping, profile_name = (
            self.take_all_box.isChecked(),
            self.mapping_page.mapping,
            self.mapping_page.profile_name,
        )
        if path is None:
            return
        # The rows the preview read, used again unless the file or the mapping changed since.
        reading = self.report.reading if self.report is not None else None

        def job(progress: ProgressCallback, cancel: CancelToken) -> ImportReport:
            return import_list(
                self.ws,
                path,
                name,
                profile=dict(mapping) or None,
                profile_name=profile_name,
                take_list=take,
                take_all=take_all,
                progress=progress,
                cancel=cancel,
                reading=reading,
            )

        self._run(self.tr("导入名单"), job, self._imported)

    def _imported(self, report: ImportReport) -> None:
        self.result = report
        if self.report is not None:
            self.report.reading = None  # the rows read (hundreds of MB for a province) are done with
        if report.applied:
            text = self.tr("已导入名单“%1”：新增 %2 家，更新 %3 家，移出名单 %4 家，无效 %5 行未导入。")
        else:
            text = self.tr("名单“%1”与上次导入相同，未做任何更改。")
        self.summary.setText(
            text.replace("%1", report.list_name)
            .replace("%2", str(report.new))
            .replace("%3", str(report.updated))
            .replace("%4", str(report.removed))
            .replace("%5", str(len(report.invalid)))
        )
        self.undo_button.setEnabled(report.batch_id is not None)
        self.stack.setCurrentIndex(SUMMARY)
        self.refresh()
        self.imported.emit(report)

    def undo_last(self) -> None:
        r = self.result
        if (
            r is not None
            and r.batch_id is not None
            and confirm_undo(self, r.list_name, r.batch_id, r.new, r.updated)
        ):
            self._undo(r.batch_id)

    def _undo(self, batch_id: int) -> None:
        self.message.clear()
        try:
            report = undo_import(self.ws, batch_id)
        except DomainError as exc:
            self.message.setText(error_message(exc))
            return
        except Exception as exc:
            self.failed.emit(exc)
            return
        if self.result is not None and self.result.batch_id == batch_id:
            self.undo_button.setEnabled(False)
        self.summary.setText(
            self.tr("已撤销名单“%1”的导入批次 %2：删除 %3 家新增企业，恢复 %4 家。")
            .replace("%1", report.list_name)
            .replace("%2", str(batch_id))
            .replace("%3", str(report.deleted))
            .replace("%4", str(report.restored))
        )
        self.refresh()
        self.undone.emit(report)

    def restart(self) -> None:
        self.path, self.report, self.result = None, None, None
        self.file_edit.clear()
        self.name_edit.clear()
        self.message.clear()
        self.mapping_page.reset()
        self.next_button.setEnabled(False)
        self.stack.setCurrentIndex(CHOOSE)
