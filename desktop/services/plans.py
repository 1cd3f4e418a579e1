"""一企一策: the cultivation plan. A revision writes version n+1 and keeps every earlier version; tasks have
a due date and an owner, and are marked done with the day and a note (from the plan or the to-do list)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.amounts import parse_amount
from desktop.domain.errors import DomainError, Message
from desktop.domain.plan_diff import plan_changes
from desktop.domain.vocabulary import DIAGNOSES, MEASURES
from desktop.services.firm_state import refresh_firm
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, RecordNotFound, not_after, not_in_future
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Firm, Plan, PlanTask


class PlanError(DomainError):
    pass


@dataclass(frozen=True)
class TaskInput:
    title: str
    due: date | None = None
    owner: str | None = None


@dataclass(frozen=True)
class PlanInput:
    on: date  # the business date of this version (moves the stage on that day)
    diagnosis: list[str] = field(default_factory=list)  # codes or labels of DIAGNOSES
    measures: list[str] = field(default_factory=list)  # codes or labels of MEASURES
    diagnosis_note: str | None = None
    target_product: str | None = None
    target_amount: Decimal | str | None = None
    target_date: date | None = None
    note: str | None = None
    # None carries the open tasks of the previous version over; a list replaces them.
    tasks: list[TaskInput] | None = None
    measures_note: str | None = None


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def snapshot(plan: Plan, tasks: list[PlanTask]) -> dict[str, Any]:
    """A version as the audit log keeps it and ``plan_diff`` compares it."""
    return {
        "version": plan.version,
        "drawn_on": plan.drawn_on,
        "diagnosis": list(plan.diagnosis),
        "diagnosis_note": plan.diagnosis_note,
        "measures": list(plan.measures),
        "measures_note": plan.measures_note,
        "target_product": plan.target_product,
        "target_amount": plan.target_amount,
        "target_date": plan.target_date,
        "note": plan.note,
        "tasks": [{"title": t.title, "due": t.due, "owner": t.owner, "done": t.done} for t in tasks],
    }


def _check(data: PlanInput, today: date) -> tuple[list[str], list[str], Decimal | None]:
    not_in_future(data.on, today, "方案日期", "plan date")
    diagnosis = list(dict.fromkeys(DIAGNOSES.parse(d) for d in data.diagnosis))
    measures = list(dict.fromkeys(MEASURES.parse(m) for m in data.measures))
    if not diagnosis:
        raise PlanError(
            "培植方案至少需要一项诊断（缺信息、缺抵押、缺担保……）",
            en="A cultivation plan needs at least one diagnosis (lacks information, collateral, guarantee ...)",
        )
    if not measures:
        raise PlanError(
            "培植方案至少需要一项措施（财务辅导、政府性融资担保……）",
            en="A cultivation plan needs at least one measure (financial coaching, government guarantee ...)",
        )
    amount = (
        None
        if data.target_amount is None
        else parse_amount(data.target_amount, "目标金额", what_en="Target amount")
    )
    if data.target_date is not None:
        not_after(data.on, data.target_date, "方案日期", "目标日期", en=("plan date", "target date"))
    for task in data.tasks or []:
        if not task.title.strip():
            raise PlanError("培植任务的内容不能为空", en="A cultivation task cannot be empty")
    return diagnosis, measures, amount


def _tasks(session: Session, plan_id: int) -> list[PlanTask]:
    return list(session.scalars(select(PlanTask).where(PlanTask.plan_id == plan_id).order_by(PlanTask.id)))


def save_plan(ws: Workspace, uscc: str, data: PlanInput) -> Outcome:
    """The firm's first plan, or a revision of its current one (version n+1 becomes current)."""
    diagnosis, measures, amount = _check(data, ws.today())
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        current = session.scalar(select(Plan).where(Plan.firm_id == firm.id, Plan.is_current.is_(True)))
        version = (session.scalar(select(func.max(Plan.version)).where(Plan.firm_id == firm.id)) or 0) + 1
        old = None
        carried: list[TaskInput] = []
        if current is not None:
            old_tasks = _tasks(session, current.id)
            old = snapshot(current, old_tasks)
            carried = [TaskInput(t.title, t.due, t.owner) for t in old_tasks if not t.done]
            current.is_current = False
            session.flush()
        plan = Plan(
            firm_id=firm.id,
            version=version,
            drawn_on=data.on,
            is_current=True,
            diagnosis=diagnosis,
            diagnosis_note=_clean(data.diagnosis_note),
            measures=measures,
            measures_note=_clean(data.measures_note),
            target_product=_clean(data.target_product),
            target_amount=amount,
            target_date=data.target_date,
            note=_clean(data.note),
            created_by=ws.actor,
        )
        session.add(plan)
        session.flush()
        tasks = [
            PlanTask(plan_id=plan.id, title=t.title.strip(), due=t.due, owner=_clean(t.owner), done=False)
            for t in (carried if data.tasks is None else data.tasks)
        ]
        session.add_all(tasks)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="plan.save",
            entity="plan",
            entity_id=plan.id,
            firm_id=firm.id,
            summary=f"{'修订' if current else '制定'}培植方案第 {version} 版：{firm.name}",
            old=old,
            new=snapshot(plan, tasks),
        )
        move = refresh_firm(session, ws.actor, firm, ws.today()).stage_move
        return Outcome(id=plan.id, uscc=firm.uscc, stage_move=move)


def add_task(
    ws: Workspace, uscc: str, title: str, due: date | None = None, owner: str | None = None
) -> Outcome:
    """A task added to the current version (no new version: the plan itself is unchanged)."""
    if not title.strip():
        raise PlanError("培植任务的内容不能为空", en="A cultivation task cannot be empty")
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        plan = session.scalar(select(Plan).where(Plan.firm_id == firm.id, Plan.is_current.is_(True)))
        if plan is None:
            raise PlanError(
                f"{firm.name}还没有培植方案，请先制定方案",
                en=f"{firm.name} has no cultivation plan yet; make one first",
            )
        task = PlanTask(plan_id=plan.id, title=title.strip(), due=due, owner=_clean(owner), done=False)
        session.add(task)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="plan.task_add",
            entity="plan_task",
            entity_id=task.id,
            firm_id=firm.id,
            summary=f"新增培植任务“{task.title}”：{firm.name}",
            new={"title": task.title, "due": due, "owner": task.owner, "plan_version": plan.version},
        )
        return Outcome(id=task.id, uscc=firm.uscc)


def _open_task(session: Session, task_id: int) -> tuple[PlanTask, Plan, Firm]:
    task = session.get(PlanTask, task_id)
    if task is None:
        raise RecordNotFound(
            f"找不到编号为 {task_id} 的培植任务", en=f"There is no cultivation task number {task_id}"
        )
    plan = session.get(Plan, task.plan_id)
    assert plan is not None
    firm = session.get(Firm, plan.firm_id)
    assert firm is not None
    if not plan.is_current:
        raise PlanError(
            f"任务“{task.title}”属于已被修订的第 {plan.version} 版方案，请在当前方案中办理",
            en=f"The task “{task.title}” belongs to version {plan.version} of the plan, which has been revised; "
            "work in the current plan",
        )
    if task.done:
        raise PlanError(
            f"任务“{task.title}”已于 {task.done_on} 完成",
            en=f"The task “{task.title}” was done on {task.done_on}",
        )
    return task, plan, firm


def complete_task(ws: Workspace, task_id: int, on: date, note: str | None = None) -> Outcome:
    """Mark a task of the current plan done on ``on`` (not after today), with what was done."""
    not_in_future(on, ws.today(), "完成日期", "date it was done")
    with ws.db.write() as session:
        task, _plan, firm = _open_task(session, task_id)
        task.done, task.done_on, task.done_note = True, on, _clean(note)
        append_audit(
            session,
            actor=ws.actor,
            action="plan.task_done",
            entity="plan_task",
            entity_id=task.id,
            firm_id=firm.id,
            summary=f"完成培植任务“{task.title}”：{firm.name}",
            old={"done": False, "done_on": None},
            new={"done": True, "done_on": on, "title": task.title, "note": task.done_note},
        )
        return Outcome(id=task.id, uscc=firm.uscc)


class TaskView(NamedTuple):
    id: int
    title: str
    due: date | None
    done: bool
    owner: str | None = None
    done_on: date | None = None
    note: str | None = None


@dataclass(frozen=True)
class PlanVersion:
    id: int
    version: int
    is_current: bool
    diagnosis: list[str]
    measures: list[str]
    target_product: str | None
    target_amount: Decimal | None
    target_date: date | None
    tasks: list[TaskView]
    drawn_on: date | None = None
    diagnosis_note: str | None = None
    measures_note: str | None = None
    note: str | None = None
    changes: list[Message] = field(default_factory=list)  # what changed since the previous version


def _version(plan: Plan, tasks: list[PlanTask], previous: dict[str, Any] | None) -> PlanVersion:
    return PlanVersion(
        plan.id,
        plan.version,
        plan.is_current,
        list(plan.diagnosis),
        list(plan.measures),
        plan.target_product,
        plan.target_amount,
        plan.target_date,
        [TaskView(t.id, t.title, t.due, t.done, t.owner, t.done_on, t.done_note) for t in tasks],
        drawn_on=plan.drawn_on or plan.created_at.date(),
        diagnosis_note=plan.diagnosis_note,
        measures_note=plan.measures_note,
        note=plan.note,
        changes=plan_changes(previous, snapshot(plan, tasks)),
    )


def plan_versions(ws: Workspace, uscc: str) -> list[PlanVersion]:
    """Every version of the firm's plan, oldest first, each with what changed since the one before."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        out: list[PlanVersion] = []
        previous = None
        for plan in session.scalars(select(Plan).where(Plan.firm_id == firm.id).order_by(Plan.version)):
            tasks = _tasks(session, plan.id)
            out.append(_version(plan, tasks, previous))
            previous = snapshot(plan, tasks)
        return out
