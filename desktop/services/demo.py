"""``firstloan demo``: a realistic, fictional programme so a newcomer sees the app at work.

Valid codes in real 新乡 counties, two lists (小微企业 and 个体工商户) imported a year ago, three officers,
and a year of visits, plans, demands under 211, credit and loans up to today (never after it), under the
新乡 programme profile: the 首贷 verdicts are its rule's on each firm's credit-report facts (some not yet
recorded, so 待核实), the stages those the records give. Refuses to touch a database that holds firms.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.firstloan import CreditReport, LoanFact, first_loan_verdicts
from desktop.domain.names import display_name, name_key, pinyin_initials
from desktop.domain.programmes import Programme, first_loan_rule, programme, rule_fingerprint
from desktop.domain.stages import MAIN_PATH, Stage
from desktop.domain.uscc import complete, org_code_check
from desktop.domain.workcalendar import WorkCalendar
from desktop.services import demo_data as vocab
from desktop.services.firm_state import credit_report
from desktop.services.jobs import CancelToken, ProgressCallback, no_progress
from desktop.services.programme_profile import APPLIED, SETTING
from desktop.services.workspace import Profile, Workspace
from desktop.store.audit import append_audit
from desktop.store.models import (
    Credit,
    Demand,
    Dossier,
    Firm,
    ImportBatch,
    ListMembership,
    Loan,
    Plan,
    PlanTask,
    RegionalList,
    StageChange,
    Target,
    Visit,
)
from desktop.store.settings import get_setting, set_setting

_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
DEMO_OFFICERS = ("李明", "王芳", "张伟")
DEMO_BANK = "中原银行"
DEMO_BRANCH = "新乡红旗支行"
DEMO_PROGRAMME = "xinxiang"  # the demo's firms are in 新乡 (seed 001)

# How far along the demo firms are; the rest stay 待对接.
_STAGE_WEIGHTS: tuple[tuple[Stage, float], ...] = (
    (Stage("listed"), 0.42),
    (Stage("contacted"), 0.20),
    (Stage("demand"), 0.09),
    (Stage("cultivating"), 0.08),
    (Stage("credited"), 0.06),
    (Stage("first_loan"), 0.07),
    (Stage("partner"), 0.02),
    (Stage("no_demand"), 0.03),
    (Stage("ineligible"), 0.015),
    (Stage("loan_elsewhere"), 0.01),
    (Stage("closed"), 0.005),
)


@dataclass(frozen=True)
class DemoResult:
    firms: int
    visits: int
    demands: int
    credits: int
    loans: int


def _code(rng: random.Random, region: str, individual: bool) -> str:
    body = "".join(rng.choice(_CODE_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    org = body + org_code_check(body)
    return complete(("92" if individual else "91") + region + org)


def _person(rng: random.Random) -> str:
    return rng.choice(vocab.SURNAMES) + "".join(rng.choice(vocab.GIVEN) for _ in range(rng.choice((1, 2))))


def _firm_rows(rng: random.Random, count: int, today: date) -> Iterator[dict[str, object]]:
    seen: set[str] = set()
    while len(seen) < count:
        county, region = rng.choice(vocab.COUNTIES)
        individual = rng.random() < 0.35
        code = _code(rng, region, individual)
        if code in seen:
            continue
        seen.add(code)
        owner = _person(rng)
        if individual:
            shop, industry = rng.choice(vocab.SHOPS)
            raw_name = (
                f"{county}{owner[0]}记{shop}"
                if rng.random() < 0.5
                else f"{county}{rng.choice(vocab.WORDS)}{shop}"
            )
            capital = Decimal(rng.choice((3, 5, 10, 20, 30, 50)))
            entity, size = "individual", "micro"
        else:
            word, (trade, industry) = rng.choice(vocab.WORDS), rng.choice(vocab.INDUSTRIES)
            raw_name = f"新乡市{word}{trade}{rng.choice(vocab.SUFFIXES)}"
            if rng.random() < 0.3:
                raw_name = f"新乡{rng.choice(vocab.WORDS)}{word}{trade}{rng.choice(vocab.SUFFIXES)}"
            capital = Decimal(rng.choice((50, 100, 200, 300, 500, 1000, 2000)))
            entity, size = "enterprise", rng.choice(("micro", "micro", "small", "small", "medium"))
        name = display_name(raw_name)
        yield {
            "uscc": code,
            "name": name,
            "name_key": name_key(name),
            "name_initials": pinyin_initials(name),
            "entity_type": entity,
            "size": size,
            "legal_rep": owner,
            "industry": industry,
            "county": county,
            "region_code": region,
            "address": f"河南省新乡市{county}{rng.choice(vocab.TOWNS)}{rng.choice(vocab.ROADS)}{rng.randint(1, 399)}号",
            "founded": today - timedelta(days=rng.randint(200, 365 * 15)),
            "registered_capital": capital,
            "phone": "1" + rng.choice("35789") + "".join(rng.choice("0123456789") for _ in range(9)),
            "basic_account_bank": rng.choice(vocab.BANKS) if rng.random() < 0.8 else None,
            "banks_serving": rng.choice((0, 0, 1, 1, 2, 3, 4)),
            "assigned_bank": DEMO_BANK,
            "assigned_branch": DEMO_BRANCH,
            "assigned_officer": rng.choice(DEMO_OFFICERS),
            "stage": "listed",
            "on_list": True,
            "source": "list",
            "hand_edited": [],
        }


class _Story:
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


def fill_demo(
    ws: Workspace,
    firms: int = 500,
    *,
    seed: int = 20221201,
    today: date | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> DemoResult:
    if firms < 1:
        raise DomainError(
            f"演示企业数应为正整数，实为 {firms}",
            en=f"The number of demo firms should be a positive whole number, not {firms}",
        )
    today = today or ws.today()
    rng = random.Random(seed)
    # The lists came in a year ago (before any of the stories start), in China's morning.
    listed_at = datetime.combine(today - timedelta(days=365), datetime.min.time(), UTC)
    with ws.db.write() as session:
        existing = session.scalar(select(func.count(Firm.id))) or 0
        if existing:
            raise DomainError(
                f"数据库中已有 {existing} 家企业；演示数据只写入空数据库。请用 --data-dir 指定一个新目录。",
                en=f"The database already has {existing} firms; demo data is only written to an empty database. "
                "Give a new folder with --data-dir.",
            )
        small = RegionalList(name="新乡市小微企业无贷户名单（演示）", source_office="新乡市金融工作局")
        shops = RegionalList(name="新乡市个体工商户无贷户名单（演示）", source_office="新乡市市场监督管理局")
        session.add_all([small, shops])
        session.flush()
        batches = {}
        for lst in (small, shops):
            batch = ImportBatch(
                list_id=lst.id, file_name="演示数据", file_hash="demo", actor="demo", imported_at=listed_at
            )
            session.add(batch)
            session.flush()
            batches[lst.id] = batch
        rows = list(_firm_rows(rng, firms, today))
        chunk = 5000
        for start in range(0, len(rows), chunk):
            if cancel:
                cancel.raise_if_cancelled()
            session.execute(insert(Firm), rows[start : start + chunk])
            progress(start + chunk, len(rows) * 2, "写入企业")
        ids = {uscc: fid for uscc, fid in session.execute(select(Firm.uscc, Firm.id))}
        memberships = []
        for row in rows:
            lst = shops if row["entity_type"] == "individual" else small
            memberships.append(
                {
                    "list_id": lst.id,
                    "firm_id": ids[str(row["uscc"])],
                    "active": True,
                    "first_batch_id": batches[lst.id].id,
                    "last_batch_id": batches[lst.id].id,
                }
            )
        session.execute(insert(ListMembership), memberships)
        for lst in (small, shops):
            batches[lst.id].new = batches[lst.id].rows_read = sum(
                1 for m in memberships if m["list_id"] == lst.id
            )

        prog = programme(DEMO_PROGRAMME)
        set_setting(session, SETTING, {"code": DEMO_PROGRAMME, "edits": {}})
        set_setting(session, APPLIED, rule_fingerprint(prog))
        story = _Story(session, rng, ws.calendar, today, prog)
        stages, weights = zip(*_STAGE_WEIGHTS, strict=True)
        firm_objs = session.scalars(select(Firm).order_by(Firm.id)).all()
        for index, firm in enumerate(firm_objs):
            goal = rng.choices(stages, weights)[0]
            if goal != Stage("listed"):
                story.tell(firm, goal)
            if index % 200 == 0:
                if cancel:
                    cancel.raise_if_cancelled()
                progress(len(rows) + index, len(rows) * 2, "生成走访与贷款记录")
        ws.calendar.take_warnings()
        year = today.year
        for county, _ in vocab.COUNTIES:
            session.add(
                Target(
                    year=year,
                    scope_kind="county",
                    scope_name=county,
                    firms_target=max(1, firms // 40),
                    first_loans_target=max(1, firms // 60),
                    amount_target=Decimal(max(1, firms // 60) * 80),
                )
            )
        session.add(
            Target(
                year=year,
                scope_kind="bank",
                scope_name=DEMO_BANK,
                firms_target=max(1, firms // 3),
                first_loans_target=max(1, firms // 6),
                amount_target=Decimal(max(1, firms // 6) * 100),
            )
        )
        if not (get_setting(session, "profile") or {}).get("officer"):
            set_setting(
                session,
                "profile",
                {
                    "officer": DEMO_OFFICERS[0],
                    "bank": DEMO_BANK,
                    "branch": DEMO_BRANCH,
                    "unit": f"{DEMO_BANK}{DEMO_BRANCH}",
                },
            )
        result = DemoResult(firms=len(rows), **story.counts)
        append_audit(
            session,
            actor="demo",
            action="demo.fill",
            entity="database",
            summary=f"写入演示数据：{len(rows)} 家企业",
            new=result.__dict__,
        )
    ws.forget_profile()
    progress(1, 1, "完成")
    return result


__all__ = ["DEMO_BANK", "DEMO_BRANCH", "DEMO_OFFICERS", "DemoResult", "Profile", "fill_demo"]
