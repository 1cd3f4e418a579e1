"""scripts/qt-runtime-libs: the Debian/Ubuntu packages Qt needs to open a window on a fresh machine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "qt-runtime-libs"
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a bash script for Linux")


def _packages() -> set[str]:
    out = subprocess.run(["bash", str(SCRIPT), "--list"], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_lists_the_libraries_a_fresh_debian_lacks() -> None:
    # The ones the issue found missing by hand, and the rest Qt's xcb plugin links.
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"} <= _packages()
    assert {
        "libxcb-image0",
        "libxcb-randr0",
        "libxcb-render-util0",
        "libxcb-shape0",
        "libegl1",
    } <= _packages()


def test_every_library_the_bundle_must_carry_has_its_package(plan: ModuleType) -> None:
    table = SCRIPT.read_text(encoding="utf-8")
    for soname in plan.BUNDLED_SYSTEM_LIBS:
        assert f"\n{soname} " in table, soname


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the Qt libraries with ldd")
def test_check_names_what_is_missing_or_nothing() -> None:
    done = subprocess.run(["bash", str(SCRIPT), "--check"], capture_output=True, text=True, cwd=ROOT)
    # On a machine set up by scripts/setup-env as root nothing is missing; elsewhere the line says what.
    assert done.returncode == 0 or "apt-get install" in done.stderr
