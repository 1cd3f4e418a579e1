"""设置 → 项目: the stored programme shown with its seed's rule, dates, subsidy and targets; choosing and
editing one judges the loans again on a worker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.programme_profile import current_programme, needs_rederive
from desktop.ui.main_window import SETTINGS, MainWindow


def test_the_programme_page_shows_and_saves(window: MainWindow, qtbot: QtBot) -> None:
    window.go(SETTINGS)
    settings = window.settings_view
    assert settings is not None
    settings.tabs.setCurrentIndex(1)
    page = settings.programme_page
    assert page.choice.currentData() == "xinxiang"
    text = page.summary.toPlainText()
    assert "新金〔2022〕88号" in text and "0.5‰" in text and "20000" in text and "另行研究制定" in text
    assert not page.lookback.isEnabled() and page.local_bank.isEnabled()
    page.choice.setCurrentIndex(page.choice.findData("xinzhou"))
    assert page.lookback.isEnabled() and page.lookback.value() == 5 and page.rate_floor.value() == 30
    assert "忻州市区" in page.summary.toPlainText() and not page.custom_box.isVisible()
    page.lookback.setValue(6)
    with qtbot.waitSignal(page.changed, timeout=20000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    prog = current_programme(window.ws)
    assert (prog.code, prog.lookback_years) == ("xinzhou", 6) and not needs_rederive(window.ws)
    assert "重新认定" in page.status.text()
    page.choice.setCurrentIndex(page.choice.findData("custom"))
    assert page.custom_box.isVisibleTo(page)
