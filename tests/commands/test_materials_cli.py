"""``firstloan materials`` / ``materials-text`` / ``case`` and ``demand reply`` / ``diligence`` from the
command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from desktop.services.workspace import open_workspace
from tests.commands.conftest import Run
from tests.factories import add_firm
from tests.keyring_backend import InMemoryKeyring


@pytest.fixture
def firm(cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring) -> str:
    assert cli("init").code == 0
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    try:
        return add_firm(ws, 7, has_loan_record=False, has_discount_record=False)
    finally:
        ws.close()


def test_the_months_materials(cli: Run, firm: str, tmp_path: Path) -> None:
    assert (
        cli(
            "event",
            "add",
            "--kind",
            "mentoring",
            "--date",
            "2026-11-05",
            "--title",
            "一对一帮扶",
            "--firms",
            firm,
        ).code
        == 0
    )
    assert (
        cli(
            "materials-text", "--month", "2026-11", "--section", "experience", "--text", "顾问团上门辅导"
        ).code
        == 0
    )
    assert cli("case", "mark", firm, "--month", "2026-11").code == 0
    shown = json.loads(cli("materials", "--month", "2026-11", "--json").out)
    assert (
        shown["summaries"]["mentoring"] | {"activities": 1, "firms_reached": 1}
        == shown["summaries"]["mentoring"]
    )
    assert shown["texts"]["experience"] == "顾问团上门辅导" and len(shown["cases"]) == 1
    out = tmp_path / "材料.docx"
    assert cli("materials", "--month", "2026-11", "--out", str(out)).code == 0
    assert "顾问团上门辅导" in [p.text for p in Document(str(out)).paragraphs]
    assert cli("materials", "--month", "2026-13", "--out", str(out)).code == 2
    assert cli("case", "void", "1", "--reason", "重复").code == 0
    assert json.loads(cli("case", "list", "--month", "2026-11", "--json").out) == []


def test_reply_and_diligence(cli: Run, firm: str, tmp_path: Path) -> None:
    assert cli("visit", "add", firm, "--date", "2026-11-02", "--mode", "site").code == 0
    assert cli("demand", "add", firm, "--date", "2026-11-02", "--amount", "100").code == 0
    out = tmp_path / "回告.pdf"
    r = cli("demand", "reply", "1", "--out", str(out))
    assert r.code == 2 and not out.exists()
    assert cli("demand", "accept", "1", "--date", "2026-11-04", "--conditions-met", "2026-11-03").code == 0
    assert cli("demand", "reply", "1", "--out", str(out), "--phone", "13800000000").code == 0
    assert "13800000000" in PdfReader(out).pages[0].extract_text()
    assert "打印受理回告单" in cli("audit", firm).out
    assert cli("diligence", firm, "--out", str(tmp_path / "d.pdf")).code == 2  # no first loan yet
    assert (
        cli("credit", "add", firm, "--date", "2026-11-05", "--amount", "100", "--guarantee", "credit").code
        == 0
    )
    assert cli("loan", "add", firm, "--date", "2026-11-06", "--amount", "50").code == 0
    assert cli("diligence", firm, "--out", str(tmp_path / "d.pdf")).code == 0
    assert "尽职免责" in PdfReader(tmp_path / "d.pdf").pages[0].extract_text()
