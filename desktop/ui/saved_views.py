"""Saved views of the firm table: a name for a set of filters, e.g. 我的待对接 (my firms still to contact)
or 211 逾期 (firms with a 211 step past its deadline). Two are built in; the officer saves more
(``ui.ini``, ``firms/views``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings


@dataclass(frozen=True)
class Filters:
    """What the firm table's filter bar shows (codes, not labels: a view works in either language)."""

    search: str = ""
    stage: str | None = None
    county: str | None = None
    entity_type: str | None = None
    on_list: bool | None = None
    mine: bool = False
    overdue: bool = False

    @property
    def empty(self) -> bool:
        return self == Filters()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> Filters:
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        try:
            return cls(**values)
        except TypeError:
            return cls()


@dataclass(frozen=True)
class SavedView:
    name: str
    filters: Filters
    built_in: bool = False


def built_in_views() -> list[SavedView]:
    return [
        SavedView(
            QCoreApplication.translate("SavedViews", "我的待对接"),
            Filters(stage="listed", mine=True),
            built_in=True,
        ),
        SavedView(QCoreApplication.translate("SavedViews", "211 逾期"), Filters(overdue=True), built_in=True),
        SavedView(
            QCoreApplication.translate("SavedViews", "我的培植中"),
            Filters(stage="cultivating", mine=True),
            built_in=True,
        ),
    ]


class SavedViews:
    """The built-in views and the officer's own, kept in the UI settings."""

    KEY = "firms/views"

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def own(self) -> list[SavedView]:
        raw = self.settings.value(self.KEY)
        try:
            entries = json.loads(str(raw)) if raw else []
        except ValueError:
            entries = []
        views = []
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and str(entry.get("name", "")).strip():
                views.append(SavedView(str(entry["name"]).strip(), Filters.from_json(entry.get("filters"))))
        return views

    def all(self) -> list[SavedView]:
        return built_in_views() + self.own()

    def save(self, name: str, filters: Filters) -> None:
        """Add a view (or replace the officer's view of that name)."""
        views = [v for v in self.own() if v.name != name.strip()] + [SavedView(name.strip(), filters)]
        self._write(views)

    def delete(self, name: str) -> None:
        self._write([v for v in self.own() if v.name != name])

    def _write(self, views: list[SavedView]) -> None:
        data = [{"name": v.name, "filters": v.filters.to_json()} for v in views]
        self.settings.setValue(self.KEY, json.dumps(data, ensure_ascii=False))
        self.settings.sync()
