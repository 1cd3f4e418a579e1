"""历史: the firm's stage changes (a hand move can be corrected or voided; a derived one is corrected through
the record that caused it) and its audit trail as sentences in the UI's language, never raw codes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.reports.dossier_data import DossierData
from desktop.services.audit_trail import entry_text
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.stage_dialog import StageEditDialog
from desktop.ui.dialogs.void_dialog import VoidDialog
from desktop.ui.errors import ui_language
from desktop.ui.firm.record_list import RecordList
from desktop.ui.labels import label, stage_labels
from desktop.ui.models.records_model import RecordsModel, records_table


def cause_labels() -> dict[str, str]:
    return {
        "visit": QCoreApplication.translate("history", "走访"),
        "demand": QCoreApplication.translate("history", "融资需求"),
        "plan": QCoreApplication.translate("history", "培植方案"),
        "credit": QCoreApplication.translate("history", "授信"),
        "loan": QCoreApplication.translate("history", "放款"),
        "hand": QCoreApplication.translate("history", "手工调整"),
        "correction": QCoreApplication.translate("history", "更正"),
        "import": QCoreApplication.translate("history", "名单导入"),
        "demo": QCoreApplication.translate("history", "演示"),
    }


class HistoryTab(QWidget):
    def __init__(
        self, ws: Workspace, open_dialog: Callable[[FormDialog], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.uscc = ""
        self.stages = RecordList("", [], "stagesTable")
        self.stages.title.setText(self.tr("阶段变化（手工调整可修改或作废）"))
        self.stages.model.set_headers(
            [self.tr("日期"), self.tr("原阶段"), self.tr("新阶段"), self.tr("原因类别"), self.tr("说明")]
        )
        self.stages.editable = lambda move: move.cause == "hand"
        self.stages.edit_requested.connect(lambda m: open_dialog(StageEditDialog(ws, self.uscc, m, self)))
        self.stages.void_requested.connect(lambda m: open_dialog(VoidDialog(ws, self.uscc, "stage", m, self)))
        self.audit_model = RecordsModel([self.tr("时间"), self.tr("操作人"), self.tr("事项")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.stages, 1)
        layout.addWidget(QLabel(self.tr("操作日志")))
        layout.addWidget(records_table(self.audit_model, "auditTable"), 1)

    def clear(self) -> None:
        self.uscc = ""
        self.stages.set_records([], [])
        self.audit_model.set_rows([])

    def load(self, d: DossierData) -> None:
        self.uscc = d.firm.uscc
        stages, causes = stage_labels(), cause_labels()
        moves = list(reversed(d.stages))
        self.stages.set_records(
            moves,
            [
                (
                    m.on.isoformat(),
                    label(stages, m.from_stage),
                    label(stages, m.to_stage),
                    label(causes, m.cause),
                    m.reason,
                )
                for m in moves
            ],
        )
        language = ui_language()
        self.audit_model.set_rows(
            [
                (a.at.astimezone().strftime("%Y-%m-%d %H:%M"), a.actor, entry_text(a, language))
                for a in d.audit
            ]
        )
