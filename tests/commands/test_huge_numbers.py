"""Absurd numbers typed on the command line (1e308 capital-sized amounts, 10^30 counts, terms, rates,
record numbers): exit 2 with one clear line and nothing changed — never an overflow (exit 1)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.services.workspace import open_workspace
from tests.commands.conftest import Run
from tests.factories import add_firm
from tests.keyring_backend import InMemoryKeyring

HUGE = "1" + "0" * 30
FIRM = "{firm}"
COMMANDS: list[tuple[str, ...]] = [
    ("credit", "add", FIRM, "--date", "2026-03-05", "--amount", "1e308", "--guarantee", "信用"),
    ("credit", "add", FIRM, "--date", "2026-03-05", "--amount", HUGE, "--guarantee", "信用"),
    (
        "credit",
        "add",
        FIRM,
        "--date",
        "2026-03-05",
        "--amount",
        "10",
        "--guarantee",
        "信用",
        "--rate",
        "1e30",
    ),
    ("credit", "add", FIRM, "--date", "2026-03-05", "--amount", "10", "--guarantee", "信用", "--term", HUGE),
    ("loan", "add", FIRM, "--date", "2026-03-06", "--amount", HUGE),
    ("demand", "add", FIRM, "--date", "2026-02-13", "--amount", "1e308"),
    ("record", "set", FIRM, "annual_sales=1e308"),
    ("record", "set", FIRM, f"employees={HUGE}"),
    ("record", "set", FIRM, "social_insurance_headcount=" + "9" * 5000),
    ("record", "set", FIRM, "credit_lookback_years=1000"),
    ("record", "bank", FIRM, "工商银行", "--credit", HUGE),
    (
        "plan",
        "save",
        FIRM,
        "--date",
        "2026-03-01",
        "--diagnosis",
        "no_info",
        "--measures",
        "insurance",
        "--amount",
        HUGE,
    ),
    ("target", "set", "--year", "2026", "--county", "红旗区", "--firms", HUGE),
    ("target", "set", "--year", "2026", "--county", "红旗区", "--first-loans", HUGE),
    ("target", "set", "--year", "2026", "--county", "红旗区", "--amount", "1e308"),
    ("record", "export-attachment", HUGE, "--out", "x.bin"),
]


@pytest.fixture
def firm(cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring) -> str:
    assert cli("init").code == 0
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    try:
        return add_firm(ws, 7)
    finally:
        ws.close()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c)[:60])
def test_a_huge_number_is_a_clear_error(
    cli: Run, firm: str, data_dir: Path, command: tuple[str, ...]
) -> None:
    before = hashlib.sha256((data_dir / "firstloan.db").read_bytes()).hexdigest()
    r = cli(*(part.replace(FIRM, firm) for part in command))
    assert r.code == 2, r.err
    assert r.err.count("\n") == 1 and ("超出合理范围" in r.err or "找不到" in r.err or "1 到 600" in r.err), (
        r.err
    )
    assert "Traceback" not in r.err and len(r.err) < 300
    assert hashlib.sha256((data_dir / "firstloan.db").read_bytes()).hexdigest() == before
