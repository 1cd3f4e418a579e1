"""工作台: the programme at a glance for a chosen period — the figures' tiles (the same as ``firstloan
report``), each with its definition as tooltip, target and 完成率 or 同比 / 环比; a click on a tile opens
the firm table on exactly the firms it counts; the period's funnel, the 12-month trend, 211 deadlines and
this week's follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import PeriodKind
from desktop.domain.figures import BY_CODE, FIRM_FIGURES, Change
from desktop.services.dashboard import TILES, DashboardFigures, Tile, dashboard_figures
from desktop.services.figure_sets import FigureFilter
from desktop.services.workspace import Workspace
from desktop.ui.charts import FunnelChart, TileWidget, TrendChart, compact_text, number_text
from desktop.ui.labels import label, step_labels, ui_language
from desktop.ui.models.records_model import RecordsModel
from desktop.ui.view import View
from desktop.ui.worker import Worker, start

TILES_PER_ROW = 7


def _table(model: RecordsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class DashboardView(View):
    show_firms = Signal(object)  # a FigureFilter: the firms a clicked tile counts
    refreshed = Signal()  # the figures of the chosen period are on screen

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, today, parent)
        self.figures: DashboardFigures | None = None
        self._generation = 0
        self._workers: set[Worker] = set()
        top, tiles = self._top_bar(), self._tile_grid()
        self.info = QLabel()
        self.info.setObjectName("dashboardInfo")
        self.info.setWordWrap(True)
        self.funnel = FunnelChart()
        self.trend = TrendChart()
        funnel_box = QGroupBox(self.tr("本期培育转化"))
        QVBoxLayout(funnel_box).addWidget(self.funnel)
        trend_box = QGroupBox(self.tr("近 12 个月"))
        QVBoxLayout(trend_box).addWidget(self.trend)

        self.deadlines_model = RecordsModel(
            [self.tr("企业"), self.tr("环节"), self.tr("期限"), self.tr("状态")]
        )
        self.follow_model = RecordsModel([self.tr("日期"), self.tr("企业"), self.tr("下一步")])
        deadlines_box = QGroupBox(self.tr("211时限：待办与逾期"))
        QVBoxLayout(deadlines_box).addWidget(_table(self.deadlines_model, "deadlinesTable"))
        follow_box = QGroupBox(self.tr("本周跟进"))
        QVBoxLayout(follow_box).addWidget(_table(self.follow_model, "followTable"))

        grid = QGridLayout()
        grid.addWidget(funnel_box, 0, 0)
        grid.addWidget(trend_box, 0, 1)
        grid.addWidget(deadlines_box, 1, 0)
        grid.addWidget(follow_box, 1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(self.info)
        layout.addLayout(grid, 1)

    def _top_bar(self) -> QHBoxLayout:
        """The period chosen (本月, 本季度, 本年, 项目以来) and what is shown: the period and the programme."""
        self.period = QComboBox()
        self.period.setObjectName("dashboardPeriod")
        for kind, text in (
            (PeriodKind.MONTH, self.tr("本月")),
            (PeriodKind.QUARTER, self.tr("本季度")),
            (PeriodKind.YEAR, self.tr("本年")),
            (PeriodKind.PROGRAMME, self.tr("项目以来")),
        ):
            self.period.addItem(text, kind.value)
        self.period.setCurrentIndex(2)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("统计期")))
        top.addWidget(self.period)
        top.addWidget(self.heading, 1)
        return top

    def _tile_grid(self) -> QGridLayout:
        """A tile per figure, its definition as tooltip, a click asking for the firms it counts."""
        language = ui_language()
        self.tiles = {code: TileWidget(code, BY_CODE[code].label(language)) for code in TILES}
        tiles = QGridLayout()
        tiles.setSpacing(6)
        for n, tile in enumerate(self.tiles.values()):
            tile.setToolTip(BY_CODE[tile.code].definition.text(language))
            tile.clicked.connect(self._tile_clicked)
            tiles.addWidget(tile, n // TILES_PER_ROW, n % TILES_PER_ROW)
        return tiles

    def kind(self) -> PeriodKind:
        return PeriodKind(self.period.currentData())

    def refresh(self) -> None:
        """Work the figures out on a worker thread (seconds on a province-sized database), then show them;
        a newer refresh supersedes one still running."""
        ws, today, kind = self.ws, self.today(), self.kind()
        self._generation += 1
        generation = self._generation
        worker = Worker(lambda _progress, _cancel: (generation, dashboard_figures(ws, today, kind)))
        # Bound methods, not lambdas: Qt drops the connection when the view is deleted before the worker ends.
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        self._workers = {w for w in self._workers if not w.done} | {worker}
        self.heading.setText(self.tr("正在统计……"))
        start(worker)

    def _finished(self, result: tuple[int, DashboardFigures]) -> None:
        self._show(result[1], result[0])

    def _failed(self, exc: object) -> None:
        self.failed.emit(exc)

    def _show(self, figures: DashboardFigures, generation: int) -> None:
        if generation != self._generation:
            return  # the period changed meanwhile: a newer refresh is coming
        self.figures = figures
        language = ui_language()
        period = figures.period.label(language) if figures.period else ""
        programme = figures.programme.name(language) if figures.programme else ""
        self.heading.setText(self.tr("%1　·　%2").replace("%1", period).replace("%2", programme))
        for tile in figures.tiles:
            self.tiles[tile.code].set_value(
                tile.value,
                tile.target,
                self._detail(tile),
                unit=tile.unit,
                clickable=tile.code in FIRM_FIGURES,
            )
        self.funnel.set_steps(
            [(BY_CODE[code].label(language), count) for code, count in figures.funnel],
            self.tr("统计期：%1").replace("%1", period),
        )
        self.trend.set_points(figures.trend, (self.tr("已对接企业"), self.tr("首贷户数")))
        self._fill_lists(figures)
        self.refreshed.emit()

    def _unit_label(self, unit: str) -> str:
        if unit == "户":
            return self.tr("户")
        if unit == "万元":
            return self.tr("万元")
        return ""

    def _detail(self, tile: Tile) -> str:
        """The line under a tile's number: its target and 完成率, else 同比 and 环比 where there are."""
        if tile.target is not None:
            return (
                self.tr("目标 %1 · 完成 %2")
                .replace("%1", compact_text(tile.target, tile.unit))
                .replace("%2", number_text(tile.completion, "%"))
            )
        parts = [
            text
            for text in (
                self._change(self.tr("同比"), tile.year_ago, tile.unit),
                self._change(self.tr("环比"), tile.before, tile.unit),
            )
            if text
        ]
        return "　".join(parts)

    @staticmethod
    def _change(word: str, change: Change | None, unit: str) -> str:
        if change is None:
            return ""
        sign = "+" if change.delta >= 0 else ""
        if unit == "%" or change.pct is None:
            return f"{word} {sign}{number_text(change.delta, '' if unit == '%' else unit)}"
        return f"{word} {sign}{change.pct}%"

    def _fill_lists(self, figures: DashboardFigures) -> None:
        steps = step_labels()
        self.deadlines_model.set_rows(
            [
                (d.firm_name, label(steps, d.step_label), d.deadline.isoformat(),
                 self.tr("已逾期") if d.overdue else self.tr("待办"))
                for d in figures.deadlines
            ]
        )  # fmt: skip
        self.follow_model.set_rows([(f.on.isoformat(), f.firm_name, f.next_step) for f in figures.follow_ups])
        if figures.last_import is None:
            imported = self.tr("尚未导入名单")
        else:
            age = (datetime.now(UTC) - figures.last_import).days
            imported = self.tr("上次导入名单：%1 天前").replace("%1", str(age))
        ledger = (
            self.tr("本月工作台帐应于 %1 前报送，还剩 %2 天")
            .replace("%1", figures.ledger_due.isoformat() if figures.ledger_due else "")
            .replace("%2", str(figures.ledger_days_left))
        )
        deadlines = (
            self.tr("211时限：%1 项逾期，%2 项待办")
            .replace("%1", str(figures.overdue_count))
            .replace("%2", str(figures.due_count))
        )
        parts = [ledger, deadlines, imported]
        if figures.rederive_pending:
            parts.append(self.tr("首贷认定待按项目口径重新计算（设置 → 项目）"))
        self.info.setText("　·　".join(parts))

    def _tile_clicked(self, code: str) -> None:
        if self.figures is not None and self.figures.period is not None and code in FIRM_FIGURES:
            self.show_firms.emit(FigureFilter(code, self.figures.period))
