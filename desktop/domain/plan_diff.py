"""What changed from one version of a firm's plan (一企一策) to the next, in words (Chinese with English).

Plans are snapshots — the dict ``services.plans`` keeps in the audit log and shows in the editor —
compared field by field: diagnosis and measures added or dropped, the notes and targets changed, tasks
added, dropped, moved, given to someone else or done.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop.domain.errors import Message
from desktop.domain.vocabulary import DIAGNOSES, MEASURES, Vocabulary

_TEXT_FIELDS = (
    ("diagnosis_note", "诊断说明", "Diagnosis note"),
    ("measures_note", "措施说明", "Measures note"),
    ("target_product", "目标产品", "Target product"),
    ("target_amount", "目标金额（万元）", "Target amount (万元)"),
    ("target_date", "目标日期", "Target date"),
    ("note", "备注", "Note"),
)


def _show(value: Any) -> str:
    return "（空）" if value in (None, "") else str(value)


def _show_en(value: Any) -> str:
    return "(empty)" if value in (None, "") else str(value)


def _codes(old: Sequence[str], new: Sequence[str], vocabulary: Vocabulary, zh: str, en: str) -> list[Message]:
    added = [c for c in new if c not in old]
    dropped = [c for c in old if c not in new]
    out = []
    if added:
        out.append(
            Message(
                f"{zh}：新增 {'、'.join(vocabulary.zh(c) for c in added)}",
                f"{en}: added {', '.join(vocabulary.en(c) for c in added)}",
            )
        )
    if dropped:
        out.append(
            Message(
                f"{zh}：去掉 {'、'.join(vocabulary.zh(c) for c in dropped)}",
                f"{en}: dropped {', '.join(vocabulary.en(c) for c in dropped)}",
            )
        )
    return out


def _task_changes(old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]) -> list[Message]:
    """Tasks are matched by their text: a task with the same text is the same task, carried over."""
    before = {t["title"]: t for t in old}
    after = {t["title"]: t for t in new}
    out = [Message(f"新增任务“{t}”", f"Task added: “{t}”") for t in after if t not in before]
    # A task done in the previous version stays with it: it was finished, not dropped.
    out += [
        Message(f"去掉任务“{t}”", f"Task dropped: “{t}”")
        for t, task in before.items()
        if t not in after and not task.get("done")
    ]
    for title in (t for t in after if t in before):
        was, now = before[title], after[title]
        if was.get("due") != now.get("due"):
            out.append(
                Message(
                    f"任务“{title}”期限：{_show(was.get('due'))} → {_show(now.get('due'))}",
                    f"Task “{title}” due: {_show_en(was.get('due'))} → {_show_en(now.get('due'))}",
                )
            )
        if was.get("owner") != now.get("owner"):
            out.append(
                Message(
                    f"任务“{title}”负责人：{_show(was.get('owner'))} → {_show(now.get('owner'))}",
                    f"Task “{title}” owner: {_show_en(was.get('owner'))} → {_show_en(now.get('owner'))}",
                )
            )
    return out


def plan_changes(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Message]:
    """The changes from snapshot ``old`` to ``new`` (``old`` None: the first version, nothing to compare)."""
    if old is None:
        return [Message("第一版方案", "The first version of the plan")]
    out = _codes(old.get("diagnosis", []), new.get("diagnosis", []), DIAGNOSES, "诊断", "Diagnosis")
    out += _codes(old.get("measures", []), new.get("measures", []), MEASURES, "措施", "Measures")
    for name, zh, en in _TEXT_FIELDS:
        if str(old.get(name) or "") != str(new.get(name) or ""):
            out.append(
                Message(
                    f"{zh}：{_show(old.get(name))} → {_show(new.get(name))}",
                    f"{en}: {_show_en(old.get(name))} → {_show_en(new.get(name))}",
                )
            )
    out += _task_changes(old.get("tasks", []), new.get("tasks", []))
    return out or [Message("与上一版相同", "The same as the previous version")]
