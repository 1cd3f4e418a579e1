"""Choosing the programme: stored, audited, every firm's loans judged again (with the reason in their
history); Cancel leaves the old programme and verdicts; voided loans count nowhere, re-entered or not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.services.firm_state import refresh_firm
from desktop.services.jobs import Cancelled, CancelToken
from desktop.services.programme import programme_report
from desktop.services.programme_profile import APPLIED, current_programme, needs_rederive
from desktop.services.programme_setup import rederive_first_loans, set_programme
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Firm, Loan, Setting, StageChange
from desktop.store.settings import set_setting
from tests.history_factories import TODAY, build_history


def _statuses(ws: Workspace) -> dict[str, list[str]]:
    with ws.db.session() as s:
        rows = s.execute(
            select(Firm.name, Loan.first_loan_status).join(Firm, Firm.id == Loan.firm_id).order_by(Loan.id)
        )
        found: dict[str, list[str]] = {}
        for name, status in rows:
            found.setdefault(name[3], []).append(status)
        return found


def test_changing_the_programme_judges_every_loan_again(workspace: Workspace) -> None:
    build_history(workspace, "xinxiang")
    assert _statuses(workspace)["C"] == ["not_first"] and _statuses(workspace)["D"] == [
        "not_first",
        "not_first",
    ]
    change = set_programme(workspace, "xinzhou")
    assert change.rederived.firms == 7  # every firm with a loan, voided or not
    assert change.rederived.changed == {
        "not_first->first": 2
    }  # C (settled 2019), D's loan after the discount
    statuses = _statuses(workspace)
    assert (
        statuses["C"] == ["first"]
        and statuses["D"] == ["not_first", "first"]
        and statuses["F"] == ["not_first"]
    )
    with workspace.db.session() as s:
        audit = s.scalar(
            select(AuditEntry).where(AuditEntry.action == "programme.set").order_by(AuditEntry.id.desc())
        )
        assert audit is not None and audit.old["code"] == "xinxiang" and audit.new["code"] == "xinzhou"
        moves = s.scalars(
            select(StageChange).where(
                StageChange.cause == "correction", StageChange.reason.like("首贷口径调整为%")
            )
        )
        assert {m.to_stage for m in moves} >= {"first_loan"}
    assert current_programme(workspace).code == "xinzhou" and not needs_rederive(workspace)
    # The same rule again: nothing to judge again.
    assert set_programme(workspace, "xinzhou").rederived.firms == 0


def test_editing_the_look_back_years_judges_again(workspace: Workspace) -> None:
    build_history(workspace, "xinzhou")
    assert _statuses(workspace)["C"] == ["first"]  # settled 2019-06-30, 7 years before the loan
    set_programme(workspace, "xinzhou", {"lookback_years": 8})
    assert _statuses(workspace)["C"] == ["not_first"]
    assert current_programme(workspace).lookback_years == 8
    with pytest.raises(DomainError, match="回溯年数"):
        set_programme(workspace, "xinzhou", {"lookback_years": 0})


def test_cancel_leaves_the_old_programme_and_verdicts(workspace: Workspace) -> None:
    build_history(workspace, "xinxiang")
    before = _statuses(workspace)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        set_programme(workspace, "quanzhou", cancel=token)
    assert current_programme(workspace).code == "xinxiang" and _statuses(workspace) == before


def test_an_upgraded_database_is_judged_again_once(workspace: Workspace) -> None:
    build_history(workspace, "xinxiang")
    with workspace.db.write() as s:  # as after the upgrade: the old yes/no flag, no rule applied yet
        for loan in s.scalars(select(Loan)):
            loan.first_loan_status = "first" if loan.live else "not_first"
        s.delete(s.get(Setting, APPLIED))
    assert needs_rederive(workspace)
    assert programme_report(workspace, 2026, today=TODAY).rederive_pending
    result = rederive_first_loans(workspace)
    assert result.firms == 7 and not needs_rederive(workspace)
    assert _statuses(workspace)["B"] == ["unverified"] and _statuses(workspace)["E"] == ["not_first"]


def test_refresh_uses_the_stored_programme_and_a_voided_first_loan_counts_nowhere(
    workspace: Workspace,
) -> None:
    firms = build_history(workspace, "quanzhou")
    d = firms["D"]
    assert _statuses(workspace)["D"] == ["first", "not_first"]  # the discount is 泉州's first loan
    with workspace.db.write() as s:
        discount = s.scalar(select(Loan).where(Loan.firm_id == d.id, Loan.kind == "discount"))
        assert discount is not None
        discount.voided_at = datetime(2026, 11, 2, tzinfo=UTC)
        firm = s.get(Firm, d.id)
        assert firm is not None
        refresh_firm(s, "测试", firm, TODAY, correction="录入错误")  # no rule passed: the stored one
    assert _statuses(workspace)["D"] == ["not_first", "first"]  # one 首贷 per firm, the next loan now
    figures = programme_report(workspace, 2026, today=TODAY).figures
    assert figures.first_loan_firms == 3 and figures.new_loan_amount == 370  # 390 less the voided 20
    with workspace.db.write() as s:
        set_setting(s, "programme", {"code": "xinxiang", "edits": {}})
        firm = s.get(Firm, d.id)
        assert firm is not None
        refresh_firm(s, "测试", firm, TODAY)
    assert _statuses(workspace)["D"] == ["not_first", "first"]  # 新乡: the voided discount blocks nothing


def test_recording_the_settled_date_decides_a_xinzhou_first_loan(workspace: Workspace) -> None:
    from desktop.domain.errors import DomainError as Refused
    from desktop.services.dossiers import update_dossier

    firms = build_history(workspace, "xinzhou")
    b = firms["B"]
    assert _statuses(workspace)["B"] == ["unverified"]
    update_dossier(workspace, b.uscc, {"has_loan_record": "有", "last_loan_settled": "2023-01-01"})
    assert _statuses(workspace)["B"] == ["not_first"]  # a loan within the 5 years before 2026-02-20
    update_dossier(workspace, b.uscc, {"last_loan_settled": "2020-02-20"})
    assert _statuses(workspace)["B"] == ["first"]  # settled 6 years before: 近5年内无贷款记录
    with pytest.raises(Refused, match="晚于今天"):
        update_dossier(workspace, b.uscc, {"credit_query_date": "2027-01-01"})
