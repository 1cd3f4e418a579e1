"""Contacts (phones masked until revealed, a wrong number refused beside the field), serving banks (roles,
the 垒小户 warning) and attachments (drag-and-drop, open, save a copy, remove = void) in the firm pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.services.attachments import list_attachments
from desktop.services.dossiers import dossier_view
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.bank_dialog import BankDialog
from desktop.ui.dialogs.contact_dialog import ContactDialog
from desktop.ui.dialogs.void_dialog import VoidDialog
from desktop.ui.firm.pane import FirmDetailPane
from tests.factories import add_firm
from tests.ui.firm.conftest import ok, opened


def test_contacts_are_checked_masked_and_corrected(
    ws: Workspace, firm: str, pane: FirmDetailPane, qtbot: QtBot
) -> None:
    lists = pane.lists
    dialog = opened(pane, lists.contacts.add_button.click)
    assert isinstance(dialog, ContactDialog)
    dialog.name.setText("张三")
    dialog.phone.setText("1380000")
    assert dialog.phone_error.isVisible() and "11 位手机号码" in dialog.phone_error.text()
    ok(dialog, qtbot)
    assert dialog.isVisible() and dossier_view(ws, firm).contacts == []
    dialog.phone.setText("13812345678")
    assert not dialog.phone_error.isVisible()
    ok(dialog, qtbot)
    assert not dialog.isVisible()
    model = lists.contacts.model
    assert model.data(model.index(0, 2)) == "138****5678"
    lists.reveal.setChecked(True)
    assert model.data(model.index(0, 2)) == "13812345678"
    lists.contacts.select(0)
    dialog = opened(pane, lists.contacts.edit_button.click)
    assert isinstance(dialog, ContactDialog) and dialog.phone.text() == "13812345678"
    dialog.phone.setText("0373-2051234")
    dialog.reason.setText("换了座机")
    ok(dialog, qtbot)
    assert dossier_view(ws, firm).contacts[0]["phone"] == "0373-2051234"


def test_banks_drive_the_crowding_warning(ws: Workspace, qtbot: QtBot) -> None:
    uscc = add_firm(ws, 3, individual=True)
    pane = FirmDetailPane(ws)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_firm(uscc)
    # 垒小户 counts the banks that gave credit (seed 002): a third for an individual business warns.
    for name, roles in (
        ("中国工商银行", ["credit"]),
        ("农行", ["credit"]),
        ("建行", ["basic", "settlement", "credit"]),
    ):
        dialog = opened(pane, pane.lists.banks.add_button.click)
        assert isinstance(dialog, BankDialog)
        dialog.bank.setCurrentText(name)
        for role in roles:
            dialog.roles[role].setChecked(True)
        ok(dialog, qtbot)
        assert not dialog.isVisible()
    assert "垒小户" in pane.notice.text() and "中国建设银行" in pane.notice.text()
    model = pane.lists.banks.model
    assert [model.data(model.index(r, 0)) for r in range(3)] == [
        "中国工商银行",
        "中国农业银行",
        "中国建设银行",
    ]
    assert model.data(model.index(2, 1)) == "基本户、结算、授信"
    pane.lists.banks.select(2)
    dialog = opened(pane, pane.lists.banks.void_button.click)
    assert isinstance(dialog, VoidDialog)
    dialog.reason.setText("录错银行")
    ok(dialog, qtbot)
    assert "垒小户" not in pane.notice.text()
    assert pane.lists.banks.model.data(
        pane.lists.banks.model.index(2, 0), Qt.ItemDataRole.FontRole
    ).strikeOut()


def test_attachments_dropped_opened_saved_and_removed(
    ws: Workspace,
    firm: str,
    pane: FirmDetailPane,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scan = tmp_path / "营业执照.jpg"
    scan.write_bytes(b"\xff\xd8 licence scan")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    pane.dossier_tabs.setCurrentIndex(1)
    target = pane.lists.attachments
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a drop only during a real drag; the widget's own drop handler is called as Qt would.
    target.dropEvent(drop)
    assert drop.isAccepted()
    [row] = list_attachments(ws, firm)
    assert (row.file_name, row.kind) == ("营业执照.jpg", "licence")
    assert "营业执照扫描件" not in dossier_view(ws, firm).completeness.missing
    assert target.model.rowCount() == 1
    target.select(0)
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    pane.lists.open_button.click()
    assert urls and Path(urls[0].toLocalFile()).read_bytes() == b"\xff\xd8 licence scan"
    copy = tmp_path / "copy.jpg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    pane.lists.save_button.click()
    assert copy.read_bytes() == b"\xff\xd8 licence scan"
    dialog = opened(pane, target.void_button.click)
    assert isinstance(dialog, VoidDialog) and "附件 营业执照.jpg" in dialog.explanation.text()
    dialog.reason.setText("扫描件不清楚")
    ok(dialog, qtbot)
    [kept] = list_attachments(ws, firm)
    assert (
        kept.void_reason == "扫描件不清楚" and "营业执照扫描件" in dossier_view(ws, firm).completeness.missing
    )
    assert target.model.data(target.model.index(0, 0), Qt.ItemDataRole.FontRole).strikeOut()
