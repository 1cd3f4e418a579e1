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

from desktop.domain.errors import DomainError, Message
from desktop.domain.names import display_name, name_key, pinyin_initials
from desktop.domain.programmes import programme, rule_fingerprint
from desktop.domain.stages import Stage
from desktop.domain.uscc import complete, org_code_check
from desktop.services import demo_data as vocab
from desktop.services.demo_story import DEMO_BANK, Story
from desktop.services.jobs import CancelToken, ProgressCallback, no_progress
from desktop.services.programme_profile import APPLIED, SETTING
from desktop.services.workspace import Profile, Workspace
from desktop.store.audit import append_audit
from desktop.store.models import (
    Firm,
    ImportBatch,
    ListMembership,
    RegionalList,
    Target,
)
from desktop.store.settings import get_setting, set_setting

_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
DEMO_OFFICERS = ("李明", "王芳", "张伟")
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


def _insert_listed(
    session: Session,
    rows: list[dict[str, object]],
    listed_at: datetime,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> None:
    """The firms and the two lists that brought them, imported at ``listed_at``."""
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
    chunk = 5000
    for start in range(0, len(rows), chunk):
        if cancel:
            cancel.raise_if_cancelled()
        session.execute(insert(Firm), rows[start : start + chunk])
        progress(start + chunk, len(rows) * 2, Message("写入企业", "Writing the firms"))
    ids = {uscc: fid for uscc, fid in session.execute(select(Firm.uscc, Firm.id))}
    memberships = []
    for row in rows:
        lst = shops if row["entity_type"] == "individual" else small
        batch_id = batches[lst.id].id
        memberships.append(
            {"list_id": lst.id, "firm_id": ids[str(row["uscc"])], "active": True, "first_batch_id": batch_id,
             "last_batch_id": batch_id}
        )  # fmt: skip
    session.execute(insert(ListMembership), memberships)
    for lst in (small, shops):
        batches[lst.id].new = batches[lst.id].rows_read = sum(
            1 for m in memberships if m["list_id"] == lst.id
        )


def _targets_and_profile(session: Session, year: int, firms: int) -> None:
    """Fictional targets for the demo's year (the 新乡 seed's own target is the programme's), and the
    demo officer's profile unless one is set."""
    for county, _ in vocab.COUNTIES:
        session.add(
            Target(year=year, scope_kind="county", scope_name=county, firms_target=max(1, firms // 40),
                   first_loans_target=max(1, firms // 60), amount_target=Decimal(max(1, firms // 60) * 80))
        )  # fmt: skip
    session.add(
        Target(year=year, scope_kind="bank", scope_name=DEMO_BANK, firms_target=max(1, firms // 3),
               first_loans_target=max(1, firms // 6), amount_target=Decimal(max(1, firms // 6) * 100))
    )  # fmt: skip
    if not (get_setting(session, "profile") or {}).get("officer"):
        profile = {
            "officer": DEMO_OFFICERS[0],
            "bank": DEMO_BANK,
            "branch": DEMO_BRANCH,
            "unit": f"{DEMO_BANK}{DEMO_BRANCH}",
        }
        set_setting(session, "profile", profile)


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
        rows = list(_firm_rows(rng, firms, today))
        _insert_listed(session, rows, listed_at, progress, cancel)
        prog = programme(DEMO_PROGRAMME)
        set_setting(session, SETTING, {"code": DEMO_PROGRAMME, "edits": {}})
        set_setting(session, APPLIED, rule_fingerprint(prog))
        story = Story(session, rng, ws.calendar, today, prog)
        stages, weights = zip(*_STAGE_WEIGHTS, strict=True)
        firm_objs = session.scalars(select(Firm).order_by(Firm.id)).all()
        for index, firm in enumerate(firm_objs):
            goal = rng.choices(stages, weights)[0]
            if goal != Stage("listed"):
                story.tell(firm, goal)
            if index % 200 == 0:
                if cancel:
                    cancel.raise_if_cancelled()
                progress(
                    len(rows) + index, len(rows) * 2, Message("生成走访与贷款记录", "Making visits and loans")
                )
        ws.calendar.take_warnings()
        _targets_and_profile(session, today.year, firms)
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
    progress(1, 1, Message("完成", "Done"))
    return result


__all__ = ["DEMO_BANK", "DEMO_BRANCH", "DEMO_OFFICERS", "DemoResult", "Profile", "fill_demo"]
