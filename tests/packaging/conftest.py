"""Loading packaging/bundle_plan.py, which is a script folder and deliberately not a package."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_plan() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_plan", ROOT / "packaging" / "bundle_plan.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def plan() -> ModuleType:
    return load_plan()
