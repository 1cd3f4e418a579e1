"""Search over firms: FTS trigram for 3+ characters, short queries, code prefix, pinyin initials."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import firms as firms_service
from desktop.services.firm_edit import edit_firm_fields
from desktop.services.firms import FirmQuery, count_firms, list_firms
from desktop.services.list_import import import_list
from desktop.services.workspace import Workspace
from tests.exchange.list_files import code, write_xlsx

NAMES = [
    ("新乡市鑫达科技有限公司", "张三"),
    ("新乡县红旗商贸有限公司", "李四"),
    ("卫辉市鑫鑫五金店", "王五"),
    ("获嘉县科技农业合作社", "欧阳娜娜"),
    ("原阳县100%纯净水厂", "赵六"),
    ('辉县市"双引号"食品厂', "钱七"),
    ("封丘县(城关)食品店", "孙八"),  # stored with （）, as Chinese names are
]


@pytest.fixture
def firms(workspace: Workspace, tmp_path: Path) -> Workspace:
    rows = [["统一社会信用代码", "企业名称", "法定代表人"]] + [
        [code(i + 1), n, r] for i, (n, r) in enumerate(NAMES)
    ]
    import_list(workspace, write_xlsx(tmp_path / "l.xlsx", {"S": rows}))
    return workspace


def names(ws: Workspace, search: str, **kw: object) -> list[str]:
    found = [f.name for f in list_firms(ws, FirmQuery(search=search, **kw))]  # type: ignore[arg-type]
    assert count_firms(ws, FirmQuery(search=search)) == len(found) or kw
    return found


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("鑫", ["卫辉市鑫鑫五金店", "新乡市鑫达科技有限公司"]),
        ("科技", ["获嘉县科技农业合作社", "新乡市鑫达科技有限公司"]),
        ("鑫达科技", ["新乡市鑫达科技有限公司"]),
        ("有限公司", ["新乡市鑫达科技有限公司", "新乡县红旗商贸有限公司"]),
        ("王五", ["卫辉市鑫鑫五金店"]),
        ("欧阳娜娜", ["获嘉县科技农业合作社"]),
        ("xxkj", ["新乡市鑫达科技有限公司"]),
        ("XDKJ", ["新乡市鑫达科技有限公司"]),
        ("wj", ["卫辉市鑫鑫五金店"]),
        (
            "xx",
            ["新乡市鑫达科技有限公司", "新乡县红旗商贸有限公司", "卫辉市鑫鑫五金店"],
        ),  # two initials in a row
        ("HQ", ["新乡县红旗商贸有限公司"]),
        ("hqsm", ["新乡县红旗商贸有限公司"]),  # initials as two-letter words
        ("smhq", []),  # ... in their order
        ("100%", ["原阳县100%纯净水厂"]),
        ('"双引号"', ['辉县市"双引号"食品厂']),
        # one or two characters of punctuation or symbols: from the short index too (session 2: a scan)
        ("%", ["原阳县100%纯净水厂"]),
        ("0%", ["原阳县100%纯净水厂"]),
        ('"', ['辉县市"双引号"食品厂']),
        ("（", ["封丘县（城关）食品店"]),
        ("(", ["封丘县（城关）食品店"]),  # half and full width are one token
        ("）食", ["封丘县（城关）食品店"]),
        ("关)", ["封丘县（城关）食品店"]),
        ("&", []),
        ("9141070200000003", ["卫辉市鑫鑫五金店"]),
        ("９１４１０７０２０００００００３", ["卫辉市鑫鑫五金店"]),
        ("不存在", []),
        ("   ", None),
    ],
)
def test_search(firms: Workspace, query: str, expected: list[str] | None) -> None:
    found = names(firms, query)
    if expected is None:
        assert len(found) == len(NAMES)
    else:
        assert sorted(found) == sorted(expected)


def test_search_follows_renames_and_pages(firms: Workspace) -> None:
    edit_firm_fields(firms, code(2), {"name": "新乡县旗开得胜有限公司"})
    assert names(firms, "旗开得胜") == ["新乡县旗开得胜有限公司"]
    assert names(firms, "红旗商贸") == []
    page = [f.name for f in list_firms(firms, FirmQuery(search="有限", limit=1, offset=1))]
    assert len(page) == 1 and count_firms(firms, FirmQuery(search="有限")) == 2


@pytest.mark.parametrize("budget", [1.0, 0.0])  # 0: every probe is interrupted and the walk takes over
def test_common_queries_page_the_same_through_either_plan(
    workspace: Workspace, tmp_path: Path, budget: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(firms_service, "PROBE_BUDGET_S", budget)
    """Each plan (few matches, index walk, probing) pages exactly like the plain listing."""
    rows = [["统一社会信用代码", "企业名称", "法定代表人"]] + [
        [code(1000 + i), f"新乡{'甲乙丙丁'[i % 4]}{i}科技有限公司", "张三"] for i in range(2100)
    ]
    import_list(workspace, write_xlsx(tmp_path / "many.xlsx", {"S": rows}))
    for query in ("科技", "有限公司", "鑫", "甲"):  # probe, probe, few, index walk
        everything = [f.uscc for f in list_firms(workspace, FirmQuery(search=query))]
        paged = [f.uscc for f in list_firms(workspace, FirmQuery(search=query, limit=40, offset=30))]
        assert paged == everything[30:70]
        assert count_firms(workspace, FirmQuery(search=query)) == len(everything)
    assert count_firms(workspace, FirmQuery(search="有限公司")) == 2100
