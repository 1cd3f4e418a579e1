"""Issue 17 item 4: the store without a cycle — database.py calls migrate.py, never the reverse."""

from __future__ import annotations

import ast
from pathlib import Path

STORE = Path(__file__).resolve().parents[2] / "desktop" / "store"


def _imports(module: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_migrate_does_not_import_the_database_module() -> None:
    assert "desktop.store.database" not in _imports(STORE / "migrate.py")
    assert "desktop.store.migrate" in _imports(STORE / "database.py")


def test_the_anchor_and_keys_stay_below_the_database() -> None:
    # anchor.py is imported by database.py and audit.py: it must import neither (nor the models).
    below = _imports(STORE / "anchor.py") | _imports(STORE / "keys.py")
    assert not below & {"desktop.store.database", "desktop.store.audit", "desktop.store.models"}
