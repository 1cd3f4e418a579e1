"""Every user-facing error is written in Chinese and English: no DomainError is raised without ``en=``.

The scan reads desktop/ as source (ast), so a new raise site that forgets the English message fails
here at once, whether or not a test ever reaches it.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import desktop
from desktop.domain.errors import DomainError

ROOT = Path(desktop.__file__).resolve().parent
# A message already passed through Qt's tr()/translate() is in the UI's language: no en= needed.
_TRANSLATED = {"tr", "translate"}


def _all_subclasses(cls: type) -> set[type]:
    found: set[type] = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _all_subclasses(sub)
    return found


def _error_classes() -> dict[str, type[DomainError]]:
    """Every DomainError subclass defined in desktop/ (modules imported so they register)."""
    for info in pkgutil.walk_packages([str(ROOT)], prefix="desktop."):
        if info.name == "desktop.__main__" or ".migrations" in info.name:
            continue
        importlib.import_module(info.name)
    classes = {c for c in _all_subclasses(DomainError) if c.__module__.startswith("desktop.")}
    return {c.__name__: c for c in classes | {DomainError}}


ERRORS = _error_classes()
# Classes that word their own message (no ``en`` parameter), e.g. Cancelled().
SELF_WORDED = {name for name, cls in ERRORS.items() if "en" not in inspect.signature(cls.__init__).parameters}


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_translated(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _called_name(node) in _TRANSLATED


def _missing_english(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if name not in ERRORS or name in SELF_WORDED:
            continue
        if any(k.arg == "en" for k in node.keywords):
            continue
        if node.args and _is_translated(node.args[0]):
            continue
        where = path.relative_to(ROOT.parent) if path.is_relative_to(ROOT.parent) else path.name
        problems.append(f"{where}:{node.lineno} {name}(...) has no en=")
    return problems


def _sources() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if "migrations/versions" not in p.as_posix())


def test_the_scan_knows_the_error_classes() -> None:
    # Guards the guard: if importing stopped registering subclasses, the scan would pass vacuously.
    for name in ("FirmNotFound", "InvalidUscc", "UnusableFile", "CellError", "WrongKeyError", "BackupError"):
        assert name in ERRORS
    assert sorted(SELF_WORDED) == ["Cancelled"]


def test_every_domain_error_is_raised_with_an_english_message() -> None:
    problems = [p for path in _sources() for p in _missing_english(path)]
    assert problems == [], "give each of these an English message (en=...):\n" + "\n".join(problems)


def test_the_scan_catches_a_missing_english_message(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from desktop.services.firms import FirmNotFound\n"
        "def f(code: str) -> None:\n"
        "    raise FirmNotFound(f'找不到 {code}')\n"
        "def g(code: str) -> None:\n"
        "    raise FirmNotFound(f'找不到 {code}', en=f'No firm {code}')\n"
        "def h(self: object) -> None:\n"
        "    raise DomainError(self.tr('当前阶段不能手工调整'))\n",
        encoding="utf-8",
    )
    assert _missing_english(sample) == ["sample.py:3 FirmNotFound(...) has no en="]


@pytest.mark.parametrize("name", sorted(SELF_WORDED))
def test_self_worded_errors_carry_english(name: str) -> None:
    error = ERRORS[name]()
    assert error.message_en and error.text("en") != str(error)
