"""工作台: period-correct tiles from the figures module with definitions as tooltips, charts with labels,
a legend and values on hover, and a tile click that opens exactly the firms it counts."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.domain.figures import BY_CODE
from desktop.services.figure_sets import FigureFilter
from desktop.services.firms import FirmQuery, count_firms
from desktop.services.programme import programme_report
from desktop.ui.dashboard_view import DashboardView
from desktop.ui.main_window import FIRMS, MainWindow
from tests.ui.conftest import today


def _settled(window: MainWindow, qtbot: QtBot) -> DashboardView:
    view = window.dashboard
    assert view is not None
    qtbot.waitUntil(lambda: view.figures is not None, timeout=20000)
    return view


def test_tiles_are_the_reports_figures_for_the_chosen_period(window: MainWindow, qtbot: QtBot) -> None:
    view = _settled(window, qtbot)
    assert view.figures is not None
    report = programme_report(window.ws, 2026, today=today())
    for code, tile in view.tiles.items():
        assert tile.value == report.figures.value(code), code
        assert tile.toolTip() == BY_CODE[code].definition.text("zh_CN")
    assert "2026年" in view.heading.text() and "新乡市" in view.heading.text()
    with qtbot.waitSignal(view.refreshed, timeout=20000):
        view.period.setCurrentIndex(0)  # this month
    month = programme_report(window.ws, 2026, month=11, today=today())
    assert view.tiles["contacted"].value == month.figures.contacted
    assert (
        view.figures is not None and view.figures.period is not None and view.figures.period.key == "2026-11"
    )
    assert "环比" in view.tiles["contacted"].detail  # October has data
    assert view.funnel.steps[0] == ("名单内企业", month.figures.on_lists)


def test_charts_tell_the_value_under_the_mouse(window: MainWindow, qtbot: QtBot) -> None:
    view = _settled(window, qtbot)
    view.resize(1300, 700)
    funnel, trend = view.funnel, view.trend
    text = funnel.value_at(QPoint(150, 18 + int(funnel._row_height() / 2)))
    assert text is not None and text.startswith("名单内企业：")
    tip = trend.value_at(QPoint(int(trend._plot().right()) - 2, 60))
    assert tip is not None and tip.startswith("2026-11") and "已对接企业" in tip and "首贷户数" in tip
    assert trend.legend == ("已对接企业", "首贷户数")
    assert not view.grab().isNull()


def test_clicking_a_tile_opens_exactly_the_firms_it_counts(window: MainWindow, qtbot: QtBot) -> None:
    view = _settled(window, qtbot)
    assert view.figures is not None and view.figures.period is not None
    tile = view.tiles["first_loan_firms"]
    assert tile.clickable and not view.tiles["contact_rate"].clickable
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.current_page() == FIRMS and window.firms is not None
    expected = count_firms(window.ws, FirmQuery(figure=FigureFilter("first_loan_firms", view.figures.period)))
    assert window.firms.model.rowCount() == expected == tile.value
