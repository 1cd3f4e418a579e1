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


# -- What each room may use ------------------------------------------------------------------------------

# Pure rules: no database, no Qt, no files. (Reading a file is exchange's or services' job.)
DOMAIN_FORBIDDEN = (
    "sqlalchemy",
    "sqlcipher3",
    "PySide6",
    "shiboken6",
    "pathlib",
    "shutil",
    "tempfile",
    "io",
    "os",
)
FILE_CALLS = {"open", "read_text", "write_text", "read_bytes", "write_bytes"}


def _calls(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            found.add(
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
    return found


@pytest.mark.parametrize("path", sorted((ROOT / "domain").rglob("*.py")), ids=lambda p: p.name)
def test_domain_uses_no_database_qt_or_files(path: Path) -> None:
    for name in _imports(path):
        assert name.split(".")[0] not in DOMAIN_FORBIDDEN, f"{path.name} imports {name}"
    assert not _calls(path) & FILE_CALLS, f"{path.name} reads or writes files: {_calls(path) & FILE_CALLS}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_relative_import_leaves_its_room(path: Path) -> None:
    room = path.relative_to(ROOT).parts[0]
    package = path.relative_to(ROOT).parent.parts
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            target = package[: len(package) - (node.level - 1)] if node.level > 1 else package
            assert target and target[0] == room, f"{path} imports from another room relatively"


# -- Sizes: one concept per module, functions short ------------------------------------------------------

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
# Today's oversized code, to be split by concept; the list only ever shrinks (a new entry fails the test).
KNOWN_OVERSIZED: set[str] = {
    "commands/work.py:register",
    "exchange/ledger.py:build_rows",
    "exchange/ledger.py:write_workbook",
    "reports/dossier_data.py:gather",
    "reports/dossier_pdf.py:dossier_flowables",
    "services/dashboard.py:dashboard_figures",
    "services/demo.py",
    "services/demo.py:fill_demo",
    "services/demo.py:tell",
    "services/ledger.py:export_ledger",
    "services/list_import.py",
    "services/list_import.py:import_list",
    "services/list_import.py:_apply",
    "services/list_undo.py:undo_import",
    "services/plans.py:save_plan",
    "services/printing.py:print_dossiers",
    "services/programme.py:compute_figures",
    "services/targets.py:set_target",
    "ui/firm_detail_pane.py",
    "ui/firm_detail_pane.py:__init__",
    "ui/firm_detail_pane.py:_fill",
    "ui/firms_view.py:__init__",
    "ui/import_view.py",
    "ui/import_view.py:_preview_page",
    "ui/ledger_view.py:__init__",
    "ui/mapping_page.py:__init__",
    "ui/settings_view.py:__init__",
}


def oversized(root: Path = ROOT) -> set[str]:
    """Modules over MAX_MODULE_LINES and functions over MAX_FUNCTION_LINES, as ``path`` / ``path:name``."""
    found: set[str] = set()
    for path in _modules():
        rel = path.relative_to(root).as_posix()
        source = path.read_text(encoding="utf-8")
        if len(source.splitlines()) > MAX_MODULE_LINES:
            found.add(rel)
        for node in ast.walk(ast.parse(source)):
            is_function = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            if is_function and (node.end_lineno or node.lineno) - node.lineno + 1 > MAX_FUNCTION_LINES:
                found.add(f"{rel}:{node.name}")
    return found


def test_no_new_oversized_module_or_function() -> None:
    new = sorted(oversized() - KNOWN_OVERSIZED)
    assert not new, (
        f"split by concept (modules <= {MAX_MODULE_LINES} lines, functions <= {MAX_FUNCTION_LINES}): {new}"
    )
