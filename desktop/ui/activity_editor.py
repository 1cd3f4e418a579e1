"""The editor of one activity: kind, date, title, place, organiser, officers, notes, the firms that took
part (typed by credit code or name, or read from the sign-in sheet) and its files. Saving a new activity
calls ``add_activity``; saving a changed one ``edit_activity`` with the reason typed here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.activities import ACTIVITY_KINDS, split_firm_refs
from desktop.domain.errors import DomainError, in_language
from desktop.services.activities import ActivityChanges, ActivityInput, add_activity, edit_activity
from desktop.services.activity_files import add_activity_file, match_sign_in
from desktop.services.activity_views import ActivityView, get_activity
from desktop.services.firm_refs import lookup_firms
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import fill_vocab
from desktop.ui.errors import error_message, ui_language

CODE_ROLE = 0x0100  # Qt.UserRole: the firm's credit code on each list item


class ActivityEditor(QWidget):
    saved = Signal(int)  # the activity's id

    def __init__(self, ws: Workspace, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.activity_id: int | None = None
        self.loaded: ActivityView | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.kind = QComboBox()
        self.kind.setObjectName("activityKind")
        fill_vocab(self.kind, ACTIVITY_KINDS)
        self.on = QDateEdit()
        self.on.setObjectName("activityDate")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.title = QLineEdit()
        self.title.setObjectName("activityTitle")
        self.place = QLineEdit()
        self.organiser = QLineEdit()
        self.organiser.setPlaceholderText(self.tr("人民银行 / 金融局 / 本行 …"))
        self.officers = QLineEdit()
        self.officers.setPlaceholderText(self.tr("以逗号分隔"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("activityNote")
        self.note.setMaximumHeight(70)
        self.firms = QListWidget()
        self.firms.setObjectName("activityFirms")
        self.firm_entry = QLineEdit()
        self.firm_entry.setObjectName("firmEntry")
        self.firm_entry.setPlaceholderText(self.tr("统一社会信用代码或企业名称，可用逗号分隔多家"))
        self.firm_entry.returnPressed.connect(self.add_typed_firms)
        self.add_firm_button = QPushButton(self.tr("添加企业"))
        self.add_firm_button.clicked.connect(self.add_typed_firms)
        self.sign_in_button = QPushButton(self.tr("导入签到表…"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.clicked.connect(self.choose_sign_in)
        self.remove_firm_button = QPushButton(self.tr("移除所选企业"))
        self.remove_firm_button.clicked.connect(self.remove_selected_firms)
        self.files = QListWidget()
        self.files.setMaximumHeight(60)
        self.attach_button = QPushButton(self.tr("添加照片或文件…"))
        self.attach_button.clicked.connect(self.choose_attachment)
        self.reason = QLineEdit()
        self.reason.setObjectName("activityReason")
        self.reason.setPlaceholderText(self.tr("修改已保存的活动时必填"))
        self.message = QLabel()
        self.message.setObjectName("activityMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存活动"))
        self.save_button.setObjectName("saveActivity")
        self.save_button.clicked.connect(self.save)
        self.pending_sign_in: Path | None = None
        self._layout()
        self.new_activity()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("日期"), self.on)
        form.addRow(self.tr("活动名称"), self.title)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(self.tr("组织单位"), self.organiser)
        form.addRow(self.tr("客户经理"), self.officers)
        form.addRow(self.tr("备注"), self.note)
        entry = QHBoxLayout()
        entry.addWidget(self.firm_entry, 1)
        entry.addWidget(self.add_firm_button)
        firm_buttons = QHBoxLayout()
        firm_buttons.addWidget(self.sign_in_button)
        firm_buttons.addWidget(self.remove_firm_button)
        firm_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("参加企业")))
        layout.addLayout(entry)
        layout.addWidget(self.firms, 1)
        layout.addLayout(firm_buttons)
        files_row = QHBoxLayout()
        files_row.addWidget(QLabel(self.tr("照片与附件")))
        files_row.addStretch(1)
        files_row.addWidget(self.attach_button)
        layout.addLayout(files_row)
        layout.addWidget(self.files)
        reason_row = QFormLayout()
        reason_row.addRow(self.tr("修改原因"), self.reason)
        layout.addLayout(reason_row)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button)

    # -- filling -------------------------------------------------------------------------------------

    def new_activity(self) -> None:
        now = self.today()
        self.activity_id, self.loaded, self.pending_sign_in = None, None, None
        self.heading.setText(self.tr("新增活动"))
        self.kind.setCurrentIndex(0)
        self.on.setDate(QDate(now.year, now.month, now.day))
        for edit in (self.title, self.place, self.organiser, self.officers, self.reason):
            edit.clear()
        self.note.clear()
        self.firms.clear()
        self.files.clear()
        self.attach_button.setEnabled(False)
        self.say("")

    def load(self, activity_id: int) -> None:
        view = get_activity(self.ws, activity_id)
        self.activity_id, self.loaded, self.pending_sign_in = view.id, view, None
        self.heading.setText(self.tr("活动 %1").replace("%1", str(view.id)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(view.kind)))
        self.on.setDate(QDate(view.on.year, view.on.month, view.on.day))
        self.title.setText(view.title)
        self.place.setText(view.place or "")
        self.organiser.setText(view.organiser or "")
        self.officers.setText("、".join(view.officers))
        self.note.setPlainText(view.note or "")
        self.firms.clear()
        for code, name in view.firms:
            self._add_item(code, name)
        self.files.clear()
        for f in view.files:
            self.files.addItem(f"{f.file_name}（{f.size:,} B）")
        self.attach_button.setEnabled(True)
        self.reason.clear()
        self.say("")

    def _add_item(self, code: str, name: str) -> None:
        if code in self.firm_codes():
            return
        item = QListWidgetItem(f"{name}　{code}")
        item.setData(CODE_ROLE, code)
        self.firms.addItem(item)

    def firm_codes(self) -> list[str]:
        return [str(self.firms.item(i).data(CODE_ROLE)) for i in range(self.firms.count())]

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #2e7d32;")

    # -- firms -----------------------------------------------------------------------------------------

    def add_typed_firms(self) -> None:
        texts = split_firm_refs(self.firm_entry.text())
        if not texts:
            return
        matched = lookup_firms(self.ws, texts)
        for code, name in matched.found:
            self._add_item(code, name)
        language = ui_language()
        problems = [in_language(u.reason, language) for u in matched.unmatched]
        self.say("\n".join(problems), error=bool(problems))
        if not problems:
            self.firm_entry.clear()

    def remove_selected_firms(self) -> None:
        for item in self.firms.selectedItems():
            self.firms.takeItem(self.firms.row(item))

    def choose_sign_in(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择签到表"), str(Path.home()), self.tr("表格 (*.xlsx *.xls *.csv)")
        )
        if chosen:
            self.read_sign_in(Path(chosen))

    def read_sign_in(self, path: Path) -> None:
        """Add the firms the sheet names; the rows not matched are listed for the officer."""
        try:
            result = match_sign_in(self.ws, path)
        except DomainError as exc:
            self.say(error_message(exc), error=True)
            return
        for firm in result.matched.firms:
            self._add_item(firm.uscc, firm.name)
        self.pending_sign_in = path  # kept with the activity when it is saved
        language = ui_language()
        lines = [
            self.tr("签到表 %1 行，对上 %2 户企业")
            .replace("%1", str(result.rows))
            .replace("%2", str(len(result.matched.firms)))
        ]
        lines += [
            (u.ref.where_en if language == "en" else u.ref.where) + in_language(u.reason, language)
            for u in result.matched.unmatched
        ]
        self.say("\n".join(lines), error=bool(result.matched.unmatched))

    def choose_attachment(self) -> None:
        if self.activity_id is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("选择照片或文件"), str(Path.home()))
        if chosen:
            self.attach(Path(chosen))

    def attach(self, path: Path, kind: str = "photo") -> None:
        assert self.activity_id is not None
        try:
            add_activity_file(self.ws, self.activity_id, path, kind)
        except DomainError as exc:
            self.say(error_message(exc), error=True)
            return
        self.load(self.activity_id)

    # -- saving ----------------------------------------------------------------------------------------

    def _date(self) -> date:
        value = self.on.date()
        return date(value.year(), value.month(), value.day())

    def save(self) -> int | None:
        officers = split_firm_refs(self.officers.text())
        try:
            if self.activity_id is None:
                data = ActivityInput(
                    kind=str(self.kind.currentData()),
                    on=self._date(),
                    title=self.title.text(),
                    place=self.place.text(),
                    organiser=self.organiser.text(),
                    firms=self.firm_codes(),
                    officers=officers or None,
                    note=self.note.toPlainText(),
                )
                activity_id = add_activity(self.ws, data).id
            else:
                changes = ActivityChanges(
                    kind=str(self.kind.currentData()),
                    on=self._date(),
                    title=self.title.text(),
                    place=self.place.text(),
                    organiser=self.organiser.text(),
                    firms=self.firm_codes(),
                    officers=officers,
                    note=self.note.toPlainText(),
                )
                activity_id = edit_activity(self.ws, self.activity_id, changes, self.reason.text()).id
            if self.pending_sign_in is not None:
                add_activity_file(self.ws, activity_id, self.pending_sign_in, "sign_in")
        except DomainError as exc:
            self.say(error_message(exc), error=True)
            return None
        self.load(activity_id)
        self.say(self.tr("已保存"))
        self.saved.emit(activity_id)
        return activity_id
