"""A form dialog that calls a service on OK: a DomainError stays in the dialog, success closes it. A dialog
that corrects a record asks for the reason (``add_reason_row``); optional dates are a check box and a date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import Vocabulary
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.errors import error_message
from desktop.ui.labels import vocab_label


def date_edit(on: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(on.year, on.month, on.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def fill_vocab(combo: object, vocabulary: Vocabulary) -> None:
    """Codes as item data, labels in the UI language."""
    for term in vocabulary:
        combo.addItem(vocab_label(vocabulary, term.code), term.code)  # type: ignore[attr-defined]


def text_or_none(text: str) -> str | None:
    return text.strip() or None


def number_text(value: object) -> str:
    """A stored amount or rate as the officer typed it: 60, 52.5 (no trailing zeros)."""
    if value is None:
        return ""
    return format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)


def set_day(edit: QDateEdit, on: date) -> None:
    edit.setDate(QDate(on.year, on.month, on.day))


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class OptionalDate(QWidget):
    """A date that may be left out: a check box, and the date it enables."""

    def __init__(
        self, on: date | None, today: date, name: str, text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.check.setObjectName(f"{name}Set")
        self.edit = date_edit(on or today, name)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(on is not None)
        self.edit.setEnabled(on is not None)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return day(self.edit) if self.check.isChecked() else None

    def set_value(self, on: date | None) -> None:
        self.check.setChecked(on is not None)
        if on is not None:
            set_day(self.edit, on)


class FormDialog(QDialog):
    """Subclasses add rows to ``form`` and implement ``submit`` (one service call)."""

    def __init__(self, ws: Workspace, uscc: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.uscc = uscc
        self.outcome: Outcome | None = None
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> Outcome:
        raise NotImplementedError

    def add_reason_row(self) -> QLineEdit:
        """The reason a correction is made (required by the service; kept in the audit trail)."""
        self.reason = QLineEdit()
        self.reason.setObjectName("correctionReason")
        self.reason.setPlaceholderText(self.tr("必填，例如：录入错误"))
        self.form.addRow(self.tr("更正原因"), self.reason)
        return self.reason

    def accept(self) -> None:
        try:
            self.outcome = self.submit()
        except DomainError as exc:  # the officer corrects the form; nothing was written
            self.error.setText(error_message(exc))
            self.error.show()
            return
        super().accept()
