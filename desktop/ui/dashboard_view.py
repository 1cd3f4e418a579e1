"""工作台: the programme at a glance — tiles against targets, funnel, trend, deadlines and follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.dashboard import DashboardFigures, dashboard_figures
from desktop.services.workspace import Workspace
from desktop.ui.charts import FunnelChart, TileWidget, TrendChart
from desktop.ui.labels import label, stage_labels, step_labels, tile_labels
from desktop.ui.models.records_model import RecordsModel
from desktop.ui.view import View


def _table(model: RecordsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class DashboardView(View):
    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, today, parent)
        self.figures: DashboardFigures | None = None
        titles = tile_labels()
        self.tiles = {code: TileWidget(title) for code, title in titles.items()}
        tiles_row = QHBoxLayout()
        for tile in self.tiles.values():
            tiles_row.addWidget(tile)

        self.info = QLabel()
        self.info.setObjectName("dashboardInfo")
        self.info.setWordWrap(True)
        self.funnel = FunnelChart()
        self.trend = TrendChart()
        funnel_box = QGroupBox(self.tr("培育转化（待对接 → 已获首贷）"))
        QVBoxLayout(funnel_box).addWidget(self.funnel)
        trend_box = QGroupBox(self.tr("月度趋势"))
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
        layout = QVBoxLayout(self)
        layout.addLayout(tiles_row)
        layout.addWidget(self.info)
        layout.addLayout(grid, 1)

    def refresh(self) -> None:
        figures = self.attempt(lambda: dashboard_figures(self.ws, self.today()))
        if figures is None:
            return
        self.figures = figures
        for tile in figures.tiles:
            target = (
                self.tr("目标 %1").replace("%1", f"{tile.target:,.0f}")
                if tile.target is not None
                else self.tr("未设目标")
            )
            self.tiles[tile.code].set_value(tile.value, tile.target, target)
        stages = stage_labels()
        self.funnel.set_steps([(label(stages, code), count) for code, count in figures.funnel])
        self.trend.set_points(figures.trend, (self.tr("走访次数"), self.tr("首贷户数")))
        steps = step_labels()
        self.deadlines_model.set_rows(
            [
                (
                    d.firm_name,
                    label(steps, d.step_label),
                    d.deadline.isoformat(),
                    self.tr("已逾期") if d.overdue else self.tr("待办"),
                )
                for d in figures.deadlines
            ]
        )
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
        self.info.setText("　·　".join((ledger, deadlines, imported)))
