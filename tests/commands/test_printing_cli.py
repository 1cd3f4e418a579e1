from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.commands.conftest import Run


def test_dossier_plan_and_batch_commands(cli: Run, tmp_path: Path) -> None:
    assert cli("demo", "--firms", "60").code == 0
    firms = json.loads(cli("firms", "--stage", "first_loan", "--json").out)
    code, name = firms[0]["uscc"], firms[0]["name"]
    out = tmp_path / "d.pdf"
    result = cli("dossier", code, "--out", str(out))
    assert result.code == 0, result.err
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace("\n", "")
    assert name in text and code in text
    plan = tmp_path / "p.pdf"
    assert cli("plan-pdf", code, "--out", str(plan)).code == 0
    assert "一企一策" in PdfReader(plan).pages[0].extract_text()
    batch = tmp_path / "all.pdf"
    result = cli("dossiers", "--out", str(batch), "--stage", "first_loan")
    assert result.code == 0 and f"已打印 {len(firms)} 户" in result.out


def test_unknown_firm_and_bad_name_exit_2(cli: Run, tmp_path: Path) -> None:
    assert cli("demo", "--firms", "5").code == 0
    missing = cli("dossier", "91410702000000051U", "--out", str(tmp_path / "x.pdf"))
    assert missing.code == 2 and "找不到统一社会信用代码" in missing.err
    bad = cli("dossier", "91410702000000051U", "--out", str(tmp_path / "x.txt"))
    assert bad.code == 2 and ".pdf" in bad.err
