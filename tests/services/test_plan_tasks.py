"""A plan task is marked done from the to-do list by the id its item carries: plans.complete_task with the
day and a note; not after today, not twice; the item leaves the list."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.outcome import FutureDateError
from desktop.services.plans import PlanError, PlanInput, TaskInput, complete_task, plan_versions, save_plan
from desktop.services.todo import todo
from desktop.services.workspace import Workspace
from tests.conftest import TODAY
from tests.factories import add_firm


def test_done_from_the_todo_list_with_a_note(workspace: Workspace) -> None:
    ws = workspace
    ws.clock = lambda: TODAY
    uscc = add_firm(ws)
    save_plan(ws, uscc, PlanInput(date(2026, 11, 1), ["no_info"], ["finance_coaching"],
                                  tasks=[TaskInput("收集纳税资料", date(2026, 11, 10), "王芳")]))  # fmt: skip
    [item] = [i for i in todo(ws, TODAY) if i.kind == "plan_task"]
    assert item.overdue and item.title == "培植任务：收集纳税资料（王芳）"
    with pytest.raises(FutureDateError):
        complete_task(ws, item.ref_id or 0, date(2026, 11, 21), note="明天")
    complete_task(ws, item.ref_id or 0, date(2026, 11, 19), note="已收齐")
    assert [i for i in todo(ws, TODAY) if i.kind == "plan_task"] == []
    [task] = plan_versions(ws, uscc)[0].tasks
    assert (task.done, task.done_on, task.note) == (True, date(2026, 11, 19), "已收齐")
    with pytest.raises(PlanError, match="已于 2026-11-19 完成"):
        complete_task(ws, task.id, TODAY)
