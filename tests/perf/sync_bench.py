"""Building the branch benchmark: a coordinator with 20 officers × 5,000 firms and a month's work each.

The coordinator's list and the officers' month are bulk inserts shaped as the services write them (a visit
on every firm, demands, plan versions, credit and loans on some, 200 KB attachments on 10 %, the stage
move and the 首贷 verdict the one rule gives, a chained audit entry per record); everything that moves
between laptops goes through the real services (``branch init/join``, ``assign``, ``sync export/import``).
The build is kept in a cache directory (it takes minutes; the benchmark measures the import only).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from desktop.domain.firstloan import CreditReport, LoanFact, first_loan_verdicts
from desktop.domain.names import name_key, pinyin_initials
from desktop.domain.stage_replay import StageEvent, replay
from desktop.services.branch import assign_firms, init_branch, join_branch
from desktop.services.profile import save_profile
from desktop.services.sync_export import export_package
from desktop.services.sync_import import import_package
from desktop.services.workspace import Profile, Workspace, open_workspace
from desktop.store.audit import GENESIS, _digest
from desktop.store.models import (
    Attachment,
    AuditEntry,
    Credit,
    Demand,
    Dossier,
    Firm,
    Loan,
    Plan,
    StageChange,
    Visit,
)
from desktop.store.models.branch import new_uid
from tests.factories import code_for

KEY = "5a" * 32  # every laptop's database key (the build is reopened by later runs)
ENV = {"FIRSTLOAN_DB_KEY": KEY}
MONTH_END = date(2026, 11, 30)
ATTACHMENT_BYTES = 200_000
BUILD_VERSION = "v1"


@dataclass(frozen=True)
class Scale:
    officers: int = 20
    firms_each: int = 5000
    attachment_share: float = 0.10

    @property
    def tag(self) -> str:
        return f"{BUILD_VERSION}-{self.officers}x{self.firms_each}-{self.attachment_share:g}"


def open_laptop(folder: Path, officer: str) -> Workspace:
    ws = open_workspace(folder, environ=ENV)
    ws.clock = lambda: MONTH_END
    if not ws.profile.complete:
        save_profile(ws, Profile(officer=officer, bank="新乡农商银行", branch="城区支行"))
    return ws


def _firm_rows(count: int) -> list[dict[str, Any]]:
    counties = ("红旗区", "卫滨区", "牧野区", "凤泉区", "新乡县", "获嘉县", "原阳县", "延津县")
    rows = []
    for n in range(1, count + 1):
        name = f"新乡市{counties[n % len(counties)]}示例{n}号有限公司"
        rows.append(
            {
                "uscc": code_for(n), "name": name, "name_key": name_key(name), "name_initials": pinyin_initials(name),
                "entity_type": "enterprise", "size": "micro", "county": counties[n % len(counties)],
                "legal_rep": f"法人{n}", "phone": f"139{n:08d}", "address": f"新乡市{counties[n % len(counties)]}{n}号",
                "on_list": True, "source": "list", "hand_edited": [], "stage": "listed",
            }
        )  # fmt: skip
    return rows


def build_coordinator(folder: Path, scale: Scale) -> tuple[Workspace, str, list[str]]:
    ws = open_laptop(folder, "王主任")
    rows = _firm_rows(scale.officers * scale.firms_each)
    with ws.db.write() as session:
        for start in range(0, len(rows), 2000):
            session.execute(insert(Firm), rows[start : start + 2000])
    code = init_branch(ws, "城区支行")
    return ws, code, [r["uscc"] for r in rows]


class _Chain:
    """The officer laptop's audit chain, continued in bulk the way append_audit links it."""

    def __init__(self, prev: str) -> None:
        self.prev = prev
        self.rows: list[dict[str, Any]] = []

    def add(
        self,
        at: datetime,
        actor: str,
        action: str,
        entity: str,
        entity_id: int,
        firm_id: int,
        summary: str,
        new: Any,
    ) -> None:
        ident = str(entity_id)
        digest = _digest(self.prev, at, actor, action, entity, ident, firm_id, summary, None, new)
        self.rows.append(
            {
                "at": at, "actor": actor, "action": action, "entity": entity, "entity_id": ident, "firm_id": firm_id,
                "summary": summary, "old": None, "new": new, "prev_hash": self.prev, "hash": digest,
            }
        )  # fmt: skip
        self.prev = digest


@dataclass
class _Month:
    """One officer's month of records, as rows for bulk insert (ids assigned here, as SQLite would)."""

    visits: list[dict[str, Any]]
    demands: list[dict[str, Any]]
    plans: list[dict[str, Any]]
    credits: list[dict[str, Any]]
    loans: list[dict[str, Any]]
    moves: list[dict[str, Any]]
    dossiers: list[dict[str, Any]]
    attachments: list[dict[str, Any]]
    stages: dict[int, str]


def _next_id(ws: Workspace, model: Any) -> int:
    with ws.db.session() as session:
        return int(session.scalar(select(model.id).order_by(model.id.desc()).limit(1)) or 0) + 1


def _month(
    ws: Workspace, officer: str, firms: list[tuple[int, str]], scale: Scale, seed: int
) -> tuple[_Month, _Chain]:
    rnd = random.Random(seed)
    with ws.db.session() as session:
        last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
    chain = _Chain(last)
    ids = {m: _next_id(ws, m) for m in (Visit, Demand, Plan, Credit, Loan, StageChange, Attachment)}
    month = _Month([], [], [], [], [], [], [], [], {})
    clock = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)
    for firm_id, name in firms:
        day = date(2026, 11, rnd.randint(2, 27))
        events: list[StageEvent] = []
        clock += timedelta(seconds=rnd.randint(20, 90), microseconds=rnd.randint(0, 999_999))
        vid = ids[Visit]
        ids[Visit] += 1
        month.visits.append(
            {
                "id": vid, "uid": new_uid(), "firm_id": firm_id, "date": day, "mode": rnd.choice(("site", "phone")),
                "people": "财务负责人", "findings": rnd.choice(("有扩产计划，需流动资金", "暂无融资需求", "资料不全，待补")),
                "next_step": "补充财务报表", "follow_up": day + timedelta(days=14), "officer": officer, "created_at": clock,
            }
        )  # fmt: skip
        chain.add(
            clock, officer, "visit.add", "visit", vid, firm_id, f"走访：{name}", {"date": day.isoformat()}
        )
        events.append(StageEvent(day, clock, "visit", ref=vid))
        if rnd.random() < 0.3:
            did = ids[Demand]
            ids[Demand] += 1
            month.demands.append(
                {
                    "id": did, "uid": new_uid(), "firm_id": firm_id, "received_on": day, "channel": "visit",
                    "amount": Decimal(rnd.choice((50, 100, 200, 300))), "purpose": "流动资金", "conditions": [],
                    "created_at": clock,
                }
            )  # fmt: skip
            chain.add(
                clock,
                officer,
                "demand.add",
                "demand",
                did,
                firm_id,
                f"登记融资需求：{name}",
                {"amount": "100"},
            )
            events.append(StageEvent(day, clock, "demand", ref=did))
        if rnd.random() < 0.2:
            pid = ids[Plan]
            ids[Plan] += 1
            month.plans.append(
                {
                    "id": pid, "uid": new_uid(), "firm_id": firm_id, "version": 1, "is_current": True, "drawn_on": day,
                    "diagnosis": ["no_info"], "measures": ["finance_coaching"], "note": "一企一策", "created_at": clock,
                    "created_by": officer,
                }
            )  # fmt: skip
            chain.add(
                clock, officer, "plan.save", "plan", pid, firm_id, f"制定一企一策：{name}", {"version": 1}
            )
            events.append(StageEvent(day, clock, "plan", ref=pid))
            month.dossiers.append(
                {"firm_id": firm_id, "employees": rnd.randint(3, 80), "main_business": "农副产品加工", "criteria": {},
                 "policy_tags": [], "has_loan_record": False, "has_discount_record": False}
            )  # fmt: skip
        loan_facts: list[LoanFact] = []
        if rnd.random() < 0.1:
            cid = ids[Credit]
            ids[Credit] += 1
            month.credits.append(
                {
                    "id": cid, "uid": new_uid(), "firm_id": firm_id, "date": day, "amount": Decimal(100),
                    "guarantee": "credit", "created_at": clock,
                }
            )  # fmt: skip
            chain.add(
                clock, officer, "credit.add", "credit", cid, firm_id, f"授信：{name}", {"amount": "100"}
            )
            events.append(StageEvent(day, clock, "credit", ref=cid))
            if rnd.random() < 0.5:
                lid = ids[Loan]
                ids[Loan] += 1
                month.loans.append(
                    {
                        "id": lid, "uid": new_uid(), "firm_id": firm_id, "date": day, "amount": Decimal(50),
                        "kind": "working_capital", "credit_id": cid, "created_at": clock, "first_loan_status": "not_first",
                    }
                )  # fmt: skip
                chain.add(clock, officer, "loan.add", "loan", lid, firm_id, f"放款：{name}", {"amount": "50"})
                loan_facts.append(LoanFact(lid, day, "working_capital", 0))
        if loan_facts:
            report = (
                CreditReport(has_loan_record=False, has_discount_record=False)
                if month.dossiers and month.dossiers[-1]["firm_id"] == firm_id
                else CreditReport()
            )
            verdicts = first_loan_verdicts(loan_facts, report)
            month.loans[-1]["first_loan_status"] = verdicts[loan_facts[0].id].status.value
            if verdicts[loan_facts[0].id].counts:
                events.append(StageEvent(day, clock, "first_loan", ref=loan_facts[0].id))
        if rnd.random() < scale.attachment_share:
            aid = ids[Attachment]
            ids[Attachment] += 1
            content = rnd.randbytes(ATTACHMENT_BYTES)
            month.attachments.append(
                {
                    "id": aid, "uid": new_uid(), "firm_id": firm_id, "file_name": f"营业执照{firm_id}.jpg", "kind": "licence",
                    "sha256": hashlib.sha256(content).hexdigest(), "size": len(content), "content": content, "added_at": clock,
                }
            )  # fmt: skip
            chain.add(
                clock,
                officer,
                "attachment.add",
                "attachment",
                aid,
                firm_id,
                f"添加附件：{name}",
                {"size": len(content)},
            )
        result = replay(events)
        if result.decisive is not None:
            sid = ids[StageChange]
            ids[StageChange] += 1
            month.moves.append(
                {
                    "id": sid, "uid": new_uid(), "firm_id": firm_id, "at": clock, "on": result.decisive.on,
                    "from_stage": "listed", "to_stage": result.stage.value, "cause": result.decisive.cause, "actor": officer,
                }
            )  # fmt: skip
            chain.add(
                clock,
                officer,
                "stage.advance",
                "firm",
                firm_id,
                firm_id,
                f"阶段：待对接 → {result.stage.label_zh}",
                {"stage": result.stage.value},
            )
            month.stages[firm_id] = result.stage.value
    return month, chain


def record_month(ws: Workspace, officer: str, scale: Scale, seed: int) -> None:
    with ws.db.session() as session:
        firms = list(
            session.execute(
                select(Firm.id, Firm.name).where(Firm.assigned_officer == officer).order_by(Firm.id)
            ).all()
        )
    month, chain = _month(ws, officer, [(i, n) for i, n in firms], scale, seed)
    with ws.db.write() as session:
        for model, rows in (
            (Visit, month.visits), (Demand, month.demands), (Plan, month.plans), (Credit, month.credits),
            (Loan, month.loans), (StageChange, month.moves), (Dossier, month.dossiers), (AuditEntry, chain.rows),
        ):  # fmt: skip
            for start in range(0, len(rows), 1000):
                session.execute(insert(model), rows[start : start + 1000])
        for start in range(0, len(month.attachments), 50):
            session.execute(insert(Attachment), month.attachments[start : start + 50])
        by_stage: dict[str, list[int]] = {}
        for firm_id, stage in month.stages.items():
            by_stage.setdefault(stage, []).append(firm_id)
        for stage, ids in by_stage.items():
            for start in range(0, len(ids), 900):
                session.execute(
                    update(Firm)
                    .where(Firm.id.in_(ids[start : start + 900]))
                    .values(stage=stage, stage_changed_at=datetime(2026, 11, 28, tzinfo=UTC))
                )


@dataclass(frozen=True)
class Built:
    coordinator: Path  # the coordinator's data directory before the officers' month packages
    packages: list[Path]


def build(cache: Path, scale: Scale, log: Any = print) -> Built:
    """The coordinator's data directory (ready to import) and the officers' month packages, built once."""
    root = cache / scale.tag
    done = root / "built"
    packages = [root / "packages" / f"officer{n:02d}-2026-11.flpkg" for n in range(scale.officers)]
    if done.exists():
        return Built(root / "coordinator", packages)
    shutil.rmtree(root, ignore_errors=True)
    (root / "packages").mkdir(parents=True)
    coordinator, code, codes = build_coordinator(root / "coordinator", scale)
    try:
        for n in range(scale.officers):
            name = f"客户经理{n:02d}"
            officer = open_laptop(root / f"officer{n:02d}", name)
            try:
                join_branch(officer, code, name)
                hello = root / "packages" / f"hello{n:02d}.flpkg"
                export_package(officer, hello)
                import_package(coordinator, hello, backup=False)
                assign_firms(coordinator, name, codes[n * scale.firms_each : (n + 1) * scale.firms_each])
                handout = root / "packages" / f"to-officer{n:02d}.flpkg"
                export_package(coordinator, handout, name)
                import_package(officer, handout, backup=False)
                record_month(officer, name, scale, seed=n)
                export_package(officer, packages[n])
                log(f"officer {n + 1}/{scale.officers}: {packages[n].stat().st_size / 1e6:.1f} MB")
            finally:
                officer.close()
    finally:
        coordinator.close()
    for n in range(scale.officers):
        shutil.rmtree(root / f"officer{n:02d}")  # only the coordinator's laptop is measured
    done.write_text(datetime.now().isoformat())
    return Built(root / "coordinator", packages)


def copy_laptop(source: Path, target: Path) -> Path:
    """A fresh copy of a laptop's data directory (each run imports into its own)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("backups", "*.lock"))
    return target


def free_disk(path: Path) -> int:
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize
