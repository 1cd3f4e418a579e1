"""The console script's entry point stays light: a process spawned from the script (the import helper)
runs its top level again, and must not import the whole app for it."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from desktop import __version__

ROOT = Path(__file__).resolve().parents[1]


def test_the_console_script_points_at_the_light_entry() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["firstloan"] == "desktop.console:main"


def test_importing_the_entry_imports_nothing_of_the_app() -> None:
    code = (
        "import sys, desktop.console\n"
        "print(sorted(m for m in sys.modules if m.startswith(('desktop.', 'sqlalchemy', 'PySide6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "['desktop.console']"


def test_the_entry_runs_the_cli() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, desktop.console; sys.argv = ['firstloan', '--version']; "
            "sys.exit(desktop.console.main())",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 0
    assert __version__ in out.stdout + out.stderr
