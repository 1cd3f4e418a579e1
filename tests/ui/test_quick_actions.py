"""Quick actions of the firm detail pane: each dialog writes through its service, errors stay in the dialog."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from desktop.services.workspace import Workspace
from desktop.store.models import Credit, Demand, Firm, Loan, StageChange, Visit
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.firms_view import FirmsView
from desktop.ui.models.firm_cells import KEYS
from tests.ui.conftest import today


def _open_firm(ws: Workspace, qtbot: QtBot, stage: str = "listed") -> tuple[FirmsView, Firm]:
    with ws.db.session() as session:
        firm = session.scalars(select(Firm).where(Firm.stage == stage).order_by(Firm.id).limit(1)).one()
        session.expunge(firm)
    view = FirmsView(ws, today)
    qtbot.addWidget(view)
    view.show()
    view.search.setText(firm.uscc)
    view.apply_filters()
    assert view.model.rowCount() == 1
    qtbot.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.table.visualRect(view.model.index(0, 0)).center(),
    )
    assert view.detail.detail is not None and view.detail.detail.firm.uscc == firm.uscc
    return view, firm


def _dialog(view: FirmsView, qtbot: QtBot, button_index: int) -> FormDialog:
    button = view.detail.action_buttons[button_index]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.detail.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _ok(dialog: FormDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _count(ws: Workspace, model: type, firm: Firm) -> int:
    with ws.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(model.firm_id == firm.id)))  # type: ignore[attr-defined]


def test_actions_wait_for_a_firm(demo_ws: Workspace, qtbot: QtBot) -> None:
    view = FirmsView(demo_ws, today)
    qtbot.addWidget(view)
    assert not any(b.isEnabled() for b in view.detail.action_buttons)


def test_record_a_visit(demo_ws: Workspace, qtbot: QtBot) -> None:
    view, firm = _open_firm(demo_ws, qtbot)
    before = view.detail.visits_model.rowCount()
    dialog = _dialog(view, qtbot, 0)
    dialog.mode.setCurrentIndex(dialog.mode.findData("phone"))  # type: ignore[attr-defined]
    dialog.people.setText("张三、李四")  # type: ignore[attr-defined]
    dialog.findings.setPlainText("有扩产资金需求")  # type: ignore[attr-defined]
    dialog.next_step.setText("下周上门")  # type: ignore[attr-defined]
    dialog.has_follow_up.setChecked(True)  # type: ignore[attr-defined]
    _ok(dialog, qtbot)
    assert not dialog.isVisible()
    with demo_ws.db.session() as session:
        visit = session.scalars(
            select(Visit).where(Visit.firm_id == firm.id).order_by(Visit.id.desc())
        ).first()
        stage = session.scalar(select(Firm.stage).where(Firm.id == firm.id))
    assert visit is not None and visit.mode == "phone" and visit.findings == "有扩产资金需求"
    assert visit.date == today() and visit.follow_up == today()
    assert stage == "contacted"
    assert view.detail.visits_model.rowCount() == before + 1
    texts = [view.detail.visits_model.data(view.detail.visits_model.index(r, 3)) for r in range(before + 1)]
    assert "有扩产资金需求" in texts
    assert view.detail.notice.isVisibleTo(view) and "已对接" in view.detail.notice.text()
    # The firm row was re-read and shows the new stage.
    assert view.model.data(view.model.index(0, KEYS.index("stage"))) == "已对接"
    assert "已对接" in view.detail.title.text()


def test_visit_follow_up_before_the_visit_stays_open(demo_ws: Workspace, qtbot: QtBot) -> None:
    view, firm = _open_firm(demo_ws, qtbot)
    before = _count(demo_ws, Visit, firm)
    dialog = _dialog(view, qtbot, 0)
    dialog.has_follow_up.setChecked(True)  # type: ignore[attr-defined]
    dialog.follow_up.setDate(dialog.follow_up.date().addDays(-3))  # type: ignore[attr-defined]
    _ok(dialog, qtbot)
    assert dialog.isVisible() and "早于" in dialog.error.text()
    assert _count(demo_ws, Visit, firm) == before


def test_a_form_shows_its_error_in_the_uis_language(english: None, demo_ws: Workspace, qtbot: QtBot) -> None:
    view, firm = _open_firm(demo_ws, qtbot)
    dialog = _dialog(view, qtbot, 1)
    dialog.amount.setText("一百")  # type: ignore[attr-defined]
    _ok(dialog, qtbot)
    assert dialog.isVisible() and dialog.error.isVisible()
    text = dialog.error.text()
    assert "Demand amount" in text and "一百" in text and "融资需求金额" not in text
    assert _count(demo_ws, Demand, firm) == 0


def test_register_a_demand(demo_ws: Workspace, qtbot: QtBot) -> None:
    view, firm = _open_firm(demo_ws, qtbot)
    dialog = _dialog(view, qtbot, 1)
    dialog.amount.setText("120.5")  # type: ignore[attr-defined]
    dialog.channel.setCurrentIndex(dialog.channel.findData("visit"))  # type: ignore[attr-defined]
    _ok(dialog, qtbot)
    assert not dialog.isVisible()
    with demo_ws.db.session() as session:
        demand = session.scalars(select(Demand).where(Demand.firm_id == firm.id)).one()
    assert demand.amount == Decimal("120.5") and demand.channel == "visit"
    assert view.detail.demands_model.rowCount() == 1


def test_invalid_amount_keeps_the_dialog_and_changes_nothing(demo_ws: Workspace, qtbot: QtBot) -> None:
    view, firm = _open_firm(demo_ws, qtbot)
    dialog = _dialog(view, qtbot, 1)
    dialog.amount.setText("一百")  # type: ignore[attr-defined]
    _ok(dialog, qtbot)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "融资需求金额“一百”无效" in dialog.error.text()
    assert _count(demo_ws, Demand, firm) == 0
    dialog.amount.setText("80")  # type: ignore[attr-defined]
    _ok(dialog, qtbot)
    assert not dialog.isVisible() and _count(demo_ws, Demand, firm) == 1


def test_record_credit_shows_the_warnings(demo_ws: Workspace, qtbot: QtBot) -> None:
    with demo_ws.db.write() as session:
        firm_id = session.scalar(select(Firm.id).where(Firm.stage == "listed").order_by(Firm.id).limit(1))
        session.execute(update(Firm).where(Firm.id == firm_id).values(basic_account_bank="某某农商银行"))
    view, firm = _open_firm(demo_ws, qtbot)
    dialog = _dialog(view, qtbot, 2)
    dialog.amount.setText("-5")  # type: ignore[attr-defined]
    _ok(dialog, qtbot)
    assert dialog.isVisible() and "负数" in dialog.error.text()
    assert _count(demo_ws, Credit, firm) == 0
    dialog.amount.setText("200")  # type: ignore[attr-defined]
    dialog.guarantee.setCurrentIndex(dialog.guarantee.findData("guarantee"))  # type: ignore[attr-defined]
    dialog.product.setText("惠农贷")  # type: ignore[attr-defined]
    dialog.rate.setText("3.65")  # type: ignore[attr-defined]
    dialog.term.setValue(12)  # type: ignore[attr-defined]
    _ok(dialog, qtbot)
    assert not dialog.isVisible()
    with demo_ws.db.session() as session:
        credit = session.scalars(select(Credit).where(Credit.firm_id == firm.id)).one()
    assert credit.amount == Decimal(200) and credit.guarantee == "guarantee" and credit.term_months == 12
    assert "某某农商银行" in view.detail.notice.text()
    assert view.detail.money.credits.model.rowCount() == 1


def test_record_a_loan(demo_ws: Workspace, qtbot: QtBot) -> None:
    view, firm = _open_firm(demo_ws, qtbot)
    dialog = _dialog(view, qtbot, 3)
    dialog.amount.setText("50")  # type: ignore[attr-defined]
    dialog.product.setText("税e贷")  # type: ignore[attr-defined]
    _ok(dialog, qtbot)
    assert not dialog.isVisible()
    with demo_ws.db.session() as session:
        loan = session.scalars(select(Loan).where(Loan.firm_id == firm.id)).one()
        stage = session.scalar(select(Firm.stage).where(Firm.id == firm.id))
    assert loan.amount == Decimal(50) and loan.product == "税e贷"
    # A listed firm has no credit-report facts yet: the loan is 待核实, not silently its 首贷.
    assert loan.first_loan_status == "unverified" and stage == "listed"
    assert "首贷待核实" in view.detail.notice.text() and "已获首贷" not in view.detail.title.text()
    assert view.model.data(view.model.index(0, 0)) == firm.name  # the row is still there, re-read


def test_move_the_stage(demo_ws: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent: object, _title: str, text: str, *a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    view, firm = _open_firm(demo_ws, qtbot)
    before = _count(demo_ws, StageChange, firm)
    dialog = _dialog(view, qtbot, 4)
    target = dialog.target  # type: ignore[attr-defined]
    target.setCurrentIndex(target.findData("no_demand"))
    assert target.currentData() == "no_demand"
    _ok(dialog, qtbot)  # leaving the programme needs a reason
    assert dialog.isVisible() and dialog.error.text()
    assert _count(demo_ws, StageChange, firm) == before
    dialog.reason.setText("企业表示暂不需要贷款")  # type: ignore[attr-defined]
    _ok(dialog, qtbot)  # an exit is asked first: No leaves everything as it was
    assert dialog.isVisible() and "暂无需求" in asked[-1] and "待办" in asked[-1]
    assert _count(demo_ws, StageChange, firm) == before
    answer = QMessageBox.StandardButton.Yes
    _ok(dialog, qtbot)
    assert not dialog.isVisible()
    with demo_ws.db.session() as session:
        change = session.scalars(
            select(StageChange).where(StageChange.firm_id == firm.id).order_by(StageChange.id.desc())
        ).first()
    assert change is not None and change.to_stage == "no_demand" and change.reason == "企业表示暂不需要贷款"
    assert "暂无需求" in view.detail.title.text()


def test_print_the_dossier(
    demo_ws: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, firm = _open_firm(demo_ws, qtbot, stage="cultivating")
    out = tmp_path / "dossier"  # the suffix is added
    opened: list[QUrl] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(view.detail.print_button, Qt.MouseButton.LeftButton)
    printer = view.detail.printer
    assert printer is not None and printer.runner is not None
    with qtbot.waitSignal(printer.printed, timeout=20000):
        pass
    pdf = out.with_suffix(".pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert firm.name in text
    assert opened and opened[0].toLocalFile() == str(pdf)
    assert not printer.runner.dialog.isVisible()


def test_cancel_writes_nothing(demo_ws: Workspace, qtbot: QtBot) -> None:
    view, firm = _open_firm(demo_ws, qtbot)
    dialog = _dialog(view, qtbot, 0)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.outcome is None
    assert _count(demo_ws, Visit, firm) == 0
