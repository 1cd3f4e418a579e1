"""月度材料: a month's 宣传活动总结, 帮扶活动总结 (drafted from its activities, editable), 经验做法, the new
products and the typical cases, saved and exported as one .docx or .pdf (services/materials.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.activities import ACTIVITY_KINDS
from desktop.domain.errors import DomainError
from desktop.services.materials import MonthMaterials, export_materials, month_materials, set_material_text
from desktop.services.workspace import Workspace
from desktop.ui.errors import error_message
from desktop.ui.labels import vocab_label
from desktop.ui.models.records_model import RecordsModel, records_table


class MaterialsPanel(QWidget):
    failed = Signal(object)
    exported = Signal(object)  # the file written

    def __init__(self, ws: Workspace, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.materials: MonthMaterials | None = None
        now = today()
        self.month = QDateEdit(QDate(now.year, now.month, 1))
        self.month.setObjectName("materialsMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.counts = QLabel()
        self.counts.setObjectName("materialsCounts")
        self.counts.setWordWrap(True)
        self.texts = {s: QPlainTextEdit() for s in ("publicity", "mentoring", "experience")}
        for section, edit in self.texts.items():
            edit.setObjectName(f"materials_{section}")
        self.extras = RecordsModel([self.tr("栏目"), self.tr("内容")])
        self.save_button = QPushButton(self.tr("保存文字"))
        self.save_button.setObjectName("saveMaterials")
        self.save_button.clicked.connect(self.save)
        self.draft_button = QPushButton(self.tr("恢复系统草稿"))
        self.draft_button.clicked.connect(self.restore_drafts)
        self.export_button = QPushButton(self.tr("导出月度材料…"))
        self.export_button.setObjectName("exportMaterials")
        self.export_button.clicked.connect(self.choose_export)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份")))
        top.addWidget(self.month)
        top.addWidget(self.save_button)
        top.addWidget(self.draft_button)
        top.addWidget(self.export_button)
        top.addStretch(1)
        tabs = QTabWidget()
        tabs.addTab(self.texts["publicity"], self.tr("宣传活动总结"))
        tabs.addTab(self.texts["mentoring"], self.tr("帮扶活动总结"))
        tabs.addTab(self.texts["experience"], self.tr("经验做法"))
        tabs.addTab(records_table(self.extras, "materialsExtras"), self.tr("创新产品与典型案例"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.message)

    def month_key(self) -> str:
        value = self.month.date()
        return f"{value.year():04d}-{value.month():02d}"

    def refresh(self) -> None:
        try:
            m = self.materials = month_materials(self.ws, self.month_key())
        except DomainError as exc:
            self.failed.emit(exc)
            return
        lines = []
        for section, title in (("publicity", self.tr("宣传活动")), ("mentoring", self.tr("帮扶活动"))):
            s = m.summaries[section]
            kinds = "、".join(f"{vocab_label(ACTIVITY_KINDS, k)} {n}" for k, n in s.by_kind.items())
            lines.append(
                self.tr("%1：%2 场（%3），覆盖企业 %4 户")
                .replace("%1", title)
                .replace("%2", str(s.count))
                .replace("%3", kinds or "—")
                .replace("%4", str(s.firms_reached))
            )
        self.counts.setText("　".join(lines))
        for section, edit in self.texts.items():
            edit.setPlainText(m.text(section))
        rows = [(self.tr("创新产品"), p.name) for p in m.products]
        rows += [(self.tr("典型案例"), f"{c.title}：{c.text}") for c in m.cases]
        self.extras.set_rows(rows)
        self.message.clear()

    def save(self) -> None:
        """Save the sections whose text differs from what is stored (a draft left as it is stays a draft)."""
        m = self.materials
        if m is None:
            return
        try:
            for section, edit in self.texts.items():
                text = edit.toPlainText().strip()
                if text != m.text(section).strip():
                    set_material_text(
                        self.ws, m.month, section, "" if text == m.drafts.get(section, "").strip() else text
                    )
        except DomainError as exc:
            self.message.setText(error_message(exc))
            return
        self.refresh()
        self.message.setText(self.tr("已保存"))

    def restore_drafts(self) -> None:
        m = self.materials
        if m is None:
            return
        for section in self.texts:
            if section in m.texts:
                set_material_text(self.ws, m.month, section, "")
        self.refresh()

    def choose_export(self) -> None:
        default = Path.home() / f"首贷培植月度材料-{self.month_key()}.docx"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出月度材料"), str(default), self.tr("Word 文档 (*.docx);;PDF 文件 (*.pdf)")
        )
        if chosen:
            self.export(Path(chosen))

    def export(self, out: Path) -> Path | None:
        if out.suffix.lower() not in (".docx", ".pdf"):
            out = out.with_suffix(".docx")
        self.save()
        try:
            written = export_materials(self.ws, self.month_key(), out)
        except DomainError as exc:
            self.message.setText(error_message(exc))
            return None
        self.message.setText(self.tr("已导出到 %1").replace("%1", str(written)))
        self.exported.emit(written)
        return written
