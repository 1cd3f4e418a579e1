"""The firm pane on a small workspace: a fixed today, an officer, firms built by the test factory."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry
from desktop.store.settings import set_setting
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.firm.pane import FirmDetailPane
from tests.conftest import TODAY
from tests.factories import add_firm


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    with workspace.db.write() as session:
        set_setting(session, "profile", {"officer": "王芳", "bank": "中原银行", "branch": "红旗支行"})
    workspace.forget_profile()
    workspace.clock = lambda: TODAY
    return workspace


@pytest.fixture
def firm(ws: Workspace) -> str:
    return add_firm(ws, 1)


@pytest.fixture
def pane(ws: Workspace, firm: str, qtbot: QtBot) -> FirmDetailPane:
    widget = FirmDetailPane(ws, lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    widget.show_firm(firm)
    return widget


def audit_count(ws: Workspace) -> int:
    with ws.db.session() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))) or 0)


def ok(dialog: FormDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def opened(pane: FirmDetailPane, action: Callable[[], object]) -> FormDialog:
    """The dialog an action opened in the pane (window-modal, not blocking)."""
    action()
    dialog = pane.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog
