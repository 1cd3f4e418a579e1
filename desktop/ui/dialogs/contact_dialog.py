"""联系人 (add or correct): name, role, phone and ID number; a phone that is not an 11-digit mobile or a
landline with its area code is shown as wrong beside the field as it is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from desktop.domain.errors import DomainError
from desktop.domain.phones import check_phone
from desktop.services.contacts import ContactInput, add_contact, edit_contact
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog, text_or_none
from desktop.ui.errors import error_message


class ContactDialog(FormDialog):
    def __init__(self, ws: Workspace, uscc: str, parent: QWidget | None = None, record: Any = None) -> None:
        super().__init__(ws, uscc, "", parent)
        self.record = record
        self.setWindowTitle(self.tr("修改联系人") if record is not None else self.tr("新增联系人"))
        self.name = QLineEdit(record.name if record is not None else "")
        self.name.setObjectName("contactName")
        self.role = QLineEdit(record.role or "" if record is not None else "")
        self.role.setObjectName("contactRole")
        self.phone = QLineEdit(record.phone or "" if record is not None else "")
        self.phone.setObjectName("contactPhone")
        self.phone.setPlaceholderText(self.tr("11 位手机号或带区号的固定电话"))
        self.phone_error = QLabel()
        self.phone_error.setObjectName("contactPhoneError")
        self.phone_error.setStyleSheet("color: #b00020;")
        self.phone_error.setWordWrap(True)
        self.id_number = QLineEdit(record.id_number or "" if record is not None else "")
        self.id_number.setObjectName("contactIdNumber")
        self.primary = QCheckBox(self.tr("主要联系人"))
        self.primary.setObjectName("contactPrimary")
        self.primary.setChecked(bool(record is not None and record.is_primary))
        self.form.addRow(self.tr("姓名"), self.name)
        self.form.addRow(self.tr("职务"), self.role)
        self.form.addRow(self.tr("电话"), self.phone)
        self.form.addRow("", self.phone_error)
        self.form.addRow(self.tr("证件号码"), self.id_number)
        self.form.addRow("", self.primary)
        self.phone.textChanged.connect(self._check_phone)
        self._check_phone()
        if record is not None:
            self.add_reason_row()

    def _check_phone(self) -> bool:
        try:
            check_phone(self.phone.text())
        except DomainError as exc:
            self.phone_error.setText(error_message(exc))
            self.phone_error.show()
            return False
        self.phone_error.clear()
        self.phone_error.hide()
        return True

    def data(self) -> ContactInput:
        return ContactInput(
            name=self.name.text(),
            role=text_or_none(self.role.text()),
            phone=text_or_none(self.phone.text()),
            id_number=text_or_none(self.id_number.text()),
            primary=self.primary.isChecked(),
        )

    def submit(self) -> Outcome:
        data = self.data()
        if self.record is not None:
            return edit_contact(self.ws, self.record.id, data.__dict__, self.reason.text())
        return add_contact(
            self.ws, self.uscc, data.name, role=data.role, phone=data.phone, id_number=data.id_number,
            primary=data.primary,
        )  # fmt: skip
