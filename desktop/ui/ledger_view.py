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
    PROBLEMS,
    LedgerRow,
    compose_problem,
)
from desktop.domain.ledger_diff import LedgerDiff
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
        year, month = (int(part) for part in due_month(today()).split("-"))

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
        profile = ws.profile
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
        self.tabs.addTab(self._missing_tab(), self.tr("待补填"))
        self.tabs.addTab(self._changes_tab(), self.tr("与上次导出相比"))
        self.tabs.addTab(self._history_tab(), self.tr("导出记录"))
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
        self.pick = QComboBox()
        self.pick.setObjectName("problemPick")
        self.pick.addItem(self.tr("常见问题…"), None)
        english = ui_language() == "en"
        for term in PROBLEMS:
            self.pick.addItem(term.en if english else term.zh, term.code)
        self.note = QLineEdit()
        self.note.setObjectName("problemNote")
        self.note.setPlaceholderText(self.tr("存在的主要问题（未授信填写）：选常见问题或自由填写"))
        self.note_button = QPushButton(self.tr("填入所选企业"))
        self.note_button.setObjectName("saveProblemNote")
        self.note_button.clicked.connect(self.save_note)
        self.remark = QLineEdit()
        self.remark.setObjectName("remarkNote")
        self.remark.setPlaceholderText(self.tr("备注"))
        self.remark_button = QPushButton(self.tr("保存备注"))
        self.remark_button.setObjectName("saveRemark")
        self.remark_button.clicked.connect(self.save_remark)
        self.reason = QLineEdit()
        self.reason.setObjectName("noteReason")
        self.reason.setPlaceholderText(self.tr("更正原因（修改已填写的内容时）"))
        problem_bar = QHBoxLayout()
        problem_bar.addWidget(self.pick)
        problem_bar.addWidget(self.note, 2)
        problem_bar.addWidget(self.note_button)
        remark_bar = QHBoxLayout()
        remark_bar.addWidget(self.remark, 2)
        remark_bar.addWidget(self.reason, 1)
        remark_bar.addWidget(self.remark_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.rows_table, 1)
        layout.addLayout(problem_bar)
        layout.addLayout(remark_bar)
        return tab

    def _missing_tab(self) -> QWidget:
        tab = QWidget()
        self.problems_model = RecordsModel(
            [self.tr("企业"), self.tr("栏目"), self.tr("问题"), self.tr("在哪里填写")]
        )
        self.problems_table = records_table(self.problems_model, "ledgerProblems")
        self.problems_table.doubleClicked.connect(lambda index: self.fix(index.row()))
        self.problems_table.setToolTip(self.tr("双击一行前往填写"))
        self.fix_button = QPushButton(self.tr("去填写"))
        self.fix_button.setObjectName("fixMissing")
        self.fix_button.clicked.connect(lambda: self.fix(self._selected(self.problems_table)))
        self.open_button = QPushButton(self.tr("打开企业档案"))
        self.open_button.clicked.connect(lambda: self._open_missing(self._selected(self.problems_table)))
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.fix_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.problems_table, 1)
        layout.addLayout(bar)
        return tab

    def _changes_tab(self) -> QWidget:
        tab = QWidget()
        self.changes_label = QLabel()
        self.changes_label.setObjectName("changesSummary")
        self.changes_model = RecordsModel(
            [self.tr("变化"), self.tr("企业"), self.tr("栏目"), self.tr("上次导出"), self.tr("现在")]
        )
        layout = QVBoxLayout(tab)
        layout.addWidget(self.changes_label)
        layout.addWidget(records_table(self.changes_model, "ledgerChanges"), 1)
        return tab

    def _history_tab(self) -> QWidget:
        tab = QWidget()
        self.history_model = RecordsModel(
            [
                self.tr("导出时间（UTC）"),
                self.tr("口径"),
                self.tr("户数"),
                self.tr("导出人"),
                self.tr("文件"),
                self.tr("SHA-256"),
            ]
        )
        layout = QVBoxLayout(tab)
        layout.addWidget(records_table(self.history_model, "ledgerHistory"), 1)
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
        self.problems_model.set_rows(
            [(m.name, self._column(m), m.message.text(ui_language()), self._where(m)) for m in self.missing]
        )
        self.tabs.setTabText(1, self.tr("待补填（%1）").replace("%1", str(len(self.missing))))
        self._show_changes(changes.previous_export_at, changes.diff)
        self.history_model.set_rows(
            [(e.exported_at.strftime("%Y-%m-%d %H:%M"), self.tr("累计") if e.basis == "cumulative" else self.tr("当月"),
              e.row_count, e.actor, e.file_name, e.file_hash[:16] + "…") for e in reversed(exports)]
        )  # fmt: skip
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

    def _column(self, item: MissingItem) -> str:
        if item.code == MISSING_UNIT:
            return self.tr("填报单位")
        if item.code == MISSING_BANK:
            return self.tr("对接银行")
        return self.tr("存在的主要问题")

    def _where(self, item: MissingItem) -> str:
        if item.code == MISSING_UNIT:
            return self.tr("上方“填报单位”，或 设置 → 用户资料")
        if item.code == MISSING_BANK:
            return self.tr("上方“对接银行”，或 设置 → 用户资料")
        return self.tr("台帐页下方“存在的主要问题”（或该企业的一企一策诊断）")

    def _show_changes(self, previous_at: str | None, diff: LedgerDiff | None) -> None:
        if previous_at is None or diff is None:
            self.changes_label.setText(self.tr("本月（此口径）尚未导出过"))
            self.changes_model.set_rows([])
            return
        rows: list[tuple[object, ...]] = [
            (self.tr("新增"), r["对接企业名称"], "", "", "") for r in diff.added
        ]
        rows += [(self.tr("删除"), r["对接企业名称"], "", "", "") for r in diff.removed]
        rows += [
            (self.tr("变更"), c.name, col, a, b) for c in diff.changed for col, (a, b) in c.fields.items()
        ]
        self.changes_model.set_rows(rows)
        summary = (
            self.tr("与上次导出（%1 UTC）相比没有变化")
            if diff.empty
            else self.tr("与上次导出（%1 UTC）相比：新增 %2 户，删除 %3 户，变更 %4 户")
        )
        self.changes_label.setText(
            summary.replace("%1", previous_at.replace("T", " ")[:16])
            .replace("%2", str(len(diff.added)))
            .replace("%3", str(len(diff.removed)))
            .replace("%4", str(len(diff.changed)))
        )

    # -- filling -------------------------------------------------------------------------------------

    @staticmethod
    def _selected(table: QAbstractItemView) -> int:
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
        return rows[0] if rows else -1

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

    def _open_missing(self, row: int) -> None:
        if 0 <= row < len(self.missing):
            self.open_firm.emit(self.missing[row].uscc)

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
