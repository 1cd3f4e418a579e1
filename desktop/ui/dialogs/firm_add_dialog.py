"""新增企业: a firm the branch found itself (五张清单) -> services/firm_create.add_firm. The code is checked
as it is typed; a code already stored is refused, naming the firm that has it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.domain.errors import DomainError
from desktop.domain.uscc import parse
from desktop.domain.vocabulary import SOURCE_CHANNELS
from desktop.services.firm_create import NewFirm, add_firm
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog, fill_vocab, text_or_none
from desktop.ui.errors import error_message
from desktop.ui.labels import entity_labels


class FirmAddDialog(FormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, "", "", parent)
        self.setWindowTitle(self.tr("新增企业"))
        self.code = QLineEdit()
        self.code.setObjectName("newFirmCode")
        self.code.setPlaceholderText(self.tr("18 位统一社会信用代码"))
        self.code_error = QLabel()
        self.code_error.setObjectName("newFirmCodeError")
        self.code_error.setStyleSheet("color: #b00020;")
        self.code_error.setWordWrap(True)
        self.code_error.hide()
        self.name = QLineEdit()
        self.name.setObjectName("newFirmName")
        self.kind = QComboBox()
        self.kind.setObjectName("newFirmKind")
        self.kind.addItem(self.tr("按信用代码判断"), None)
        labels = entity_labels()
        for code in ("enterprise", "individual"):
            self.kind.addItem(labels[code], code)
        self.county = QLineEdit()
        self.county.setObjectName("newFirmCounty")
        self.address = QLineEdit()
        self.address.setObjectName("newFirmAddress")
        self.source = QComboBox()
        self.source.setObjectName("newFirmSource")
        fill_vocab(self.source, SOURCE_CHANNELS)
        self.form.addRow(self.tr("统一社会信用代码"), self.code)
        self.form.addRow("", self.code_error)
        self.form.addRow(self.tr("企业名称"), self.name)
        self.form.addRow(self.tr("主体类型"), self.kind)
        self.form.addRow(self.tr("所属县（市、区）"), self.county)
        self.form.addRow(self.tr("经营地址"), self.address)
        self.form.addRow(self.tr("来源（五张清单）"), self.source)
        self.code.editingFinished.connect(self._check_code)

    def _check_code(self) -> None:
        if not self.code.text().strip():
            self.code_error.hide()
            return
        try:
            parse(self.code.text())
        except DomainError as exc:
            self.code_error.setText(error_message(exc))
            self.code_error.show()
            return
        self.code_error.hide()

    def submit(self) -> Outcome:
        kind = self.kind.currentData()
        data = NewFirm(
            uscc=self.code.text(),
            name=self.name.text(),
            kind=str(kind) if kind is not None else None,
            county=text_or_none(self.county.text()),
            address=text_or_none(self.address.text()),
            source=str(self.source.currentData()),
        )
        return add_firm(self.ws, data)
