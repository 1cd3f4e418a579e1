"""设置 · 工作目标 with real widgets: enter a target, correct it (with a reason), remove it (voided, asked)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.services.targets import list_targets
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.target_dialog import TargetDialog
from desktop.ui.dialogs.void_dialog import VoidDialog
from desktop.ui.settings_view import SettingsView


def _ok(dialog: FormDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_enter_correct_and_remove_a_target(
    workspace: Workspace, ui_settings: QSettings, qtbot: QtBot
) -> None:
    view = SettingsView(workspace, ui_settings)
    qtbot.addWidget(view)
    view.show()
    page = view.targets
    page.year.setValue(2026)
    page.list.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, TargetDialog) and dialog.year.value() == 2026
    dialog.scope.setCurrentIndex(dialog.scope.findData("county"))
    dialog.name.setText("红旗区")
    dialog.firms.setText("五十")
    _ok(dialog, qtbot)
    assert dialog.isVisible() and "培植户数" in dialog.error.text() and list_targets(workspace) == []
    dialog.firms.setText("50")
    dialog.amount.setText("500")
    _ok(dialog, qtbot)
    assert not dialog.isVisible() and page.list.model.rowCount() == 1
    page.list.select(0)
    page.list.edit_button.click()
    dialog = page.dialog
    assert (
        isinstance(dialog, TargetDialog) and dialog.name.text() == "红旗区" and dialog.amount.text() == "500"
    )
    dialog.firms.setText("60")
    dialog.reason.setText("按正式文件更正")
    _ok(dialog, qtbot)
    [target] = list_targets(workspace, 2026)
    assert (target.firms_target, target.amount_target) == (60, Decimal(500))
    assert page.list.model.data(page.list.model.index(0, 2)) == "60"
    page.list.select(0)
    page.list.void_button.click()
    dialog = page.dialog
    assert isinstance(dialog, VoidDialog) and "不能一键撤销" in dialog.explanation.text()
    dialog.reason.setText("目标下错了")
    _ok(dialog, qtbot)
    assert list_targets(workspace, 2026) == [] and page.list.model.rowCount() == 0
    assert list_targets(workspace, 2026, voided=True)[0].void_reason == "目标下错了"
