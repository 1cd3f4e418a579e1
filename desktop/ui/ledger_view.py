"""台帐与报表: one month's ledger rows and what is missing, problem notes, export to xlsx on a worker; the
programme figures of the year against its targets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import in_language
from desktop.exchange.ledger import LedgerRow
from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.ledger import (
    LedgerExportResult,
    MissingItem,
    check_ledger,
    export_ledger,
    ledger_rows,
    set_ledger_note,
)
from desktop.services.programme import ProgrammeReport, programme_report
from desktop.services.workspace import Workspace
from desktop.ui.errors import ui_language
from desktop.ui.models.records_model import RecordsModel, records_table
from desktop.ui.prefs import save_path
from desktop.ui.view import View


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _pct(actual: Decimal | int, target: Decimal | int | None) -> str:
    if not target:
        return ""
    return f"{Decimal(actual) * 100 / Decimal(target):.1f}%"


class LedgerView(View):
    exported = Signal(object)  # LedgerExportResult
    open_firm = Signal(str)  # uscc: double-click a problem to fix it in the firm's dossier

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, today, parent)
        self.rows: list[LedgerRow] = []
        self.missing: list[MissingItem] = []
        self.last_export: LedgerExportResult | None = None
        now = today()

        self.month = QDateEdit(QDate(now.year, now.month, 1))
        self.month.setObjectName("ledgerMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.export_button = QPushButton(self.tr("导出台帐…"))
        self.export_button.setObjectName("exportLedger")
        self.export_button.clicked.connect(self.export)
        self.open_folder_button = QPushButton(self.tr("打开所在文件夹"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.status = QLabel()
        self.status.setObjectName("ledgerStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份")))
        top.addWidget(self.month)
        top.addWidget(self.export_button)
        top.addWidget(self.open_folder_button)
        top.addStretch(1)

        self.rows_model = RecordsModel(
            [
                self.tr("填报单位"),
                self.tr("对接时间"),
                self.tr("对接银行"),
                self.tr("对接企业名称"),
                self.tr("统一社会信用代码"),
                self.tr("是否授信"),
                self.tr("授信金额（万元）"),
                self.tr("担保情况"),
                self.tr("存在的主要问题"),
                self.tr("新发放贷款（万元）"),
                self.tr("备注"),
            ]
        )
        self.rows_table = records_table(self.rows_model, "ledgerRows")
        self.problems_model = RecordsModel(
            [self.tr("企业"), self.tr("栏目"), self.tr("问题"), self.tr("补填方法")]
        )
        self.problems_table = records_table(self.problems_model, "ledgerProblems")
        self.problems_table.doubleClicked.connect(
            lambda index: (
                self.open_firm.emit(self.missing[index.row()].uscc)
                if 0 <= index.row() < len(self.missing)
                else None
            )
        )
        self.problems_table.setToolTip(self.tr("双击一行打开该企业"))
        self.note = QLineEdit()
        self.note.setObjectName("problemNote")
        self.note.setPlaceholderText(self.tr("所选企业存在的主要问题（未授信填写）"))
        self.note_button = QPushButton(self.tr("保存问题说明"))
        self.note_button.setObjectName("saveProblemNote")
        self.note_button.clicked.connect(self.save_note)
        note_bar = QHBoxLayout()
        note_bar.addWidget(self.note, 1)
        note_bar.addWidget(self.note_button)
        problems_box = QGroupBox(self.tr("待补填的问题"))
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.addWidget(self.problems_table)
        problems_layout.addLayout(note_bar)

        self.year = QSpinBox()
        self.year.setObjectName("programmeYear")
        self.year.setRange(2000, 2999)
        self.year.setValue(now.year)
        self.year.valueChanged.connect(lambda _y: self.refresh_figures())
        self.figures_model = RecordsModel(
            [self.tr("指标"), self.tr("范围"), self.tr("完成"), self.tr("目标"), self.tr("完成率")]
        )
        figures_box = QGroupBox(self.tr("年度培植成效"))
        figures_layout = QVBoxLayout(figures_box)
        year_bar = QHBoxLayout()
        year_bar.addWidget(QLabel(self.tr("年份")))
        year_bar.addWidget(self.year)
        year_bar.addStretch(1)
        figures_layout.addLayout(year_bar)
        figures_layout.addWidget(records_table(self.figures_model, "programmeFigures"))

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(problems_box)
        lower.addWidget(figures_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.rows_table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    def month_key(self) -> str:
        value = self.month.date()
        return f"{value.year():04d}-{value.month():02d}"

    def refresh(self) -> None:
        month = self.month_key()
        try:
            self.rows = ledger_rows(self.ws, month)
            self.missing = check_ledger(self.ws, month)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.rows_model.set_rows([[_cell(v) for v in row.cells(with_code=True)] for row in self.rows])
        language = ui_language()
        self.problems_model.set_rows(
            [(m.name, m.column, in_language(m.message, language), m.fix) for m in self.missing]
        )
        self.status.setText(
            self.tr("%1 台帐：%2 户，%3 项待补填")
            .replace("%1", month)
            .replace("%2", str(len(self.rows)))
            .replace("%3", str(len(self.missing)))
        )
        self.refresh_figures()

    def refresh_figures(self) -> None:
        try:
            report = programme_report(self.ws, self.year.value(), today=self.today())
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.figures_model.set_rows(self._figure_rows(report))

    def _figure_rows(self, report: ProgrammeReport) -> list[tuple[object, ...]]:
        f = report.figures
        everyone = self.tr("全部")
        rows: list[tuple[object, ...]] = [
            (self.tr("名单内企业"), everyone, f.on_lists, "", ""),
            (self.tr("已走访对接"), everyone, f.contacted, "", ""),
            (self.tr("有融资需求"), everyone, f.with_demand, "", ""),
            (self.tr("已授信户数"), everyone, f.credited, "", ""),
            (self.tr("授信金额（万元）"), everyone, _cell(f.credit_amount), "", ""),
            (self.tr("首贷户数"), everyone, f.first_loan_firms, "", ""),
            (self.tr("首贷金额（万元）"), everyone, _cell(f.first_loan_amount), "", ""),
            (self.tr("211按时办结"), everyone, f.met_211, "", ""),
            (self.tr("211超时"), everyone, f.missed_211, "", ""),
        ]
        for t in report.targets:
            scope = t.scope_name or t.scope_kind
            rows += [
                (
                    self.tr("对接企业（目标）"),
                    scope,
                    t.firms_actual,
                    t.firms_target or "",
                    _pct(t.firms_actual, t.firms_target),
                ),
                (
                    self.tr("首贷户数（目标）"),
                    scope,
                    t.first_loans_actual,
                    t.first_loans_target or "",
                    _pct(t.first_loans_actual, t.first_loans_target),
                ),
                (
                    self.tr("首贷金额（目标，万元）"),
                    scope,
                    _cell(t.amount_actual),
                    _cell(t.amount_target),
                    _pct(t.amount_actual, t.amount_target),
                ),
            ]
        return rows

    def selected_uscc(self) -> str | None:
        rows = {i.row() for i in self.problems_table.selectionModel().selectedRows()}
        if rows and min(rows) < len(self.missing):
            return self.missing[min(rows)].uscc
        rows = {i.row() for i in self.rows_table.selectionModel().selectedRows()}
        if rows and min(rows) < len(self.rows):
            return self.rows[min(rows)].uscc
        return None

    def save_note(self) -> None:
        uscc = self.selected_uscc()
        if uscc is None:
            self.status.setText(self.tr("请先在台帐或问题列表中选择一家企业"))
            return
        try:
            set_ledger_note(self.ws, self.month_key(), uscc, problem=self.note.text(), remark=None)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.note.clear()
        self.refresh()

    def choose_file(self) -> Path | None:
        name = f"首贷培植工作台帐-{self.month_key()}.xlsx"
        return save_path(
            self, self.ws.data_dir, "ledger", self.tr("导出工作台帐"), name, self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx"
        )

    def export(self) -> None:
        month = self.month_key()
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
                self.ws, month, out, allow_incomplete=allow_incomplete, progress=progress, cancel=cancel
            )

        self.run_job(
            self.tr("导出工作台帐"),
            job,
            self._exported,
            cancelled=lambda: self.status.setText(self.tr("已取消导出，没有写入文件")),
        )

    def _exported(self, result: object) -> None:
        assert isinstance(result, LedgerExportResult)
        self.last_export = result
        self.open_folder_button.setEnabled(True)
        self.status.setText(
            self.tr("已导出 %1 户到 %2").replace("%1", str(result.rows)).replace("%2", str(result.path))
        )
        self.exported.emit(result)

    def open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.path.parent)))
