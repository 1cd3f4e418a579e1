from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.services.firms import FirmQuery, list_firms
from desktop.services.workspace import Workspace
from desktop.ui.models.firm_table_model import COLUMNS, FirmTableModel
from tests.conftest import DEMO_FIRMS
from tests.ui.conftest import today


def _column(key: str) -> int:
    return [c.key for c in COLUMNS].index(key)


def test_passes_the_model_tester(demo_ws: Workspace, qtmodeltester: Any) -> None:
    model = FirmTableModel(demo_ws, today, page_size=50)
    qtmodeltester.check(model, force_py=False)
    model.set_query(FirmQuery(search="五金"))
    qtmodeltester.check(model, force_py=False)


def test_pages_on_demand_and_keeps_few_pages(demo_ws: Workspace) -> None:
    model = FirmTableModel(demo_ws, today, page_size=40, max_pages=2)
    assert model.rowCount() == DEMO_FIRMS
    assert model.loaded_rows() == 0  # counting loads no rows
    expected = list_firms(demo_ws)
    for row in (0, 45, 130, DEMO_FIRMS - 1):
        assert model.data(model.index(row, 0)) == expected[row].name
        assert model.loaded_rows() <= 80
    assert model.data(model.index(DEMO_FIRMS - 1, _column("uscc"))) == expected[-1].uscc


def test_sort_by_column_both_ways(demo_ws: Workspace) -> None:
    model = FirmTableModel(demo_ws, today, page_size=50)
    model.sort(_column("uscc"), Qt.SortOrder.DescendingOrder)
    codes = [model.data(model.index(r, _column("uscc"))) for r in range(model.rowCount())]
    assert codes == sorted(codes, reverse=True)
    model.sort(_column("uscc"), Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, _column("uscc"))) == min(codes)
    # The 211 column is computed per page, not a SQL column: sorting by it changes nothing.
    model.sort(_column("next_211"))
    assert model.query.order_by == "uscc"


def test_search_and_filters_keep_the_sort(demo_ws: Workspace) -> None:
    model = FirmTableModel(demo_ws, today)
    model.sort(_column("name"), Qt.SortOrder.DescendingOrder)
    model.set_query(FirmQuery(county="卫辉市"))
    assert model.query.order_by == "-name"
    assert 0 < model.rowCount() < DEMO_FIRMS
    counties = {model.data(model.index(r, _column("county"))) for r in range(model.rowCount())}
    assert counties == {"卫辉市"}


def test_next_211_deadline_on_firms_with_open_211_steps(demo_ws: Workspace) -> None:
    model = FirmTableModel(demo_ws, today)
    column = _column("next_211")
    marked = [r for r in range(model.rowCount()) if model.data(model.index(r, column))]
    assert marked, "the demo has open 211 steps"
    for row in marked:
        facts = model.facts_at(row)
        assert (facts.due or facts.overdue) and facts.next_deadline is not None
        text = model.data(model.index(row, column))
        day = facts.next_deadline
        assert text.endswith(f"{day.year}年{day.month}月{day.day}日")
        assert text.startswith("逾期") == bool(facts.overdue)
        assert model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole) is not None
        assert "211" in model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)


def test_background_query_applies_and_stale_results_are_dropped(demo_ws: Workspace, qtbot: Any) -> None:
    model = FirmTableModel(demo_ws, today, page_size=50)
    with qtbot.waitSignal(model.query_applied, timeout=5000):
        model.set_query_in_background(FirmQuery(county="卫辉市"))
    in_county = model.rowCount()
    assert 0 < in_county < DEMO_FIRMS
    assert model.query.county == "卫辉市"

    # A background search overtaken by a newer (synchronous) query must not replace it: wait until its
    # result has reached the model (result_arrived, emitted on the GUI thread once the model handled
    # it), then check the newer query still stands.
    with qtbot.waitSignal(model.result_arrived, timeout=5000) as arrived:
        model.set_query_in_background(FirmQuery(search="五金"))
        model.set_query(FirmQuery(county="卫辉市", entity_type="individual"))
        expected = model.rowCount()
    assert arrived.args == [False]  # dropped as out of date
    assert model.query.search is None and model.query.entity_type == "individual"
    assert model.rowCount() == expected


def test_background_query_error_is_reported(demo_ws: Workspace, qtbot: Any) -> None:
    model = FirmTableModel(demo_ws, today)
    model.sort(_column("name"))
    model._query = FirmQuery(order_by="nonsense")  # as if a bad sort key reached the service
    with qtbot.waitSignal(model.failed, timeout=5000) as blocker:
        model.set_query_in_background(FirmQuery())
    assert "不能按" in str(blocker.args[0])


def test_background_search_shows_its_first_page_then_the_count(
    demo_ws: Workspace, qtbot: Any, qtmodeltester: Any
) -> None:
    model = FirmTableModel(demo_ws, today, page_size=10)
    qtmodeltester.check(model, force_py=False)  # watches the row insertions that follow
    query = FirmQuery(search="有限")
    expected = list_firms(demo_ws, query)
    assert len(expected) > 10
    with qtbot.waitSignal(model.counted, timeout=5000):
        with qtbot.waitSignal(model.query_applied, timeout=5000):
            model.set_query_in_background(query)
        assert model.rowCount() == 10 and model.counting()
    assert not model.counting() and model.rowCount() == len(expected)
    # In list order (no column chosen), paging on from the first page.
    assert [model.data(model.index(r, _column("uscc"))) for r in range(model.rowCount())] == [
        f.uscc for f in expected
    ]
    # A search with fewer matches than a page is counted in one step.
    with (
        qtbot.assertNotEmitted(model.counted, wait=100),
        qtbot.waitSignal(model.query_applied, timeout=5000),
    ):
        model.set_query_in_background(FirmQuery(search=expected[0].name))
    assert model.rowCount() >= 1 and not model.counting()
