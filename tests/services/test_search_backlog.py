"""A big import returns before its firms' search index entries are written (issue 20 item 7): they are
listed, found by code and name meanwhile (a scan), edited and undone safely, and the index fill goes on
where it stopped after a cancel or a kill."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services import list_import, search_backlog
from desktop.services.check import check_database
from desktop.services.firm_edit import edit_firm_fields
from desktop.services.firms import FirmQuery, count_firms, list_firms
from desktop.services.jobs import Cancelled, CancelToken
from desktop.services.list_import import import_list
from desktop.services.list_undo import undo_import
from desktop.services.search_backlog import complete_search_index, pending_firms
from desktop.services.workspace import Workspace
from desktop.store import search_index
from tests.exchange.list_files import code, write_xlsx

NAMES = [
    "新乡市鑫达科技有限公司",
    "卫辉市红旗商贸有限公司",
    "原阳县金源食品有限公司",
    "长垣市宏远机械有限公司",
]


def big_list(tmp_path: Path, name: str = "list.xlsx", start: int = 1) -> Path:
    rows = [["统一社会信用代码", "企业名称", "法定代表人"]]
    rows += [[code(start + i), NAMES[i % 4] + str(i), "王伟" if i % 2 else "李娜"] for i in range(40)]
    return write_xlsx(tmp_path / name, {"S": rows})


@pytest.fixture(autouse=True)
def later_for_small_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(list_import, "INDEX_LATER_MIN_ROWS", 10)
    monkeypatch.setattr(search_backlog, "CHUNK", 15)


def found(ws: Workspace, query: str) -> set[str]:
    return {f.uscc for f in list_firms(ws, FirmQuery(search=query, limit=100))}


def searches(ws: Workspace) -> dict[str, set[str]]:
    queries = ["鑫达科技", "红旗", "鑫", "王伟", "xdkj", code(3), "宏远机械有限公司3"]
    return {q: found(ws, q) for q in queries} | {
        "sorted": {f.uscc for f in list_firms(ws, FirmQuery(search="科技", order_by="name", limit=100))},
        "count": {str(count_firms(ws, FirmQuery(search="商贸")))},
    }


def test_the_firms_are_found_before_and_after_the_index_is_filled(
    workspace: Workspace, tmp_path: Path
) -> None:
    report = import_list(workspace, big_list(tmp_path), "L", index_later=True)
    assert report.index_pending and pending_firms(workspace) == 40
    before = searches(workspace)  # by the scan of the backlog
    assert check_database(workspace).healthy  # firms not yet in the index are no damage
    assert before["鑫达科技"] == {code(1 + i) for i in range(0, 40, 4)}
    assert before[code(3)] == {code(3)}
    assert before["宏远机械有限公司3"] == {
        code(1 + i) for i in range(40) if i % 4 == 3 and str(i).startswith("3")
    }
    assert before["王伟"] == {code(1 + i) for i in range(1, 40, 2)}
    seen: list[tuple[int, int]] = []
    assert complete_search_index(workspace, lambda d, t, _m: seen.append((d, t))) == 40
    assert seen == [(15, 40), (30, 40), (40, 40)] and pending_firms(workspace) == 0
    assert searches(workspace) == before  # the same answers from the indexes
    assert check_database(workspace).healthy


def test_edits_and_an_undo_before_the_index_is_filled_leave_it_sound(
    workspace: Workspace, tmp_path: Path
) -> None:
    batch = import_list(workspace, big_list(tmp_path), "L", index_later=True).batch_id
    edit_firm_fields(workspace, code(1), {"name": "新乡市改名科技有限公司"})
    assert found(workspace, "改名科技") == {code(1)}
    assert batch is not None
    undo_import(workspace, batch)
    assert found(workspace, "鑫达") == set()
    again = import_list(workspace, big_list(tmp_path, "again.xlsx", start=100), "L", index_later=True)
    assert again.new == 40
    complete_search_index(workspace)
    assert found(workspace, "鑫达科技") == {code(100 + i) for i in range(0, 40, 4)}
    assert found(workspace, "改名") == {code(1)}  # edited by hand, so the undo kept it
    assert check_database(workspace).healthy


def test_a_stopped_fill_goes_on_where_it_stopped(workspace: Workspace, tmp_path: Path) -> None:
    import_list(workspace, big_list(tmp_path), "L", index_later=True)
    token = CancelToken()

    def stop_after_first(done: int, total: int, _message: str) -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        complete_search_index(workspace, stop_after_first, token)
    assert pending_firms(workspace) == 25  # the first chunk is in the index and stays there
    assert found(workspace, "鑫达科技") == {code(1 + i) for i in range(0, 40, 4)}
    assert complete_search_index(workspace) == 25
    assert found(workspace, "鑫达科技") == {code(1 + i) for i in range(0, 40, 4)}
    assert check_database(workspace).healthy


def test_small_imports_and_the_default_index_at_once(workspace: Workspace, tmp_path: Path) -> None:
    assert not import_list(workspace, big_list(tmp_path), "L").index_pending
    assert pending_firms(workspace) == 0 and found(workspace, "xdkj")


def test_the_backlog_arm_keeps_a_search_a_merge_of_ordered_streams(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backlog arm of every search is a rowid range (NULL to NULL when the backlog is empty), in id
    order like the index arms: joined to the backlog instead, it was sorted and the page then scanned
    the firm table (a search's first page 11 -> 43 ms at 50,000 firms, 1-2 s at 530,000)."""
    from tests.services.test_name_sort import _plans

    import_list(workspace, big_list(tmp_path), "L")
    monkeypatch.setattr(search_index, "_BACKLOG_SEEN", [True])  # as after a big import, its fill done
    for query in ("鑫达科技", "鑫", "xxkj"):
        (plan,) = [p for p in _plans(workspace, FirmQuery(search=query, limit=50)) if "MERGE" in p]
        assert "SEARCH f USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)" in plan, plan
        assert "TEMP B-TREE" not in plan and "SCAN firm " not in plan + " ", plan


def test_searches_carry_the_backlog_arm_only_while_a_backlog_may_exist(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second arm costs the planner its best plan, so it is there only while needed; a connection
    opened on a database with a backlog (a fill killed in an earlier run) brings it back."""
    from desktop.services.firm_search import match_plan

    monkeypatch.setattr(search_index, "_BACKLOG_SEEN", [False])
    assert len(match_plan("鑫达科技").arms) == 1
    import_list(workspace, big_list(tmp_path), "L", index_later=True)
    assert len(match_plan("鑫达科技").arms) == 2
    search_index._BACKLOG_SEEN[0] = False  # as in a new process, which opens the database before searching
    workspace.db.engine.dispose()
    with workspace.db.session() as session:
        session.execute(text("SELECT 1"))
    assert found(workspace, "鑫达科技") == {code(1 + i) for i in range(0, 40, 4)}  # a new connection saw it
    complete_search_index(workspace)
    assert len(match_plan("鑫达科技").arms) == 1
    assert found(workspace, "鑫达科技") == {code(1 + i) for i in range(0, 40, 4)}
