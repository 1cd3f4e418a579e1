"""The detail pane of the firm screen: read-only tabs over one firm, and the quick actions.

The quick actions are shown but disabled until the services of the cultivation work (visits, demands,
credit and loans, stage moves) and dossier printing are connected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

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
from desktop.services.workspace import Workspace
from desktop.ui.labels import (
    entity_labels,
    label,
    stage_labels,
    step_status_labels,
    vocab_label,
    vocab_list,
    yes_no,
)
from desktop.ui.models.records_model import RecordsModel


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _table(model: RecordsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class FirmDetailPane(QWidget):
    failed = Signal(object)

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
        self.action_buttons: list[QPushButton] = []
        for text in (
            self.tr("记录走访"),
            self.tr("登记需求"),
            self.tr("记录授信/放款"),
            self.tr("调整阶段"),
            self.tr("打印档案"),
        ):
            button = QPushButton(text)
            button.setEnabled(False)
            button.setToolTip(self.tr("将在后续版本提供"))
            self.action_buttons.append(button)
            self.actions_bar.addWidget(button)
        self.actions_bar.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.profile_model = RecordsModel([self.tr("项目"), self.tr("内容")])
        self.completeness = QProgressBar()
        self.completeness.setFormat(self.tr("档案完整度 %p%"))
        dossier_tab = QWidget()
        dossier_layout = QVBoxLayout(dossier_tab)
        dossier_layout.addWidget(self.completeness)
        dossier_layout.addWidget(_table(self.profile_model, "dossierTable"))

        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setObjectName("planLabel")
        self.tasks_model = RecordsModel([self.tr("任务"), self.tr("期限"), self.tr("完成")])
        plan_tab = QWidget()
        plan_layout = QVBoxLayout(plan_tab)
        plan_layout.addWidget(self.plan_label)
        plan_layout.addWidget(_table(self.tasks_model, "tasksTable"))

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
        money_layout.addWidget(_table(self.demands_model, "demandsTable"))
        money_layout.addWidget(QLabel(self.tr("授信与放款")))
        money_layout.addWidget(_table(self.credit_model, "creditTable"))

        self.stages_model = RecordsModel(
            [self.tr("日期"), self.tr("原阶段"), self.tr("新阶段"), self.tr("原因")]
        )
        self.audit_model = RecordsModel(
            [self.tr("时间"), self.tr("操作人"), self.tr("操作"), self.tr("摘要")]
        )
        history_tab = QWidget()
        history_layout = QVBoxLayout(history_tab)
        history_layout.addWidget(QLabel(self.tr("阶段变化")))
        history_layout.addWidget(_table(self.stages_model, "stagesTable"))
        history_layout.addWidget(QLabel(self.tr("操作日志")))
        history_layout.addWidget(_table(self.audit_model, "auditTable"))

        self.tabs.addTab(dossier_tab, self.tr("档案"))
        self.tabs.addTab(plan_tab, self.tr("一企一策"))
        self.tabs.addTab(_table(self.visits_model, "visitsTable"), self.tr("走访记录"))
        self.tabs.addTab(money_tab, self.tr("融资需求与授信"))
        self.tabs.addTab(history_tab, self.tr("历史"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.tabs, 1)

    def show_firm(self, uscc: str | None) -> None:
        if not uscc:
            self.detail = None
            self.title.setText(self.tr("在左侧选择一家企业"))
            for model in (self.profile_model, self.tasks_model, self.visits_model, self.demands_model):
                model.set_rows([])
            for model in (self.credit_model, self.stages_model, self.audit_model):
                model.set_rows([])
            return
        try:
            detail = load_firm_detail(self.ws, uscc, self.today())
        except Exception as exc:  # shown by the window as a clear message
            self.failed.emit(exc)
            return
        self.detail = detail
        self._fill(detail)

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
            return f"{label(statuses, step.status.value)} {_day(step.deadline)}".strip()

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
