"""活动与产品 with real widgets: the activity editor (fill, pick firms, sign-in sheet, save, edit with a
reason, void), the product catalogue (add, refuse, change, void), the materials panel, the firm pane's
活动与尽职 tab and the 受理回告单 button."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.activity_views import list_activities
from desktop.services.demands import add_demand, record_acceptance
from desktop.services.firms import get_firm
from desktop.services.precredit import precredit_marks
from desktop.services.products import list_products
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry
from desktop.ui.activities_view import ActivitiesView
from desktop.ui.firms_view import FirmsView
from desktop.ui.main_window import ACTIVITIES, MainWindow
from tests.factories import add_firm
from tests.ui.conftest import today


@pytest.fixture
def view(workspace: Workspace, qtbot: QtBot) -> ActivitiesView:
    widget = ActivitiesView(workspace, today)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _stage(ws: Workspace, uscc: str) -> str:
    with ws.db.session() as session:
        return get_firm(session, uscc).stage


def test_the_activity_editor_records_edits_and_voids(
    workspace: Workspace, view: ActivitiesView, qtbot: QtBot, tmp_path: Path
) -> None:
    ws = workspace
    a, b, c = (add_firm(ws, n) for n in (1, 2, 3))
    editor = view.editor
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    editor.kind.setCurrentIndex(editor.kind.findData("fair"))
    editor.on.setDate(QDate(2026, 11, 18))
    editor.title.setText("银企首贷专场融资对接会")
    editor.place.setText("县金融服务中心")
    editor.firm_entry.setText(f"{a}，新乡市测试2号有限公司，没有这家")
    qtbot.mouseClick(editor.add_firm_button, Qt.MouseButton.LeftButton)
    assert editor.firm_codes() == [a, b]
    assert "找不到名为“没有这家”的企业" in editor.message.text()
    sheet = tmp_path / "签到表.csv"
    sheet.write_text(f"企业名称\n新乡市测试3号有限公司\n{a}\n", encoding="utf-8")
    editor.read_sign_in(sheet)
    assert editor.firm_codes() == [a, b, c] and "对上 2 户企业" in editor.message.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [saved] = list_activities(ws)
    assert (saved.kind, saved.title, saved.place, [code for code, _ in saved.firms]) == (
        "fair",
        "银企首贷专场融资对接会",
        "县金融服务中心",
        [a, b, c],
    )
    assert [f.kind for f in saved.files] == ["sign_in"]
    assert {_stage(ws, x) for x in (a, b, c)} == {"contacted"}
    assert view.model.rowCount() == 1 and "覆盖企业 3 户" in view.summary.text()
    # An edit without a reason is refused in the editor; with one it is saved.
    editor.firms.item(1).setSelected(True)
    editor.remove_selected_firms()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "原因" in editor.message.text() and len(list_activities(ws)[0].firms) == 3
    editor.reason.setText("乙企业未到场")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert [code for code, _ in list_activities(ws)[0].firms] == [a, c] and _stage(ws, b) == "listed"
    photo = tmp_path / "现场.jpg"
    photo.write_bytes(b"jpeg")
    editor.attach(photo)
    assert editor.files.count() == 2
    view.table.selectRow(0)
    assert view.void_button.isEnabled()
    assert not view.void("")  # a void needs its reason
    assert view.void("重复登记")
    assert list_activities(ws) == [] and view.model.rowCount() == 0 and _stage(ws, a) == "listed"


def test_a_future_date_is_refused_in_the_editor(
    workspace: Workspace, view: ActivitiesView, qtbot: QtBot
) -> None:
    editor = view.editor
    editor.on.setDate(QDate(2027, 1, 5))
    editor.title.setText("明年的宣讲")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "晚于今天" in editor.message.text() and list_activities(workspace) == []


def test_the_product_catalogue(workspace: Workspace, view: ActivitiesView, qtbot: QtBot) -> None:
    ws = workspace
    panel = view.products
    view.tabs.setCurrentWidget(panel)
    panel.name.setText("首贷信易贷")
    panel.rate_min.setText("3.45")
    panel.rate_max.setText("3.0")
    panel.guarantees["credit"].setChecked(True)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "下限" in panel.message.text() and list_products(ws) == []
    panel.rate_max.setText("4.35")
    panel.term_max.setText("36")
    panel.audience.setText("小微企业")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    [product] = list_products(ws)
    assert (product.name, product.is_credit, product.term_max_months) == ("首贷信易贷", True, 36)
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "3.45%–4.35%"
    panel.table.selectRow(0)
    assert panel.name.text() == "首贷信易贷" and panel.guarantees["credit"].isChecked()
    panel.term_max.setText("24")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "原因" in panel.message.text()
    panel.reason.setText("调整期限")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert list_products(ws)[0].term_max_months == 24
    panel.table.selectRow(0)
    panel.reason.setText("停办")
    qtbot.mouseClick(panel.void_button, Qt.MouseButton.LeftButton)
    assert list_products(ws) == [] and panel.model.rowCount() == 0


def test_the_materials_panel_edits_and_exports(
    workspace: Workspace, view: ActivitiesView, qtbot: QtBot, tmp_path: Path
) -> None:
    ws = workspace
    code = add_firm(ws, 1)
    view.editor.title.setText("首贷政策宣讲")
    view.editor.on.setDate(QDate(2026, 11, 5))
    view.editor.firm_entry.setText(code)
    view.editor.add_typed_firms()
    assert view.editor.save() is not None
    panel = view.materials
    view.tabs.setCurrentWidget(panel)
    assert "宣传活动：1 场" in panel.counts.text()
    assert panel.texts["publicity"].toPlainText().startswith("2026 年 11 月")
    panel.texts["experience"].setPlainText("顾问团上门辅导")
    out = panel.export(tmp_path / "材料.docx")
    assert out is not None and out.exists()
    from docx import Document

    assert "顾问团上门辅导" in [p.text for p in Document(str(out)).paragraphs]


def test_the_firm_pane_tab_and_the_reply_button(demo_ws: Workspace, qtbot: QtBot) -> None:
    ws = demo_ws
    view = FirmsView(ws, today)
    qtbot.addWidget(view)
    uscc = add_firm(ws, 990001)
    demand = add_demand(ws, uscc, on=date(2026, 11, 16)).id
    view.detail.show_firm(uscc)
    tab = view.detail.programme_tab
    tab.amount.setText("80")
    qtbot.mouseClick(tab.set_button, Qt.MouseButton.LeftButton)
    assert precredit_marks(ws, [uscc]) == {uscc: (pytest.approx(80), date(2026, 11, 20))}  # type: ignore[dict-item]
    assert "80.00 万元" in tab.precredit.text() and "不计入授信" in tab.precredit.text()
    tab.mark_case("本行走访后授信。")
    with ws.db.session() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.firm_id == get_firm(session, uscc).id)
        ).all()
    assert "precredit.set" in actions and "case.mark" in actions
    steps = view.detail.steps_panel
    assert not steps.reply_button.isEnabled()  # not accepted yet
    record_acceptance(ws, demand, date(2026, 11, 18), conditions_met_on=date(2026, 11, 17))
    view.detail.show_firm(uscc)
    assert steps.reply_button.isEnabled()


def test_the_screen_is_in_the_navigation(window: MainWindow) -> None:
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[ACTIVITIES] == "活动与产品"
    window.go(ACTIVITIES)
    assert isinstance(window.pages.currentWidget(), ActivitiesView)


def test_the_credit_form_picks_a_catalogue_product(demo_ws: Workspace, qtbot: QtBot) -> None:
    from desktop.services.products import ProductInput, add_product
    from desktop.store.models import Credit
    from desktop.ui.dialogs.credit_dialog import CreditDialog
    from tests.ui.test_quick_actions import _ok, _open_firm

    ws = demo_ws
    pid = add_product(ws, ProductInput("首贷信易贷", guarantees=["credit"]))
    view, firm = _open_firm(ws, qtbot)
    qtbot.mouseClick(view.detail.credit_button, Qt.MouseButton.LeftButton)
    dialog = view.detail.dialog
    assert isinstance(dialog, CreditDialog)
    dialog.amount.setText("50")
    dialog.catalogue.setCurrentIndex(dialog.catalogue.findData(pid))
    _ok(dialog, qtbot)
    with ws.db.session() as session:
        credit = session.scalars(select(Credit).where(Credit.firm_id == firm.id)).one()
        assert (credit.product_id, credit.product) == (pid, "首贷信易贷")
