"""Shared fixtures. The real OS keyring is replaced for the whole session before anything opens it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest

import desktop.reports.fonts as pdf_fonts
from desktop.services.workspace import Workspace
from tests.helpers.template_db import TemplateDatabases
from tests.keyring_backend import InMemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_KEYRING = InMemoryKeyring()
keyring.set_keyring(_SESSION_KEYRING)
os.environ.pop("FIRSTLOAN_DB_KEY", None)
# PDFs are made with the app's bundled font only, as on a laptop without any Chinese font installed
# (tests/reports/test_fonts.py puts system fonts back where it tests the fallback).
pdf_fonts.CANDIDATES = ()
os.environ.pop("FIRSTLOAN_PDF_FONT", None)

# The demo and the rules are computed against a fixed "today" so results never depend on the run date.
TODAY = date(2026, 11, 20)


@pytest.fixture
def memory_keyring() -> InMemoryKeyring:
    return InMemoryKeyring()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _demo(ws: Workspace) -> None:
    from desktop.services.demo import fill_demo  # the demo pulls in much of the app: only when used

    fill_demo(ws, firms=DEMO_FIRMS, today=TODAY)


DEMO_FIRMS = 300


@pytest.fixture(scope="session")
def templates() -> Iterator[TemplateDatabases]:
    built = TemplateDatabases({"empty": lambda ws: None, "demo": _demo})
    yield built
    built.close()


@pytest.fixture
def workspace(
    data_dir: Path, memory_keyring: InMemoryKeyring, templates: TemplateDatabases
) -> Iterator[Workspace]:
    """A new, empty encrypted workspace (a copy of the session's template, as if just created)."""
    ws = templates.open("empty", data_dir, memory_keyring)
    yield ws
    ws.close()


@pytest.fixture
def demo_ws(
    data_dir: Path, memory_keyring: InMemoryKeyring, templates: TemplateDatabases
) -> Iterator[Workspace]:
    """A workspace holding the demo programme of DEMO_FIRMS firms as of TODAY."""
    ws = templates.open("demo", data_dir, memory_keyring)
    yield ws
    ws.close()
