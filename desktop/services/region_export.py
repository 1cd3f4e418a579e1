"""Sending lists back to the region: the firms the branch found itself (推荐名单), and feedback on a
received list with each firm's contact status (对接情况反馈). Phones are masked unless full data is asked
for; every export is audited (what, how many firms)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select

from desktop.domain.errors import DomainError, Message
from desktop.domain.names import mask_phone
from desktop.domain.stages import Stage
from desktop.domain.uscc import EntityType
from desktop.domain.vocabulary import SOURCE_CHANNELS
from desktop.exchange.columns import FIELD_LABELS
from desktop.exchange.xlsx_writer import write_table
from desktop.services.jobs import CancelToken, ProgressCallback, no_progress
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Firm, ListMembership, RegionalList
from desktop.store.protected_paths import refuse_protected_output

# The column layout of the lists the branch receives, in their order.
LIST_FIELDS: tuple[str, ...] = (
    "uscc",
    "name",
    "entity_type",
    "legal_rep",
    "county",
    "industry",
    "address",
    "founded",
    "registered_capital",
    "phone",
    "assigned_bank",
    "assigned_branch",
    "assigned_officer",
)
_WIDTHS = (6, 22, 34, 12, 12, 12, 16, 30, 12, 12, 16, 14, 14, 10)


class UnknownList(DomainError):
    pass


def _header(extra: Sequence[str]) -> list[str]:
    return ["序号", *(FIELD_LABELS[f] for f in LIST_FIELDS), *extra]


def _cells(index: int, firm: Firm, full: bool) -> list[Any]:
    values: list[Any] = [index]
    for name in LIST_FIELDS:
        value = getattr(firm, name)
        if name == "phone" and not full:
            value = mask_phone(value) or None
        elif name == "entity_type":
            value = EntityType(value).label_zh
        values.append(value)
    return values


PROGRESS_EVERY = 500


def _rows(
    ws: Workspace,
    stmt: Select[Any],
    full: bool,
    extra: Any,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> Iterator[list[Any]]:
    """The rows to write; Cancel stops before the file is saved (write_table saves after the last row)."""
    with ws.db.session() as session:
        total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
        progress(0, total, Message("正在导出……", "Exporting…"))
        for index, firm in enumerate(session.scalars(stmt), start=1):
            yield [*_cells(index, firm, full), *extra(firm)]
            if index % PROGRESS_EVERY == 0:
                progress(
                    index, total, Message(f"已导出 {index}/{total} 家", f"Exported {index} of {total} firms")
                )
                if cancel is not None:
                    cancel.raise_if_cancelled()
        if cancel is not None:
            cancel.raise_if_cancelled()
        progress(total, total, Message("正在保存文件……", "Saving the file…"))


def _audit(ws: Workspace, action: str, summary: str, count: int, out: Path, full: bool) -> None:
    with ws.db.write() as session:
        append_audit(
            session,
            actor=ws.actor,
            action=action,
            entity="export",
            entity_id=out.name,
            summary=f"{summary}：{count} 家企业" + ("（含完整联系电话）" if full else ""),
            new={"file": str(out), "firms": count, "full_data": full},
        )


def export_recommendations(
    ws: Workspace,
    out: Path,
    *,
    full: bool = False,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Firms the branch found itself (source 'branch'), in the received lists' layout, with their channel."""
    refuse_protected_output(ws.data_dir, out)
    stmt = select(Firm).where(Firm.source == "branch").order_by(Firm.name_key, Firm.id)
    unit = ws.profile.unit or ws.profile.branch or ws.profile.bank
    count = write_table(
        out,
        "推荐名单",
        _header(["来源渠道", "对接状态"]),
        _rows(
            ws,
            stmt,
            full,
            lambda f: [SOURCE_CHANNELS.zh(f.source_channel), Stage(f.stage).label_zh],
            progress,
            cancel,
        ),
        title=f"{unit}首贷培育推荐企业名单" if unit else "首贷培育推荐企业名单",
        widths=_WIDTHS,
    )
    _audit(ws, "export.recommendations", "导出推荐名单", count, out, full)
    return count


def export_feedback(
    ws: Workspace,
    list_name: str,
    out: Path,
    *,
    full: bool = False,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """The firms currently on a received list, with where each stands (对接状态)."""
    refuse_protected_output(ws.data_dir, out)
    with ws.db.session() as session:
        list_id = session.scalar(select(RegionalList.id).where(RegionalList.name == list_name))
        if list_id is None:
            known = list(session.scalars(select(RegionalList.name)))
            names = "、".join(known) or "（尚未导入任何名单）"
            names_en = ", ".join(known) or "(no list imported yet)"
            raise UnknownList(
                f"没有名为“{list_name}”的名单；已有：{names}",
                en=f"There is no list named “{list_name}”; the lists are: {names_en}",
            )
    stmt = (
        select(Firm)
        .join(ListMembership, ListMembership.firm_id == Firm.id)
        .where(ListMembership.list_id == list_id, ListMembership.active)
        .order_by(Firm.name_key, Firm.id)
    )
    count = write_table(
        out,
        "对接情况反馈",
        _header(["对接状态", "状态日期"]),
        _rows(ws, stmt, full, lambda f: [Stage(f.stage).label_zh, f.stage_changed_at], progress, cancel),
        title=f"{list_name}对接情况反馈",
        widths=_WIDTHS,
    )
    _audit(ws, "export.feedback", f"导出“{list_name}”对接情况反馈", count, out, full)
    return count
