"""``firstloan calendar import-notice|show|years`` and the calendar_known flags of demand status and todo."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.services.workspace import open_workspace
from tests.commands.conftest import Run
from tests.domain.notices import NOTICE_2020, NOTICE_2027
from tests.factories import add_firm
from tests.keyring_backend import InMemoryKeyring


def _days(first: str, last: str) -> list[str]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]


EXPECTED_2027 = {
    "year": 2027,
    "holidays": [
        *_days("2027-01-01", "2027-01-03"),
        *_days("2027-02-05", "2027-02-13"),
        *_days("2027-04-03", "2027-04-05"),
        *_days("2027-05-01", "2027-05-05"),
        "2027-06-09",
        *_days("2027-09-15", "2027-09-17"),
        *_days("2027-10-01", "2027-10-07"),
    ],
    "workdays": [
        "2027-02-14",
        "2027-02-20",
        "2027-04-25",
        "2027-05-08",
        "2027-09-18",
        "2027-09-26",
        "2027-10-09",
    ],
}


def _file(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return str(path)


def test_dry_run_prints_exactly_the_json_and_saves_nothing(cli: Run, tmp_path: Path, data_dir: Path) -> None:
    result = cli("calendar", "import-notice", _file(tmp_path, "2027.txt", NOTICE_2027), "--dry-run", "--json")
    assert result.code == 0 and json.loads(result.out) == EXPECTED_2027
    assert not (data_dir / "calendar.json").exists()
    shown = cli("calendar", "show", "2027", "--json")
    assert shown.code == 2 and "日历还不知道 2027 年的节假日安排" in shown.err


def test_import_then_show_and_years(cli: Run, tmp_path: Path) -> None:
    result = cli("calendar", "import-notice", _file(tmp_path, "2027.txt", NOTICE_2027))
    assert result.code == 0, result.err
    assert "春节：放假 2027-02-05 至 2027-02-13；上班 2027-02-14（周日）、2027-02-20（周六）" in result.out
    assert "已保存到日历" in result.out
    shown = json.loads(cli("calendar", "show", "2027", "--json").out)
    assert shown == {**EXPECTED_2027, "source": "notice"}
    assert json.loads(cli("calendar", "show", "2026", "--json").out)["source"] == "built-in"
    years = json.loads(cli("calendar", "years", "--json").out)
    assert years[0] == {"year": 2004, "source": "built-in"} and years[-1] == {
        "year": 2027,
        "source": "notice",
    }
    assert "导入的通知：2027.txt" in cli("calendar", "show", "2027").out


def test_a_contradicting_notice_is_reported_side_by_side(cli: Run, tmp_path: Path) -> None:
    page = "".join(f"<p>{line}</p>" for line in NOTICE_2020.splitlines())
    html = f'<html><head><meta charset="gb2312"></head><body>{page}</body></html>'
    result = cli("calendar", "import-notice", _file(tmp_path, "2020.html", html, "gb18030"), "--json")
    assert result.code == 0 and json.loads(result.out)["year"] == 2020  # stdout stays JSON
    assert "警告：通知与内置日历有 2 天不同（保存后以通知为准）" in result.err
    assert "2020-01-31（周五）  通知：上班  内置日历：休息" in result.err
    assert json.loads(cli("calendar", "show", "2020", "--json").out)["source"] == "notice"


def test_bad_input_is_one_line_and_exit_2(cli: Run, tmp_path: Path) -> None:
    wrong = NOTICE_2027.replace("1月1日（周五）", "1月1日（周四）")
    result = cli("calendar", "import-notice", _file(tmp_path, "wrong.txt", wrong))
    assert result.code == 2 and "2027-01-01 标注为周四，但这一天是周五" in result.err
    assert cli("calendar", "show", "27").code == 2
    headless = "一、元旦：1月1日（周五）至3日（周日）放假，共3天。"
    assert cli("calendar", "import-notice", _file(tmp_path, "items.txt", headless), "--dry-run").code == 2
    given = cli(
        "calendar", "import-notice", _file(tmp_path, "items.txt", headless), "--year", "2027", "--json"
    )
    assert given.code == 0 and json.loads(given.out)["holidays"] == _days("2027-01-01", "2027-01-03")


@pytest.fixture
def firm(cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring) -> str:
    assert cli("init").code == 0  # creates the workspace
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    try:
        return add_firm(ws, 7)
    finally:
        ws.close()


def test_demand_status_and_todo_json_mark_the_unknown_year(
    cli: Run, firm: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIRSTLOAN_TODAY", "2026-12-31")
    cli("demand", "add", firm, "--date", "2026-12-30")
    cli("demand", "accept", "1", "--date", "2026-12-31", "--conditions-met", "2026-12-30")
    rows = json.loads(cli("demand", "status", firm, "--on", "2026-12-31", "--json").out)
    assert [(s["step"], s["deadline"], s["calendar_known"]) for s in rows[0]["steps"]] == [
        ("feedback", "2027-01-04", False),  # 2026-12-30 + 2 working days, never 元旦 2027-01-01
        ("accept", "2026-12-31", True),
        ("decide", "2027-01-04", False),  # min(12-31 + 1, 12-30 + 2)
    ]
    assert "日历未知" in cli("demand", "status", firm, "--on", "2026-12-31").out
    items = json.loads(cli("todo", "--on", "2026-12-03", "--json").out)
    assert {(i["kind"], i["calendar_known"]) for i in items} >= {("calendar", True), ("demand_211", False)}
    assert cli("todo", "--on", "2026-12-03", "--kind", "calendar").code == 0

    cli("calendar", "import-notice", _file(tmp_path, "2027.txt", NOTICE_2027))
    rows = json.loads(cli("demand", "status", firm, "--on", "2026-12-31", "--json").out)
    assert [(s["deadline"], s["calendar_known"]) for s in rows[0]["steps"]] == [
        ("2027-01-04", True),
        ("2026-12-31", True),
        ("2027-01-04", True),
    ]
    items = json.loads(cli("todo", "--on", "2026-12-03", "--json").out)
    assert all(i["calendar_known"] for i in items) and "calendar" not in {i["kind"] for i in items}
