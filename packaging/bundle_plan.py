"""What goes into the bundle, as plain Python the spec and the tests share (no PyInstaller import).

The spec (packaging/firstloan.spec) asks this module for the version, the data files, the hidden
imports the migrations need, the Qt modules to leave out, and which Qt translations and plugins to
keep. Everything is found from the source tree, so new migrations, resources and translations are
picked up without editing the spec.

This directory deliberately has no ``__init__.py``: a package named ``packaging`` would shadow the
PyPI ``packaging`` library that pip and PyInstaller import.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_DIR_NAME = "FirstLoanDesk"  # dist/FirstLoanDesk/, %LOCALAPPDATA%\FirstLoanDesk
CLI_EXE = "firstloan"  # console: the command line, and the GUI when run without a command
GUI_EXE = "FirstLoanDesk"  # Windows only: windowed, what the Start-menu shortcut starts

# Qt modules the app never uses; leaving them out keeps their libraries, plugins and QML out too.
# QtCore, QtGui, QtWidgets, QtNetwork (single instance), QtSvg and QtPrintSupport stay available.
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtPositioning", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip
# Python packages present in a development venv that the app must not drag in (optional imports of
# openpyxl and friends, test tools).
EXCLUDED_PYTHON = (
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "IPython",
    "numpy", "pandas", "scipy", "matplotlib", "lxml", "PyInstaller", "setuptools", "pip",
)  # fmt: skip

# Qt's own translations kept: Chinese first, English second (standard dialogs, buttons).
QT_TRANSLATION = re.compile(r"^qt(base)?_(zh_CN|en)\.qm$")
# Qt plugins never needed on a branch laptop (embedded displays, VNC, QML virtual keyboard, PDF
# thumbnails that would pull QtPdf). Platform plugins kept: xcb, wayland, offscreen, minimal
# (Linux), windows (Windows), cocoa (macOS). Input contexts kept: ibus, compose (fcitx5 speaks ibus).
DROPPED_PLUGINS = re.compile(
    r"plugins/(egldeviceintegrations|qmltooling|designer|sqldrivers|networkinformation|"
    r"platforms/[^/]*(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)[^/]*|"
    r"platforminputcontexts/[^/]*virtualkeyboard[^/]*|imageformats/[^/]*qpdf[^/]*|"
    # The GTK theme would mix the system's GTK with the bundled glib and cairo; Qt's own style is safer.
    r"platformthemes/[^/]*gtk3[^/]*)"
)
# System libraries Qt's xcb platform plugin links that a fresh Debian/Ubuntu lacks (found by starting the
# app under Xvfb with QT_DEBUG_PLUGINS=1; scripts/qt-runtime-libs installs them on the build machine).
# PyInstaller bundles them with the plugin; their licences (MIT/X11) allow it. The bundle test checks.
BUNDLED_SYSTEM_LIBS = (
    "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-image.so.0",
    "libxcb-render-util.so.0", "libxcb-randr.so.0", "libxcb-shape.so.0", "libxcb-xkb.so.1",
    "libxkbcommon-x11.so.0", "libxkbcommon.so.0",
)  # fmt: skip
# Qt libraries only the dropped plugins or excluded modules need.
DROPPED_QT_LIBS = re.compile(
    r"(^|/)(lib)?Qt6(Quick|Qml|Pdf|VirtualKeyboard|EglFS|EglFs|Designer|Sql|Test|Multimedia|WebEngine)"
)


def read_version(root: Path = ROOT) -> str:
    """``__version__`` from desktop/__init__.py, read without importing the app."""
    tree = ast.parse((root / "desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise ValueError("desktop/__init__.py has no __version__")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows version resources (``0.2.0rc1`` -> ``(0, 2, 0, 0)``)."""
    release = re.match(r"\d+(\.\d+)*", version)  # the leading release numbers, without rc1 or +local
    numbers = [int(n) for n in release.group(0).split(".")[:4]] if release else []
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def _migrations(root: Path) -> Path:
    return root / "desktop" / "store" / "migrations"


def migration_scripts(root: Path = ROOT) -> list[Path]:
    """The files Alembic loads by path at run time (so PyInstaller cannot see them as imports)."""
    mig = _migrations(root)
    return [mig / "env.py", mig / "script.py.mako", *sorted((mig / "versions").glob("*.py"))]


# The Chinese font every PDF embeds (resources/fonts/README.md), with its licence: the bundle must not
# depend on the laptop's fonts. desktop/reports/fonts.py finds it at <bundle>/_internal/resources/fonts.
PDF_FONT = Path("resources") / "fonts" / "wqy-microhei.ttc"
PDF_FONT_LICENCE = (
    Path("resources") / "fonts" / "LICENSE-Apache-2.0.txt",
    Path("resources") / "fonts" / "COPYRIGHT.txt",
)


def pdf_font_files(root: Path = ROOT) -> list[Path]:
    """The PDF font and its licence files; a build fails early when one is missing."""
    files = [root / PDF_FONT, *(root / p for p in PDF_FONT_LICENCE)]
    missing = [str(p) for p in files if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"the PDF font or its licence is missing: {', '.join(missing)}")
    return files


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) pairs, mirroring the source tree's layout.

    Mirroring matters: code finds these files relative to its own module (``Path(__file__)``), and
    in a bundle a module's ``__file__`` lies at the same relative path under the bundle folder.
    """
    files = [*migration_scripts(root), *pdf_font_files(root)]
    resources = root / "resources"
    if resources.is_dir():
        files += [
            p for p in sorted(resources.rglob("*")) if p.is_file() and p.suffix != ".py" and p not in files
        ]
    files += compiled_translations(root)
    return [(str(path), path.parent.relative_to(root).as_posix()) for path in files]


def compiled_translations(root: Path = ROOT) -> list[Path]:
    """The app's compiled translations, wherever the UI keeps them (i18n/ or inside the package)."""
    found: set[Path] = set()
    for pattern in ("i18n/*.qm", "desktop/**/i18n/*.qm", "desktop/i18n/*.qm"):
        found.update(root.glob(pattern))
    return sorted(found)


def _imports(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            # ``from alembic import op``: op may be a module, so list the dotted name too.
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def migration_hidden_imports(root: Path = ROOT) -> list[str]:
    """Everything env.py and the revision files import: PyInstaller never analyses them."""
    names: set[str] = {"alembic.op", "alembic.context", "alembic.ddl.sqlite", "sqlalchemy.dialects.sqlite"}
    for path in migration_scripts(root):
        if path.suffix == ".py":
            names.update(_imports(path))
    ours = (n for n in names if n.split(".")[0] in {"alembic", "sqlalchemy", "desktop"})
    return sorted(n for n in ours if _is_module(n))


def _is_module(name: str) -> bool:
    # ``from x import y`` names a module or an attribute; only modules are hidden imports.
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def qt_modules_used(root: Path = ROOT) -> set[str]:
    """PySide6 modules imported anywhere in the app (``PySide6.QtWidgets`` -> ``QtWidgets``)."""
    used: set[str] = set()
    for path in (root / "desktop").rglob("*.py"):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                used.add(parts[1])
    return used


def excluded_modules() -> list[str]:
    return [f"PySide6.{m}" for m in EXCLUDED_QT_MODULES] + list(EXCLUDED_PYTHON)


def keep_entry(dest_name: str) -> bool:
    """Whether a file PyInstaller collected stays in the bundle (Qt trimming only)."""
    name = dest_name.replace("\\", "/")
    if "/translations/" in name and name.endswith(".qm") and "PySide6" in name:
        return bool(QT_TRANSLATION.match(name.rsplit("/", 1)[-1]))
    if DROPPED_PLUGINS.search(name):
        return False
    return not DROPPED_QT_LIBS.search(name)


def prune(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [entry for entry in entries if keep_entry(entry[0])]
