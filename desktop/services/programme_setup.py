"""Choosing the programme profile (设置 → 项目, ``firstloan programme set``) and judging every firm's loans
again by its 首贷 rule: when the rule changes, and once after the upgrade that introduced programmes.

Setting the programme and re-deriving are one transaction: Cancel (between firms) leaves the old programme
and every old verdict in place. Each firm whose verdicts or stage change gets the reason in its history.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import Message
from desktop.domain.programmes import (
    Programme,
    first_loan_rule,
    programme,
    programme_from_settings,
    rule_fingerprint,
)
from desktop.services.firm_state import refresh_firm
from desktop.services.jobs import CancelToken, ProgressCallback, no_progress
from desktop.services.programme_profile import APPLIED, SETTING, load_programme, stored_settings
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Firm, Loan
from desktop.store.settings import get_setting, set_setting

CHUNK = 200


@dataclass(frozen=True)
class Rederived:
    firms: int = 0  # firms with loans judged again
    changed: Counter[str] = field(default_factory=Counter)  # "first->unverified" -> loans
    stage_moves: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"firms": self.firms, "changed": dict(self.changed), "stage_moves": self.stage_moves}


@dataclass(frozen=True)
class ProgrammeChange:
    programme: Programme
    rederived: Rederived


def _rederive(
    session: Session,
    ws: Workspace,
    prog: Programme,
    reason: str,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> Rederived:
    firm_ids = list(session.scalars(select(Loan.firm_id).distinct().order_by(Loan.firm_id)))
    changed: Counter[str] = Counter()
    moves = 0
    for n, firm_id in enumerate(firm_ids, start=1):
        if cancel is not None and n % CHUNK == 1:
            cancel.raise_if_cancelled()
        firm = session.get(Firm, firm_id)
        assert firm is not None
        before = dict(
            session.execute(select(Loan.id, Loan.first_loan_status).where(Loan.firm_id == firm_id)).all()
        )
        result = refresh_firm(
            session,
            ws.actor,
            firm,
            ws.today(),
            correction=reason,
            rule=first_loan_rule(prog, firm.entity_type),
        )
        moves += result.stage_move is not None
        for loan_id, status in session.execute(
            select(Loan.id, Loan.first_loan_status).where(Loan.firm_id == firm_id)
        ):
            if before.get(loan_id) != status:
                changed[f"{before.get(loan_id)}->{status}"] += 1
        if n % 50 == 0 or n == len(firm_ids):
            progress(
                n,
                len(firm_ids),
                Message(
                    f"按新口径重新认定首贷：{n}/{len(firm_ids)} 户",
                    f"Judging first loans again by the new rule: {n} of {len(firm_ids)} firms",
                ),
            )
    if cancel is not None:
        cancel.raise_if_cancelled()
    set_setting(session, APPLIED, rule_fingerprint(prog))
    return Rederived(len(firm_ids), changed, moves)


def _reason(prog: Programme) -> str:
    return f"首贷口径调整为：{prog.name_zh}（{prog.first_loan_text('zh_CN')}）"


def set_programme(
    ws: Workspace,
    code: str,
    edits: dict[str, Any] | None = None,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ProgrammeChange:
    """Store the programme (with the officer's edits) and, if its 首贷 rule differs from the one the stored
    verdicts were made with, judge every firm's loans again. Edits of the same programme are merged with
    the stored ones; choosing another programme starts from its seed's profile."""
    programme(code)  # a clear error for an unknown name, before anything else
    with ws.db.write() as session:
        old = stored_settings(session)
        merged = dict(old.get("edits") or {}) if old.get("code") == code else {}
        merged.update(edits or {})
        new = {"code": code, "edits": merged}
        prog = programme_from_settings(new)  # validates every edit
        set_setting(session, SETTING, new)
        append_audit(
            session,
            actor=ws.actor,
            action="programme.set",
            entity="setting",
            entity_id=SETTING,
            summary=f"项目口径：{prog.name_zh}",
            old=old or None,
            new=new,
        )
        rederived = Rederived()
        if get_setting(session, APPLIED) != rule_fingerprint(prog):
            rederived = _rederive(session, ws, prog, _reason(prog), progress, cancel)
    progress(1, 1, Message("完成", "Done"))
    return ProgrammeChange(prog, rederived)


def rederive_first_loans(
    ws: Workspace, *, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
) -> Rederived:
    """Judge every firm's loans again by the stored programme's rule (after the upgrade; on demand)."""
    with ws.db.write() as session:
        prog = load_programme(session)
        result = _rederive(session, ws, prog, f"首贷按项目口径重新认定：{prog.name_zh}", progress, cancel)
        append_audit(
            session,
            actor=ws.actor,
            action="programme.rederive",
            entity="setting",
            entity_id=SETTING,
            summary=f"按项目口径重新认定首贷：{result.firms} 户",
            new=result.to_json(),
        )
    return result


def firms_with_loans(ws: Workspace) -> int:
    """How many firms a re-derivation would judge (every firm with a loan, voided or not)."""
    with ws.db.session() as session:
        return len(set(session.scalars(select(Loan.firm_id).distinct())))
