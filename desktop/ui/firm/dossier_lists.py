"""The dossier's lists in the firm pane: contacts (phones masked until revealed), serving banks (their roles
drive the basic-account and 垒小户 warnings) and attachments (add by file dialog or drag-and-drop, open,
save a copy, remove = void). Each add, correction and void is a dialog over one service call."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QCheckBox, QFileDialog, QPushButton, QVBoxLayout, QWidget

from desktop.domain.errors import DomainError
from desktop.domain.names import mask_phone
from desktop.domain.vocabulary import ATTACHMENT_KINDS, BANK_ROLES
from desktop.reports.dossier_data import DossierData
from desktop.services.attachments import add_attachment_file, read_attachment
from desktop.services.serving_banks import roles_of
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.bank_dialog import BankDialog
from desktop.ui.dialogs.contact_dialog import ContactDialog
from desktop.ui.dialogs.form_dialog import FormDialog, number_text
from desktop.ui.dialogs.void_dialog import VoidDialog
from desktop.ui.firm.record_list import RecordList
from desktop.ui.labels import vocab_label, vocab_list, yes_no


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class AttachmentList(RecordList):
    """Attachments accept files dropped on them; a dropped licence scan is told by its name (营业执照)."""

    files_dropped = Signal(list)

    def __init__(self, title: str, headers: list[str], name: str, *, add_text: str) -> None:
        super().__init__(title, headers, name, add_text=add_text)
        self.setAcceptDrops(True)
        self.table.setAcceptDrops(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
            event.acceptProposedAction()


class DossierLists(QWidget):
    """``open_dialog`` shows a dialog (the pane reloads the firm on OK); ``failed`` reports an error."""

    failed = Signal(object)
    changed = Signal(str)

    def __init__(
        self, ws: Workspace, open_dialog: Callable[[FormDialog], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.open_dialog = open_dialog
        self.uscc = ""
        self.detail: DossierData | None = None
        self._opened = tempfile.TemporaryDirectory(prefix="firstloan-open-")
        self.contacts = RecordList(
            self.tr("联系人"),
            [self.tr("姓名"), self.tr("职务"), self.tr("电话"), self.tr("主要联系人")],
            "contactsTable",
            add_text=self.tr("新增联系人"),
        )
        self.reveal = QCheckBox(self.tr("显示完整号码"))
        self.reveal.setObjectName("revealPhones")
        self.reveal.toggled.connect(lambda _on: self._fill_contacts())
        self.banks = RecordList(
            self.tr("服务银行"),
            [self.tr("银行"), self.tr("角色"), self.tr("授信金额（万元）"), self.tr("说明")],
            "banksTable",
            add_text=self.tr("新增服务银行"),
        )
        self.attachments = AttachmentList(
            self.tr("附件（可将文件拖到此处）"),
            [self.tr("文件"), self.tr("类型"), self.tr("大小"), self.tr("上传时间")],
            "attachmentsTable",
            add_text=self.tr("添加附件…"),
        )
        self._attachment_buttons()
        self._connect(ws)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.contacts, 1)
        layout.addWidget(self.reveal)
        layout.addWidget(self.banks, 1)
        layout.addWidget(self.attachments, 1)

    def _attachment_buttons(self) -> None:
        """Attachments are opened, saved and removed (voided), never edited."""
        self.attachments.can_edit = False
        self.attachments.edit_button.hide()
        self.attachments.void_button.setText(self.tr("移除"))
        self.open_button = QPushButton(self.tr("打开"))
        self.open_button.setObjectName("attachmentOpen")
        self.save_button = QPushButton(self.tr("另存为…"))
        self.save_button.setObjectName("attachmentSave")
        for i, button in enumerate((self.open_button, self.save_button)):
            self.attachments.bar.insertWidget(2 + i, button)
            button.setEnabled(False)
        self.attachments.table.selectionModel().selectionChanged.connect(
            lambda *_: self._attachment_selected()
        )
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)

    def _connect(self, ws: Workspace) -> None:
        """Add, Edit and Void on each list open their dialogs (the pane reloads the firm on OK)."""
        self.contacts.add_requested.connect(lambda: self.open_dialog(ContactDialog(ws, self.uscc, self)))
        self.contacts.edit_requested.connect(
            lambda c: self.open_dialog(ContactDialog(ws, self.uscc, self, c))
        )
        self.contacts.void_requested.connect(
            lambda c: self.open_dialog(VoidDialog(ws, self.uscc, "contact", c, self))
        )
        self.banks.add_requested.connect(lambda: self.open_dialog(BankDialog(ws, self.uscc, self)))
        self.banks.edit_requested.connect(lambda b: self.open_dialog(BankDialog(ws, self.uscc, self, b)))
        self.banks.void_requested.connect(
            lambda b: self.open_dialog(VoidDialog(ws, self.uscc, "bank", b, self))
        )
        self.attachments.add_requested.connect(self.choose_files)
        self.attachments.files_dropped.connect(self.add_files)
        self.attachments.void_requested.connect(
            lambda a: self.open_dialog(VoidDialog(ws, self.uscc, "attachment", a, self))
        )

    def load(self, d: DossierData) -> None:
        self.uscc, self.detail = d.firm.uscc, d
        self._fill_contacts()
        self.banks.set_records(
            d.banks,
            [
                (b.bank, vocab_list(BANK_ROLES, roles_of(b)), number_text(b.credit_amount), b.note or "")
                for b in d.banks
            ],
        )
        self.attachments.set_records(
            d.attachments,
            [
                (
                    a.file_name,
                    vocab_label(ATTACHMENT_KINDS, a.kind),
                    _size(a.size),
                    a.added_at.astimezone().strftime("%Y-%m-%d"),
                )
                for a in d.attachments
            ],
        )

    def clear(self) -> None:
        self.uscc, self.detail = "", None
        for records in (self.contacts, self.banks, self.attachments):
            records.set_records([], [])

    def _fill_contacts(self) -> None:
        if self.detail is None:
            return
        full = self.reveal.isChecked()
        self.contacts.set_records(
            self.detail.contacts,
            [
                (c.name, c.role or "", (c.phone or "") if full else mask_phone(c.phone), yes_no(c.is_primary))
                for c in self.detail.contacts
            ],
        )

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("添加附件"), str(Path.home()))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Each file into the encrypted database; a name with 执照 is the licence scan."""
        added = 0
        for path in paths:
            kind = "licence" if "执照" in path.name or "licence" in path.name.lower() else "document"
            try:
                add_attachment_file(self.ws, self.uscc, path, kind)
            except Exception as exc:
                self.failed.emit(exc)
                continue
            added += 1
        if added:
            self.changed.emit(self.uscc)

    def _attachment_selected(self) -> None:
        chosen = self.attachments.selected() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def _selected(self) -> Any:
        """The selected attachment (a voided one can still be opened: it is kept, not deleted)."""
        return self.attachments.selected()

    def open_selected(self) -> None:
        """Open with the system's viewer: a copy in a private temporary folder, removed when the app closes."""
        record = self._selected()
        if record is None:
            return
        try:
            content = read_attachment(self.ws, record.id)
        except Exception as exc:
            self.failed.emit(exc)
            return
        path = Path(self._opened.name) / f"{record.id}-{Path(content.file_name).name}"
        path.write_bytes(content.content)
        self.last_opened = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_selected(self) -> None:
        record = self._selected()
        if record is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("附件另存为"), str(Path.home() / record.file_name)
        )
        if not name:
            return
        try:
            content = read_attachment(self.ws, record.id)
            Path(name).write_bytes(content.content)
        except OSError as exc:
            self.failed.emit(
                DomainError(
                    f"无法写入 {name}：{exc.strerror or exc}",
                    en=f"Cannot write {name}: {exc.strerror or exc}",
                )
            )
        except Exception as exc:
            self.failed.emit(exc)
