"""The firm table's order: no column chosen at first (by name; a search in list order), then a header."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.services.firms import FirmQuery, list_firms
from desktop.services.workspace import Workspace
from desktop.ui.firms_view import FirmsView
from tests.ui.conftest import today


def _codes(view: FirmsView) -> list[str]:
    return [view.model.data(view.model.index(r, 1)) for r in range(view.model.rowCount())]


def test_no_column_is_chosen_until_a_header_is_clicked(demo_ws: Workspace, qtbot: QtBot) -> None:
    view = FirmsView(demo_ws, today)
    qtbot.addWidget(view)
    view.show()
    header = view.table.horizontalHeader()
    assert view.model.query.order_by is None and header.sortIndicatorSection() == -1
    assert _codes(view) == [f.uscc for f in list_firms(demo_ws)]  # by name
    view.search.setText("有限")
    view.apply_filters()
    in_list_order = [f.uscc for f in list_firms(demo_ws, FirmQuery(search="有限"))]
    assert len(in_list_order) > 1 and _codes(view) == in_list_order
    code_column = QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=code_column)
    assert view.model.query.order_by in ("uscc", "-uscc")
    codes = _codes(view)
    assert codes in (sorted(in_list_order), sorted(in_list_order, reverse=True))
    # Back to no column: the default order again.
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert view.model.query.order_by is None and _codes(view) == in_list_order
