"""新增企业 from the firm screen: the code checked as it is typed, a stored code refused naming its firm, the
new firm shown at once, off every list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.workspace import Workspace
from desktop.store.models import Firm
from desktop.ui.dialogs.firm_add_dialog import FirmAddDialog
from desktop.ui.firms_view import FirmsView
from tests.factories import add_firm, code_for
from tests.ui.conftest import today


def test_add_a_firm_the_branch_found(workspace: Workspace, qtbot: QtBot) -> None:
    existing = add_firm(workspace, 1)
    view = FirmsView(workspace, today)
    qtbot.addWidget(view)
    view.show()
    view.add_firm_button.click()
    dialog = view.firm_dialog
    assert isinstance(dialog, FirmAddDialog) and dialog.isVisible()
    dialog.code.setText("91410702MA0000000X")
    dialog.code.editingFinished.emit()
    assert not dialog.code_error.isHidden() and dialog.code_error.text()
    dialog.code.setText(existing)
    dialog.name.setText("重复企业")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "新乡市测试1号有限公司" in dialog.error.text()
    uscc = code_for(42)
    dialog.code.setText(uscc)
    dialog.name.setText("新乡市链上示例有限公司")
    dialog.county.setText("牧野区")
    dialog.source.setCurrentIndex(dialog.source.findData("supply_chain"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with workspace.db.session() as session:
        firm = session.scalars(select(Firm).where(Firm.uscc == uscc)).one()
    assert (firm.on_list, firm.source, firm.source_channel, firm.county) == (
        False,
        "branch",
        "supply_chain",
        "牧野区",
    )
    assert view.search.text() == uscc and view.model.rowCount() == 1
