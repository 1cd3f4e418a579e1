from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.workspace import Workspace
from desktop.store.keys import parse_recovery_key
from desktop.store.models import AuditEntry
from desktop.ui.settings_view import SettingsView


def test_save_profile(workspace: Workspace, ui_settings: QSettings, qtbot: QtBot) -> None:
    view = SettingsView(workspace, ui_settings)
    qtbot.addWidget(view)
    view.form.officer.setText(" 王芳 ")
    view.form.bank.setText("中原银行")
    view.form.branch.setText("新乡红旗支行")
    view.form.unit.setText("中原银行新乡分行")
    with qtbot.waitSignal(view.saved):
        view.save_button.click()
    assert view.status.text() == "已保存"
    assert workspace.profile.officer == "王芳" and workspace.profile.unit == "中原银行新乡分行"
    with workspace.db.session() as session:
        assert session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc())) == "profile.save"


def test_bad_profile_is_reported_not_saved(
    workspace: Workspace, ui_settings: QSettings, qtbot: QtBot
) -> None:
    view = SettingsView(workspace, ui_settings)
    qtbot.addWidget(view)
    view.form.officer.setText("王芳")
    with qtbot.waitSignal(view.failed) as blocker:
        view.save_button.click()
    assert str(blocker.args[0]) == "请填写所属银行"
    assert workspace.profile.officer == ""


def test_language_choice_is_kept(workspace: Workspace, ui_settings: QSettings, qtbot: QtBot) -> None:
    view = SettingsView(workspace, ui_settings)
    qtbot.addWidget(view)
    view.language.setCurrentIndex(view.language.findData("en"))
    assert QSettings(ui_settings.fileName(), QSettings.Format.IniFormat).value("language") == "en"


def test_key_status_and_recovery(
    workspace: Workspace, ui_settings: QSettings, qtbot: QtBot, tmp_path: Path
) -> None:
    view = SettingsView(workspace, ui_settings)
    qtbot.addWidget(view)
    assert "保存在" in view.key_label.text()
    assert view.recovery.text() == ""
    view.show_recovery()
    assert parse_recovery_key(view.recovery.text()) == workspace.db.key.raw
    out = tmp_path / "recovery.txt"
    view.export_recovery_to(out)
    assert workspace.db.key.recovery_text() in out.read_text(encoding="utf-8")


def test_weaker_key_is_warned(tmp_path: Path, ui_settings: QSettings, qtbot: QtBot) -> None:
    from desktop.services.workspace import open_workspace

    class NoKeyring:
        priority = 0

    ws = open_workspace(tmp_path / "weak", keyring_backend=NoKeyring(), environ={})
    try:
        view = SettingsView(ws, ui_settings)
        qtbot.addWidget(view)
        assert ws.db.key.weaker
        assert "保护较弱" in view.key_label.text()
    finally:
        ws.close()
