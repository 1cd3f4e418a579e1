"""``firstloan record`` (the dossier's fields, criteria notes, tags, contacts, banks, attachments), ``firm
add|edit``, ``plan`` (owner, done note, diff), ``target list|edit|void`` and ``audit`` in words."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import openpyxl
import pytest

from desktop.services.workspace import open_workspace
from tests.commands.conftest import Run
from tests.factories import add_firm, code_for
from tests.keyring_backend import InMemoryKeyring


@pytest.fixture
def firm(cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring) -> str:
    assert cli("init").code == 0
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    try:
        return add_firm(ws, 3)
    finally:
        ws.close()


def _digest(data_dir: Path) -> str:
    return hashlib.sha256((data_dir / "firstloan.db").read_bytes()).hexdigest()


def _show(cli: Run, firm: str) -> dict[str, object]:
    r = cli("record", "show", firm, "--json")
    assert r.code == 0, r.err
    shown: dict[str, object] = json.loads(r.out)
    return shown


def test_credit_report_dates_criteria_notes_and_free_tags(cli: Run, firm: str, data_dir: Path) -> None:
    r = cli("record", "set", firm, "has_loan_record=是", "last_loan_settled=2023-05-01",
            "credit_query_date=2026-10-08", "--criterion", "合规持续经营=yes",
            "--criterion-note", "合规持续经营=营业执照在有效期内", "--tags", "吸纳就业型,外贸",
            "--free-tags", "返乡创业, 夜市")  # fmt: skip
    assert r.code == 0, r.err
    shown = _show(cli, firm)
    fields = shown["fields"]
    assert isinstance(fields, dict)
    assert (fields["last_loan_settled"], fields["credit_query_date"]) == ("2023-05-01", "2026-10-08")
    assert shown["criteria"] == {"compliant": True}
    assert shown["criteria_notes"] == {"compliant": "营业执照在有效期内"}
    assert shown["policy_tags"] == ["employment", "foreign_trade"] and shown["free_tags"] == [
        "返乡创业",
        "夜市",
    ]
    before = _digest(data_dir)
    r = cli("record", "set", firm, "credit_query_date=2030-01-01")
    assert r.code == 2 and "晚于今天" in r.err and _digest(data_dir) == before


def test_contacts_and_banks_are_corrected_and_voided(cli: Run, firm: str, data_dir: Path) -> None:
    before = _digest(data_dir)
    r = cli("record", "contact", firm, "张三", "--phone", "12345")
    assert r.code == 2 and "11 位手机号码" in r.err and _digest(data_dir) == before
    assert cli("record", "contact", firm, "张三", "--phone", "13800000000", "--primary").code == 0
    assert cli("record", "contact-edit", "1", "--phone", "0373-2051234", "--reason", "换号").code == 0
    contacts = _show(cli, firm)["contacts"]
    assert isinstance(contacts, list) and contacts[0]["phone"] == "0373-2051234"
    assert cli("record", "contact-void", "1", "--reason", "已离职").code == 0
    assert _show(cli, firm)["contacts"] == []
    r = cli("record", "bank", firm, "建行", "--roles", "settlement,授信", "--credit", "30")
    assert r.code == 0, r.err
    [bank] = _show(cli, firm)["banks"]  # type: ignore[misc]
    assert bank["bank"] == "中国建设银行" and bank["roles"] == ["settlement", "credit"]
    assert (
        cli("record", "bank-edit", "1", "--roles", "basic", "--credit", "none", "--reason", "基本户").code
        == 0
    )
    [bank] = _show(cli, firm)["banks"]  # type: ignore[misc]
    assert bank["roles"] == ["basic"] and bank["credit_amount"] is None
    r = cli("record", "bank-void", "1", "--reason", "录错")
    assert r.code == 0 and _show(cli, firm)["banks"] == []


def test_attachments_are_listed_and_removed_by_voiding(cli: Run, firm: str, tmp_path: Path) -> None:
    path = tmp_path / "执照.pdf"
    path.write_bytes(b"%PDF-1.4 licence")
    assert cli("record", "attach", firm, str(path), "--kind", "licence").code == 0
    assert cli("record", "attach-void", "1", "--reason", "传错文件").code == 0
    [row] = json.loads(cli("record", "attachments", firm, "--json").out)
    assert (row["id"], row["voided"], row["void_reason"], row["file_name"]) == (
        1,
        True,
        "传错文件",
        "执照.pdf",
    )
    assert _show(cli, firm)["attachments"] == []
    assert cli("record", "export-attachment", "1", str(tmp_path / "back.pdf")).code == 0  # still readable


def test_firm_add_is_off_the_lists_and_exported_as_a_recommendation(
    cli: Run, data_dir: Path, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    uscc = code_for(41)
    r = cli(
        "firm",
        "add",
        uscc,
        "--name",
        " 新乡市园区示例有限公司 ",
        "--county",
        "红旗区",
        "--source",
        "小微企业园",
    )
    assert r.code == 0, r.err
    [row] = json.loads(cli("firms", "--json").out)
    assert (row["uscc"], row["name"], row["on_list"], row["county"]) == (
        uscc,
        "新乡市园区示例有限公司",
        False,
        "红旗区",
    )
    before = _digest(data_dir)
    again = cli("firm", "add", uscc.lower(), "--name", "另一家")
    assert again.code == 2 and "新乡市园区示例有限公司" in again.err and _digest(data_dir) == before
    bad = cli("firm", "add", "91410702MA0000000X", "--name", "坏代码")
    assert bad.code == 2 and _digest(data_dir) == before
    out = tmp_path / "rec.xlsx"
    r = cli("export-recommendations", "--out", str(out))
    assert r.code == 0, r.err
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert len(rows) == 3 and rows[2][1] == uscc and rows[2][-2:] == ["小微企业园", "待对接"]
    assert cli("firm", "edit", uscc, "--address", "新乡市红旗区某路 1 号", "--officer", "王芳").code == 0
    [row] = json.loads(cli("firms", "--json").out)
    assert row["address"] == "新乡市红旗区某路 1 号"


def test_plan_owner_done_note_and_diff(cli: Run, firm: str) -> None:
    r = cli("plan", "save", firm, "--date", "2026-03-01", "--diagnosis", "缺抵押", "--measures", "政府性融资担保",
            "--task", "收集资料@2026-03-10@王芳", "--task", "推荐担保公司@2026-03-20@企业")  # fmt: skip
    assert r.code == 0, r.err
    assert cli("plan", "task-done", "1", "--date", "2026-03-09", "--note", "已收齐纳税证明").code == 0
    r = cli("plan", "save", firm, "--date", "2026-04-01", "--diagnosis", "缺抵押,财务不规范", "--measures", "政府性融资担保",
            "--measures-note", "对接县担保公司")  # fmt: skip
    assert r.code == 0, r.err
    [v1, v2] = json.loads(cli("plan", "show", firm).out)
    assert v1["tasks"][0] == {
        "id": 1, "title": "收集资料", "due": "2026-03-10", "done": True, "owner": "王芳",
        "done_on": "2026-03-09", "note": "已收齐纳税证明",
    }  # fmt: skip
    assert [t["owner"] for t in v2["tasks"]] == ["企业"]
    diff = cli("plan", "diff", firm).out
    assert "诊断：新增 财务不规范" in diff and "措施说明" in diff and "去掉任务" not in diff


def test_targets_are_listed_corrected_and_voided(cli: Run) -> None:
    assert cli("target", "set", "--year", "2026", "--county", "红旗区", "--firms", "50").code == 0
    [t] = json.loads(cli("target", "list", "--json").out)
    assert (t["scope_kind"], t["scope_name"], t["firms"], t["voided"]) == ("county", "红旗区", 50, False)
    assert (
        cli("target", "edit", str(t["id"]), "--firms", "60", "--amount", "500", "--reason", "按文件").code
        == 0
    )
    [t] = json.loads(cli("target", "list", "--year", "2026", "--json").out)
    assert (t["firms"], t["amount"]) == (60, "500")
    assert cli("target", "void", str(t["id"]), "--reason", "下错了").code == 0
    assert json.loads(cli("target", "list", "--json").out) == []
    [t] = json.loads(cli("target", "list", "--all", "--json").out)
    assert t["voided"] is True and t["void_reason"] == "下错了"


def test_audit_text_is_sentences_in_the_chosen_language(
    cli: Run, firm: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("visit", "add", firm, "--date", "2026-10-05", "--mode", "site").code == 0
    assert cli("visit", "void", "1", "--reason", "录入错误").code == 0
    text = cli("audit", firm).out
    assert "2026-10-05 记录走访（实地走访）" in text and "作废走访（2026-10-05 实地走访）：录入错误" in text
    assert "stage.advance" not in text and "visit.add" not in text
    monkeypatch.setenv("FIRSTLOAN_LANG", "en")
    english = cli("audit", firm).out
    assert "2026-10-05 visit recorded (On-site visit)" in english
    assert "Visit of 2026-10-05 (On-site visit) voided: 录入错误" in english
    assert "stage: To contact → Contacted (visit)" in english
    assert (
        "stage corrected: Contacted → To contact (Visit of 2026-10-05 (On-site visit) voided: 录入错误)"
        in english
    )
    assert "4 entries; the chain is intact" in english
    raw = json.loads(cli("audit", firm, "--json").out)
    assert [e["action"] for e in raw["entries"]][:2] == ["visit.add", "stage.advance"]
