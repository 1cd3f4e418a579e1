"""New firms' search keys, worked out in a helper process for big files and here for small ones."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.names import name_key, pinyin_initials
from desktop.services import search_keys
from desktop.services.firms import FirmQuery, list_firms
from desktop.services.list_import import import_list
from desktop.services.search_keys import SearchKeys, chunk_bounds
from desktop.services.workspace import Workspace
from desktop.store.models import Firm
from desktop.store.search_index import initial_pairs, spaced
from tests.exchange.list_files import code, write_xlsx

PEOPLE = [
    (f"新乡市{('鑫达', '红旗', '长垣')[i % 3]}科技有限公司{i}", "张三" if i % 4 else None)
    for i in range(7_500)
]


def test_chunks_start_small_then_stay_even() -> None:
    assert chunk_bounds(0) == [0]
    assert chunk_bounds(800) == [0, 800]
    assert chunk_bounds(12_500) == [0, 1_000, 6_000, 11_000, 12_500]


def test_keys_are_the_name_key_initials_and_short_index_text() -> None:
    assert search_keys.search_keys([("重庆（新乡）银行", "欧阳 娜娜")]) == [
        ("重庆(新乡)银行", "cqxxyh", "重 庆 u28 新 乡 u29 银 行", "欧 阳 娜 娜", "cq qx xx xy yh")
    ]
    name, rep = PEOPLE[4]
    key = search_keys.search_keys([(name, rep)])[0]
    assert key == (name_key(name), pinyin_initials(name), spaced(name), spaced(rep), initial_pairs(key[1]))


def test_the_helper_process_gives_the_same_keys_in_order() -> None:
    with SearchKeys(helper=True) as keys:
        assert keys.helped
        chunks = list(keys.of(PEOPLE))
    assert [len(c) for c in chunks] == [1_000, 5_000, 1_500]
    assert [k for c in chunks for k in c] == search_keys.search_keys(PEOPLE)


def test_a_helper_that_dies_is_replaced_by_this_process() -> None:
    with SearchKeys(helper=True) as keys:
        first = keys.of(PEOPLE)
        assert next(first) == search_keys.search_keys(PEOPLE[:1_000])
        for child in multiprocessing.active_children():
            os.kill(child.pid or 0, signal.SIGKILL)
        rest = [k for c in first for k in c]
        assert not keys.helped
    assert rest == search_keys.search_keys(PEOPLE[1_000:])


def test_only_big_files_start_a_helper(tmp_path: Path) -> None:
    small = tmp_path / "small.xlsx"
    small.write_bytes(b"x" * 1_000)
    big = tmp_path / "big.xlsx"
    big.write_bytes(b"x" * search_keys.MIN_FILE_BYTES)
    with SearchKeys.for_file(small) as keys:
        assert not keys.helped
    with SearchKeys.for_file(big) as keys:
        assert keys.helped
    with SearchKeys.for_file(tmp_path / "missing.xlsx") as keys:
        assert not keys.helped


def test_an_import_through_the_helper_stores_searchable_firms(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_keys, "MIN_FILE_BYTES", 0)
    monkeypatch.setattr(search_keys, "FIRST_CHUNK", 2)
    monkeypatch.setattr(search_keys, "CHUNK", 3)
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
