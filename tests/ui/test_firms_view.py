from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.services.deadlines import deadline_marks
from desktop.services.demands import add_demand, record_feedback
from desktop.services.workspace import Workspace
from desktop.store.models import Firm, Visit
from desktop.ui.firms_view import FirmsView
from desktop.ui.models.firm_table_model import COLUMNS
from tests.conftest import DEMO_FIRMS
from tests.ui.conftest import settle, today


def _view(ws: Workspace, qtbot: QtBot) -> FirmsView:
    view = FirmsView(ws, today)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.choices_loaded, timeout=2000)  # filled after the first paint
    return view


def test_search_as_you_type(demo_ws: Workspace, qtbot: QtBot) -> None:
    view = _view(demo_ws, qtbot)
    assert view.model.rowCount() == DEMO_FIRMS
    with demo_ws.db.session() as session:
        name, uscc = session.execute(select(Firm.name, Firm.uscc).order_by(Firm.id).limit(1)).one()
    # Keystrokes are debounced: the table changes once typing pauses, without pressing Enter.
    qtbot.keyClicks(view.search, uscc[:12])
    assert view.model.rowCount() == DEMO_FIRMS
    qtbot.waitUntil(lambda: view.model.rowCount() < DEMO_FIRMS, timeout=2000)
    assert uscc in [view.model.data(view.model.index(r, 1)) for r in range(view.model.rowCount())]
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == DEMO_FIRMS, timeout=2000)
    for char in name:  # QTest cannot type Chinese; the line edit gets the characters as an IME would
        view.search.insert(char)
    qtbot.waitUntil(lambda: view.model.rowCount() < DEMO_FIRMS, timeout=2000)
    assert view.model.data(view.model.index(0, 0)) == name
    assert str(view.model.rowCount()) in view.count_label.text()


def test_search_by_code_and_initials(demo_ws: Workspace, qtbot: QtBot) -> None:
    view = _view(demo_ws, qtbot)
    with demo_ws.db.session() as session:
        uscc, initials = session.execute(select(Firm.uscc, Firm.name_initials).limit(1)).one()
    view.search.setText(uscc.lower())
    view.apply_filters()
    assert view.model.rowCount() == 1
    view.search.setText(initials[:4])
    view.apply_filters()
    assert view.model.rowCount() >= 1


def test_filters(demo_ws: Workspace, qtbot: QtBot) -> None:
    view = _view(demo_ws, qtbot)
    settle(view, qtbot, lambda: view.stage.setCurrentIndex(view.stage.findData("first_loan")))
    with demo_ws.db.session() as session:
        loans = session.scalar(select(func.count(Firm.id)).where(Firm.stage == "first_loan"))
        individuals_in_county = session.scalar(
            select(func.count(Firm.id)).where(Firm.entity_type == "individual", Firm.county == "卫辉市")
        )
        mine = session.scalar(
            select(func.count(Firm.id)).where(Firm.assigned_officer == demo_ws.profile.officer)
        )
    assert view.model.rowCount() == loans
    settle(view, qtbot, lambda: view.stage.setCurrentIndex(0))
    settle(view, qtbot, lambda: view.county.setCurrentIndex(view.county.findData("卫辉市")))
    settle(view, qtbot, lambda: view.entity.setCurrentIndex(view.entity.findData("individual")))
    assert view.model.rowCount() == individuals_in_county
    settle(view, qtbot, lambda: view.county.setCurrentIndex(0))
    settle(view, qtbot, lambda: view.entity.setCurrentIndex(0))
    settle(view, qtbot, lambda: view.mine.setChecked(True))
    assert demo_ws.profile.officer and view.model.rowCount() == mine
    settle(view, qtbot, lambda: view.mine.setChecked(False))
    settle(view, qtbot, lambda: view.on_list.setCurrentIndex(view.on_list.findData(False)))
    assert view.model.rowCount() == 0  # every demo firm is on a list


def test_open_a_firm_shows_its_visits(demo_ws: Workspace, qtbot: QtBot) -> None:
    view = _view(demo_ws, qtbot)
    with demo_ws.db.session() as session:
        uscc, visits = session.execute(
            select(Firm.uscc, func.count(Visit.id))
            .join(Visit, Visit.firm_id == Firm.id)
            .group_by(Firm.id)
            .order_by(func.count(Visit.id).desc())
            .limit(1)
        ).one()
    view.search.setText(uscc)
    view.apply_filters()
    assert view.model.rowCount() == 1
    qtbot.mouseClick(
        view.table.viewport(), qtbot_left(), pos=view.table.visualRect(view.model.index(0, 0)).center()
    )
    assert view.detail.detail is not None and view.detail.detail.firm.uscc == uscc
    assert uscc in view.detail.title.text()
    assert view.detail.visits_model.rowCount() == visits
    view.detail.tabs.setCurrentIndex(2)
    assert view.detail.tabs.tabText(2) == "走访记录"
    assert view.detail.stages_model.rowCount() > 0
    # Quick actions work on the open firm.
    assert view.detail.visit_button.isEnabled() and view.detail.stage_button.isEnabled()


def qtbot_left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_overdue_filter(demo_ws: Workspace, qtbot: QtBot) -> None:
    with demo_ws.db.session() as session:
        codes = list(session.scalars(select(Firm.uscc).order_by(Firm.id)))
    # Received Fri 11-13, no feedback by Fri 11-20: past the 2-working-day deadline; one answered in time.
    add_demand(demo_ws, codes[0], on=date(2026, 11, 13))
    answered = add_demand(demo_ws, codes[1], on=date(2026, 11, 13)).id
    record_feedback(demo_ws, answered, date(2026, 11, 16))
    marks = deadline_marks(demo_ws, codes, today())
    overdue = {uscc for uscc, mark in marks.items() if mark.overdue}
    assert codes[0] in overdue and codes[1] not in overdue
    view = _view(demo_ws, qtbot)
    settle(view, qtbot, lambda: view.overdue.setChecked(True))
    shown = [view.model.data(view.model.index(r, 1)) for r in range(view.model.rowCount())]
    assert set(shown) == overdue and len(shown) == len(overdue)
    deadline = [c.key for c in COLUMNS].index("next_211")
    assert all(view.model.data(view.model.index(r, deadline)).startswith("逾期") for r in range(len(shown)))
    assert f"{len(overdue):,}" in view.count_label.text()
    settle(view, qtbot, lambda: view.overdue.setChecked(False))
    assert view.model.rowCount() == DEMO_FIRMS
