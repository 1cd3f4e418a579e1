"""What the whole record (issue 18) and the figures (issue 19) added travels between a branch's laptops:
the new columns, corrections and voids of every record, a target's void undone and its scope corrected,
the ledger notes as versions, and 首贷 judged by each laptop's own programme."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.domain.firstloan import FirstLoanStatus
from desktop.services.corrections import void_record
from desktop.services.credits import CreditInput, add_credit
from desktop.services.dossiers import update_dossier
from desktop.services.ledger_notes import note_history, set_ledger_notes
from desktop.services.loans import LoanInput, add_loan
from desktop.services.plans import PlanInput, TaskInput, complete_task, save_plan
from desktop.services.programme_setup import set_programme
from desktop.services.serving_banks import add_bank_relationship
from desktop.services.sync_registry import BY_NAME, STAYS_LOCAL, VOID_FIELDS
from desktop.services.targets import edit_target, list_targets, set_target
from desktop.services.visits import VisitInput, add_visit, edit_visit
from desktop.store.models import BankRelationship, Dossier, Firm, Loan, Plan, PlanTask, Visit
from tests.branch_helpers import Laptop, branch, hand_out
from tests.factories import add_firm


def _firm_id(laptop: Laptop, uscc: str) -> int:
    with laptop.ws.db.session() as session:
        found = session.scalar(select(Firm.id).where(Firm.uscc == uscc))
        assert found is not None
        return found


def test_every_column_of_an_exchanged_table_travels_or_is_said_to_stay() -> None:
    """A column added to a synchronised table must be declared: it travels, or STAYS_LOCAL says why not."""
    for rt in BY_NAME.values():
        if rt.name == "ledger_note":
            continue  # versions: sync_notes sends the latest note's fields
        declared = {*rt.fields, *rt.derived_fields, *(r.column for r in rt.refs), "id", "uid", "origin"}
        declared |= {rt.firm_column} if rt.firm_column else set()
        declared |= set(VOID_FIELDS) if rt.voidable else set()
        declared |= set(rt.key) if isinstance(rt.key, tuple) else {"uscc", "name_key", "name_initials"}
        declared |= set(STAYS_LOCAL.get(rt.name, {}))
        columns = {c.name for c in rt.model.__table__.columns}
        assert columns <= declared, (rt.name, sorted(columns - declared))


def test_the_dossier_plan_and_bank_fields_of_the_whole_record_travel(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        update_dossier(
            zhang.ws, code, {}, criteria={"premises": True}, criteria_notes={"premises": "自有厂房"},
            free_tags=["返乡创业"],
        )  # fmt: skip
        save_plan(
            zhang.ws,
            code,
            PlanInput(
                on=date(2026, 11, 12),
                diagnosis=["no_info"],
                measures=["finance_coaching"],
                measures_note="先办结算再谈授信",
                tasks=[TaskInput("补齐报表", owner="李会计")],
            ),
        )
        with zhang.ws.db.session() as session:
            task_id = session.scalars(select(PlanTask.id)).one()
        complete_task(zhang.ws, task_id, date(2026, 11, 15), note="报表已收")
        add_bank_relationship(zhang.ws, code, "中国工商银行", roles=("settlement", "loan"))
        coordinator.take(zhang.export())
        firm_id = _firm_id(coordinator, code)
        with coordinator.ws.db.session() as session:
            dossier = session.get(Dossier, firm_id)
            assert dossier is not None
            assert dossier.criteria_notes == {"premises": "自有厂房"} and dossier.free_tags == ["返乡创业"]
            plan = session.scalars(select(Plan).where(Plan.firm_id == firm_id)).one()
            assert plan.measures_note == "先办结算再谈授信"
            task = session.scalars(select(PlanTask)).one()
            assert (task.owner, task.done, task.done_note) == ("李会计", True, "报表已收")
            bank = session.scalars(select(BankRelationship)).one()
            assert (bank.has_settlement, bank.has_loan, bank.has_credit) == (True, True, False)


def test_corrections_and_voids_travel_and_the_stage_follows(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1, has_loan_record=False, has_discount_record=False)
        hand_out(coordinator, zhang, [code])
        visit = add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
        add_credit(zhang.ws, code, CreditInput(on=date(2026, 11, 12), amount="100", guarantee="credit"))
        loan = add_loan(zhang.ws, code, LoanInput(on=date(2026, 11, 13), amount="50"))
        coordinator.take(zhang.export())
        with coordinator.ws.db.session() as session:
            assert session.scalar(select(Firm.stage).where(Firm.uscc == code)) == "first_loan"
        assert visit.id is not None and loan.id is not None
        edit_visit(zhang.ws, visit.id, {"on": date(2026, 11, 9)}, "日期记错")
        void_record(zhang.ws, "loan", loan.id, "重复录入")
        coordinator.take(zhang.export())
        with coordinator.ws.db.session() as session:
            assert session.scalars(select(Visit.date)).one() == date(2026, 11, 9)
            voided = session.scalars(select(Loan)).one()
            assert voided.void_reason == "重复录入" and voided.voided_by == zhang.ws.actor
            assert voided.first_loan_status == FirstLoanStatus.NOT_FIRST.value  # a void counts nowhere
            assert session.scalar(select(Firm.stage).where(Firm.uscc == code)) == "credited"


def test_a_target_voided_set_again_and_moved_to_another_scope_travels(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        target = set_target(coordinator.ws, 2026, "county", "红旗区", firms=30, first_loans=10, amount=None)
        zhang.take(coordinator.export("张三"))
        [got] = list_targets(zhang.ws, 2026)
        assert (got.scope_name, got.firms_target) == ("红旗区", 30)
        void_record(coordinator.ws, "target", target.id, "录错县区")
        zhang.take(coordinator.export("张三"))
        assert list_targets(zhang.ws, 2026) == []
        # Set again after the void: the target is back on every laptop (a target's void can be undone).
        set_target(coordinator.ws, 2026, "county", "红旗区", firms=25, first_loans=None, amount=None)
        zhang.take(coordinator.export("张三"))
        [back] = list_targets(zhang.ws, 2026)
        assert (back.firms_target, back.first_loans_target) == (25, None)
        # Corrected to another county: the old county's target is gone there too, the new one arrives.
        edit_target(coordinator.ws, target.id, {"scope_name": "牧野区"}, "县区更正")
        zhang.take(coordinator.export("张三"))
        [moved] = list_targets(zhang.ws, 2026)
        assert (moved.scope_name, moved.firms_target) == ("牧野区", 25)
        [old] = [t for t in list_targets(zhang.ws, 2026, voided=True) if t.scope_name == "红旗区"]
        assert old.voided_at is not None


def test_a_ledger_note_arrives_as_a_version_by_the_officer_who_wrote_it(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
        set_ledger_notes(zhang.ws, "2026-11", [code], problem="缺少抵押物")
        coordinator.take(zhang.export())
        set_ledger_notes(zhang.ws, "2026-11", [code], problem="缺少抵押物和报表", reason="补充")
        coordinator.take(zhang.export())
        history = note_history(coordinator.ws, "2026-11", code)
        assert [(v.problem, v.actor) for v in history] == [
            ("缺少抵押物", zhang.ws.actor),
            ("缺少抵押物和报表", zhang.ws.actor),
        ]
        assert history[0].reason is None and history[1].reason  # the earlier text stays readable


def test_first_loans_are_judged_by_each_laptops_own_programme(tmp_path: Path) -> None:
    """The programme does not travel: a laptop judging by another programme works the verdicts out by its
    own rule instead of taking the sender's (the old build took them: the digest named one fixed rule)."""
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1, has_loan_record=True, has_discount_record=False)
        update_dossier(coordinator.ws, code, {"last_loan_settled": date(2018, 5, 1)})
        set_programme(coordinator.ws, "xinzhou")  # 首贷: no loan within the last 5 years
        hand_out(coordinator, zhang, [code])
        add_credit(zhang.ws, code, CreditInput(on=date(2026, 11, 1), amount="100", guarantee="credit"))
        add_loan(zhang.ws, code, LoanInput(on=date(2026, 11, 2), amount="50"))
        coordinator.take(zhang.export())
        verdicts = []
        for laptop in (zhang, coordinator):
            with laptop.ws.db.session() as session:
                verdicts.append(session.scalars(select(Loan.first_loan_status)).one())
        # The officer's default programme: a firm with a loan record never has a 首贷; 忻州's: it does.
        assert verdicts == [FirstLoanStatus.NOT_FIRST.value, FirstLoanStatus.FIRST.value]
