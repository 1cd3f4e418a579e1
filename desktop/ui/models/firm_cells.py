"""The firm table's columns and how each cell reads, shared by the table and 导出当前视图 (so the file holds
exactly the texts on screen).

``FirmCells`` is built on the GUI thread, where the translations are looked up, and is then plain Python:
an export job calls it on a worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.services.firm_page import FirmFacts
from desktop.services.firms import SORT_COLUMNS, FirmSummary
from desktop.ui.formats import format_day, format_percent, format_wan
from desktop.ui.labels import entity_labels, label, stage_labels, ui_language, yes_no


@dataclass(frozen=True)
class Column:
    key: str
    width: int  # the default width in pixels at 100 % scaling
    shown: bool = True  # shown by default (the column chooser shows or hides the others)

    @property
    def sortable(self) -> bool:
        """Sorted through the firms service (FirmQuery.order_by); worked-out columns are not sortable."""
        return self.key in SORT_COLUMNS


# The default order: what an officer works from first (issue 21: name, code, county, stage, officer,
# next 211 deadline, last contact, completeness), then the list's other fields, hidden until chosen.
COLUMNS: tuple[Column, ...] = (
    Column("name", 156),
    Column("uscc", 138),
    Column("county", 58),
    Column("stage", 78),
    Column("officer", 52),
    Column("next_211", 100),
    Column("last_contact", 100),
    Column("completeness", 56),
    Column("entity_type", 90, shown=False),
    Column("on_list", 56, shown=False),
    Column("legal_rep", 80, shown=False),
    Column("founded", 100, shown=False),
    Column("capital", 110, shown=False),
    Column("address", 220, shown=False),
)
KEYS = tuple(c.key for c in COLUMNS)


def column_titles() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("FirmTable", "企业名称"),
        "uscc": QCoreApplication.translate("FirmTable", "统一社会信用代码"),
        "county": QCoreApplication.translate("FirmTable", "县区"),
        "stage": QCoreApplication.translate("FirmTable", "培育阶段"),
        "officer": QCoreApplication.translate("FirmTable", "客户经理"),
        "next_211": QCoreApplication.translate("FirmTable", "下一211时限"),
        "last_contact": QCoreApplication.translate("FirmTable", "最近联系"),
        "completeness": QCoreApplication.translate("FirmTable", "完整度"),
        "entity_type": QCoreApplication.translate("FirmTable", "主体类型"),
        "on_list": QCoreApplication.translate("FirmTable", "在名单"),
        "legal_rep": QCoreApplication.translate("FirmTable", "法定代表人"),
        "founded": QCoreApplication.translate("FirmTable", "成立日期"),
        "capital": QCoreApplication.translate("FirmTable", "注册资本（万元）"),
        "address": QCoreApplication.translate("FirmTable", "地址"),
    }


class FirmCells:
    """The texts of a row's cells in the UI's language, as of when it was made."""

    def __init__(self) -> None:
        self.language = ui_language()
        self.titles = column_titles()
        self.stages = stage_labels()
        self.entities = entity_labels()
        self.yes, self.no = yes_no(True), yes_no(False)
        self.overdue = QCoreApplication.translate("FirmTable", "逾期 %1")

    def text(self, firm: FirmSummary, facts: FirmFacts, key: str) -> str:
        if key == "next_211":
            day = format_day(facts.next_deadline, self.language)
            return self.overdue.replace("%1", day) if facts.overdue else day
        if key == "last_contact":
            return format_day(facts.last_contact, self.language)
        if key == "completeness":
            return format_percent(facts.completeness)
        if key == "on_list":
            return self.yes if firm.on_list else self.no
        value = {
            "name": firm.name,
            "uscc": firm.uscc,
            "county": firm.county,
            "stage": label(self.stages, firm.stage),
            "officer": firm.assigned_officer,
            "entity_type": label(self.entities, firm.entity_type),
            "legal_rep": firm.legal_rep,
            "founded": format_day(firm.founded, self.language),
            "capital": format_wan(firm.capital),
            "address": firm.address,
        }[key]
        return value or ""

    def row(self, firm: FirmSummary, facts: FirmFacts, keys: Sequence[str]) -> list[str]:
        return [self.text(firm, facts, key) for key in keys]
