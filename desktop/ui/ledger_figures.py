"""台帐与报表 → 年度成效: the year's programme figures (the same as ``firstloan report``), each with its
definition as tooltip and 同比 where the records cover the year before, and every target's 完成率."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QSplitter, QVBoxLayout, QWidget

from desktop.domain.figures import FIGURES, format_wan
from desktop.services.figures import compare
from desktop.services.programme import ProgrammeReport, programme_report
from desktop.services.workspace import Workspace
from desktop.ui.charts import number_text
from desktop.ui.labels import ui_language
from desktop.ui.models.records_model import AnyIndex, RecordsModel, records_table


class _DefinedModel(RecordsModel):
    """Rows of figures whose tooltip is the figure's definition."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__(headers)
        self.tips: list[str] = []

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.row() < len(self.tips):
            return self.tips[index.row()]
        return super().data(index, role)


class LedgerFigures(QWidget):
    failed = Signal(object)

    def __init__(self, ws: Workspace, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.today = ws, today
        self.report: ProgrammeReport | None = None
        self.year = QSpinBox()
        self.year.setObjectName("programmeYear")
        self.year.setRange(2000, 2999)
        self.year.setValue(today().year)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("年份")))
        bar.addWidget(self.year)
        bar.addWidget(self.heading, 1)
        self.model = _DefinedModel([self.tr("指标"), self.tr("本年"), self.tr("同比"), self.tr("定义")])
        self.targets_model = RecordsModel(
            [
                self.tr("范围"),
                self.tr("期间"),
                self.tr("对接户数"),
                self.tr("首贷户数"),
                self.tr("首贷金额（万元）"),
                self.tr("来源"),
            ]
        )
        split = QSplitter()
        split.addWidget(records_table(self.model, "programmeFigures"))
        split.addWidget(records_table(self.targets_model, "programmeTargets"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        try:
            report = programme_report(self.ws, self.year.value(), today=self.today())
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.report = report
        language = ui_language()
        if report.programme is not None:
            self.heading.setText(report.programme.name(language))
        f = report.figures
        rows, tips = [], []
        for fig in FIGURES:
            change = compare(f, report.year_ago, fig.code)
            delta = "" if change is None else number_text(change.delta, fig.unit)
            rows.append(
                (
                    fig.label(language),
                    number_text(f.value(fig.code), fig.unit),
                    delta,
                    fig.definition.text(language),
                )
            )
            tips.append(fig.definition.text(language))
        self.model.tips = tips
        self.model.set_rows(rows)
        self.targets_model.set_rows(
            [
                (self.tr("全市") if t.scope_kind == "city" else t.scope_name, t.period.label(language) if t.period else "",
                 f"{t.firms_actual}/{t.firms_target or '—'}（{number_text(t.firms_pct, '%')}）",
                 f"{t.first_loans_actual}/{t.first_loans_target or '—'}（{number_text(t.first_loans_pct, '%')}）",
                 f"{format_wan(t.amount_actual)}/{format_wan(t.amount_target) or '—'}（{number_text(t.amount_pct, '%')}）",
                 self.tr("种子默认") if t.source == "seed" else self.tr("已设定"))
                for t in report.targets
            ]
        )  # fmt: skip
