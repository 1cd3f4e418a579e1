"""The calendar's state for the status bar: a short permanent label, and once a day the full message
(from 1 November while next year's holiday notice is not imported). Both ask services.calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.errors import in_language
from desktop.services.calendar import calendar_state
from desktop.services.workspace import Workspace
from desktop.ui.errors import ui_language

SHOWN_KEY = "calendar/notice_shown_on"


class CalendarStatus(QLabel):
    """“节假日已知至 2027 年”, or “⚠ 尚无 2027 年节假日安排” with the full message as its tooltip; call
    ``refresh`` after a notice was saved (HolidaysPage.saved) or when the day changes."""

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.setObjectName("calendarStatus")
        self.refresh()

    def refresh(self) -> None:
        state = calendar_state(self.ws, self.today())
        language = ui_language()
        self.setText(in_language(state.short_text, language))
        self.setToolTip(in_language(state.message, language) or in_language(state.years_text, language))
        self.setStyleSheet("color: #b00020;" if state.needs_notice else "")


def message_once_a_day(ws: Workspace, settings: QSettings, today: date) -> str:
    """The full message the first time it is asked on a day while a year is missing; "" otherwise (and
    on the rest of that day). The status bar shows it with showMessage."""
    state = calendar_state(ws, today)
    if not state.needs_notice or settings.value(SHOWN_KEY) == today.isoformat():
        return ""
    settings.setValue(SHOWN_KEY, today.isoformat())
    return in_language(state.message, ui_language())
