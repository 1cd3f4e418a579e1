from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.crowding import OtherBank, crowding_warnings
from desktop.domain.errors import DomainError
from desktop.services.firms import FirmNotFound
from desktop.services.jobs import Cancelled
from desktop.services.outcome import Outcome
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from desktop.store.lock import IN_USE_MESSAGE_EN, WorkspaceLock
from desktop.ui.backups_dialog import BackupsDialog
from desktop.ui.errors import install_excepthook, log_path, show_error, ui_language, user_message
from desktop.ui.firm_detail_pane import FirmDetailPane
from desktop.ui.single_instance import ALREADY_OPEN_EXIT, claim
from tests.exchange.list_files import code


def test_domain_errors_are_shown_as_they_are(tmp_path: Path) -> None:
    assert user_message(DomainError("请填写所属银行"), tmp_path) == "请填写所属银行"
    assert "取消" in user_message(Cancelled(), tmp_path)
    assert not log_path(tmp_path).exists()


def test_a_bug_is_logged_and_the_user_told_where(tmp_path: Path) -> None:
    try:
        {}["missing"]
    except KeyError as exc:
        message = user_message(exc, tmp_path)
    log = log_path(tmp_path)
    assert str(log) in message and "KeyError" in message
    assert "Traceback" not in message
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "missing" in text


def test_excepthook_logs_and_shows_a_message(tmp_path: Path, qtbot: QtBot) -> None:
    previous = install_excepthook(tmp_path)
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert "boom in a slot" in log_path(tmp_path).read_text(encoding="utf-8")
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "errorBox"
    ]
    assert boxes and str(log_path(tmp_path)) in boxes[-1].text()
    for box in boxes:
        box.close()
        box.deleteLater()


def test_chinese_mode_shows_the_chinese_message(tmp_path: Path, qapp: QApplication) -> None:
    assert ui_language() == "zh_CN"
    error = DomainError("请填写所属银行", en="Fill in the bank")
    assert user_message(error, tmp_path) == "请填写所属银行"


def test_english_mode_shows_a_service_error_in_english(
    english: None, qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    assert ui_language() == "en"
    missing = code(999)
    try:
        add_visit(workspace, missing, VisitInput(on=date(2026, 3, 5), mode="site"))
    except FirmNotFound as exc:
        shown = show_error(None, exc, tmp_path)
    assert shown == f"No firm has the unified social credit code '{missing}'"
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "errorBox"
    ]
    assert shown in [box.text() for box in boxes]  # (boxes of earlier tests may still be open)
    for box in boxes:
        box.close()
        box.deleteLater()
    assert "cancel" in user_message(Cancelled(), tmp_path).lower()
    assert not log_path(tmp_path).exists()  # an expected error is not a bug: nothing logged


def test_english_mode_in_a_dialog_that_shows_errors_in_place(
    english: None, qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    told: list[str] = []
    dialog = BackupsDialog(
        workspace, confirm=lambda parent, text: True, tell=lambda parent, text: told.append(text)
    )
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    assert dialog.restore(bad) is None
    assert told == [
        "The backup file bad.db does not open with this database's key: it is not a backup of this program, "
        "or it is damaged"
    ]


def test_english_mode_shows_service_warnings_in_english(
    english: None, qtbot: QtBot, workspace: Workspace
) -> None:
    pane = FirmDetailPane(workspace)
    qtbot.addWidget(pane)
    warnings = crowding_warnings(
        our_bank="本行", entity_type="enterprise", banks=[OtherBank("某某农商银行", is_basic_account=True)]
    )
    pane._tell(Outcome(id=1, uscc=code(1), warnings=warnings))
    assert pane.notice.text() == (
        "The firm's basic account is with 某某农商银行: by the rules, that bank should in principle contact it first"
    )


def test_english_mode_explains_a_busy_data_directory_in_english(
    english: None, qtbot: QtBot, tmp_path: Path
) -> None:
    told: list[str] = []
    with WorkspaceLock(tmp_path):
        assert claim(tmp_path, tell=told.append) == ALREADY_OPEN_EXIT
    assert told == [
        f"{IN_USE_MESSAGE_EN} ({tmp_path}). Switch to the open window, or start again when the command has finished."
    ]
