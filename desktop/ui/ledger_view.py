"""台帐与报表: the month's ledger as it will be sent (opening on the month due now), 当月 or 累计; what it
still lacks, each item with a button to the place that fills it; 存在的主要问题 and 备注 for the selected
firms (many at once); what changed since the last export; the frozen copies; the year's figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import month_period
from desktop.domain.figures import format_wan
from desktop.domain.ledger import (
    BASIS_TEXT,
    MISSING_BANK,
    MISSING_PROBLEM,
    MISSING_UNIT,
    LedgerRow,
    compose_problem,
)
from desktop.domain.vocabulary import GUARANTEE_KINDS
from desktop.services.jobs import Cancelled, CancelToken, ProgressCallback
from desktop.services.ledger import (
    LedgerExportResult,
    LedgerSheet,
    MissingItem,
    due_month,
    export_ledger,
    ledger_changes,
    ledger_exports,
    ledger_sheet,
    set_ledger_notes,
)
from desktop.services.workspace import Workspace
from desktop.ui.errors import ui_language
from desktop.ui.labels import vocab_list, yes_no
from desktop.ui.ledger_figures import LedgerFigures
from desktop.ui.ledger_tabs import ChangesTab, ExportsTab, MissingTab, NotesBar
from desktop.ui.models.records_model import RecordsModel, records_table
from desktop.ui.worker import ProgressRunner

FIGURES_TAB = 4


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_wan(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class LedgerView(QWidget):
    failed = Signal(object)
    exported = Signal(object)  # LedgerExportResult
    open_firm = Signal(str)  # uscc: the firm's dossier, to fill what the ledger needs from it

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.sheet: LedgerSheet | None = None
        self.rows: list[LedgerRow] = []
        self.missing: list[MissingItem] = []
        self.last_export: LedgerExportResult | None = None
        self.runner: ProgressRunner | None = None
        top = self._top_bar()
        self.status = QLabel()
        self.status.setObjectName("ledgerStatus")
        self.status.setWordWrap(True)
        self.lines = QLabel()
        self.lines.setObjectName("ledgerLines")
        self.lines.setWordWrap(True)
        self.lines.setStyleSheet("color: #607d8b;")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("ledgerTabs")
        self.tabs.addTab(self._rows_tab(), self.tr("台帐"))
        self.missing_tab = MissingTab()
        self.missing_tab.fix_requested.connect(self.fix)
        self.missing_tab.open_requested.connect(lambda row: self.open_firm.emit(self.missing[row].uscc))
        self.problems_model, self.problems_table = self.missing_tab.model, self.missing_tab.table
        self.fix_button = self.missing_tab.fix_button
        self.tabs.addTab(self.missing_tab, self.tr("待补填"))
        self.changes = ChangesTab()
        self.changes_label, self.changes_model = self.changes.label, self.changes.model
        self.history = ExportsTab()
        self.history_model = self.history.model
        self.tabs.addTab(self.changes, self.tr("与上次导出相比"))
        self.tabs.addTab(self.history, self.tr("导出记录"))
        self.figures = LedgerFigures(ws, today)
        self.figures.failed.connect(self.failed)
        self.tabs.addTab(self.figures, self.tr("年度成效"))
        # The year's figures take seconds on a big database: worked out when their tab is shown.
        self.tabs.currentChanged.connect(
            lambda index: self.figures.refresh() if index == FIGURES_TAB else None
        )
        self.year = self.figures.year
        self.figures_model = self.figures.model
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lines)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    # -- tabs ----------------------------------------------------------------------------------------

    def _top_bar(self) -> QHBoxLayout:
        """The month (the one due now), the 口径, 填报单位 and 对接银行 (the profile's, or typed for this
        ledger), export and the folder."""
        year, month = (int(part) for part in due_month(self.today()).split("-"))

        self.month = QDateEdit(QDate(year, month, 1))
        self.month.setObjectName("ledgerMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setToolTip(self.tr("默认为当前应报送的月份（每月 10 日前报送上月台帐）"))
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.basis = QComboBox()
        self.basis.setObjectName("ledgerBasis")
        self.basis.addItem(self.tr("当月"), False)
        self.basis.addItem(self.tr("累计"), True)
        self.basis.setToolTip(self.tr("当月：金额为本月发生额，各月相加等于全年；累计：截至月末的累计数"))
        self.basis.currentIndexChanged.connect(lambda _i: self.refresh())
        profile = self.ws.profile
        self.unit = QLineEdit()
        self.unit.setObjectName("ledgerUnit")
        self.unit.setPlaceholderText(profile.unit or f"{profile.bank}{profile.branch}" or self.tr("填报单位"))
        self.unit.setToolTip(self.tr("填报单位：默认取用户资料，在此填写则仅用于本次台帐"))
        self.unit.editingFinished.connect(self.refresh)
        self.bank = QLineEdit()
        self.bank.setObjectName("ledgerBank")
        self.bank.setPlaceholderText(profile.bank or self.tr("对接银行"))
        self.bank.setToolTip(self.tr("对接银行：默认取用户资料中的银行，在此填写则仅用于本次台帐"))
        self.bank.editingFinished.connect(self.refresh)
        self.export_button = QPushButton(self.tr("导出台帐…"))
        self.export_button.setObjectName("exportLedger")
        self.export_button.clicked.connect(self.export)
        self.open_folder_button = QPushButton(self.tr("打开所在文件夹"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        top = QHBoxLayout()
        for text, widget in ((self.tr("月份"), self.month), (self.tr("口径"), self.basis),
                             (self.tr("填报单位"), self.unit), (self.tr("对接银行"), self.bank)):  # fmt: skip
            top.addWidget(QLabel(text))
            top.addWidget(widget)
        top.addWidget(self.export_button)
        top.addWidget(self.open_folder_button)
        return top

    def _rows_tab(self) -> QWidget:
        tab = QWidget()
        self.rows_model = RecordsModel(
            [self.tr("填报单位"), self.tr("对接时间"), self.tr("对接银行"), self.tr("对接企业名称"),
             self.tr("统一社会信用代码"), self.tr("是否授信"), self.tr("授信金额（万元）"), self.tr("担保情况"),
             self.tr("存在的主要问题"), self.tr("新发放贷款（万元）"), self.tr("备注")]
        )  # fmt: skip
        self.rows_table = records_table(self.rows_model, "ledgerRows")
        self.rows_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for column in (0, 2):  # 填报单位 and 对接银行 are the same on every row: shown in the bar above
            self.rows_table.setColumnHidden(column, True)
        self.rows_table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.rows_table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.notes = NotesBar()
        self.notes.note_button.clicked.connect(self.save_note)
        self.notes.remark_button.clicked.connect(self.save_remark)
        bar = self.notes
        self.pick, self.note, self.note_button = bar.pick, bar.note, bar.note_button
        self.remark, self.reason, self.remark_button = bar.remark, bar.reason, bar.remark_button
        layout = QVBoxLayout(tab)
        layout.addWidget(self.rows_table, 1)
        layout.addWidget(self.notes)
        return tab

    # -- reading -------------------------------------------------------------------------------------

    def month_key(self) -> str:
        value = self.month.date()
        return f"{value.year():04d}-{value.month():02d}"

    def cumulative(self) -> bool:
        return bool(self.basis.currentData())

    def refresh(self) -> None:
        month, cumulative = self.month_key(), self.cumulative()
        try:
            sheet = ledger_sheet(
                self.ws, month, unit=self.unit.text(), bank=self.bank.text(), cumulative=cumulative
            )
            changes = ledger_changes(self.ws, month, cumulative=cumulative)
            exports = ledger_exports(self.ws, month)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.sheet, self.rows, self.missing = sheet, sheet.rows, sheet.missing
        self.lines.setText(self._title_lines(sheet))
        self.rows_model.set_rows([self._row_cells(row) for row in self.rows])
        self.missing_tab.show_missing(self.missing)
        self.tabs.setTabText(1, self.tr("待补填（%1）").replace("%1", str(len(self.missing))))
        self.changes.show_changes(changes.previous_export_at, changes.diff)
        self.history.show_exports(exports)
        totals = sheet.totals
        self.status.setText(
            self.tr("%1 台帐：%2 户，授信 %3 万元，新发放贷款 %4 万元；%5 项待补填")
            .replace("%1", month)
            .replace("%2", str(totals.firms))
            .replace("%3", format_wan(totals.credit_amount))
            .replace("%4", format_wan(totals.new_loan_amount))
            .replace("%5", str(len(self.missing)))
        )
        if self.tabs.currentIndex() == FIGURES_TAB:
            self.figures.refresh()

    def _title_lines(self, sheet: LedgerSheet) -> str:
        """The sheet's title lines (period, 口径, programme); in the English UI, the same in English."""
        if ui_language() != "en" or sheet.programme is None:
            return "\n".join(sheet.lines)
        year, month = (int(part) for part in sheet.month.split("-"))
        basis = BASIS_TEXT["cumulative" if sheet.cumulative else "month"].en
        prog = sheet.programme
        return (
            self.tr("期间：%1　口径：%2")
            .replace("%1", month_period(year, month).label_en)
            .replace("%2", basis)
            + "\n"
            + self.tr("项目：%1　首贷口径：%2")
            .replace("%1", prog.name_en)
            .replace("%2", prog.first_loan_text("en"))
        )

    def _row_cells(self, row: LedgerRow) -> list[str]:
        cells = [_cell(v) for v in row.cells(with_code=True)]
        cells[5] = yes_no(row.credited)
        cells[7] = vocab_list(GUARANTEE_KINDS, list(row.guarantee_codes)) or cells[7]
        return cells

    # -- filling -------------------------------------------------------------------------------------

    def selected_usccs(self) -> list[str]:
        rows = sorted({i.row() for i in self.rows_table.selectionModel().selectedRows()})
        return [self.rows[r].uscc for r in rows if r < len(self.rows)]

    def _selection_changed(self) -> None:
        count = len(self.selected_usccs())
        self.note_button.setText(
            self.tr("填入所选 %1 户").replace("%1", str(count)) if count > 1 else self.tr("填入所选企业")
        )

    def fix(self, row: int) -> None:
        """Go to where a missing item is filled: the unit or bank field above, or the problem editor with
        the firm selected in the ledger."""
        if not 0 <= row < len(self.missing):
            return
        item = self.missing[row]
        if item.code == MISSING_UNIT:
            self.unit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if item.code == MISSING_BANK:
            self.bank.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        assert item.code == MISSING_PROBLEM
        index = next(i for i, r in enumerate(self.rows) if r.uscc == item.uscc)
        self.tabs.setCurrentIndex(0)
        self.rows_table.selectRow(index)
        self.rows_table.scrollTo(self.rows_model.index(index, 0))
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_firm.emit(self.rows[row].uscc)

    def _problem_text(self) -> str:
        code = self.pick.currentData()
        return compose_problem([code] if code else [], self.note.text())

    def save_note(self) -> None:
        self._save(problem=self._problem_text(), remark=None)

    def save_remark(self) -> None:
        self._save(problem=None, remark=self.remark.text())

    def _save(self, *, problem: str | None, remark: str | None) -> None:
        usccs = self.selected_usccs()
        if not usccs:
            self.status.setText(self.tr("请先在台帐中选择企业（可多选）"))
            return
        if problem is not None and not problem:
            self.status.setText(self.tr("请选择常见问题或填写问题说明"))
            return
        try:
            set_ledger_notes(
                self.ws, self.month_key(), usccs, problem=problem, remark=remark, reason=self.reason.text()
            )
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.note.clear()
        self.remark.clear()
        self.reason.clear()
        self.pick.setCurrentIndex(0)
        self.refresh()

    # -- export --------------------------------------------------------------------------------------

    def choose_file(self) -> Path | None:
        default = Path.home() / f"首贷培植工作台帐-{self.month_key()}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出工作台帐"), str(default), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def export(self) -> None:
        month, cumulative = self.month_key(), self.cumulative()
        unit, bank = self.unit.text(), self.bank.text()
        allow_incomplete = False
        if self.missing:
            answer = QMessageBox.question(
                self,
                self.tr("导出工作台帐"),
                self.tr("台帐还有 %1 项未填，仍然导出吗？").replace("%1", str(len(self.missing))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            allow_incomplete = True
        out = self.choose_file()
        if out is None:
            return

        def job(progress: ProgressCallback, cancel: CancelToken) -> LedgerExportResult:
            # The service checks the token between rows; a cancelled export leaves no file and no record.
            return export_ledger(
                self.ws, month, out, unit=unit, bank=bank, cumulative=cumulative,
                allow_incomplete=allow_incomplete, progress=progress, cancel=cancel,
            )  # fmt: skip

        self.runner = ProgressRunner(self, self.tr("导出工作台帐"), job)
        self.runner.done.connect(self._exported)
        self.runner.error.connect(self._export_failed)
        self.runner.start()

    def _export_failed(self, exc: object) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("已取消导出，没有写入文件"))
        else:
            self.failed.emit(exc)

    def _exported(self, result: LedgerExportResult) -> None:
        self.last_export = result
        self.open_folder_button.setEnabled(True)
        self.refresh()
        self.status.setText(
            self.tr("已导出 %1 户到 %2").replace("%1", str(result.rows)).replace("%2", str(result.path))
        )
        self.exported.emit(result)

    def open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.path.parent)))
