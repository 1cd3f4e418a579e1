"""Follow-ups: what is due or overdue on a day — 211 deadlines, plan tasks, visit follow-ups, the ledger.

Voided records are not work to do: a voided demand runs no 211 clock, a voided visit asks for no
follow-up. A plan task item carries the task's id (``ref_id``): ``plans.complete_task`` marks it done.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from desktop.domain.errors import DomainError, Message
from desktop.domain.followups import ledger_due, ledger_month_due_around
from desktop.domain.service211 import StepStatus
from desktop.services import programme_todo
from desktop.services.calendar import calendar_state
from desktop.services.demands import open_demand_statuses
from desktop.services.workspace import Workspace
from desktop.store.models import Firm, LedgerExport, Plan, PlanTask, Visit

KINDS = (
    "demand_211",
    "plan_task",
    "follow_up",
    "ledger",
    "calendar",
    "credit_report",
    "quarterly_report",
    "list_update",
)


@dataclass(frozen=True)
class TodoItem:
    kind: str
    due: date
    overdue: bool
    title: str
    uscc: str | None = None
    firm_name: str | None = None
    ref_id: int | None = None
    calendar_known: bool = True  # False: the due date was counted into a year the calendar does not know

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "due": self.due.isoformat(),
            "status": "overdue" if self.overdue else "due",
            "title": self.title,
            "uscc": self.uscc,
            "firm_name": self.firm_name,
            "ref_id": self.ref_id,
            "calendar_known": self.calendar_known,
        }


def _ledger_items(ws: Workspace, on: date) -> list[TodoItem]:
    year, month = ledger_month_due_around(on)
    before = (year - 1, 12) if month == 1 else (year, month - 1)
    with ws.db.session() as session:
        if not session.scalar(select(func.count(Firm.id))):
            return []
        sent = set(session.scalars(select(LedgerExport.month)))
    items = []
    for y, m in (before, (year, month)):
        key = f"{y:04d}-{m:02d}"
        due = ledger_due(y, m)
        if key not in sent:
            title = Message(
                f"报送 {key} 月首贷培植工作台帐（次月10日前）",
                f"Submit the first-loan work ledger of {key} (by the 10th of the next month)",
            )
            items.append(TodoItem("ledger", due, on > due, title))
    return items


def todo(
    ws: Workspace, on: date, *, kinds: Collection[str] | None = None, officer: str | None = None
) -> list[TodoItem]:
    """Open items as of ``on``: overdue first, then by due date, then kind (in the order of KINDS: the
    211 clock is the most pressing), then firm (by name).

    ``kinds``: only these (of KINDS); ``officer``: only the items of firms assigned to this officer, and
    the ledger (each officer reports one).
    """
    wanted = set(KINDS if kinds is None else kinds)
    if unknown := wanted - set(KINDS):
        raise DomainError(
            f"没有这种待办类别：{'、'.join(sorted(unknown))}；可选：{'、'.join(KINDS)}",
            en=f"No such kind of to-do item: {', '.join(sorted(unknown))}; the kinds are: {', '.join(KINDS)}",
        )
    items: list[TodoItem] = []
    if "demand_211" in wanted:
        items += _demand_items(ws, on, officer)
    if "plan_task" in wanted:
        items += _task_items(ws, on, officer)
    if "follow_up" in wanted:
        items += _follow_up_items(ws, on, officer)
    if "ledger" in wanted:
        items += _ledger_items(ws, on)
    if "calendar" in wanted:
        items += _calendar_items(ws, on)
    if "credit_report" in wanted:
        items += programme_todo.credit_report_items(ws, on, officer)
    if "quarterly_report" in wanted:
        items += programme_todo.quarterly_items(ws, on)
    if "list_update" in wanted:
        items += programme_todo.list_update_items(ws, on)
    items.sort(key=lambda i: (not i.overdue, i.due, KINDS.index(i.kind), i.firm_name or "", i.uscc or ""))
    return items


def _demand_items(ws: Workspace, on: date, officer: str | None) -> list[TodoItem]:
    items = []
    for status in open_demand_statuses(ws, on, officer):
        for step in status.steps:
            if step.status.open and step.deadline is not None:
                items.append(
                    TodoItem(
                        "demand_211",
                        step.deadline,
                        step.status == StepStatus.OVERDUE,
                        Message(
                            f"融资需求 {status.demand_id}：{step.step.label_zh}",
                            f"Demand {status.demand_id}: {step.step.label_en}",
                        ),
                        status.uscc,
                        status.firm_name,
                        status.demand_id,
                        step.calendar_known,
                    )
                )
    return items


def _task_items(ws: Workspace, on: date, officer: str | None) -> list[TodoItem]:
    stmt = (
        select(PlanTask, Firm)
        .join(Plan, Plan.id == PlanTask.plan_id)
        .join(Firm, Firm.id == Plan.firm_id)
        .where(Plan.is_current.is_(True), PlanTask.done.is_(False), PlanTask.due.is_not(None))
    )
    if officer:
        stmt = stmt.where(Firm.assigned_officer == officer)
    items = []
    with ws.db.session() as session:
        for task, firm in session.execute(stmt):
            assert task.due is not None
            items.append(
                TodoItem(
                    "plan_task",
                    task.due,
                    on > task.due,
                    Message(
                        f"培植任务：{task.title}" + (f"（{task.owner}）" if task.owner else ""),
                        f"Plan task: {task.title}" + (f" ({task.owner})" if task.owner else ""),
                    ),
                    firm.uscc,
                    firm.name,
                    task.id,
                )
            )
    return items


def _follow_up_items(ws: Workspace, on: date, officer: str | None) -> list[TodoItem]:
    stmt = (
        select(Visit, Firm)
        .join(Firm, Firm.id == Visit.firm_id)
        .where(Visit.follow_up.is_not(None), Visit.follow_up_done.is_(False), Visit.live)
    )
    if officer:
        stmt = stmt.where(Firm.assigned_officer == officer)
    items = []
    with ws.db.session() as session:
        for visit, firm in session.execute(stmt):
            assert visit.follow_up is not None
            items.append(
                TodoItem(
                    "follow_up",
                    visit.follow_up,
                    on > visit.follow_up,
                    Message(
                        f"回访（{visit.date.isoformat()} 走访约定）"
                        + (f"：{visit.next_step}" if visit.next_step else ""),
                        f"Follow-up (agreed at the visit of {visit.date.isoformat()})"
                        + (f": {visit.next_step}" if visit.next_step else ""),
                    ),
                    firm.uscc,
                    firm.name,
                    visit.id,
                )
            )
    return items


def _calendar_items(ws: Workspace, on: date) -> list[TodoItem]:
    """From 1 November, while next year's holiday notice is not imported (always, for this year's):
    one item a day, due the last day before the missing year begins."""
    year = calendar_state(ws, on).missing_year
    if year is None:
        return []
    due = date(year - 1, 12, 31)
    title = Message(
        f"导入 {year} 年节假日安排：国务院办公厅通知发布后在“设置 → 节假日”导入；"
        f"在此之前，计入 {year} 年的时限标为“日历未知”",
        f"Import the {year} holiday schedule: once the State Council notice is out, in Settings → Holidays;"
        f" until then, deadlines that run into {year} are marked “calendar unknown”",
    )
    return [TodoItem("calendar", due, on > due, title)]
