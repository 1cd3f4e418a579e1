"""A small read-only table of already formatted rows (the detail pane's visits, demands, history)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHeaderView, QTableView

AnyIndex = QModelIndex | QPersistentModelIndex


class RecordsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []
        # (row, column) -> role -> value: colours and fonts of single cells (overdue rows, links)
        self._styles: dict[tuple[int, int], dict[int, Any]] = {}

    def set_rows(self, rows: Sequence[Sequence[object]]) -> None:
        self.beginResetModel()
        self._rows = [["" if v is None else str(v) for v in row] for row in rows]
        self._styles.clear()
        self.endResetModel()

    def set_style(
        self, row: int, column: int, *, foreground: QBrush | None = None, font: QFont | None = None
    ) -> None:
        roles = self._styles.setdefault((row, column), {})
        if foreground is not None:
            roles[Qt.ItemDataRole.ForegroundRole] = foreground
        if font is not None:
            roles[Qt.ItemDataRole.FontRole] = font
        index = self.index(row, column)
        self.dataChanged.emit(index, index, list(roles))

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self._headers) - 1))

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
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            return self._styles.get((index.row(), index.column()), {}).get(role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()] if index.row() < len(self._rows) else None
        if row is None or index.column() >= len(row):
            return None
        return row[index.column()]


def records_table(model: RecordsModel, name: str) -> QTableView:
    """A read-only, row-selecting view of ``model`` sized to its contents."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def stretch_column(view: QTableView, column: int) -> None:
    """Give ``column`` (a long text: elided, whole in its tooltip) the width the others leave, so the
    columns after it stay on screen at 1366×768."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
