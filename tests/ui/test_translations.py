"""The .ts files are current with the sources, placeholders match, and the translators load."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.ui.i18n import LANGUAGES, install_translators, qt_tool, ts_path, update_sources

PLACEHOLDER = re.compile(r"%(?:\d+|n|p)")
needs_lupdate = pytest.mark.skipif(qt_tool("pyside6-lupdate") is None, reason="pyside6-lupdate not installed")


@needs_lupdate
@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_files_are_current(language: str, tmp_path: Path) -> None:
    copy = tmp_path / ts_path(language).name
    shutil.copy(ts_path(language), copy)
    update_sources([copy])
    assert copy.read_text(encoding="utf-8") == ts_path(language).read_text(encoding="utf-8"), (
        "run: python tools/build_translations.py --update, then translate the new strings"
    )


def _messages(language: str) -> list[tuple[str, str, str | None, str | None]]:
    rows = []
    for context in ET.parse(ts_path(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            text = translation.text if translation is not None else None
            rows.append((name, message.findtext("source") or "", text, kind))
    return rows


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match(language: str) -> None:
    for context, source, translation, _kind in _messages(language):
        if translation:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
                context,
                source,
            )


def test_english_is_complete() -> None:
    unfinished = [
        (c, s) for c, s, t, kind in _messages("en") if not t or kind in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


def test_english_translator_loads(qapp: QApplication) -> None:
    translators = install_translators(qapp, "en")
    try:
        assert translators, "firstloan_en.qm compiled and loaded"
        assert QCoreApplication.translate("labels", "待对接") == "To contact"
        assert QCoreApplication.translate("MainWindow", "名单企业") == "Firms"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "zh_CN")
    assert QCoreApplication.translate("labels", "待对接") == "待对接"


def test_qt_chinese_translations_for_standard_dialogs(qapp: QApplication) -> None:
    translators = install_translators(qapp, "zh_CN")
    try:
        assert translators, "qtbase_zh_CN.qm from the Qt translations directory"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
