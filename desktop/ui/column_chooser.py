"""Columns as in a spreadsheet: right-click the header to show or hide a column, drag to reorder, drag the
edge to resize; all three are remembered (``ui.ini``, by column key, so a new version's new column takes
its default place instead of scrambling the officer's layout).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from desktop.ui.models.firm_cells import Column


class ColumnChooser(QObject):
    def __init__(
        self,
        table: QTableView,
        columns: Sequence[Column],
        titles: Callable[[], dict[str, str]],
        settings: QSettings,
        key: str = "firms/columns",
    ) -> None:
        super().__init__(table)
        self.table = table
        self.columns = list(columns)
        self.titles = titles
        self.settings = settings
        self.key = key
        self.menu: QMenu | None = None
        header = self.header
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.popup)
        self.restore()
        # Saved a moment after the last move or resize (a drag resizes many times).
        self._save_later = QTimer(self)
        self._save_later.setSingleShot(True)
        self._save_later.setInterval(300)
        self._save_later.timeout.connect(self.save)
        header.sectionMoved.connect(lambda *_: self._save_later.start())
        header.sectionResized.connect(lambda *_: self._save_later.start())

    @property
    def header(self) -> QHeaderView:
        return self.table.horizontalHeader()

    def keys_shown(self) -> list[str]:
        """The columns on screen, left to right (what 导出当前视图 writes)."""
        header = self.header
        order = sorted(range(len(self.columns)), key=header.visualIndex)
        return [self.columns[i].key for i in order if not header.isSectionHidden(i)]

    def width_of(self, key: str) -> int:
        return self.header.sectionSize(self._index(key))

    def is_shown(self, key: str) -> bool:
        return not self.header.isSectionHidden(self._index(key))

    def _index(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    def set_shown(self, key: str, shown: bool) -> None:
        if not shown and self.keys_shown() == [key]:
            return  # the last column stays
        self.header.setSectionHidden(self._index(key), not shown)
        self.save()

    def popup(self, at: QPoint) -> QMenu:
        """The header's right-click menu: one checkable entry per column, then 恢复默认列."""
        menu = QMenu(self.table)
        menu.setObjectName("columnChooser")
        titles = self.titles()
        for column in self.columns:
            action = QAction(titles[column.key], menu)
            action.setCheckable(True)
            action.setChecked(self.is_shown(column.key))
            action.setData(column.key)
            action.toggled.connect(lambda on, key=column.key: self.set_shown(key, on))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("恢复默认列"), self.reset)
        self.menu = menu
        menu.popup(self.header.mapToGlobal(at))
        return menu

    def reset(self) -> None:
        self.settings.remove(self.key)
        self._apply({})
        self.save()

    def restore(self) -> None:
        raw = self.settings.value(self.key)
        try:
            saved = json.loads(str(raw)) if raw else {}
        except ValueError:
            saved = {}
        self._apply(saved if isinstance(saved, dict) else {})

    def _apply(self, saved: dict[str, object]) -> None:
        header = self.header
        keys = [c.key for c in self.columns]
        listed = saved.get("order")
        order = [k for k in listed if k in keys] if isinstance(listed, list) else []
        order += [k for k in keys if k not in order]  # columns this layout did not know, at their place
        hidden = saved.get("hidden")
        widths = saved.get("widths") if isinstance(saved.get("widths"), dict) else {}
        assert isinstance(widths, dict)
        for visual, key in enumerate(order):
            header.moveSection(header.visualIndex(keys.index(key)), visual)
        for index, column in enumerate(self.columns):
            shown = column.key not in hidden if isinstance(hidden, list) else column.shown
            header.setSectionHidden(index, not shown)
            width = widths.get(column.key)
            header.resizeSection(index, int(width) if isinstance(width, int) and width > 20 else column.width)

    def save(self) -> None:
        header = self.header
        order = [self.columns[i].key for i in sorted(range(len(self.columns)), key=header.visualIndex)]
        state = {
            "order": order,
            "hidden": [c.key for i, c in enumerate(self.columns) if header.isSectionHidden(i)],
            "widths": {
                c.key: header.sectionSize(i) for i, c in enumerate(self.columns) if header.sectionSize(i)
            },
        }
        self.settings.setValue(self.key, json.dumps(state, ensure_ascii=False))
        self.settings.sync()
