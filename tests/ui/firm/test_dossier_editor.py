"""The dossier form with real widgets: fill, save, reopen the firm and read back; cancel leaves the database
as it was; a bad value is shown beside its field and nothing is saved; leaving unsaved changes asks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.dossiers import dossier_view
from desktop.services.workspace import Workspace
from desktop.ui.firm.fields import ChoiceField, DateField, TextField
from desktop.ui.firm.pane import FirmDetailPane
from tests.factories import add_firm
from tests.ui.firm.conftest import audit_count


def _text(pane: FirmDetailPane, key: str) -> TextField:
    field = pane.editor.fields[key]
    assert isinstance(field, TextField)
    return field


def _fill(pane: FirmDetailPane) -> None:
    editor = pane.editor
    _text(pane, "main_business").edit.setText("面粉加工")
    _text(pane, "employees").edit.setText("12")
    _text(pane, "annual_sales").edit.setText("350.5")
    _text(pane, "address").edit.setText("新乡市红旗区某路 8 号")
    loan_record = editor.fields["has_loan_record"]
    assert isinstance(loan_record, ChoiceField)
    loan_record.combo.setCurrentIndex(loan_record.combo.findData(False))
    query = editor.fields["credit_query_date"]
    assert isinstance(query, DateField)
    query.date.check.setChecked(True)
    query.date.edit.setDate(QDate(2026, 10, 8))
    choice, note = editor.criteria["compliant"]
    choice.combo.setCurrentIndex(choice.combo.findData(True))
    note.setText("执照在有效期内")
    editor.tags["foreign_trade"].setChecked(True)
    editor.free_tags.setText("夜市，返乡创业")


def test_fill_save_reopen_and_read_back(ws: Workspace, firm: str, pane: FirmDetailPane, qtbot: QtBot) -> None:
    editor = pane.editor
    assert not editor.save_button.isEnabled()  # nothing to save yet
    _fill(pane)
    assert editor.save_button.isEnabled() and editor.is_dirty()
    before = audit_count(ws)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.is_dirty() and not editor.error.isVisible()
    assert audit_count(ws) == before + 2  # the firm's own field and the dossier: one transaction, audited
    view = dossier_view(ws, firm)
    assert view.fields["main_business"] == "面粉加工" and view.fields["employees"] == 12
    assert view.fields["annual_sales"] == Decimal("350.5") and view.fields["has_loan_record"] is False
    assert view.fields["credit_query_date"] == date(2026, 10, 8)
    assert view.criteria == {"compliant": True} and view.criteria_notes == {"compliant": "执照在有效期内"}
    assert view.policy_tags == ["foreign_trade"] and view.free_tags == ["夜市", "返乡创业"]
    pane.show_firm(None)
    pane.show_firm(firm)
    assert _text(pane, "main_business").value() == "面粉加工" and _text(pane, "employees").value() == "12"
    assert _text(pane, "address").value() == "新乡市红旗区某路 8 号"
    assert (
        editor.criteria["compliant"][1].text() == "执照在有效期内"
        and editor.tags["foreign_trade"].isChecked()
    )
    assert editor.free_tags.text() == "夜市，返乡创业"
    assert editor.completeness.value() == view.completeness.score  # the one rule, on the pane too


def test_cancel_leaves_the_database_unchanged(
    ws: Workspace, firm: str, pane: FirmDetailPane, qtbot: QtBot
) -> None:
    before = audit_count(ws)
    _fill(pane)
    qtbot.mouseClick(pane.editor.cancel_button, Qt.MouseButton.LeftButton)
    assert audit_count(ws) == before and dossier_view(ws, firm).fields["main_business"] is None
    assert _text(pane, "main_business").value() == "" and not pane.editor.is_dirty()
    assert not pane.editor.tags["foreign_trade"].isChecked()


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("employees", "-3", "从业人数"),
        ("annual_sales", "很多", "年销售收入"),
        ("credit_lookback_years", "2.5", "征信查询年限"),
        ("name", "", "企业名称不能为空"),
    ],
)
def test_bad_values_are_shown_beside_the_field_and_nothing_is_saved(
    ws: Workspace, firm: str, pane: FirmDetailPane, qtbot: QtBot, key: str, value: str, message: str
) -> None:
    before = audit_count(ws)
    _text(pane, "main_business").edit.setText("面粉加工")
    _text(pane, key).edit.setText(value)
    qtbot.mouseClick(pane.editor.save_button, Qt.MouseButton.LeftButton)
    field = pane.editor.fields[key]
    assert field.error.isVisible() and message in field.error.text()
    assert not pane.editor.fields["main_business"].error.isVisible()  # only the bad field is marked
    assert audit_count(ws) == before and dossier_view(ws, firm).fields["main_business"] is None
    assert pane.editor.is_dirty()  # what was typed is kept to correct


def test_a_credit_report_date_after_today_is_refused(
    ws: Workspace, firm: str, pane: FirmDetailPane, qtbot: QtBot
) -> None:
    query = pane.editor.fields["credit_query_date"]
    assert isinstance(query, DateField)
    query.date.check.setChecked(True)
    query.date.edit.setDate(QDate(2026, 12, 31))
    qtbot.mouseClick(pane.editor.save_button, Qt.MouseButton.LeftButton)
    assert query.error.isVisible() and "晚于今天" in query.error.text()
    assert dossier_view(ws, firm).fields["credit_query_date"] is None


def test_leaving_with_unsaved_changes_asks(
    ws: Workspace, firm: str, pane: FirmDetailPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = add_firm(ws, 2)
    answers: list[QMessageBox.StandardButton] = []
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    _text(pane, "main_business").edit.setText("面粉加工")
    answers.append(QMessageBox.StandardButton.Cancel)
    pane.show_firm(other)  # stay: the firm and what was typed are kept
    assert pane.detail is not None and pane.detail.firm.uscc == firm
    assert _text(pane, "main_business").value() == "面粉加工" and "未保存" in asked[0]
    answers.append(QMessageBox.StandardButton.Discard)
    pane.show_firm(other)
    assert pane.detail is not None and pane.detail.firm.uscc == other
    assert dossier_view(ws, firm).fields["main_business"] is None
    _text(pane, "main_business").edit.setText("汽修")
    answers.append(QMessageBox.StandardButton.Save)
    pane.show_firm(firm)
    assert pane.detail is not None and pane.detail.firm.uscc == firm
    assert dossier_view(ws, other).fields["main_business"] == "汽修"
    pane.show_firm(other)  # nothing typed: no question
    assert len(asked) == 3
