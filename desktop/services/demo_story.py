"""The demo's story of one firm (desktop/services/demo.py): a year of work up to today, never after it,
with the 首贷 verdict of the programme's rule and the stages the replay of the records gives."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.domain.firstloan import CreditReport, LoanFact, first_loan_verdicts
from desktop.domain.programmes import Programme, first_loan_rule
from desktop.domain.stages import MAIN_PATH, Stage
from desktop.domain.workcalendar import WorkCalendar
from desktop.services import demo_data as vocab
from desktop.services.firm_state import credit_report
from desktop.store.models import Credit, Demand, Dossier, Firm, Loan, Plan, PlanTask, StageChange, Visit

DEMO_BANK = "中原银行"


class Story:
    """Writes one firm's year of work so that every record and the stage history agree: nothing is dated
    after today (a story that would go on past today stops there), the 首贷 verdict is the programme's
    rule on the firm's credit-report facts, and the stages are those the replay of the records gives."""

    def __init__(
        self, session: Session, rng: random.Random, calendar: WorkCalendar, today: date, prog: Programme
    ) -> None:
        self.session, self.rng, self.calendar, self.today, self.prog = session, rng, calendar, today, prog
        self.counts = {"visits": 0, "demands": 0, "credits": 0, "loans": 0}

    def _move(
        self, firm: Firm, to: Stage, on: date, cause: str, reason: str | None = None, **extra: object
    ) -> None:
        self.session.add(
            StageChange(
                firm_id=firm.id,
                on=on,
                from_stage=firm.stage,
                to_stage=to.value,
                cause=cause,
                reason=reason,
                actor=firm.assigned_officer or "",
                at=datetime.combine(on, datetime.min.time(), UTC),
                **extra,
            )
        )
        firm.stage = to.value
        firm.stage_changed_at = datetime.combine(on, datetime.min.time(), UTC)

    def _next(self, after: date, max_days: int) -> date | None:
        """A day after ``after``, or None when it would be after today (the story stops there)."""
        day = after + timedelta(days=self.rng.randint(1, max_days))
        return day if day <= self.today else None

    def _dossier(self, firm: Firm, start: date) -> CreditReport:
        rng = self.rng
        roll = rng.random()
        facts: dict[str, object] = {"has_loan_record": False, "has_discount_record": False}
        if roll < 0.14:  # not yet recorded: a loan to this firm is 待核实
            facts = {"has_loan_record": None, "has_discount_record": None}
        elif roll < 0.22:  # an old loan, settled long ago
            settled = start - timedelta(days=rng.randint(6 * 365, 9 * 365))
            facts = {"has_loan_record": True, "has_discount_record": False, "last_loan_settled_on": settled}
        dossier = Dossier(
            firm_id=firm.id, credit_lookback_years=5, credit_query_date=start, employees=rng.randint(2, 80),
            main_business=firm.industry, criteria={}, policy_tags=[], **facts,
        )  # fmt: skip
        self.session.add(dossier)
        return credit_report(dossier)

    def tell(self, firm: Firm, goal: Stage) -> None:
        rng = self.rng
        start = self.today - timedelta(days=rng.randint(20, 360))
        exit_stage = goal if goal.is_exit else None
        target = Stage("contacted") if exit_stage else goal
        reach = MAIN_PATH.index(target)
        report = self._dossier(firm, start)
        visited = start
        # Every firm past 待对接 had at least one visit.
        for _ in range(rng.randint(1, 3)):
            self._visit(firm, visited)
            if firm.stage == "listed":
                self._move(firm, Stage("contacted"), visited, "visit")
            later = self._next(visited, 25)
            if later is None:
                break
            visited = later
        day: date | None = visited
        if reach >= MAIN_PATH.index(Stage("demand")):
            day = self._demand(firm, visited)
        if day is not None and reach >= MAIN_PATH.index(Stage("cultivating")):
            self._plan(firm, day)
            day = self._next(day, 20)
        if day is not None and reach >= MAIN_PATH.index(Stage("credited")):
            day = self._credit_and_loan(firm, day, reach, report, target)
        if exit_stage is not None:
            self._exit(firm, exit_stage, day or start)

    def _exit(self, firm: Firm, stage: Stage, after: date) -> None:
        reasons = {
            "no_demand": "企业表示暂无融资需求",
            "ineligible": "征信存在较多逾期记录",
            "loan_elsewhere": "企业已在他行获得贷款",
            "closed": "企业已注销",
        }
        bank = self.rng.choice(vocab.BANKS[:5]) if stage == Stage.LOAN_ELSEWHERE else None
        self._move(firm, stage, self._next(after, 20) or after, "hand", reasons[stage.value], bank=bank)

    def _credit_and_loan(
        self, firm: Firm, day: date, reach: int, report: CreditReport, target: Stage
    ) -> date | None:
        rng = self.rng
        amount = Decimal(rng.choice((30, 50, 80, 100, 150, 200, 300, 500)))
        credit = Credit(
            firm_id=firm.id, date=day, amount=amount, product=rng.choice(vocab.PRODUCTS),
            guarantee=rng.choice(("credit", "credit", "guarantee", "mortgage", "gov_guarantee")),
            rate=Decimal("3.65") + Decimal(rng.randint(0, 120)) / 100, term_months=12, bank=DEMO_BANK,
        )  # fmt: skip
        self.session.add(credit)
        self.session.flush()
        self.counts["credits"] += 1
        self._move(firm, Stage("credited"), day, "credit")
        loan_day = self._next(day, 15)
        if loan_day is None or reach < MAIN_PATH.index(Stage("first_loan")):
            return loan_day
        kind = (
            "personal_business"
            if firm.entity_type == "individual" and rng.random() < 0.5
            else "working_capital"
        )
        loan = Loan(
            firm_id=firm.id, date=loan_day, amount=amount * Decimal(rng.choice((6, 8, 10))) / 10, kind=kind,
            product=credit.product, credit_id=credit.id, term_months=12, rate=credit.rate, bank=DEMO_BANK,
        )  # fmt: skip
        self.session.add(loan)
        self.session.flush()
        self.counts["loans"] += 1
        rule = first_loan_rule(self.prog, firm.entity_type)
        verdict = first_loan_verdicts([LoanFact(loan.id, loan_day, kind, loan.id)], report, rule=rule)[
            loan.id
        ]
        loan.first_loan_status = verdict.status.value
        if not verdict.counts:
            return loan_day  # 待核实 or not a first loan: the firm stays 已授信
        self._move(firm, Stage("first_loan"), loan_day, "loan")
        if target == Stage("partner"):
            partner_day = self._next(loan_day, 60)
            if partner_day is not None:
                self._move(firm, Stage("partner"), partner_day, "hand", "首贷后持续合作，纳入伙伴客户")
        return loan_day

    def _visit(self, firm: Firm, day: date) -> None:
        rng = self.rng
        follow = day + timedelta(days=rng.choice((7, 14, 30)))
        self.session.add(
            Visit(
                firm_id=firm.id,
                date=day,
                mode=rng.choice(("site", "site", "phone", "online", "matchmaking")),
                people=f"{firm.legal_rep}（负责人）",
                findings=rng.choice(vocab.VISIT_FINDINGS),
                next_step="按约定时间回访，了解融资需求变化",
                follow_up=follow,
                follow_up_done=follow < self.today - timedelta(days=3),
                officer=firm.assigned_officer or "",
            )
        )
        self.counts["visits"] += 1

    def _demand(self, firm: Firm, day: date) -> date | None:
        """The demand and its 211 steps as far as today; the day the story goes on from (None: today)."""
        rng, cal = self.rng, self.calendar
        demand = Demand(
            firm_id=firm.id,
            received_on=day,
            channel=rng.choice(("loan_code", "visit", "platform", "walk_in")),
            amount=Decimal(rng.choice((20, 50, 100, 200, 300))),
            purpose="补充流动资金",
        )
        # Most feedback is on time; some late, a few still open (due or overdue in the to-do list).
        late = rng.random() < 0.15
        feedback = cal.nth_working_day_after(day, 3 if late else rng.choice((1, 2)))
        next_day: date | None = None
        if feedback <= self.today:
            demand.feedback_on = feedback
            met = self._next(feedback, 20)
            if met is not None:
                demand.conditions_met_on = met
                accepted = cal.nth_working_day_after(met, 1 if rng.random() > 0.1 else 2)
                if accepted <= self.today:
                    demand.accepted_on = accepted
                    decided = cal.nth_working_day_after(accepted, 1)
                    if decided <= self.today:
                        demand.decided_on, demand.decision = decided, "approved"
                        next_day = decided
        self.session.add(demand)
        self.counts["demands"] += 1
        self._move(firm, Stage("demand"), day, "demand")
        return next_day

    def _plan(self, firm: Firm, day: date) -> None:
        rng = self.rng
        plan = Plan(
            firm_id=firm.id,
            version=1,
            drawn_on=day,
            is_current=True,
            diagnosis=rng.sample(["no_info", "no_collateral", "no_guarantor", "irregular_finance"], 2),
            measures=rng.sample(["finance_coaching", "gov_guarantee", "credit_product", "relending"], 2),
            target_product=rng.choice(vocab.PRODUCTS),
            target_amount=Decimal(rng.choice((50, 100, 200))),
            target_date=day + timedelta(days=60),
            created_by=firm.assigned_officer or "",
        )
        self.session.add(plan)
        self.session.flush()
        for offset, title in ((10, "收集近一年纳税及流水资料"), (25, "完成财务辅导"), (45, "提交授信申请")):
            due = day + timedelta(days=offset)
            done = due < self.today and rng.random() < 0.8
            self.session.add(
                PlanTask(plan_id=plan.id, title=title, due=due, done=done, done_on=due if done else None)
            )
        self._move(firm, Stage("cultivating"), day, "plan")
