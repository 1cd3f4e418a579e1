"""The detail pane of the firm screen: the firm's whole record, kept here — the dossier form, its contacts,
banks and attachments, the plan editor, the work records with their corrections, the history in words —
and the quick actions. After a change the pane reloads the firm, says what else happened (stage move,
warnings such as 垒小户) and emits ``changed``. Leaving a form with unsaved changes asks first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import in_language
from desktop.services.firm_detail import FirmDetail, load_firm_detail
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.demand_steps import DemandStepsPanel
from desktop.ui.dialogs.credit_dialog import CreditDialog
from desktop.ui.dialogs.demand_dialog import DemandDialog
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.loan_dialog import LoanDialog
from desktop.ui.dialogs.print_dossier import DossierPrinter
from desktop.ui.dialogs.stage_dialog import StageDialog
from desktop.ui.dialogs.task_done_dialog import TaskDoneDialog
from desktop.ui.dialogs.visit_dialog import VisitDialog
from desktop.ui.errors import ui_language
from desktop.ui.firm.dossier_editor import DossierEditor
from desktop.ui.firm.dossier_lists import DossierLists
from desktop.ui.firm.history_tab import HistoryTab
from desktop.ui.firm.plan_editor import PlanEditor
from desktop.ui.firm.record_list import RecordsTableModel
from desktop.ui.firm.work_tab import MoneyTab, VisitsTab
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.labels import label, stage_labels


class FirmDetailPane(QWidget):
    failed = Signal(object)
    changed = Signal(str)  # the uscc of a firm an action changed

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.detail: FirmDetail | None = None
        self.dialog: FormDialog | None = None
        self.printer: DossierPrinter | None = None
        self.title = QLabel(self.tr("在左侧选择一家企业"))
        self.title.setObjectName("firmTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self._actions()
        # What the last action also did (stage move, warnings): shown until another firm is opened.
        self.notice = QLabel()
        self.notice.setObjectName("actionNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5300;")
        self.notice.hide()
        self._tabs()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self._enable_actions(False)

    def _actions(self) -> None:
        ws, today = self.ws, self.today
        self.actions_bar = FlowLayout()  # wraps on a narrow pane (1366 wide, English labels)
        self.visit_button = QPushButton(self.tr("记录走访"))
        self.demand_button = QPushButton(self.tr("登记需求"))
        self.credit_button = QPushButton(self.tr("记录授信"))
        self.loan_button = QPushButton(self.tr("记录放款"))
        self.stage_button = QPushButton(self.tr("调整阶段"))
        self.print_button = QPushButton(self.tr("打印档案"))
        self.action_buttons = [
            self.visit_button,
            self.demand_button,
            self.credit_button,
            self.loan_button,
            self.stage_button,
            self.print_button,
        ]
        self.visit_button.clicked.connect(lambda: self._open(VisitDialog(ws, self._uscc(), today(), self)))
        self.demand_button.clicked.connect(lambda: self._open(DemandDialog(ws, self._uscc(), today(), self)))
        self.credit_button.clicked.connect(lambda: self._open(CreditDialog(ws, self._uscc(), today(), self)))
        self.loan_button.clicked.connect(lambda: self._open(LoanDialog(ws, self._uscc(), today(), self)))
        self.stage_button.clicked.connect(self._stage)
        self.print_button.clicked.connect(lambda: self._print(plan_only=False))
        for button in self.action_buttons:
            self.actions_bar.addWidget(button)

    def _tabs(self) -> None:
        self.editor = DossierEditor(self.ws, self.today, self)
        self.editor.saved.connect(self._saved)
        self.lists = DossierLists(self.ws, self._open, self)
        self.lists.failed.connect(self.failed)
        self.lists.changed.connect(self._reload)
        dossier = QTabWidget()
        dossier.setObjectName("dossierTabs")
        dossier.addTab(self.editor, self.tr("资料"))
        dossier.addTab(self.lists, self.tr("联系人·银行·附件"))
        self.dossier_tabs = dossier
        self.plan = PlanEditor(self.ws, self.today, self)
        self.plan.saved.connect(self._saved)
        self.plan.task_done_requested.connect(self._task_done)
        self.plan.print_requested.connect(lambda: self._print(plan_only=True))
        self.visits = VisitsTab(self.ws, self.today, self._open, self)
        self.money = MoneyTab(self.ws, self.today, self._open, self)
        self.history = HistoryTab(self.ws, self._open, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(dossier, self.tr("档案"))
        self.tabs.addTab(self.plan, self.tr("一企一策"))
        self.tabs.addTab(self.visits, self.tr("走访记录"))
        self.tabs.addTab(self.money, self.tr("融资需求与授信"))
        self.tabs.addTab(self.history, self.tr("历史"))

    # The tables the other screens and the tests read.
    @property
    def visits_model(self) -> RecordsTableModel:
        return self.visits.model

    @property
    def demands_model(self) -> RecordsTableModel:
        return self.money.demands.model

    @property
    def demands_table(self) -> QTableView:
        return self.money.demands.table

    @property
    def steps_panel(self) -> DemandStepsPanel:
        return self.money.steps_panel

    @property
    def stages_model(self) -> RecordsTableModel:
        return self.history.stages.model

    def _uscc(self) -> str:
        assert self.detail is not None  # the buttons are enabled only while a firm is shown
        return self.detail.firm.uscc

    def _stage(self) -> None:
        assert self.detail is not None
        d = self.detail
        self._open(StageDialog(self.ws, d.firm.uscc, d.firm.stage, self.today(), self, loans=d.loans))

    def _task_done(self, task_id: int, title: str) -> None:
        self._open(TaskDoneDialog(self.ws, self._uscc(), task_id, title, self.today(), self))

    def _open(self, dialog: FormDialog) -> None:
        """Window-modal and non-blocking; on OK the firm is reloaded and the table told."""
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._done(dialog))
        dialog.open()

    def _print(self, *, plan_only: bool) -> None:
        assert self.detail is not None
        firm = self.detail.firm
        self.printer = DossierPrinter(self.ws, firm.uscc, firm.name, self.today(), self, plan_only=plan_only)
        self.printer.failed.connect(self.failed)
        self.printer.printed.connect(lambda _path: self._reload(firm.uscc))  # the history shows it
        self.printer.cancelled.connect(lambda: self._say(self.tr("已取消打印，没有生成文件")))
        self.printer.start()

    def _done(self, dialog: FormDialog) -> None:
        outcome = dialog.outcome
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None
        if outcome is not None:
            self._saved(outcome)

    def _saved(self, outcome: Outcome) -> None:
        uscc = outcome.uscc or self._uscc()
        self.changed.emit(uscc)  # first: the table's refresh may clear the selection and pane
        self._reload(uscc)
        self._tell(outcome)

    def _reload(self, uscc: str) -> None:
        self._show(uscc)

    def _tell(self, outcome: Outcome) -> None:
        lines: list[str] = []
        if outcome.stage_move is not None:
            stages = stage_labels()
            lines.append(
                self.tr("阶段已从“%1”调整为“%2”")
                .replace("%1", label(stages, outcome.stage_move.from_stage))
                .replace("%2", label(stages, outcome.stage_move.to_stage))
            )
        # The service's own words (e.g. 垒小户 warnings), in the UI's language.
        lines += [in_language(warning, ui_language()) for warning in outcome.warnings]
        self._say("\n".join(lines))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def unsaved(self) -> bool:
        return self.editor.is_dirty() or self.plan.is_dirty()

    def confirm_leave(self) -> bool:
        """Unsaved changes in the dossier form or the plan: save them, discard them, or stay."""
        if self.detail is None or not self.unsaved():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("尚未保存"),
            self.tr("“%1”的档案或培植方案有未保存的修改。保存吗？").replace("%1", self.detail.firm.name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            saved = (not self.editor.is_dirty() or self.editor.save()) and (
                not self.plan.is_dirty() or self.plan.save()
            )
            if not saved:
                self.tabs.setCurrentIndex(0 if self.editor.is_dirty() else 1)
            return saved
        return True

    def show_firm(self, uscc: str | None) -> None:
        """Show another firm (or none); unsaved changes are asked about first, and kept if the officer stays."""
        if self.detail is not None and self.detail.firm.uscc != uscc and not self.confirm_leave():
            return
        if self.detail is None or self.detail.firm.uscc != uscc:
            self.notice.hide()
        self._show(uscc)

    def _show(self, uscc: str | None) -> None:
        if not uscc:
            self.detail = None
            self._enable_actions(False)
            self.title.setText(self.tr("在左侧选择一家企业"))
            for part in (self.editor, self.lists, self.plan, self.money, self.history):
                part.clear()
            self.visits.set_records([], [])
            return
        try:
            detail = load_firm_detail(self.ws, uscc, self.today())
        except Exception as exc:  # shown by the window as a clear message
            self.failed.emit(exc)
            return
        self.detail = detail
        stages = stage_labels()
        self.title.setText(f"{detail.firm.name}　{detail.firm.uscc}　[{label(stages, detail.firm.stage)}]")
        self.editor.load(detail)
        self.lists.load(detail)
        self.plan.load(detail.firm.uscc)
        self.visits.load(detail)
        self.money.load(detail)
        self.history.load(detail)
        self._enable_actions(True)

    def _enable_actions(self, on: bool) -> None:
        for button in self.action_buttons:
            button.setEnabled(on)
        for widget in (self.editor, self.lists, self.plan, self.visits, self.money, self.history):
            widget.setEnabled(on)
