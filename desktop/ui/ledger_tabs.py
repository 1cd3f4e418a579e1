"""台帐与报表's parts besides the rows: the editor of 存在的主要问题 and 备注 for the selected rows; what the month's ledger still lacks (each item going to the place that
fills it), what changed since its last export (of the same 口径), and the frozen copies of its exports."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.domain.ledger import MISSING_BANK, MISSING_UNIT, PROBLEMS, MissingItem
from desktop.domain.ledger_diff import LedgerDiff
from desktop.store.models import LedgerExport
from desktop.ui.labels import ui_language
from desktop.ui.models.records_model import RecordsModel, records_table


class NotesBar(QWidget):
    """A usual problem (the pick list) and free text, a remark, and the reason of a correction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pick = QComboBox()
        self.pick.setObjectName("problemPick")
        self.pick.addItem(self.tr("常见问题…"), None)
        english = ui_language() == "en"
        for term in PROBLEMS:
            self.pick.addItem(term.en if english else term.zh, term.code)
        self.note = QLineEdit()
        self.note.setObjectName("problemNote")
        self.note.setPlaceholderText(self.tr("存在的主要问题（未授信填写）：选常见问题或自由填写"))
        self.note_button = QPushButton(self.tr("填入所选企业"))
        self.note_button.setObjectName("saveProblemNote")
        self.remark = QLineEdit()
        self.remark.setObjectName("remarkNote")
        self.remark.setPlaceholderText(self.tr("备注"))
        self.remark_button = QPushButton(self.tr("保存备注"))
        self.remark_button.setObjectName("saveRemark")
        self.reason = QLineEdit()
        self.reason.setObjectName("noteReason")
        self.reason.setPlaceholderText(self.tr("更正原因（修改已填写的内容时）"))
        problem_bar = QHBoxLayout()
        problem_bar.addWidget(self.pick)
        problem_bar.addWidget(self.note, 2)
        problem_bar.addWidget(self.note_button)
        remark_bar = QHBoxLayout()
        remark_bar.addWidget(self.remark, 2)
        remark_bar.addWidget(self.reason, 1)
        remark_bar.addWidget(self.remark_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(problem_bar)
        layout.addLayout(remark_bar)


class MissingTab(QWidget):
    """What the template needs and the records lack, in words, with where to fill each (never a command)."""

    fix_requested = Signal(int)  # the item's row: go to where it is filled
    open_requested = Signal(int)  # the item's row: open the firm's dossier

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordsModel([self.tr("企业"), self.tr("栏目"), self.tr("问题"), self.tr("在哪里填写")])
        self.table = records_table(self.model, "ledgerProblems")
        self.table.doubleClicked.connect(lambda index: self.fix_requested.emit(index.row()))
        self.table.setToolTip(self.tr("双击一行前往填写"))
        self.fix_button = QPushButton(self.tr("去填写"))
        self.fix_button.setObjectName("fixMissing")
        self.fix_button.clicked.connect(lambda: self._request(self.fix_requested))
        self.open_button = QPushButton(self.tr("打开企业档案"))
        self.open_button.clicked.connect(lambda: self._request(self.open_requested))
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)

    def _request(self, signal: SignalInstance) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows:
            signal.emit(rows[0])

    def show_missing(self, missing: list[MissingItem]) -> None:
        self.model.set_rows(
            [(m.name, self._column(m), m.message.text(ui_language()), self._where(m)) for m in missing]
        )

    def _column(self, item: MissingItem) -> str:
        if item.code == MISSING_UNIT:
            return self.tr("填报单位")
        if item.code == MISSING_BANK:
            return self.tr("对接银行")
        return self.tr("存在的主要问题")

    def _where(self, item: MissingItem) -> str:
        if item.code == MISSING_UNIT:
            return self.tr("上方“填报单位”，或 设置 → 用户资料")
        if item.code == MISSING_BANK:
            return self.tr("上方“对接银行”，或 设置 → 用户资料")
        return self.tr("台帐页下方“存在的主要问题”（或该企业的一企一策诊断）")


class ChangesTab(QWidget):
    """Added, removed and changed rows against the last export, before exporting again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("changesSummary")
        self.model = RecordsModel(
            [self.tr("变化"), self.tr("企业"), self.tr("栏目"), self.tr("上次导出"), self.tr("现在")]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(records_table(self.model, "ledgerChanges"), 1)

    def show_changes(self, previous_at: str | None, diff: LedgerDiff | None) -> None:
        if previous_at is None or diff is None:
            self.label.setText(self.tr("本月（此口径）尚未导出过"))
            self.model.set_rows([])
            return
        rows: list[tuple[object, ...]] = [
            (self.tr("新增"), r["对接企业名称"], "", "", "") for r in diff.added
        ]
        rows += [(self.tr("删除"), r["对接企业名称"], "", "", "") for r in diff.removed]
        rows += [
            (self.tr("变更"), c.name, col, a, b) for c in diff.changed for col, (a, b) in c.fields.items()
        ]
        self.model.set_rows(rows)
        summary = (
            self.tr("与上次导出（%1 UTC）相比没有变化")
            if diff.empty
            else self.tr("与上次导出（%1 UTC）相比：新增 %2 户，删除 %3 户，变更 %4 户")
        )
        self.label.setText(
            summary.replace("%1", previous_at.replace("T", " ")[:16])
            .replace("%2", str(len(diff.added)))
            .replace("%3", str(len(diff.removed)))
            .replace("%4", str(len(diff.changed)))
        )


class ExportsTab(QWidget):
    """The frozen copies of the month's exports, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordsModel(
            [
                self.tr("导出时间（UTC）"),
                self.tr("口径"),
                self.tr("户数"),
                self.tr("导出人"),
                self.tr("文件"),
                "SHA-256",
            ]
        )
        QVBoxLayout(self).addWidget(records_table(self.model, "ledgerHistory"), 1)

    def show_exports(self, exports: list[LedgerExport]) -> None:
        self.model.set_rows(
            [
                (e.exported_at.strftime("%Y-%m-%d %H:%M"), self._basis(e.basis), e.row_count, e.actor, e.file_name,
                 e.file_hash[:16] + "…")
                for e in reversed(exports)
            ]
        )  # fmt: skip

    def _basis(self, basis: str) -> str:
        return self.tr("累计") if basis == "cumulative" else self.tr("当月")
