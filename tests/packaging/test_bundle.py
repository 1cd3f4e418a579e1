"""The frozen app itself: build it (or take a built one) and run it like a user and like IT would.

Slow (a build takes a minute or two) and opt-in:

    FIRSTLOAN_TEST_BUNDLE=1 scripts/test tests/packaging/test_bundle.py
    # or test a bundle built already (scripts/build), without rebuilding:
    FIRSTLOAN_TEST_BUNDLE=1 FIRSTLOAN_BUNDLE_DIR=dist/FirstLoanDesk scripts/test tests/packaging/test_bundle.py
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

import desktop
from desktop.store.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]
KEY = "5a" * 32
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("FIRSTLOAN_TEST_BUNDLE") != "1", reason="set FIRSTLOAN_TEST_BUNDLE=1"),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    given = os.environ.get("FIRSTLOAN_BUNDLE_DIR")
    if given:
        return Path(given).resolve()
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-archive"], cwd=ROOT, check=True
    )
    return ROOT / "dist" / "FirstLoanDesk"


@pytest.fixture(scope="module")
def exe(bundle: Path) -> Path:
    path = bundle / ("firstloan.exe" if sys.platform == "win32" else "firstloan")
    assert path.is_file()
    return path


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FIRSTLOAN_", "PYTHON"))}
    env.update({"FIRSTLOAN_DB_KEY": KEY, "QT_QPA_PLATFORM": "offscreen"}, **extra)
    return env


def _run(exe: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args], env=_env(**extra), capture_output=True, text=True, encoding="utf-8", timeout=120
    )


def test_version(exe: Path) -> None:
    result = _run(exe, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"firstloan {desktop.__version__}"


def test_the_frozen_app_finds_its_migrations_and_speaks_utf8(exe: Path, bundle: Path) -> None:
    result = _run(exe, FIRSTLOAN_BUNDLE_REPORT="1")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["frozen"] is True
    assert report["utf8_mode"] == 1
    assert Path(report["migrations_dir"]).is_relative_to(bundle)
    assert report["head_revision"] == head_revision()
    # Qt looks inside the bundle for its catalogues and plugins (the UI loads qtbase_zh_CN from there).
    translations = Path(report["qt_translations"])
    assert translations.is_relative_to(bundle) and (translations / "qtbase_zh_CN.qm").is_file()
    assert Path(report["qt_plugins"]).is_relative_to(bundle)
    # Keyring backends are discovered through entry points: its metadata came along.
    assert "keyring.backends.fail.Keyring" in report["keyrings"]
    assert report["pinyin"] == "shou dai pei yu"  # pypinyin's dictionaries are data files
    assert report["national_day_is_holiday"] is True
    assert report["helper_process"] is True  # multiprocessing's spawn works in the frozen exe
    assert Path(report["pdf_font"]) == bundle / "_internal" / "resources" / "fonts" / "wqy-microhei.ttc"


def test_demo_then_firms_json_then_a_wrong_key(exe: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _run(exe, "--data-dir", str(data), "demo", "--firms", "20")
    assert result.returncode == 0, result.stderr
    result = _run(exe, "--data-dir", str(data), "firms", "--json")
    assert result.returncode == 0, result.stderr
    firms = json.loads(result.stdout)
    assert len(firms) == 20
    assert all(len(firm["uscc"]) == 18 and firm["name"] for firm in firms)
    # A DomainError still becomes exit 2 with the app's one line in the frozen app (SQLCipher's own
    # log lines may precede it).
    result = _run(exe, "--data-dir", str(data), "firms", FIRSTLOAN_DB_KEY="a5" * 32)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("firstloan: 错误：")
    assert "Traceback" not in result.stderr


def test_the_gui_starts_offscreen_and_stays_up(exe: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _run(exe, "--data-dir", str(data), "demo", "--firms", "5").returncode == 0
    proc = subprocess.Popen(
        [str(exe), "--data-dir", str(data)],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    time.sleep(6)
    alive = proc.poll() is None
    proc.terminate()
    _out, err = proc.communicate(timeout=30)
    assert alive, f"the app exited with {proc.returncode}: {err}"
    assert "Traceback" not in err
    assert "Could not load the Qt platform plugin" not in err


def test_contents(bundle: Path, plan: ModuleType) -> None:
    internal = bundle / "_internal"
    files = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    names = {name.rsplit("/", 1)[-1] for name in files}
    # Qt's Chinese and English catalogues only.
    assert {"qtbase_zh_CN.qm", "qt_zh_CN.qm", "qtbase_en.qm"} <= names
    assert "qtbase_de.qm" not in names
    # Migrations as files, where desktop/store/migrate.py looks for them.
    assert "desktop/store/migrations/env.py" in files
    assert {
        f"desktop/store/migrations/versions/{p.name}"
        for p in (ROOT / "desktop/store/migrations/versions").glob("*.py")
    } <= files
    assert "resources/icons/firstloan.png" in files
    assert {"resources/fonts/wqy-microhei.ttc", "resources/fonts/LICENSE-Apache-2.0.txt"} <= files
    assert any(name.startswith("pypinyin/") and name.endswith(".json") for name in files)
    if sys.platform == "win32":
        assert "qwindows.dll" in names
    else:
        assert {"libqxcb.so", "libqoffscreen.so", "libqwayland.so"} <= names
        # The X11 libraries a fresh Debian/Ubuntu lacks (libxcb-icccm4, libxcb-keysyms1, ...) travel along.
        assert set(plan.BUNDLED_SYSTEM_LIBS) <= names
        # Chinese input: ibus (fcitx5 also speaks it) and compose.
        assert {"libibusplatforminputcontextplugin.so", "libcomposeplatforminputcontextplugin.so"} <= names
    # Nothing of the heavy Qt parts the app does not use.
    assert not [
        n for n in names if any(m in n for m in ("Qt6Quick", "Qt6Qml", "WebEngine", "Qt6Pdf", "Qt6Sql"))
    ]


@pytest.mark.skipif(sys.platform != "linux" or not shutil.which("Xvfb"), reason="needs Linux and Xvfb")
def test_the_gui_starts_on_x11(exe: Path, tmp_path: Path) -> None:
    # The real xcb platform plugin (what a Linux desktop uses), on a virtual X server.
    data = tmp_path / "data"
    assert _run(exe, "--data-dir", str(data), "demo", "--firms", "5").returncode == 0
    display = f":{random.randint(100, 199)}"  # one unlikely to be taken (named if Xvfb fails)
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
    try:
        time.sleep(1.5)
        assert xvfb.poll() is None, f"Xvfb did not start on display {display} (taken? rerun)"
        env = _env(QT_QPA_PLATFORM="xcb", DISPLAY=display, QT_IM_MODULE="ibus")
        proc = subprocess.Popen(
            [str(exe), "--data-dir", str(data)], env=env, stderr=subprocess.PIPE, text=True, encoding="utf-8"
        )
        time.sleep(6)
        alive = proc.poll() is None
        proc.terminate()
        _out, err = proc.communicate(timeout=30)
        assert alive, f"the app exited with {proc.returncode}: {err}"
        assert "Could not load the Qt platform plugin" not in err
        assert "Traceback" not in err
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
