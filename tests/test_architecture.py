"""Imports point downward only: ui/cli -> services -> exchange/reports -> store -> domain."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "desktop"
LAYERS = {
    "domain": 0,
    "store": 1,
    "exchange": 2,
    "reports": 2,
    "services": 3,
    "commands": 4,
    "cli": 5,  # the entry point: dispatches to commands or starts the ui
    "ui": 4,
    "__main__": 6,
}
QT_FREE = ("domain", "store", "exchange", "reports", "services", "commands")


def _modules() -> list[Path]:
    return [p for p in ROOT.rglob("*.py") if "migrations/versions" not in p.as_posix()]


def _layer_of(path: Path) -> str | None:
    rel = path.relative_to(ROOT).with_suffix("")
    return rel.parts[0] if rel.parts[0] in LAYERS else None


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_downward(path: Path) -> None:
    layer = _layer_of(path)
    if layer is None:
        return
    for name in _imports(path):
        parts = name.split(".")
        if parts[0] != "desktop" or len(parts) < 2 or parts[1] not in LAYERS:
            continue
        target = parts[1]
        assert LAYERS[target] < LAYERS[layer] or target == layer, f"{path.name} ({layer}) imports {name}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_never_imports_qt(path: Path) -> None:
    if _layer_of(path) not in QT_FREE:
        return
    for name in _imports(path):
        assert not name.startswith(("PySide6", "shiboken6")), f"{path} imports {name}"


def test_domain_imports_no_other_desktop_layer() -> None:
    for path in (ROOT / "domain").rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith("desktop.") or name.startswith("desktop.domain"), (
                f"{path} imports {name}"
            )
