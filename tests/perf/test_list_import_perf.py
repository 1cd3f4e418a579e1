"""Benchmark: importing a province-sized list and searching it (run on demand, prints its figures).

    PYTHONPATH=$PWD python -m pytest tests/perf/test_list_import_perf.py -s -o addopts=""
    PERF_ROWS=50000 ... (a smaller run)

Targets (issue 20 item 7, restating issue 3's): the big import returns (firms listed, browsable, found by
code and exact name) within 2x the floor measured in the same run (python-calamine reading the same file
+ one raw executemany of the same rows into the same kind of encrypted database), and the whole, the
search index filled after it, within 3.5x; peak memory under 1 GB; 50,000 rows in under 3 s; an
unchanged re-import faster than the first; the first page of any search over the big list in under
50 ms; a filtered list sorted by name in under 100 ms.

Besides the targets it prints what bounds the big import: the floor's parts (calamine loads the whole
sheet in Rust before the first row exists), a bare trigram FTS5 index of the same names in raw SQL, and
the CPU time of the import and its helper process, with the shortest time any schedule of that work
could take on the machine's two cores.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import random
import resource
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from desktop.domain.stages import Stage
from desktop.domain.uscc import complete
from desktop.services import demo_data
from desktop.services.firms import FirmQuery, count_firms, list_firms
from desktop.services.list_import import import_list
from desktop.services.search_backlog import complete_search_index
from desktop.services.workspace import Workspace, open_workspace
from desktop.store.database import connect_raw
from tests.keyring_backend import InMemoryKeyring

BIG = int(os.environ.get("PERF_ROWS", "530000"))
CACHE = Path(os.environ.get("PERF_CACHE", "/tmp/firstloan-perf"))
COUNTIES = [name for name, _code in demo_data.COUNTIES]  # the real 新乡 counties of the demo
WORDS = "鑫达华盛兴隆恒通宏远金源永顺德利新宇博创佳美丰泰安康瑞祥天成鸿运富民和信"
TRADES = ["科技", "商贸", "建材", "农业", "食品", "机械", "电子", "物流", "五金", "服饰", "餐饮", "印刷"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚"
HEADER = [
    "序号",
    "统一社会信用代码",
    "企业名称",
    "法定代表人",
    "所属县（市、区）",
    "成立日期",
    "注册资本（万元）",
    "联系电话",
    "客户经理",
]


SORTED_FILTERS: list[dict[str, Any]] = [
    {},
    {"county": COUNTIES[0]},
    {"county": COUNTIES[5]},
    {"officer": "王经理"},
    {"stage": Stage.LISTED},
    {"on_list": True},
    {"entity_type": "enterprise"},
]

SEARCHES = [
    "鑫",
    "科技",
    "红旗",
    "有限公司",
    "鑫达科技",
    "xxkj",
    "hqxd",
    "王伟",
    "9141070200001",
    "不存在的名字",
    "zz",
    "%",  # punctuation: from the short index too (session 2: a 0.5 s scan when nothing matches)
    "（",
]


def make_list(rows: int) -> Path:
    path = CACHE / f"list-{rows}.xlsx"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    rng = random.Random(rows)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("名单")
    sheet.append(["新乡市小微企业无贷户名单"])
    sheet.append(HEADER)
    for i in range(rows):
        county = rng.choice(COUNTIES)
        name = f"{county[:2]}{rng.choice(WORDS)}{rng.choice(WORDS)}{rng.choice(TRADES)}有限公司{i % 97 or ''}"
        sheet.append(
            [
                i + 1,
                complete(f"91410702{i:09d}"),
                name,
                rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if i % 2 else ""),
                county,
                f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                rng.choice([10, 50, 100, 200, 500]),
                f"13{rng.randint(100000000, 999999999)}",
                rng.choice(["王经理", "李经理", "张经理", ""]),
            ]
        )
    tmp = path.with_suffix(".tmp.xlsx")
    book.save(tmp)
    tmp.rename(path)
    return path


def fresh(tmp_path: Path, name: str) -> Workspace:
    return open_workspace(tmp_path / name, keyring_backend=InMemoryKeyring(), environ={})


@dataclass
class Floor:
    """The floor's parts: calamine loading the sheet (in Rust, before the first row exists), turning
    its rows into Python lists, and the one executemany with its commit."""

    load: float
    rows: float
    insert: float

    @property
    def seconds(self) -> float:
        return self.load + self.rows + self.insert


FLOOR_COLUMNS = ", ".join(f"c{i}" for i in range(9))


def measure_floor(path: Path, ws: Workspace) -> Floor:
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    sheet = book.get_sheet_by_name(book.sheet_names[0])
    loaded = time.perf_counter()
    rows = [r for r in sheet.iter_rows()][2:]
    listed = time.perf_counter()
    conn = connect_raw(ws.db.path, ws.db.key)
    conn.execute(f"CREATE TABLE floor_firm (id INTEGER PRIMARY KEY, {FLOOR_COLUMNS})")
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO floor_firm ({FLOOR_COLUMNS}) VALUES ({', '.join('?' * 9)})", rows)
    conn.execute("COMMIT")
    conn.close()
    return Floor(loaded - start, listed - loaded, time.perf_counter() - listed)


def raw_trigram_seconds(ws: Workspace) -> float:
    """A bare FTS5 trigram index of the floor's names and legal representatives, in raw SQL: what the
    issue's search index costs by itself, whatever the import around it does."""
    conn = connect_raw(ws.db.path, ws.db.key)
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute("CREATE VIRTUAL TABLE floor_fts USING fts5(name, legal_rep, tokenize='trigram')")
    conn.execute("INSERT INTO floor_fts (rowid, name, legal_rep) SELECT id, c2, c3 FROM floor_firm")
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_TICKS = os.sysconf("SC_CLK_TCK")


class HelperWatch:
    """The import's helper process, polled while the import runs: its largest peak RSS (VmHWM; the
    children's rusage also counts the moment a child is forked from this big process, before exec) and
    the CPU time it used."""

    def __init__(self) -> None:
        self.mb = 0.0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    @property
    def cpu(self) -> float:
        return sum(self._cpu.values())

    def _poll(self) -> None:
        while not self._stop.wait(0.05):
            for child in multiprocessing.active_children():
                if child.pid is None:
                    continue
                try:
                    status = Path(f"/proc/{child.pid}/status").read_text()
                    stat = Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                self._cpu[child.pid] = (int(stat[11]) + int(stat[12])) / _TICKS  # utime + stime
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self.mb = max(self.mb, int(line.split()[1]) / 1024)

    def __enter__(self) -> HelperWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def search_ms(ws: Workspace, query: str, **filters: Any) -> tuple[float, int]:
    start = time.perf_counter()
    page = list_firms(ws, FirmQuery(search=query, limit=50, **filters))
    return (time.perf_counter() - start) * 1000, len(page)


def timed_ms(call: Callable[..., object], *args: Any, **kwargs: Any) -> tuple[float, object]:
    start = time.perf_counter()
    result = call(*args, **kwargs)
    return (time.perf_counter() - start) * 1000, result


@pytest.mark.perf
def test_big_list(tmp_path: Path) -> None:
    path = make_list(BIG)
    ws = fresh(tmp_path, "big")
    base = peak_mb()
    gc.collect()
    start, cpu = time.perf_counter(), cpu_seconds()
    with HelperWatch() as helper:
        report = import_list(ws, path, index_later=True)
        usable = time.perf_counter() - start
        # What a user can do at once: browse (first page by name), find by code and by exact name.
        probe_ms = [
            timed_ms(list_firms, ws, FirmQuery(limit=50, order_by="name"))[0],
            timed_ms(list_firms, ws, FirmQuery(search=complete(f"91410702{BIG // 2:09d}"), limit=50))[0],
        ]
        index_start = time.perf_counter()
        complete_search_index(ws)
        index_seconds = time.perf_counter() - index_start
    first, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    peak = peak_mb()
    assert report.new == BIG
    start = time.perf_counter()
    again = import_list(ws, path)
    second = time.perf_counter() - start
    assert again.unchanged == BIG and not again.applied
    del report, again  # the app keeps no import's rows either: a full GC pass over them costs ~80 ms
    gc.collect()
    floor_ws = fresh(tmp_path, "floor")
    parts = measure_floor(path, floor_ws)
    floor = parts.seconds
    trigram = raw_trigram_seconds(floor_ws)
    print(
        f"\n{BIG} rows: usable after {usable:.2f} s, ratio {usable / floor:.2f} (target <= 2); search index "
        f"then {index_seconds:.2f} s, whole {first:.2f} s, ratio {first / floor:.2f} (target <= 3.5); "
        f"floor {floor:.2f} s; while the index was pending: first page by name {probe_ms[0]:.0f} ms, "
        f"a code {probe_ms[1]:.0f} ms"
    )
    print(
        f"floor = calamine loading the sheet {parts.load:.2f} s + its rows as Python lists {parts.rows:.2f} s "
        f"+ executemany and commit {parts.insert:.2f} s; a bare trigram FTS5 index of the same names and legal "
        f"representatives in raw SQL {trigram:.2f} s"
    )
    # Nothing can use the second core while calamine loads the sheet (no row exists yet), so no schedule
    # of this much CPU work on two cores finishes sooner than the load plus half of the rest.
    bound = parts.load + (cpu + helper.cpu - parts.load) / 2
    print(
        f"CPU: import process {cpu:.2f} s, helper process {helper.cpu:.2f} s; on 2 cores no schedule of that "
        f"work takes less than {bound:.2f} s (ratio {bound / floor:.2f})"
    )
    print(
        f"unchanged re-import {second:.2f} s; peak RSS {peak:.0f} MB (before import {base:.0f} MB); "
        f"child processes (helper, reader) peak {helper.mb:.0f} MB each at most"
    )
    worst = 0.0
    for query in SEARCHES:
        for filters in ({}, {"county": COUNTIES[0]}):
            ms, n = search_ms(ws, query, **filters)
            worst = max(worst, ms)
            by_name, _ = timed_ms(
                list_firms, ws, FirmQuery(search=query, limit=50, order_by="name", **filters)
            )
            count_ms, total = timed_ms(count_firms, ws, FirmQuery(search=query, **filters))
            print(
                f"search {query!r} {filters or ''}: first page {ms:.1f} ms ({n} rows); sorted by name {by_name:.0f} ms; "
                f"exact count {total} in {count_ms:.0f} ms"
            )
    print(f"worst first page {worst:.1f} ms (target < 50)")
    worst_sorted = 0.0
    for filters in SORTED_FILTERS:
        ms, _page = timed_ms(list_firms, ws, FirmQuery(limit=50, order_by="name", **filters))
        again, _page = timed_ms(list_firms, ws, FirmQuery(limit=50, offset=50, order_by="-name", **filters))
        worst_sorted = max(worst_sorted, ms, again)
        print(f"sorted by name {filters}: first page {ms:.1f} ms, a page descending {again:.1f} ms")
    print(f"worst filtered name-sorted page {worst_sorted:.1f} ms (target < 100)")
    ws.close()
    floor_ws.close()
    assert usable <= 2 * floor
    assert first <= 3.5 * floor
    assert worst_sorted < 100
    assert peak < 1024
    assert second < first
    assert worst < 50


@pytest.mark.perf
def test_50k_list_under_3_seconds(tmp_path: Path) -> None:
    path = make_list(50_000)
    ws = fresh(tmp_path, "w")
    start = time.perf_counter()
    import_list(ws, path)
    elapsed = time.perf_counter() - start
    ws.close()
    print(f"\n50000 rows: import {elapsed:.2f} s (target < 3)")
    assert elapsed < 3
