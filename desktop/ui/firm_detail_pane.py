"""The detail pane of the firm screen: read-only tabs over one firm, and the quick actions.

Each quick action opens a dialog (desktop/ui/dialogs) over one service; after a change the pane reloads
the firm, says what else happened (stage move, warnings such as 垒大户) and emits ``changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import in_language
from desktop.domain.service211 import StepState
from desktop.domain.vocabulary import (
    CRITERIA,
    DECISIONS,
    DEMAND_CHANNELS,
    DIAGNOSES,
    GUARANTEE_KINDS,
    MEASURES,
    VISIT_MODES,
)
from desktop.services.firm_detail import FirmDetail, load_firm_detail
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.demand_steps import DemandStepsPanel, calendar_note
from desktop.ui.dialogs.credit_dialog import CreditDialog
from desktop.ui.dialogs.demand_dialog import DemandDialog
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.loan_dialog import LoanDialog
from desktop.ui.dialogs.print_dossier import DossierPrinter
from desktop.ui.dialogs.stage_dialog import StageDialog
from desktop.ui.dialogs.visit_dialog import VisitDialog
from desktop.ui.errors import ui_language
from desktop.ui.firm_programme_tab import FirmProgrammeTab
from desktop.ui.labels import (
    entity_labels,
    label,
    stage_labels,
    step_status_labels,
    vocab_label,
    vocab_list,
    yes_no,
)
from desktop.ui.models.records_model import RecordsModel, records_table


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class FirmDetailPane(QWidget):
    failed = Signal(object)
    changed = Signal(str)  # the uscc of a firm a quick action changed

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.detail: FirmDetail | None = None
        self.title = QLabel(self.tr("在左侧选择一家企业"))
        self.title.setObjectName("firmTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")

        self.actions_bar = QHBoxLayout()
        self.visit_button = QPushButton(self.tr("记录走访"))
        self.demand_button = QPushButton(self.tr("登记需求"))
        self.credit_button = QPushButton(self.tr("记录授信"))
        self.loan_button = QPushButton(self.tr("记录放款"))
        self.stage_button = QPushButton(self.tr("调整阶段"))
        self.print_button = QPushButton(self.tr("打印档案"))
        self.action_buttons: list[QPushButton] = [
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
        self.stage_button.clicked.connect(
            lambda: self._open(StageDialog(ws, self._uscc(), self._stage(), today(), self))
        )
        self.print_button.clicked.connect(self._print)
        self.printer: DossierPrinter | None = None
        for button in self.action_buttons:
            button.setEnabled(False)
            self.actions_bar.addWidget(button)
        self.actions_bar.addStretch(1)
        self.dialog: FormDialog | None = None
        # What the last action also did (stage move, warnings): shown until another firm is opened.
        self.notice = QLabel()
        self.notice.setObjectName("actionNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5300;")
        self.notice.hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.profile_model = RecordsModel([self.tr("项目"), self.tr("内容")])
        self.completeness = QProgressBar()
        self.completeness.setFormat(self.tr("档案完整度 %p%"))
        dossier_tab = QWidget()
        dossier_layout = QVBoxLayout(dossier_tab)
        dossier_layout.addWidget(self.completeness)
        dossier_layout.addWidget(records_table(self.profile_model, "dossierTable"))

        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setObjectName("planLabel")
        self.tasks_model = RecordsModel([self.tr("任务"), self.tr("期限"), self.tr("完成")])
        plan_tab = QWidget()
        plan_layout = QVBoxLayout(plan_tab)
        plan_layout.addWidget(self.plan_label)
        plan_layout.addWidget(records_table(self.tasks_model, "tasksTable"))

        self.visits_model = RecordsModel(
            [
                self.tr("日期"),
                self.tr("方式"),
                self.tr("参与人员"),
                self.tr("了解情况"),
                self.tr("下一步"),
                self.tr("跟进日期"),
            ]
        )
        self.demands_model = RecordsModel(
            [
                self.tr("需求日期"),
                self.tr("渠道"),
                self.tr("金额（万元）"),
                self.tr("反馈"),
                self.tr("受理"),
                self.tr("审批"),
                self.tr("结果"),
            ]
        )
        self.credit_model = RecordsModel(
            [
                self.tr("类别"),
                self.tr("日期"),
                self.tr("金额（万元）"),
                self.tr("产品"),
                self.tr("担保方式/首贷"),
            ]
        )
        money_tab = QWidget()
        money_layout = QVBoxLayout(money_tab)
        money_layout.addWidget(QLabel(self.tr("融资需求（211时限）")))
        self.demands_table = records_table(self.demands_model, "demandsTable")
        self.demands_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.demands_table.selectionModel().selectionChanged.connect(lambda *_: self._demand_selected())
        money_layout.addWidget(self.demands_table)
        self.steps_panel = DemandStepsPanel(ws, today, self._open, self)
        money_layout.addWidget(self.steps_panel)
        money_layout.addWidget(QLabel(self.tr("授信与放款")))
        money_layout.addWidget(records_table(self.credit_model, "creditTable"))

        self.stages_model = RecordsModel(
            [self.tr("日期"), self.tr("原阶段"), self.tr("新阶段"), self.tr("原因")]
        )
        self.audit_model = RecordsModel(
            [self.tr("时间"), self.tr("操作人"), self.tr("操作"), self.tr("摘要")]
        )
        history_tab = QWidget()
        history_layout = QVBoxLayout(history_tab)
        history_layout.addWidget(QLabel(self.tr("阶段变化")))
        history_layout.addWidget(records_table(self.stages_model, "stagesTable"))
        history_layout.addWidget(QLabel(self.tr("操作日志")))
        history_layout.addWidget(records_table(self.audit_model, "auditTable"))

        self.tabs.addTab(dossier_tab, self.tr("档案"))
        self.tabs.addTab(plan_tab, self.tr("一企一策"))
        self.tabs.addTab(records_table(self.visits_model, "visitsTable"), self.tr("走访记录"))
        self.tabs.addTab(money_tab, self.tr("融资需求与授信"))
        self.tabs.addTab(history_tab, self.tr("历史"))
        self.programme_tab = FirmProgrammeTab(ws, today, self)  # issue 23: activities, 预授信, 尽职免责
        self.programme_tab.failed.connect(self.failed)
        self.programme_tab.changed.connect(self._programme_changed)
        self.tabs.addTab(self.programme_tab, self.tr("活动与尽职"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

    def _programme_changed(self, uscc: str) -> None:
        self.changed.emit(uscc)
        self.show_firm(uscc)

    def _uscc(self) -> str:
        assert self.detail is not None  # the buttons are enabled only while a firm is shown
        return self.detail.firm.uscc

    def _stage(self) -> str:
        assert self.detail is not None
        return self.detail.firm.stage

    def _open(self, dialog: FormDialog) -> None:
        """Window-modal and non-blocking; on OK the firm is reloaded and the table told."""
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._done(dialog))
        dialog.open()

    def _print(self) -> None:
        assert self.detail is not None
        firm = self.detail.firm
        self.printer = DossierPrinter(self.ws, firm.uscc, firm.name, self.today(), self)
        self.printer.failed.connect(self.failed)
        self.printer.printed.connect(lambda _path: self.show_firm(firm.uscc))  # the audit tab shows it
        self.printer.cancelled.connect(lambda: self._say(self.tr("已取消打印，没有生成文件")))
        self.printer.start()

    def _done(self, dialog: FormDialog) -> None:
        outcome = dialog.outcome
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None
        if outcome is None:
            return
        self.changed.emit(outcome.uscc)  # first: the table's refresh may clear the selection and pane
        self.show_firm(outcome.uscc)
        self._tell(outcome)

    def _tell(self, outcome: Outcome) -> None:
        lines: list[str] = []
        if outcome.stage_move is not None:
            stages = stage_labels()
            lines.append(
                self.tr("阶段已从“%1”调整为“%2”")
                .replace("%1", label(stages, outcome.stage_move.from_stage))
                .replace("%2", label(stages, outcome.stage_move.to_stage))
            )
        # The service's own words (e.g. 垒大户 / 垒小户 warnings), in the UI's language.
        lines += [in_language(warning, ui_language()) for warning in outcome.warnings]
        self._say("\n".join(lines))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_firm(self, uscc: str | None) -> None:
        if self.detail is None or self.detail.firm.uscc != uscc:
            self.notice.hide()
        self.programme_tab.show_firm(uscc)
        if not uscc:
            self.detail = None
            self._enable_actions(False)
            self.title.setText(self.tr("在左侧选择一家企业"))
            for model in (self.profile_model, self.tasks_model, self.visits_model, self.demands_model):
                model.set_rows([])
            for model in (self.credit_model, self.stages_model, self.audit_model):
                model.set_rows([])
            self.steps_panel.show_demand("", None)
            return
        try:
            detail = load_firm_detail(self.ws, uscc, self.today())
        except Exception as exc:  # shown by the window as a clear message
            self.failed.emit(exc)
            return
        self.detail = detail
        self._fill(detail)
        self._enable_actions(True)

    def _select_demand(self, d: FirmDetail) -> None:
        """Keep the demand the officer was working on selected after a reload; else the top open one (the
        newest: the table lists the latest first)."""
        current = self.steps_panel.view
        ids = [dv.demand.id for dv in d.demands]
        open_ids = [dv.demand.id for dv in d.demands if dv.demand.decision is None]
        wanted = open_ids[0] if open_ids else None
        if current is not None and self.steps_panel.uscc == d.firm.uscc and current.demand.id in ids:
            wanted = current.demand.id
        if wanted is None:
            self.demands_table.clearSelection()
            self.steps_panel.show_demand(d.firm.uscc, None)
        else:
            self.demands_table.selectRow(ids.index(wanted))
            self._demand_selected()

    def _demand_selected(self) -> None:
        rows = self.demands_table.selectionModel().selectedRows()
        if self.detail is None or not rows:
            self.steps_panel.show_demand(self.detail.firm.uscc if self.detail else "", None)
            return
        self.steps_panel.show_demand(self.detail.firm.uscc, self.detail.demands[rows[0].row()])

    def _enable_actions(self, on: bool) -> None:
        for button in self.action_buttons:
            button.setEnabled(on)

    def _fill(self, d: FirmDetail) -> None:
        stages = stage_labels()
        firm = d.firm
        self.title.setText(f"{firm.name}　{firm.uscc}　[{label(stages, firm.stage)}]")
        self.completeness.setValue(round(d.completeness * 100))
        dossier = d.dossier
        rows: list[tuple[str, object]] = [
            (self.tr("统一社会信用代码"), firm.uscc),
            (self.tr("主体类型"), label(entity_labels(), firm.entity_type)),
            (self.tr("法定代表人/经营者"), firm.legal_rep),
            (self.tr("行业"), firm.industry),
            (self.tr("县区"), firm.county),
            (self.tr("地址"), firm.address),
            (self.tr("成立日期"), _day(firm.founded)),
            (self.tr("注册资本（万元）"), _money(firm.registered_capital)),
            (self.tr("基本户开户行"), firm.basic_account_bank),
            (self.tr("客户经理"), firm.assigned_officer),
            (self.tr("在名单"), yes_no(firm.on_list)),
        ]
        if dossier is not None:
            criteria = "、".join(
                f"{vocab_label(CRITERIA, code)}：{yes_no(met)}"
                for code, met in (dossier.criteria or {}).items()
            )
            rows += [
                (self.tr("主营业务"), dossier.main_business),
                (self.tr("从业人数"), dossier.employees),
                (self.tr("年销售额（万元）"), _money(dossier.annual_sales)),
                (self.tr("年纳税额（万元）"), _money(dossier.taxes_paid)),
                (self.tr("社保缴纳人数"), dossier.social_insurance_headcount),
                (self.tr("征信有贷款记录"), yes_no(dossier.has_loan_record)),
                (self.tr("征信有贴现记录"), yes_no(dossier.has_discount_record)),
                (self.tr("抵质押物"), dossier.collateral),
                (self.tr("可提供的担保"), dossier.guarantee_options),
                (self.tr("筛选条件"), criteria),
                (self.tr("备注"), dossier.notes),
            ]
        for contact in d.contacts:
            rows.append(
                (self.tr("联系人"), f"{contact.name} {contact.role or ''} {contact.phone or ''}".strip())
            )
        self.profile_model.set_rows(rows)

        if d.plan is None:
            self.plan_label.setText(self.tr("尚未制定培植方案"))
            self.tasks_model.set_rows([])
        else:
            plan = d.plan.plan
            self.plan_label.setText(
                self.tr(
                    "第 %1 版（共 %2 版）\n诊断：%3\n措施：%4\n目标产品：%5　目标金额（万元）：%6　目标日期：%7"
                )
                .replace("%1", str(plan.version))
                .replace("%2", str(d.plan_versions))
                .replace("%3", vocab_list(DIAGNOSES, plan.diagnosis))
                .replace("%4", vocab_list(MEASURES, plan.measures))
                .replace("%5", plan.target_product or "")
                .replace("%6", _money(plan.target_amount))
                .replace("%7", _day(plan.target_date))
            )
            self.tasks_model.set_rows([(t.title, _day(t.due), yes_no(t.done)) for t in d.plan.tasks])

        self.visits_model.set_rows(
            [
                (
                    _day(v.date),
                    vocab_label(VISIT_MODES, v.mode),
                    v.people,
                    v.findings,
                    v.next_step,
                    _day(v.follow_up),
                )
                for v in d.visits
            ]
        )
        statuses = step_status_labels()

        def step_text(index: int, view_steps: tuple[StepState, ...]) -> str:
            step = view_steps[index]
            return f"{label(statuses, step.status.value)} {_day(step.deadline)}".strip() + calendar_note(step)

        self.demands_model.set_rows(
            [
                (
                    _day(dv.demand.received_on),
                    vocab_label(DEMAND_CHANNELS, dv.demand.channel),
                    _money(dv.demand.amount),
                    step_text(0, dv.steps),
                    step_text(1, dv.steps),
                    step_text(2, dv.steps),
                    vocab_label(DECISIONS, dv.demand.decision),
                )
                for dv in d.demands
            ]
        )
        self._select_demand(d)
        credit_rows: list[tuple[object, ...]] = [
            (
                self.tr("授信"),
                _day(c.date),
                _money(c.amount),
                c.product,
                vocab_label(GUARANTEE_KINDS, c.guarantee),
            )
            for c in d.credits
        ]
        credit_rows += [
            (
                self.tr("放款"),
                _day(loan.date),
                _money(loan.amount),
                loan.product,
                self.tr("首贷") if loan.is_first_loan else "",
            )
            for loan in d.loans
        ]
        self.credit_model.set_rows(credit_rows)
        self.stages_model.set_rows(
            [
                (_day(s.on), label(stages, s.from_stage), label(stages, s.to_stage), s.reason)
                for s in d.stage_changes
            ]
        )
        self.audit_model.set_rows(
            [(a.at.astimezone().strftime("%Y-%m-%d %H:%M"), a.actor, a.action, a.summary) for a in d.audit]
        )
