"""The firm pane's work records: visits (走访记录) and demands, credit and loans (融资需求与授信), newest
first, each list with 修改 and 作废; under the demands, the selected demand's 211 steps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.domain.service211 import StepState
from desktop.domain.vocabulary import DECISIONS, DEMAND_CHANNELS, GUARANTEE_KINDS, LOAN_KINDS, VISIT_MODES
from desktop.reports.dossier_data import DemandView, DossierData
from desktop.services.workspace import Workspace
from desktop.ui.demand_steps import DemandStepsPanel, calendar_note
from desktop.ui.dialogs.credit_dialog import CreditDialog
from desktop.ui.dialogs.demand_edit_dialog import DemandEditDialog
from desktop.ui.dialogs.form_dialog import FormDialog, number_text
from desktop.ui.dialogs.loan_dialog import LoanDialog
from desktop.ui.dialogs.visit_dialog import VisitDialog
from desktop.ui.dialogs.void_dialog import VoidDialog
from desktop.ui.firm.record_list import RecordList, is_voided
from desktop.ui.labels import label, step_status_labels, vocab_label


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class VisitsTab(RecordList):
    def __init__(
        self,
        ws: Workspace,
        today: Callable[[], date],
        open_dialog: Callable[[FormDialog], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", [], "visitsTable", parent=parent)
        self.title.setText(self.tr("走访记录"))
        self.model.set_headers(
            [
                self.tr("日期"),
                self.tr("方式"),
                self.tr("参与人员"),
                self.tr("了解情况"),
                self.tr("下一步"),
                self.tr("跟进日期"),
            ]
        )
        self.uscc = ""
        self.edit_requested.connect(lambda v: open_dialog(VisitDialog(ws, self.uscc, today(), self, v)))
        self.void_requested.connect(lambda v: open_dialog(VoidDialog(ws, self.uscc, "visit", v, self)))

    def load(self, d: DossierData) -> None:
        self.uscc = d.firm.uscc
        visits = list(reversed(d.visits))
        rows = [
            (
                _day(v.date),
                vocab_label(VISIT_MODES, v.mode),
                v.people,
                v.findings,
                v.next_step,
                _day(v.follow_up),
            )
            for v in visits
        ]
        self.set_records(visits, rows)


class MoneyTab(QWidget):
    def __init__(
        self,
        ws: Workspace,
        today: Callable[[], date],
        open_dialog: Callable[[FormDialog], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.uscc = ""
        self.views: dict[int, DemandView] = {}
        self.demands = RecordList(
            self.tr("融资需求（211时限）"),
            [
                self.tr("需求日期"),
                self.tr("渠道"),
                self.tr("金额（万元）"),
                self.tr("反馈"),
                self.tr("受理"),
                self.tr("审批"),
                self.tr("结果"),
            ],
            "demandsTable",
        )
        self.steps_panel = DemandStepsPanel(ws, today, open_dialog, self)
        self.credits = RecordList(
            self.tr("授信"),
            [
                self.tr("编号"),
                self.tr("日期"),
                self.tr("金额（万元）"),
                self.tr("产品"),
                self.tr("担保方式"),
                self.tr("期限（月）"),
            ],
            "creditTable",
        )
        self.loans = RecordList(
            self.tr("放款"),
            [
                self.tr("日期"),
                self.tr("金额（万元）"),
                self.tr("种类"),
                self.tr("所用授信"),
                self.tr("首贷"),
                self.tr("产品"),
            ],
            "loanTable",
        )
        self.demands.table.selectionModel().selectionChanged.connect(lambda *_: self._demand_selected())
        self._connect_corrections(ws, today, open_dialog)
        layout = QVBoxLayout(self)
        layout.addWidget(self.demands, 2)
        layout.addWidget(self.steps_panel)
        layout.addWidget(self.credits, 1)
        layout.addWidget(self.loans, 1)

    def _connect_corrections(
        self, ws: Workspace, today: Callable[[], date], open_dialog: Callable[[FormDialog], None]
    ) -> None:
        """Edit and Void on the demand, credit and loan lists open their dialogs for the chosen record."""
        self.demands.edit_requested.connect(
            lambda d: open_dialog(DemandEditDialog(ws, self.uscc, d, today(), self))
        )
        self.demands.void_requested.connect(
            lambda d: open_dialog(VoidDialog(ws, self.uscc, "demand", d, self))
        )
        self.credits.edit_requested.connect(
            lambda c: open_dialog(CreditDialog(ws, self.uscc, today(), self, c))
        )
        self.credits.void_requested.connect(
            lambda c: open_dialog(VoidDialog(ws, self.uscc, "credit", c, self))
        )
        self.loans.edit_requested.connect(
            lambda ln: open_dialog(LoanDialog(ws, self.uscc, today(), self, ln))
        )
        self.loans.void_requested.connect(lambda ln: open_dialog(VoidDialog(ws, self.uscc, "loan", ln, self)))

    def load(self, d: DossierData) -> None:
        self.uscc = d.firm.uscc
        keep = self.demands.selected()
        views = list(reversed(d.demands))
        self.views = {v.demand.id: v for v in views}
        statuses = step_status_labels()

        def step(view_steps: tuple[StepState, ...], i: int) -> str:
            step = view_steps[i]
            return f"{label(statuses, step.status.value)} {_day(step.deadline)}".strip() + calendar_note(step)

        self.demands.set_records(
            [v.demand for v in views],
            [
                (_day(v.demand.received_on), vocab_label(DEMAND_CHANNELS, v.demand.channel), number_text(v.demand.amount),
                 step(v.steps, 0), step(v.steps, 1), step(v.steps, 2), vocab_label(DECISIONS, v.demand.decision))
                for v in views
            ],
        )  # fmt: skip
        self._select_demand(views, keep.id if keep is not None else None)
        credits = list(reversed(d.credits))
        self.credits.set_records(
            credits,
            [
                (
                    c.id,
                    _day(c.date),
                    number_text(c.amount),
                    c.product,
                    vocab_label(GUARANTEE_KINDS, c.guarantee),
                    c.term_months,
                )
                for c in credits
            ],
        )
        loans = list(reversed(d.loans))
        self.loans.set_records(
            loans,
            [
                (_day(ln.date), number_text(ln.amount), vocab_label(LOAN_KINDS, ln.kind), ln.credit_id,
                 self._status(ln.first_loan_status), ln.product)
                for ln in loans
            ],
        )  # fmt: skip

    def clear(self) -> None:
        self.uscc, self.views = "", {}
        for records in (self.demands, self.credits, self.loans):
            records.set_records([], [])
        self.steps_panel.show_demand("", None)

    def _status(self, status: str) -> str:
        if status == "first":
            return self.tr("首贷")
        return self.tr("待核实") if status == "unverified" else ""

    def _select_demand(self, views: list[DemandView], keep: int | None) -> None:
        """Keep the demand the officer was working on; else the newest open one."""
        ids = [v.demand.id for v in views]
        open_ids = [v.demand.id for v in views if v.demand.decision is None and not is_voided(v.demand)]
        wanted = keep if keep in ids else (open_ids[0] if open_ids else None)
        if wanted is None:
            self.demands.table.clearSelection()
            self.steps_panel.show_demand(self.uscc, None)
        else:
            self.demands.select(ids.index(wanted))
            self._demand_selected()

    def _demand_selected(self) -> None:
        demand = self.demands.selected()
        view = self.views.get(demand.id) if demand is not None and not is_voided(demand) else None
        self.steps_panel.show_demand(self.uscc, view)
