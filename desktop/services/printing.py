"""Printing dossiers (一企一档) and plans (一企一策) to PDF, one firm or many, each print audited.

Phone and ID numbers are masked unless the officer asks for a full copy (and the audit says so).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.domain.errors import DomainError, Message
from desktop.domain.stages import Stage
from desktop.reports.dossier_data import DossierData, gather
from desktop.reports.dossier_pdf import write_dossiers
from desktop.reports.fonts import load_font
from desktop.reports.pdf_base import PrintHeader
from desktop.services.firms import get_firm
from desktop.services.jobs import CancelToken, ProgressCallback, no_progress
from desktop.services.workspace import Workspace
from desktop.store.atomic_file import AtomicFile
from desktop.store.audit import append_audit
from desktop.store.models import Firm
from desktop.store.protected_paths import refuse_protected_output
from desktop.store.value_lists import among


@dataclass(frozen=True)
class PrintResult:
    files: list[Path]
    firms: int


def _header(ws: Workspace, full: bool, today: date | None) -> PrintHeader:
    p = ws.profile
    return PrintHeader(p.bank, p.branch, p.officer or ws.actor, today or date.today(), full_copy=full)


def _check_out(ws: Workspace, out: Path, *, directory: bool = False) -> None:
    refuse_protected_output(ws.data_dir, out)
    if directory:
        if out.exists() and not out.is_dir():
            raise DomainError(f"{out} 不是目录", en=f"{out} is not a folder")
        return
    if out.suffix.lower() != ".pdf":
        raise DomainError(f"PDF 文件名应以 .pdf 结尾：{out}", en=f"A PDF file name should end in .pdf: {out}")
    if not out.parent.exists():
        raise DomainError(f"目录不存在：{out.parent}", en=f"The folder does not exist: {out.parent}")


def _audit(ws: Workspace, action: str, summary: str, firm_id: int | None, new: dict[str, object]) -> None:
    with ws.db.write() as session:
        append_audit(
            session,
            actor=ws.actor,
            action=action,
            entity="firm" if firm_id else "report",
            entity_id=firm_id,
            firm_id=firm_id,
            summary=summary,
            new=new,
        )


def _write_atomic(
    out: Path,
    items: Sequence[DossierData],
    header: PrintHeader,
    plan_only: bool,
    on_section: Callable[[int], None] | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """Lay the PDF out beside ``out`` and rename it into place; a Cancel up to the rename leaves no file."""
    with AtomicFile(out) as part:
        write_dossiers(str(part.temp), items, header, load_font(), plan_only=plan_only, on_section=on_section)
        if cancel:
            cancel.raise_if_cancelled()
        part.commit()


def print_dossier(
    ws: Workspace,
    uscc: str,
    out: Path,
    *,
    full: bool = False,
    plan_only: bool = False,
    today: date | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> PrintResult:
    """One firm's dossier, or only its plan (一企一策), as a PDF. Cancel, checked before the layout, between
    its sections and before the file is put in place, leaves no file and no audit entry."""
    _check_out(ws, out)
    header = _header(ws, full, today)
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        progress(0, 2, Message("读取档案", "Reading the dossier"))
        data = gather(session, firm, ws.calendar, header.printed_on)
        if plan_only and data.plan is None:
            raise DomainError(
                f"{firm.name} 尚未制定一企一策培植方案",
                en=f"{firm.name} has no cultivation plan (一企一策) yet",
            )
        if cancel:
            cancel.raise_if_cancelled()

        def on_section(_n: int) -> None:
            if cancel:
                cancel.raise_if_cancelled()
            progress(1, 2, Message("排版", "Laying out the pages"))

        _write_atomic(out, [data], header, plan_only, on_section, cancel)
    progress(2, 2, Message("完成", "Done"))
    kind = "一企一策" if plan_only else "一企一档"
    _audit(
        ws,
        "plan.print" if plan_only else "dossier.print",
        f"打印{kind}：{firm.name}" + ("（完整副本，含未遮蔽的电话和证件号码）" if full else ""),
        firm.id,
        {"file": str(out), "firms": 1, "full": full},
    )
    return PrintResult([out], 1)


def print_dossiers(
    ws: Workspace,
    out: Path,
    *,
    stages: Sequence[Stage] = (),
    county: str | None = None,
    usccs: Sequence[str] | None = None,
    full: bool = False,
    today: date | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> PrintResult:
    """Many dossiers: into one PDF when ``out`` ends in .pdf, else one PDF per firm in directory ``out``.
    The firms: those of ``usccs`` in that order (the firm table's rows), else by stage and county.

    Cancel removes whatever this run wrote.
    """
    one_file = out.suffix.lower() == ".pdf"
    _check_out(ws, out, directory=not one_file)
    header = _header(ws, full, today)
    written: list[Path] = []
    with ws.db.session() as session:
        query = select(Firm).order_by(Firm.county, Firm.name, Firm.id)
        if stages:
            query = query.where(Firm.stage.in_([s.value for s in stages]))
        if county:
            query = query.where(Firm.county == county)
        if usccs is not None:
            # Any number of codes; the caller's order kept.
            found = {f.uscc: f for f in session.scalars(select(Firm).where(among(Firm.uscc, usccs)))}
            firms = [found[code] for code in dict.fromkeys(usccs) if code in found]
        else:
            firms = list(session.scalars(query))
        if not firms:
            raise DomainError(
                "没有符合条件的企业可打印", en="No firm matches the conditions, so there is nothing to print"
            )
        total = len(firms)
        try:
            if one_file:
                items = []
                for i, firm in enumerate(firms):
                    if cancel:
                        cancel.raise_if_cancelled()
                    items.append(gather(session, firm, ws.calendar, header.printed_on))
                    progress(i, total * 2, Message("读取档案", "Reading the dossier"))

                def on_section(n: int) -> None:
                    if cancel:
                        cancel.raise_if_cancelled()
                    progress(total + n - 1, total * 2, Message(f"排版第 {n} 户", f"Laying out firm {n}"))

                _write_atomic(out, items, header, False, on_section, cancel)
                written.append(out)
            else:
                out.mkdir(parents=True, exist_ok=True)
                for i, firm in enumerate(firms):
                    if cancel:
                        cancel.raise_if_cancelled()
                    path = out / f"一企一档_{firm.uscc}.pdf"
                    refuse_protected_output(ws.data_dir, path)
                    _write_atomic(
                        path,
                        [gather(session, firm, ws.calendar, header.printed_on)],
                        header,
                        False,
                        None,
                        cancel,
                    )
                    written.append(path)
                    progress(i + 1, total, Message(f"已打印 {i + 1}/{total}", f"Printed {i + 1} of {total}"))
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
    progress(total, total, Message("完成", "Done"))
    _audit(
        ws,
        "dossier.print_batch",
        f"批量打印一企一档：{total} 户" + ("（完整副本）" if full else ""),
        None,
        {"out": str(out), "firms": total, "files": len(written), "full": full},
    )
    return PrintResult(written, total)


def pdf_header(ws: Workspace, today: date | None = None, *, mark: str | None = None) -> PrintHeader:
    """The page header of a printed document (bank, branch, officer, date); ``mark`` replaces 内部资料 on a
    document for the firm or the public."""
    header = _header(ws, False, today)
    return PrintHeader(header.bank, header.branch, header.officer, header.printed_on, mark=mark)


def check_pdf_path(ws: Workspace, out: Path) -> None:
    """A PDF may be written to ``out``: not a file of the data directory, named .pdf, in a folder that exists."""
    _check_out(ws, out)
