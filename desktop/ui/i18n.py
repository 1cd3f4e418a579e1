"""Translations: our .qm (compiled from i18n/*.ts) and Qt's own for the standard dialogs.

Chinese is the source language, so zh_CN needs only Qt's qtbase_zh_CN; English loads firstloan_en.qm.
A missing .qm is compiled at startup with pyside6-lrelease when it is available (a source checkout).
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATOR_NAME = "firstloan-translator"  # the translators this module installs (switch_language swaps them)

# Top-level i18n/ beside the package (and, in the bundle, beside desktop/ under the bundle folder).
I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


def ts_path(language: str) -> Path:
    return I18N_DIR / f"firstloan_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"firstloan_{language}.qm"


def qt_tool(name: str) -> str | None:
    """pyside6-lupdate / pyside6-lrelease beside the running interpreter, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    return shutil.which(name)


def update_sources(targets: list[Path] | None = None) -> None:
    """Re-scan desktop/ui with pyside6-lupdate into the .ts files (or into ``targets``, for the test)."""
    tool = qt_tool("pyside6-lupdate")
    if tool is None:
        raise FileNotFoundError("pyside6-lupdate")
    ui_dir = Path(__file__).resolve().parent
    for target in targets or [ts_path(language) for language in LANGUAGES]:
        command = [tool, "-silent", "-locations", "none", "-no-obsolete", "-extensions", "py"]
        command += ["-source-language", "zh_CN", str(ui_dir), "-ts", str(target)]
        subprocess.run(command, check=True)


def compile_translations(languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Compile the .ts files to .qm with pyside6-lrelease; returns the files written."""
    tool = qt_tool("pyside6-lrelease")
    if tool is None:
        return []
    written = []
    for language in languages:
        source = ts_path(language)
        if source.exists():
            subprocess.run([tool, "-silent", str(source), "-qm", str(qm_path(language))], check=True)
            written.append(qm_path(language))
    return written


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our and Qt's translators for ``language``; they are kept as children of the app."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    app.setProperty("firstloan_language", language)
    QLocale.setDefault(QLocale(language))
    loaded: list[QTranslator] = []
    qt_dir = str(qt_translations_dir())
    qt_translator = QTranslator(app)
    qt_translator.setObjectName(TRANSLATOR_NAME)
    if language != "en" and qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        loaded.append(qt_translator)
    if language != DEFAULT_LANGUAGE:
        if not qm_path(language).exists():
            # Without lrelease the Chinese source strings are shown.
            with contextlib.suppress(OSError, subprocess.CalledProcessError):
                compile_translations((language,))
        ours = QTranslator(app)
        ours.setObjectName(TRANSLATOR_NAME)
        if ours.load(str(qm_path(language))):
            app.installTranslator(ours)
            loaded.append(ours)
    return loaded


def switch_language(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Change the UI's language while it runs: our translators out, the new ones in. Qt then sends every
    widget a LanguageChange event, on which the main window builds its menus and screens again."""
    app = app or QCoreApplication.instance()
    assert app is not None
    for old in app.findChildren(QTranslator):
        if old.objectName() == TRANSLATOR_NAME:
            app.removeTranslator(old)
            old.deleteLater()
    return install_translators(app, language)


def qt_translations_dir() -> Path:
    """Where Qt's own catalogues are (qtbase_zh_CN.qm: file dialogs, standard buttons), in the PySide6
    install and in the bundle alike."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
