"""The import wizard's column-mapping step: the sheets and header row found, and for each source column
the firm field it goes to (a combo each, 不导入 included); a saved profile applied, saved or deleted.
The file's first rows are read once (by the wizard, in the background); moving the header row or picking
a profile describes those rows again here, at once. Rows are plain widgets in a grid so Tab walks the
combos and the arrow keys change them: the step works from the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.exchange.columns import FIELD_LABELS, HEADER_SCAN_ROWS
from desktop.services.list_columns import FileColumns, SheetColumns, check_choice, describe_head
from desktop.services.mapping_profiles import all_profiles, delete_profile, load_profile, save_profile
from desktop.services.workspace import Workspace
from desktop.ui.errors import error_message

NO_PROFILE = ""


class MappingPage(QWidget):
    back = Signal()
    preview_requested = Signal()
    problem = Signal(str)  # a DomainError's message for the wizard's message line ("" clears it)
    failed = Signal(object)  # bugs only

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.columns: FileColumns | None = None
        self.mapping: dict[str, str] = {}  # header -> field ("" = not imported)
        self.combos: dict[str, QComboBox] = {}  # header -> its combo on the sheet shown
        self.profile_name: str | None = None  # the saved profile in force (recorded with the batch)
        self.profiles: list[str] = []  # the saved profiles' names, newest first
        self.header_rows: dict[str, int] = {}  # header rows the officer chose, by sheet

        self.sheets_label = QLabel()
        self.sheets_label.setObjectName("mappingSheets")
        self.sheets_label.setWordWrap(True)
        self.found_label = QLabel()
        self.found_label.setObjectName("mappingFound")
        self.found_label.setWordWrap(True)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("mappingSheet")
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._show_sheet())
        sheet_label = QLabel(self.tr("工作表(&W)："))
        sheet_label.setBuddy(self.sheet_combo)
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("headerRow")
        self.header_spin.setRange(1, HEADER_SCAN_ROWS)
        self.header_spin.valueChanged.connect(self._header_row_changed)
        header_label = QLabel(self.tr("表头行(&H)："))
        header_label.setBuddy(self.header_spin)
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("mappingProfile")
        self.profile_combo.activated.connect(lambda _i: self.apply_profile(self.profile_combo.currentData()))
        self.profile_combo.currentIndexChanged.connect(lambda _i: self._profile_shown())
        profile_label = QLabel(self.tr("套用方案(&P)："))
        profile_label.setBuddy(self.profile_combo)
        self.delete_button = QPushButton(self.tr("删除方案"))
        self.delete_button.setObjectName("deleteProfile")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(lambda: self.delete_profile(self.profile_combo.currentData()))
        top = QHBoxLayout()
        top.addWidget(sheet_label)
        top.addWidget(self.sheet_combo, 1)
        top.addWidget(header_label)
        top.addWidget(self.header_spin)
        top.addSpacing(24)
        top.addWidget(profile_label)
        top.addWidget(self.profile_combo, 1)
        top.addWidget(self.delete_button)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.grid_host = QWidget()
        self.scroll_area.setWidget(self.grid_host)

        self.profile_edit = QLineEdit()
        self.profile_edit.setObjectName("profileName")
        self.profile_edit.setPlaceholderText(self.tr("方案名称，如：卫滨区市场监管局"))
        self.save_button = QPushButton(self.tr("保存为方案(&S)"))
        self.save_button.clicked.connect(lambda: self.save_profile(self.profile_edit.text().strip()))
        self.profile_edit.returnPressed.connect(self.save_button.click)
        back = QPushButton(self.tr("返回"))
        back.clicked.connect(self.back.emit)
        self.preview_button = QPushButton(self.tr("预览(&V)"))
        self.preview_button.setObjectName("mappingPreview")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview_requested.emit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.profile_edit, 1)
        bottom.addWidget(self.save_button)
        bottom.addSpacing(24)
        bottom.addWidget(back)
        bottom.addWidget(self.preview_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.sheets_label)
        layout.addWidget(self.found_label)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)

    # -- the step's operations ------------------------------------------------------------------

    def show_file(self, columns: FileColumns, profiles: list[str], chosen: str | None = None) -> None:
        """A file just read: its columns, the saved profiles, the profile the officer picked if any."""
        self.profiles, self.header_rows = profiles, {}
        self.profile_name = chosen or columns.profile_name
        self.set_columns(columns, profiles, chosen)

    def reset(self) -> None:
        self.columns, self.profile_name, self.header_rows = None, None, {}
        self.mapping = {}
        self.profile_edit.clear()

    def _redescribe(self, profile: dict[str, str] | None) -> FileColumns | None:
        """The rows already read, described again (no second read of a file that may be huge)."""
        if self.columns is None or self.columns.head is None:
            return None
        try:
            return describe_head(self.ws, self.columns.head, profile, header_rows=self.header_rows)
        except DomainError as exc:
            self.problem.emit(error_message(exc))
        except Exception as exc:
            self.failed.emit(exc)
        return None

    def apply_profile(self, name: str) -> None:
        """A saved profile picked, or "" for the headers alone."""
        self.problem.emit("")
        try:
            profile = load_profile(self.ws, name) if name else None
        except DomainError as exc:
            self.problem.emit(error_message(exc))
            return
        self.header_rows = {}
        columns = self._redescribe(profile)
        if columns is not None:
            self.profile_name = name or columns.profile_name
            self.set_columns(columns, self.profiles, name or None)

    def change_header_row(self, sheet: str, row: int) -> None:
        """The officer moved a sheet's header row (fields chosen for headers that stay are kept)."""
        self.header_rows[sheet] = row
        columns = self._redescribe(self.mapping or None)
        if columns is not None:
            self.set_columns(columns, self.profiles)

    def save_profile(self, name: str) -> None:
        self.problem.emit("")
        try:
            if self.columns is not None:
                check_choice(self.columns, self.mapping)
            save_profile(self.ws, name, self.mapping)
            self.profiles = list(all_profiles(self.ws))
        except DomainError as exc:
            self.problem.emit(error_message(exc))
            return
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.profile_name = name
        self._fill_profiles(name)
        self.found_label.setText(self.tr("已保存列对应方案“%1”。").replace("%1", name))
        self.found_label.setStyleSheet("color: gray;")

    def delete_profile(self, name: str) -> None:
        """Forget a saved profile (after a question); the rows read are described without it."""
        if not name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除方案"),
            self.tr("删除列对应方案“%1”？以后的文件不再按它识别。").replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.problem.emit("")
        try:
            delete_profile(self.ws, name)
            self.profiles = list(all_profiles(self.ws))
        except DomainError as exc:
            self.problem.emit(error_message(exc))
            return
        except Exception as exc:
            self.failed.emit(exc)
            return
        if self.profile_edit.text().strip() == name:
            self.profile_edit.clear()
        self.header_rows = {}
        columns = self._redescribe(None)
        if columns is not None:
            self.profile_name = columns.profile_name
            self.set_columns(columns, self.profiles)

    # -- showing ----------------------------------------------------------------------------------

    def set_columns(self, columns: FileColumns, profiles: list[str], chosen: str | None = None) -> None:
        """Show a file's columns with their suggested fields (the mapping in force is reset to them)."""
        self.columns = columns
        self.mapping = columns.mapping()
        self.sheets_label.setText(
            self.tr("工作表：") + "；".join(self._sheet_text(s) for s in columns.sheets)
        )
        if chosen:
            found, colour = self.tr("已套用方案“%1”。").replace("%1", chosen), "gray"
        elif columns.profile_name:
            found = self.tr("按已保存的方案“%1”识别了各列。").replace("%1", columns.profile_name)
            colour = "gray"
        elif columns.recognised:
            found, colour = self.tr("已按常用表头识别各列；如有不对，请在下面更改。"), "gray"
        else:
            found = self.tr("没有认出“统一社会信用代码”列：请在下面为代码列选择“统一社会信用代码”。")
            colour = "#b00020"
        self.found_label.setText(found)
        self.found_label.setStyleSheet(f"color: {colour};")
        self.profiles = profiles
        self._fill_profiles(chosen or columns.profile_name or NO_PROFILE)
        if not self.profile_edit.text().strip():
            self.profile_edit.setText(chosen or columns.profile_name or "")
        shown_sheet = self.sheet_combo.currentData()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in columns.sheets:
            if sheet.header_row is not None:
                self.sheet_combo.addItem(sheet.name, sheet.name)
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(shown_sheet), 0))
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setEnabled(self.sheet_combo.count() > 1)
        self._show_sheet()

    def _fill_profiles(self, shown: str) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("（按表头自动识别）"), NO_PROFILE)
        for name in self.profiles:
            self.profile_combo.addItem(name, name)
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(shown), 0))
        self.profile_combo.blockSignals(False)
        self._profile_shown()

    def _sheet_text(self, sheet: SheetColumns) -> str:
        if sheet.header_row is None:
            return self.tr("%1（没有企业表格）").replace("%1", sheet.name)
        return self.tr("%1（表头在第 %2 行）").replace("%1", sheet.name).replace("%2", str(sheet.header_row))

    def sheet(self) -> SheetColumns | None:
        name = self.sheet_combo.currentData()
        return next((s for s in self.columns.sheets if s.name == name), None) if self.columns else None

    def _show_sheet(self) -> None:
        host = QWidget()
        grid = QGridLayout(host)
        for col, title in enumerate((self.tr("列"), self.tr("表头"), self.tr("示例"), self.tr("导入为"))):
            label = QLabel(f"<b>{title}</b>")
            grid.addWidget(label, 0, col)
        self.combos = {}
        sheet = self.sheet()
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(sheet.header_row or 1 if sheet else 1)
        self.header_spin.setEnabled(sheet is not None)
        self.header_spin.blockSignals(False)
        for row, column in enumerate(sheet.columns if sheet else [], start=1):
            grid.addWidget(QLabel(column.letter), row, 0)
            grid.addWidget(QLabel(column.header or self.tr("（无表头）")), row, 1)
            sample = QLabel("，".join(v for v in column.samples if v))
            sample.setStyleSheet("color: gray;")
            grid.addWidget(sample, row, 2)
            combo = self._field_combo(column.header)
            grid.addWidget(combo, row, 3)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.combos) + 1, 1)
        self.scroll_area.setWidget(host)  # the old grid is deleted with its widget
        host.show()  # added to a visible scroll area: not shown by itself
        self.grid_host = host

    def _field_combo(self, header: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("不导入"), "")
        labels = self._field_labels()
        for name, label in FIELD_LABELS.items():
            combo.addItem(labels.get(name, label), name)
        if not header:  # a profile is keyed by header text: a column without one cannot be mapped
            combo.setEnabled(False)
            return combo
        combo.setObjectName(f"field:{header}")
        combo.setCurrentIndex(max(combo.findData(self.mapping.get(header, "")), 0))
        combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self._changed(h, c))
        self.combos[header] = combo
        return combo

    def _field_labels(self) -> dict[str, str]:
        # The list's own words (FIELD_LABELS), as literals so lupdate finds them for the English UI.
        return {
            "uscc": self.tr("统一社会信用代码"),
            "name": self.tr("企业名称"),
            "legal_rep": self.tr("法定代表人（负责人）"),
            "entity_type": self.tr("市场主体类型"),
            "size": self.tr("企业规模"),
            "industry": self.tr("所属行业"),
            "county": self.tr("所属县（市、区）"),
            "address": self.tr("地址"),
            "founded": self.tr("成立日期"),
            "registered_capital": self.tr("注册资本"),
            "phone": self.tr("联系电话"),
            "basic_account_bank": self.tr("基本户开户行"),
            "banks_serving": self.tr("服务银行数"),
            "assigned_bank": self.tr("对接银行"),
            "assigned_branch": self.tr("对接支行"),
            "assigned_officer": self.tr("客户经理"),
        }

    def _profile_shown(self) -> None:
        self.delete_button.setEnabled(bool(self.profile_combo.currentData()))

    def _header_row_changed(self, row: int) -> None:
        sheet = self.sheet()
        if sheet is not None and row != sheet.header_row:
            self.change_header_row(sheet.name, row)

    def _changed(self, header: str, combo: QComboBox) -> None:
        self.mapping[header] = combo.currentData()
        if self.columns is not None and not self.columns.recognised:
            # The red "not recognised" line is out of date once the officer has picked the code column.
            picked = "uscc" in self.mapping.values()
            self.found_label.setText(
                self.tr("已指定代码列；核对其他各列后点“预览”。")
                if picked
                else self.tr("没有认出“统一社会信用代码”列：请在下面为代码列选择“统一社会信用代码”。")
            )
            self.found_label.setStyleSheet("color: gray;" if picked else "color: #b00020;")

    def set_field(self, header: str, field_name: str) -> None:
        """Choose a column's field as the officer would (used by tests and the screenshot tool)."""
        combo = self.combos[header]
        combo.setCurrentIndex(combo.findData(field_name))

    def focus_first_combo(self) -> None:
        """Recognised: the preview button; else the combo of the column that looks like codes."""
        sheet = self.sheet()
        if not self.columns or self.columns.recognised or sheet is None:
            self.preview_button.setFocus()
            return
        likely = [c.header for c in sheet.columns if c.looks_like_code and c.header in self.combos]
        target = self.combos.get(likely[0]) if likely else next(iter(self.combos.values()), None)
        if target is not None:
            target.setFocus()
