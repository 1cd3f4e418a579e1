"""The editors' fields: one widget and its problem shown beside it, read and written as the values the
services take (text, a number as typed, yes / no / unknown, an optional date)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.ui.dialogs.form_dialog import OptionalDate, number_text, select_data


class Field(QWidget):
    """A value and, under it, what is wrong with it (hidden while nothing is)."""

    def __init__(self, widget: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        widget.setObjectName(name)
        self.error = QLabel()
        self.error.setObjectName(f"{name}Error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        layout.addWidget(self.error)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def on_change(self, slot: Callable[[], None]) -> None:
        raise NotImplementedError

    def set_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))


class TextField(Field):
    def __init__(self, name: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        super().__init__(self.edit, name, parent)

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setText(number_text(value) if value is not None else "")

    def on_change(self, slot: Callable[[], None]) -> None:
        self.edit.textChanged.connect(lambda _text: slot())


class LongTextField(Field):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        self.edit = QPlainTextEdit()
        self.edit.setMaximumHeight(56)
        super().__init__(self.edit, name, parent)

    def value(self) -> str:
        return self.edit.toPlainText().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")

    def on_change(self, slot: Callable[[], None]) -> None:
        self.edit.textChanged.connect(slot)


class ChoiceField(Field):
    """One of a few answers; ``choices`` are (label, value) with None for 未知."""

    def __init__(self, name: str, choices: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        self.combo = QComboBox()
        for text, value in choices:
            self.combo.addItem(text, value)
        super().__init__(self.combo, name, parent)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        select_data(self.combo, value)

    def on_change(self, slot: Callable[[], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda _i: slot())


class DateField(Field):
    def __init__(self, name: str, today: date, text: str = "", parent: QWidget | None = None) -> None:
        self.date = OptionalDate(None, today, name + "Date", text)
        super().__init__(self.date, name, parent)

    def value(self) -> date | None:
        return self.date.value()

    def set_value(self, value: Any) -> None:
        self.date.set_value(value)

    def on_change(self, slot: Callable[[], None]) -> None:
        self.date.check.toggled.connect(lambda _on: slot())
        self.date.edit.dateChanged.connect(lambda _d: slot())
