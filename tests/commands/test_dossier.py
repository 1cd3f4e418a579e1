"""``firstloan dossier`` and ``firstloan plan``."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop.services.workspace import open_workspace
from tests.commands.conftest import Run
from tests.factories import add_firm
from tests.keyring_backend import InMemoryKeyring


@pytest.fixture
def firm(cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring) -> str:
    assert cli("init").code == 0
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    try:
        return add_firm(ws, 3)
    finally:
        ws.close()


def test_dossier_round_trip(cli: Run, firm: str, tmp_path: Path) -> None:
    r = cli("record", "set", firm, "main_business=面粉加工", "employees=12", "has_loan_record=否",
            "--criterion", "合规持续经营=yes", "--criterion", "premises=no", "--tags", "专精特新,无还本续贷")  # fmt: skip
    assert r.code == 0, r.err
    assert cli("record", "contact", firm, "张三", "--phone", "13800000000", "--primary").code == 0
    r = cli("record", "bank", firm, "工商银行", "--basic", "--credit", "50")
    assert r.code == 0 and "基本户开户行为中国工商银行" in r.err
    scan = tmp_path / "licence.png"
    scan.write_bytes(b"\x89PNG fake")
    assert cli("record", "attach", firm, str(scan), "--kind", "licence").code == 0
    out = tmp_path / "back.png"
    assert cli("record", "export-attachment", "1", str(out)).code == 0
    assert out.read_bytes() == b"\x89PNG fake"
    view = json.loads(cli("record", "show", firm, "--json").out)
    assert view["fields"]["employees"] == 12 and view["fields"]["has_loan_record"] is False
    assert view["criteria"] == {"compliant": True, "premises": False}
    assert view["policy_tags"] == ["renewal", "specialised"]
    assert view["attachments"][0]["sha256"] == hashlib.sha256(b"\x89PNG fake").hexdigest()
    assert (
        "年销售收入" in view["completeness"]["missing"]
        and "营业执照扫描件" not in view["completeness"]["missing"]
    )
    text = cli("record", "show", firm)
    assert text.code == 0 and "信息完整度" in text.out


def test_plan_commands(cli: Run, firm: str) -> None:
    r = cli("plan", "save", firm, "--date", "2026-03-01", "--diagnosis", "缺抵押，财务不规范",
            "--measures", "政府性融资担保", "--amount", "80", "--task", "收集资料@2026-03-10", "--task", "辅导")  # fmt: skip
    assert r.code == 0, r.err
    assert cli("plan", "task-done", "1", "--date", "2026-03-09").code == 0
    assert (
        cli(
            "plan", "save", firm, "--date", "2026-04-01", "--diagnosis", "no_info", "--measures", "insurance"
        ).code
        == 0
    )
    versions = json.loads(cli("plan", "show", firm).out)
    assert [(v["version"], v["is_current"]) for v in versions] == [(1, False), (2, True)]
    assert [t["title"] for t in versions[1]["tasks"]] == ["辅导"]
    assert json.loads(cli("firms", "--json").out)[0]["stage"] == "cultivating"


@pytest.mark.parametrize(
    "args",
    [
        ("record", "set", "{firm}", "employees=many"),
        ("record", "set", "{firm}", "employees"),
        ("record", "set", "{firm}", "--criterion", "premises=perhaps"),
        ("record", "bank", "{firm}", "工商银行", "--credit", "-5"),
        ("record", "attach", "{firm}", "/nonexistent/file.pdf"),
        ("plan", "save", "{firm}", "--date", "2026-03-01", "--diagnosis", "x", "--measures", "insurance"),
        ("plan", "save", "{firm}", "--date", "2026-03-01", "--diagnosis", "no_info", "--measures", "insurance",
         "--task", "a@2026-02-31"),
        ("plan", "task-done", "9", "--date", "2026-03-01"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_and_changes_nothing(
    cli: Run, firm: str, data_dir: Path, args: tuple[str, ...]
) -> None:
    before = hashlib.sha256((data_dir / "firstloan.db").read_bytes()).hexdigest()
    r = cli(*(a.replace("{firm}", firm) for a in args))
    assert r.code == 2 and r.err.count("\n") == 1 and "Traceback" not in r.err
    assert hashlib.sha256((data_dir / "firstloan.db").read_bytes()).hexdigest() == before
