"""A form dialog that calls a service on OK: a DomainError stays in the dialog, success closes it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
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

    def accept(self) -> None:
        try:
            self.outcome = self.submit()
        except DomainError as exc:  # the officer corrects the form; nothing was written
            self.error.setText(error_message(exc))
            self.error.show()
            return
        super().accept()
