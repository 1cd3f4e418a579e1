"""Three laptops of one branch (a coordinator and two officers, each its own data directory and keyring):
the properties of the merge (issue 22, item 4) and one branch ledger (item 5)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from desktop.services.branch import branch_officers, missing_packages
from desktop.services.credits import CreditInput, add_credit
from desktop.services.dossiers import add_contact, update_dossier
from desktop.services.firm_edit import edit_firm_fields
from desktop.services.ledger import ledger_rows, set_ledger_note
from desktop.services.loans import LoanInput, add_loan
from desktop.services.plans import PlanInput, save_plan
from desktop.services.sync_conflicts import open_conflicts, resolve_conflict
from desktop.services.sync_history import firm_history, verify_remote_chains
from desktop.services.visits import VisitInput, add_visit
from desktop.store.audit import verify_chain
from desktop.store.models import AuditEntry, Firm, Loan, Plan, Visit
from tests.branch_helpers import Laptop, branch, hand_out
from tests.factories import add_firm


def _firm(laptop: Laptop, uscc: str) -> Firm:
    with laptop.ws.db.session() as session:
        firm = session.scalar(select(Firm).where(Firm.uscc == uscc))
        assert firm is not None
        return firm


def _count(laptop: Laptop, model: type) -> int:
    with laptop.ws.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_officer_work_reaches_the_coordinator_and_twice_changes_nothing(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        codes = [add_firm(coordinator.ws, n) for n in range(1, 4)]
        got = hand_out(coordinator, zhang, codes)
        assert got.new >= 3 and _firm(zhang, codes[0]).assigned_officer == "张三"
        add_visit(zhang.ws, codes[0], VisitInput(on=date(2026, 11, 10), mode="site"))
        package = zhang.export()
        first = coordinator.take(package)
        assert first.sender == "张三" and first.new == 2  # the visit and the stage move it made
        assert _firm(coordinator, codes[0]).stage == "contacted"
        before = (_count(coordinator, Visit), _count(coordinator, AuditEntry))
        again = coordinator.take(package)
        assert (again.new, again.updated, again.already_had) == (0, 0, first.new)
        assert again.warnings
        assert _count(coordinator, Visit) == before[0]


def test_a_field_changed_on_both_sides_is_a_conflict_and_both_values_stay(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        edit_firm_fields(zhang.ws, code, {"address": "新乡市红旗区一号"})
        edit_firm_fields(coordinator.ws, code, {"address": "新乡市牧野区二号"})
        result = coordinator.take(zhang.export())
        [conflict] = result.to_json()["conflicts"]
        assert conflict == {
            "uscc": code,
            "field": "firm.address",
            "mine": "新乡市牧野区二号",
            "theirs": "新乡市红旗区一号",
        }
        [open_one] = open_conflicts(coordinator.ws)
        resolve_conflict(coordinator.ws, open_one.id, take="theirs")
        assert _firm(coordinator, code).address == "新乡市红旗区一号"
        assert open_conflicts(coordinator.ws) == []
        # The pick travels: the officer's laptop takes it and its own conflict is settled too.
        zhang.take(coordinator.export("张三"))
        assert _firm(zhang, code).address == "新乡市红旗区一号"
        assert open_conflicts(zhang.ws) == []


def test_a_later_change_wins_without_conflict(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        update_dossier(zhang.ws, code, {"employees": 12})
        coordinator.take(zhang.export())
        update_dossier(coordinator.ws, code, {"employees": 15})
        result = zhang.take(coordinator.export("张三"))
        assert result.conflicts == []
        with zhang.ws.db.session() as session:
            from desktop.store.models import Dossier

            assert session.get(Dossier, _firm(zhang, code).id).employees == 15  # type: ignore[union-attr]


def test_packages_in_any_order_end_in_the_same_state(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, li)):
        a, b = add_firm(coordinator.ws, 1), add_firm(coordinator.ws, 2)
        hand_out(coordinator, zhang, [a])
        hand_out(coordinator, li, [b])
        add_visit(zhang.ws, a, VisitInput(on=date(2026, 11, 2), mode="site"))
        first_zhang = zhang.export()
        save_plan(
            zhang.ws, a, PlanInput(on=date(2026, 11, 5), diagnosis=["no_info"], measures=["finance_coaching"])
        )
        second_zhang = zhang.export()
        add_visit(li.ws, b, VisitInput(on=date(2026, 11, 3), mode="phone"))
        from_li = li.export()
        for package in (second_zhang, from_li, first_zhang):  # the newer one first
            coordinator.take(package)
        assert _firm(coordinator, a).stage == "cultivating" and _firm(coordinator, b).stage == "contacted"
        assert _count(coordinator, Visit) == 2 and _count(coordinator, Plan) == 1


def test_one_first_loan_per_firm_across_the_branch(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, li)):
        code = add_firm(coordinator.ws, 1, has_loan_record=False, has_discount_record=False)
        hand_out(coordinator, zhang, [code])
        add_credit(zhang.ws, code, CreditInput(on=date(2026, 11, 1), amount="100", guarantee="credit"))
        add_loan(zhang.ws, code, LoanInput(on=date(2026, 11, 2), amount="50"))
        coordinator.take(zhang.export())
        hand_out(coordinator, li, [code])  # handed over: 李四 gets the firm with its history
        add_credit(li.ws, code, CreditInput(on=date(2026, 11, 10), amount="80", guarantee="credit"))
        add_loan(li.ws, code, LoanInput(on=date(2026, 11, 11), amount="30"))
        coordinator.take(li.export())
        with coordinator.ws.db.session() as session:
            statuses = sorted(session.scalars(select(Loan.first_loan_status)))
        assert statuses == ["first", "not_first"]
        assert _firm(coordinator, code).assigned_officer == "李四"


def test_no_audit_entry_is_lost_and_every_chain_verifies(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
        add_contact(zhang.ws, code, "刘经理", phone="13800000000")
        coordinator.take(zhang.export())
        with zhang.ws.db.session() as session:
            officer_entries = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
        [chain] = [c for c in verify_remote_chains(coordinator.ws) if c.laptop == "张三"]
        assert chain.intact and chain.complete and chain.entries >= officer_entries - 1
        for laptop in (coordinator, zhang):
            with laptop.ws.db.session() as session:
                assert verify_chain(session) == []
        laptops = {line.laptop for line in firm_history(coordinator.ws, code)}
        assert {"本机", "张三"} <= laptops


def test_the_coordinator_sees_who_has_not_sent_the_month(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, li)):
        a, b = add_firm(coordinator.ws, 1), add_firm(coordinator.ws, 2)
        hand_out(coordinator, zhang, [a])
        hand_out(coordinator, li, [b])
        zhang.ws.clock = lambda: date(2026, 12, 1)
        coordinator.take(zhang.export())
        assert missing_packages(coordinator.ws, "2026-11") == ["李四"]
        officers = {o.officer: o for o in branch_officers(coordinator.ws)}
        assert officers["张三"].firms == 1 and officers["李四"].firms == 1


def _problem(laptop: Laptop, code: str) -> tuple[str, str]:
    [row] = [r for r in ledger_rows(laptop.ws, "2026-11") if r.uscc == code]
    return row.problem, row.remark


def test_the_ledger_notes_travel_and_merge_like_fields(tmp_path: Path) -> None:
    """存在的主要问题 / 备注 (kept as versions in ledger_note) reach the coordinator's
    ledger; a later change wins; a note changed on both sides is a conflict a person picks."""
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
        set_ledger_note(zhang.ws, "2026-11", code, problem="缺少抵押物", remark=None)
        got = coordinator.take(zhang.export())
        assert got.conflicts == [] and _problem(coordinator, code) == ("缺少抵押物", "")
        set_ledger_note(coordinator.ws, "2026-11", code, problem=None, remark="已转担保公司")
        zhang.take(coordinator.export("张三"))
        assert _problem(zhang, code) == ("缺少抵押物", "已转担保公司")
        again = coordinator.take(zhang.export())
        assert again.conflicts == []  # the officer's laptop sends back nothing new about the note
        # Both sides change the problem before they exchange: a conflict, both values kept.
        set_ledger_note(zhang.ws, "2026-11", code, problem="财务报表不全", remark=None)
        set_ledger_note(coordinator.ws, "2026-11", code, problem="担保不足", remark=None)
        result = coordinator.take(zhang.export())
        [conflict] = result.to_json()["conflicts"]
        assert conflict == {
            "uscc": code,
            "field": "ledger_note.problem",
            "mine": "担保不足",
            "theirs": "财务报表不全",
        }
        [open_one] = open_conflicts(coordinator.ws)
        resolve_conflict(coordinator.ws, open_one.id, take="theirs")
        assert _problem(coordinator, code) == ("财务报表不全", "已转担保公司")
        zhang.take(coordinator.export("张三"))
        assert _problem(zhang, code) == ("财务报表不全", "已转担保公司") and open_conflicts(zhang.ws) == []


def test_same_day_loans_are_ordered_alike_on_every_laptop(tmp_path: Path) -> None:
    """Two loans of one day recorded on two laptops: the one entered first is the 首贷 on both, though
    each laptop numbers its own loan first (the tie-break is by entry time and global id, not row id)."""
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1, has_loan_record=False, has_discount_record=False)
        hand_out(coordinator, zhang, [code])
        add_credit(zhang.ws, code, CreditInput(on=date(2026, 11, 1), amount="100", guarantee="credit"))
        add_loan(zhang.ws, code, LoanInput(on=date(2026, 11, 2), amount="50"))
        from_zhang = zhang.export()
        add_credit(coordinator.ws, code, CreditInput(on=date(2026, 11, 1), amount="100", guarantee="credit"))
        add_loan(coordinator.ws, code, LoanInput(on=date(2026, 11, 2), amount="60"))
        coordinator.take(from_zhang)
        zhang.take(coordinator.export("张三"))
        add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 12), mode="site"))  # works it out again here
        firsts = []
        for laptop in (coordinator, zhang):
            with laptop.ws.db.session() as session:
                firsts.append(
                    session.execute(select(Loan.amount, Loan.first_loan_status).order_by(Loan.amount)).all()
                )
        assert firsts[0] == firsts[1]
        assert [status for _, status in firsts[0]] == ["first", "not_first"]  # 张三's 50, entered first
