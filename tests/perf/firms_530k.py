"""A 530,000-firm database for the benchmarks, built once by bulk insert and cached under /tmp."""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from desktop.services import demo_data
from desktop.services.profile import save_profile
from desktop.services.workspace import Profile, open_workspace
from desktop.store.models import Firm

FIRMS = 530_000
CACHE = Path("/tmp/firstloan-perf-530k")
# A fixed key for this throwaway benchmark database only.
ENV = {"FIRSTLOAN_DB_KEY": "5a" * 32}
COUNTIES = [name for name, _code in demo_data.COUNTIES]  # the real 新乡 counties of the demo
WORDS = (
    "华源",
    "兴旺",
    "恒达",
    "金穗",
    "众鑫",
    "顺发",
    "天诚",
    "博远",
    "盛世",
    "嘉诚",
    "振华",
    "润禾",
    "新锐",
    "中原",
    "宏图",
)
TRADES = (
    "五金店",
    "超市",
    "服装店",
    "汽修厂",
    "农资店",
    "养殖场",
    "建材商行",
    "面馆",
    "食品有限公司",
    "物流有限公司",
)
STAGES = ("listed",) * 6 + ("contacted",) * 3 + ("demand", "cultivating", "credited", "first_loan")
OFFICERS = ("李明", "王芳", "张伟")


def build(path: Path = CACHE) -> Path:
    """The cached data directory, building it first if needed (about a minute)."""
    marker = path / "built"
    if marker.exists():
        return path
    path.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    ws = open_workspace(path, environ=ENV)
    try:
        save_profile(ws, Profile(officer="李明", bank="中原银行", branch="新乡红旗支行"))
        rng = random.Random(530)
        now = datetime.now(UTC)
        chunk: list[dict[str, object]] = []
        with ws.db.write() as session:
            for i in range(FIRMS):
                county = COUNTIES[i % len(COUNTIES)]
                name = f"{county}{rng.choice(WORDS)}{rng.choice(WORDS)}{rng.choice(TRADES)}{i}"
                chunk.append(
                    {
                        "uscc": f"9141070{i:010d}X",
                        "name": name,
                        "name_key": name,
                        "name_initials": "".join(rng.choice("abcdefghjklmnpqrstwxyz") for _ in range(8)),
                        "entity_type": "individual" if i % 3 else "enterprise",
                        "county": county,
                        "region_code": "410700",
                        "founded": date(2000, 1, 1) + timedelta(days=i % 9000),
                        "stage": STAGES[i % len(STAGES)],
                        "on_list": True,
                        "assigned_officer": OFFICERS[i % 3],
                        "source": "list",
                        "hand_edited": [],
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                if len(chunk) == 20_000:
                    session.execute(insert(Firm), chunk)
                    chunk = []
            if chunk:
                session.execute(insert(Firm), chunk)
        with ws.db.session() as session:
            assert session.scalar(select(func.count(Firm.id))) == FIRMS
    finally:
        ws.close()
    marker.write_text(f"built in {time.perf_counter() - started:.1f} s\n")
    return path


if __name__ == "__main__":
    print(build(), (CACHE / "built").read_text())
