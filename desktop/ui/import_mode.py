"""The wizard's choice between a full new edition of a list and a supplement of new firms (issue 20 item
1: 存量 + 新增), with the app's guess and why, and the question a full import that takes many firms off
the list asks before it is applied."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import is_english
from desktop.services.list_import import ImportReport
from desktop.ui.errors import ui_language


class ModeChoice(QWidget):
    """Two choices, "full" and "supplement"; ``changed`` when the officer picks the other one."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = QRadioButton(self.tr("完整新版名单：不在这份文件中的企业移出本名单"))
        self.full.setObjectName("modeFull")
        self.supplement = QRadioButton(self.tr("新增补充名单：只新增和更新企业，不移出任何企业"))
        self.supplement.setObjectName("modeSupplement")
        self.group = QButtonGroup(self)
        self.group.addButton(self.full)
        self.group.addButton(self.supplement)
        self.full.setChecked(True)
        self.guess = QLabel()
        self.guess.setObjectName("modeGuess")
        self.guess.setWordWrap(True)
        self.guess.setStyleSheet("color: #8a5a00;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.full)
        buttons.addWidget(self.supplement)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.guess)
        self.supplement.toggled.connect(self._toggled)

    def _toggled(self, _on: bool) -> None:
        self.changed.emit(self.mode)

    @property
    def mode(self) -> str:
        return "supplement" if self.supplement.isChecked() else "full"

    def set_mode(self, mode: str) -> None:
        """Select ``mode`` without telling (the wizard sets its own guess)."""
        self.blockSignals(True)
        (self.supplement if mode == "supplement" else self.full).setChecked(True)
        self.blockSignals(False)

    def show_guess(self, report: ImportReport) -> None:
        """What the app makes of the file, in a sentence, when it thinks it is a supplement."""
        if report.suggested_mode != "supplement":
            self.guess.clear()
            return
        if report.mode == "supplement":
            text = self.tr(
                "这份文件看起来是新增补充名单（%1 家企业，本名单现有 %2 家，或标题含“新增/补充”），已选“新增补充名单”。"
                "如果它是完整的新版名单，请改选上面的第一项。"
            )
        else:
            text = self.tr(
                "这份文件看起来是新增补充名单（%1 家企业，本名单现有 %2 家，或标题含“新增/补充”）。现按完整新版名单预览："
                "不在文件中的企业将移出本名单。"
            )
        self.guess.setText(
            text.replace("%1", str(report.new + report.updated + report.unchanged)).replace(
                "%2", str(report.members_before)
            )
        )


def confirm_removals(parent: QWidget, report: ImportReport) -> bool:
    """Ask before a full import that needs it (many firms leave the list, or the file looks cut off)."""
    english = is_english(ui_language())
    answer = QMessageBox.question(
        parent,
        parent.tr("确认移出企业"),
        parent.tr(
            "%1。\n\n确定按完整新版名单导入吗？（企业档案和走访记录都会保留，可以撤销本次导入）"
        ).replace("%1", report.confirmation_text(english)),
    )
    return answer == QMessageBox.StandardButton.Yes
