"""The helper process of a big import: blocks of rows cleaned and new firms' search keys worked out
there give exactly what this process would, and work it has not done is done here."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from sqlalchemy import select

from desktop.domain.names import name_key, pinyin_initials
from desktop.exchange import list_rows
from desktop.exchange.list_rows import ParsedList, parse_sheets
from desktop.exchange.tables import read_tables
from desktop.services import child_process, import_helper
from desktop.services.firms import FirmQuery, list_firms
from desktop.services.import_helper import ImportHelper, chunk_bounds, search_keys
from desktop.services.list_import import import_list
from desktop.services.workspace import Workspace
from desktop.store.models import Firm
from desktop.store.search_index import initial_pairs, spaced
from tests.exchange.list_files import HEADER, code, messy_rows, write_xlsx

PEOPLE = [
    (f"新乡市{('鑫达', '红旗', '长垣')[i % 3]}科技有限公司{i}", "张三" if i % 4 else None)
    for i in range(7_500)
]


def test_chunks_start_small_then_stay_even() -> None:
    assert chunk_bounds(0) == [0]
    assert chunk_bounds(800) == [0, 800]
    assert chunk_bounds(12_500) == [0, 1_000, 6_000, 11_000, 12_500]


def test_keys_are_the_name_key_initials_and_short_index_text() -> None:
    assert search_keys([("重庆（新乡）银行", "欧阳 娜娜")]) == [
        (name_key("重庆(新乡)银行"), "cqxxyh", "重 庆 u28 新 乡 u29 银 行", "欧 阳 娜 娜", "cq qx xx xy yh")
    ]
    name, rep = PEOPLE[4]
    key = search_keys([(name, rep)])[0]
    assert key == (name_key(name), pinyin_initials(name), spaced(name), spaced(rep), initial_pairs(key[1]))


def test_the_helper_process_gives_the_same_keys_in_order() -> None:
    with ImportHelper(start=True) as helper:
        assert helper.helping
        chunks = list(helper.keys(PEOPLE))
    assert [len(c) for c in chunks] == [1_000, 5_000, 1_500]
    assert [k for c in chunks for k in c] == search_keys(PEOPLE)


def test_a_helper_that_dies_is_replaced_by_this_process() -> None:
    with ImportHelper(start=True) as helper:
        first = helper.keys(PEOPLE)
        assert next(first) == search_keys(PEOPLE[:1_000])
        assert helper.helping
        kill_helper(helper)
        rest = [k for c in first for k in c]
        assert not helper.helping
    assert rest == search_keys(PEOPLE[1_000:])


def kill_helper(helper: ImportHelper) -> None:
    """Kill this helper's own process (not whatever other children this process has) and wait for it."""
    pid = helper.pid
    assert pid is not None
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(psutil.NoSuchProcess):
        psutil.Process(pid).wait(10)


def messy_file(tmp_path: Path) -> Path:
    """Every kind of row, spread so that blocks of two rows split duplicates, invalid rows and warnings
    across blocks: a nameless first row whose code comes again with a name, a duplicate lacking a name."""
    rows = [
        *messy_rows(),
        [7, code(8), None, "甲", None, "去年", None],  # nameless: invalid ... (and a bad date: a warning)
        [8, code(9), "丙公司", None, None, "2020-01-01", "多少"],
        [9, code(8), "后来有名有限公司", "乙", "封丘县"],  # ... so this one is its first row
        [10, code(9), None, "丁"],  # a duplicate without a name: merged, fills the legal representative
        [11, None, "无代码公司", "戊"],
        [12, code(3), "卫辉市鑫鑫五金店", None, None, "2019-03-05", "100万元"],
    ]
    return write_xlsx(tmp_path / "messy.xlsx", {"小微企业": rows, "个体工商户": [HEADER, *rows[2:8]]})


def parse_with(path: Path, helper: ImportHelper | None) -> ParsedList:
    return parse_sheets(read_tables(path), None, None, helper.offload if helper is not None else None)


def test_blocks_cleaned_by_the_helper_merge_into_the_same_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_rows, "BLOCK_ROWS", 2)
    path = messy_file(tmp_path)
    alone = parse_with(path, None)
    offloaded: list[int] = []
    with ImportHelper(start=True, pinyin=False) as helper:
        offload = helper.offload

        def counted(job: list_rows.CleanJob) -> list_rows.Pending | None:
            pending = offload(job)
            offloaded.append(pending is not None)
            return pending

        monkeypatch.setattr(helper, "offload", counted)
        helped = parse_with(path, helper)
    assert any(offloaded)
    assert helped == alone
    assert (alone.duplicates, len(alone.invalid), len(alone.warnings), alone.rows_read) == (7, 4, 2, 17)
    assert alone.rows[code(8)].values[list_rows.FIELD_INDEX["name"]] == "后来有名有限公司"
    assert alone.rows[code(9)].values[list_rows.FIELD_INDEX["legal_rep"]] == "丁"


def test_blocks_of_a_helper_that_dies_are_cleaned_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_rows, "BLOCK_ROWS", 2)
    path = messy_file(tmp_path)
    alone = parse_with(path, None)
    with ImportHelper(start=True, pinyin=False) as helper:
        offload = helper.offload

        def dying(job: list_rows.CleanJob) -> list_rows.Pending | None:
            pending = offload(job)
            if helper.helping:
                kill_helper(helper)
            return pending

        monkeypatch.setattr(helper, "offload", dying)
        assert parse_with(path, helper) == alone


def test_only_big_files_start_a_helper(tmp_path: Path) -> None:
    small = tmp_path / "small.xlsx"
    small.write_bytes(b"x" * 1_000)
    big = tmp_path / "big.xlsx"
    big.write_bytes(b"x" * import_helper.MIN_FILE_BYTES)
    with ImportHelper.for_file(small) as helper:
        assert not helper.helping
    with ImportHelper.for_file(big) as helper:
        assert helper.helping
    with ImportHelper.for_file(tmp_path / "missing.xlsx") as helper:
        assert not helper.helping


def test_an_import_through_the_helper_stores_searchable_firms(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_helper, "MIN_FILE_BYTES", 0)
    monkeypatch.setattr(import_helper, "FIRST_CHUNK", 2)
    monkeypatch.setattr(import_helper, "CHUNK", 3)
    monkeypatch.setattr(list_rows, "BLOCK_ROWS", 2)
    rows = [["统一社会信用代码", "企业名称", "法定代表人"]] + [
        [code(i + 1), name, rep] for i, (name, rep) in enumerate(PEOPLE[:12])
    ]
    report = import_list(workspace, write_xlsx(tmp_path / "l.xlsx", {"S": rows}))
    assert report.new == 12
    with workspace.db.session() as session:  # each firm got its own keys (ids given in the list's order)
        stored = session.execute(select(Firm.uscc, Firm.name, Firm.name_key, Firm.name_initials)).all()
    assert sorted(stored) == [
        (code(i + 1), name, name_key(name), pinyin_initials(name)) for i, (name, _) in enumerate(PEOPLE[:12])
    ]
    assert {f.name for f in list_firms(workspace, FirmQuery(search="hqkj"))} == {
        name for name, _ in PEOPLE[:12] if "红旗" in name
    }
    assert {f.name for f in list_firms(workspace, FirmQuery(search="红"))} == {
        name for name, _ in PEOPLE[:12] if "红" in name
    }
    assert {f.name for f in list_firms(workspace, FirmQuery(search="张三"))} == {
        name for name, rep in PEOPLE[:12] if rep
    }


ORPHAN = """
import sys, time
from desktop.services.import_helper import ImportHelper
if __name__ == "__main__":
    helper = ImportHelper(start=True)
    print(helper.pid, flush=True)
    time.sleep(600)
"""


def wait_gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_a_helper_ends_when_its_import_is_killed(tmp_path: Path, how: signal.Signals) -> None:
    """kill -9 (or SIGTERM) of the importing process leaves no helper (issue 16 item 13): it watches
    its parent."""
    script = tmp_path / "importer.py"
    script.write_text(ORPHAN, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    importer = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert importer.stdout is not None
        pid = int(importer.stdout.readline())
        assert psutil.pid_exists(pid)
        importer.send_signal(how)
        importer.wait(30)
        assert wait_gone(pid, 30), "the helper outlived the import that started it"
    finally:
        importer.kill()


def test_a_new_start_reaps_children_of_a_dead_parent(tmp_path: Path) -> None:
    """A child whose watch could not run (its record says its parent is gone) is killed at the next
    start; a child of a living parent is left alone."""
    stale = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    dead_parent = subprocess.Popen([sys.executable, "-c", "pass"])
    dead_parent.wait()
    try:
        folder = child_process.registry()
        for child, parent in ((stale, dead_parent.pid), (alive, os.getpid())):
            record = {
                "pid": child.pid,
                "started": psutil.Process(child.pid).create_time(),
                "parent": parent,
                "parent_started": psutil.Process().create_time(),
            }
            (folder / f"{child.pid}.json").write_text(json.dumps(record), encoding="utf-8")
        assert child_process.reap_stale() >= 1
        assert stale.wait(10) is not None
        assert alive.poll() is None
    finally:
        for process in (stale, alive):
            process.kill()
            process.wait()
        (child_process.registry() / f"{alive.pid}.json").unlink(missing_ok=True)
