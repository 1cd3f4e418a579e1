"""``firstloan products|product|products-pdf``, ``--product-id`` on credit and loan, ``plan save --kind``,
``precredit``: the command line over the same services."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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


def test_the_catalogue_from_the_command_line(cli: Run, firm: str, tmp_path: Path) -> None:
    r = cli("product", "add", "--name", "首贷信易贷", "--rate-min", "3.45", "--rate-max", "4.35", "--term-max", "36",
            "--guarantees", "信用", "--audience", "小微企业", "--eligibility", "纳税信用 B 级以上")  # fmt: skip
    assert r.code == 0, r.err
    products = json.loads(cli("products", "--json").out)
    assert products[0] | {"id": 1, "name": "首贷信易贷", "rate_min": "3.45", "is_credit": True} == products[0]
    assert cli("product", "add", "--name", "反了", "--rate-min", "5", "--rate-max", "4").code == 2
    assert cli("product", "edit", "1", "--term-max", "24", "--reason", "调整期限").code == 0
    assert json.loads(cli("products", "--json").out)[0]["term_max_months"] == 24
    assert cli("credit", "add", firm, "--date", "2026-11-05", "--amount", "100", "--guarantee", "credit",
               "--product-id", "1").code == 0  # fmt: skip
    r = cli("loan", "add", firm, "--date", "2026-11-06", "--amount", "60", "--product-id", "1")
    assert r.code == 0 and "计为首贷" in r.out
    r = cli("loan", "add", firm, "--date", "2026-11-07", "--amount", "20", "--kind", "renewal")
    assert r.code == 0 and "不计为首贷" in r.out
    assert cli("credit", "add", firm, "--date", "2026-11-05", "--amount", "1", "--guarantee", "credit",
               "--product-id", "x").code == 2  # fmt: skip
    out = tmp_path / "授信清单.pdf"
    assert cli("products-pdf", "--out", str(out)).code == 0
    assert "首贷信易贷" in PdfReader(out).pages[0].extract_text()
    assert cli("product", "void", "1", "--reason", "停办").code == 0
    assert json.loads(cli("products", "--json").out) == []
    assert cli("credit", "add", firm, "--date", "2026-11-08", "--amount", "1", "--guarantee", "credit",
               "--product-id", "1").code == 2  # fmt: skip


def test_precredit_and_the_partner_plan(cli: Run, firm: str) -> None:
    r = cli("precredit", "set", firm, "--amount", "80", "--date", "2026-11-03")
    assert r.code == 0 and "不计入授信" in r.out
    shown = json.loads(cli("precredit", "show", firm, "--json").out)
    assert (shown[0]["amount"], shown[0]["on"]) == ("80", "2026-11-03")
    report = json.loads(cli("report", "--year", "2026", "--month", "11", "--json").out)
    assert report["figures"]["credited"] == 0
    assert cli("precredit", "void", firm, "--reason", "复核未通过").code == 0
    assert cli("precredit", "void", firm, "--reason", "again").code == 2
    r = cli(
        "plan",
        "save",
        firm,
        "--date",
        "2026-11-04",
        "--diagnosis",
        "其他",
        "--measures",
        "其他",
        "--kind",
        "partner",
    )
    assert r.code == 2 and "首贷" in r.err


def test_correcting_the_product_of_a_credit_and_a_loan(cli: Run, firm: str) -> None:
    for name in ("首贷信易贷", "科创首贷"):
        assert cli("product", "add", "--name", name).code == 0
    assert (
        cli("credit", "add", firm, "--date", "2026-11-05", "--amount", "100", "--guarantee", "credit").code
        == 0
    )
    assert cli("credit", "edit", "1", "--product-id", "2", "--reason", "选错产品").code == 0
    credit = json.loads(cli("credit", "list", firm, "--json").out)[0]
    assert (credit["product_id"], credit["product"]) == (2, "科创首贷")
    assert cli("loan", "add", firm, "--date", "2026-11-06", "--amount", "60").code == 0
    assert json.loads(cli("loan", "list", firm, "--json").out)[0]["product_id"] == 2  # the credit's
    # A product taken out of the catalogue stays on the records that named it when they are corrected.
    assert cli("product", "void", "2", "--reason", "停办").code == 0
    assert cli("loan", "edit", "1", "--amount", "50", "--reason", "金额录错").code == 0
    assert json.loads(cli("loan", "list", firm, "--json").out)[0]["product_id"] == 2
    assert cli("loan", "edit", "1", "--product-id", "2", "--reason", "x").code == 0  # unchanged: kept
    r = cli("loan", "edit", "1", "--product-id", "9", "--reason", "不存在")
    assert r.code == 2
    assert cli("loan", "edit", "1", "--product-id", "none", "--reason", "不属于产品目录").code == 0
    assert json.loads(cli("loan", "list", firm, "--json").out)[0]["product_id"] is None
