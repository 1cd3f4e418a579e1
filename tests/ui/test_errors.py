from __future__ import annotations

import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.domain.errors import DomainError
from desktop.services.jobs import Cancelled
from desktop.ui.errors import install_excepthook, log_path, user_message


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
    from PySide6.QtWidgets import QApplication, QMessageBox

    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "errorBox"
    ]
    assert boxes and str(log_path(tmp_path)) in boxes[-1].text()
    for box in boxes:
        box.close()
        box.deleteLater()
