"""A list of one kind of record in the firm pane with its corrections: 修改 and 作废 as buttons and on
right-click. A voided record stays in the list, struck through and grey, its reason in the tooltip."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

AnyIndex = QModelIndex | QPersistentModelIndex
_GREY = QBrush(QColor("#8a8f98"))


def is_voided(record: Any) -> bool:
    return getattr(record, "voided_at", None) is not None


class RecordsTableModel(QAbstractTableModel):
    """Formatted rows, each with the record it shows (``record_at``)."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []
        self._records: list[Any] = []

    def set_rows(self, records: Sequence[Any], rows: Sequence[Sequence[object]]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._rows = [["" if v is None else str(v) for v in row] for row in rows]
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self.endResetModel()

    def record_at(self, row: int) -> Any:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else None
        if role == Qt.ItemDataRole.FontRole and is_voided(record):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and is_voided(record):
            return _GREY
        if role == Qt.ItemDataRole.ToolTipRole:
            if is_voided(record):
                return self.tr("已作废：%1").replace("%1", str(record.void_reason or ""))
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else None
        return None


class RecordList(QWidget):
    """A titled table with 新增 (optional), 修改 and 作废; ``editable(record)`` says what can be corrected."""

    add_requested = Signal()
    edit_requested = Signal(object)
    void_requested = Signal(object)

    def __init__(
        self,
        title: str,
        headers: Sequence[str],
        name: str,
        *,
        add_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = RecordsTableModel(headers, self)
        self.table = QTableView()
        self.table.setObjectName(name)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda *_: self._edit())
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"{name}Add")
        self.add_button.setVisible(bool(add_text))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("修改"))
        self.edit_button.setObjectName(f"{name}Edit")
        self.edit_button.clicked.connect(self._edit)
        self.void_button = QPushButton(self.tr("作废"))
        self.void_button.setObjectName(f"{name}Void")
        self.void_button.clicked.connect(self._void)
        self.can_edit = True
        # Which records can be corrected at all (e.g. only hand moves among stage changes).
        self.editable: Callable[[Any], bool] = lambda record: True
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(title)
        self.bar.addWidget(self.title, 1)
        for button in (self.add_button, self.edit_button, self.void_button):
            self.bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def set_records(self, records: Sequence[Any], rows: Sequence[Sequence[object]]) -> None:
        self.model.set_rows(records, rows)
        self._update_buttons()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def _correctable(self) -> Any:
        record = self.selected()
        return record if record is not None and not is_voided(record) and self.editable(record) else None

    def _update_buttons(self) -> None:
        record = self._correctable()
        self.edit_button.setEnabled(record is not None and self.can_edit)
        self.void_button.setEnabled(record is not None)

    def _edit(self) -> None:
        record = self._correctable()
        if record is not None and self.can_edit:
            self.edit_requested.emit(record)

    def _void(self) -> None:
        record = self._correctable()
        if record is not None:
            self.void_requested.emit(record)

    def _menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        edit = QAction(self.tr("修改…"), menu)
        edit.setEnabled(self.edit_button.isEnabled())
        edit.triggered.connect(self._edit)
        void = QAction(self.tr("作废…"), menu)
        void.setEnabled(self.void_button.isEnabled())
        void.triggered.connect(self._void)
        menu.addAction(edit)
        menu.addAction(void)
        self.context_menu = menu  # kept for tests
        menu.popup(self.table.viewport().mapToGlobal(pos))
