"""Screenshots of the screens of the figures work (工作台, 台帐与报表, 设置 → 项目) at 1366×768 in zh_CN and
en, offscreen on demo data: docs/screenshots/figures-*.png.

Run: QT_QPA_PLATFORM=offscreen python tools/figures_screenshots.py  (needs a Chinese font such as
fonts-wqy-microhei, or Chinese renders as boxes).
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.demo import fill_demo
from desktop.services.workspace import open_workspace
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import DASHBOARD, LEDGER, SETTINGS, MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
TODAY = date(2026, 11, 20)
SIZE = (1366, 768)


def _save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def _shoot(window: MainWindow, suffix: str) -> None:
    window.resize(*SIZE)
    window.show()
    window.go(DASHBOARD)
    dashboard = window.dashboard
    assert dashboard is not None
    deadline = time.monotonic() + 60
    while dashboard.figures is None and time.monotonic() < deadline:  # worked out on a worker
        QApplication.processEvents()
        time.sleep(0.01)
    _save(window, f"figures-dashboard{suffix}")
    window.go(LEDGER)
    ledger = window.ledger_view
    assert ledger is not None
    ledger.month.setDate(QDate(2026, 10, 1))
    ledger.rows_table.selectRow(0)
    _save(window, f"figures-ledger{suffix}")
    ledger.tabs.setCurrentIndex(1)
    _save(window, f"figures-ledger-missing{suffix}")
    ledger.tabs.setCurrentIndex(4)
    _save(window, f"figures-ledger-figures{suffix}")
    window.go(SETTINGS)
    settings = window.settings_view
    assert settings is not None
    settings.tabs.setCurrentIndex(1)
    _save(window, f"figures-programme{suffix}")
    window.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    app.setFont(QFont("WenQuanYi Micro Hei", 10))
    env = {"FIRSTLOAN_DB_KEY": secrets.token_hex(32)}
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "demo", environ=env)
        ws.clock = lambda: TODAY
        try:
            fill_demo(ws, firms=500, today=TODAY)
            for language, suffix in (("zh_CN", ""), ("en", "-en")):
                translators = install_translators(app, language)
                settings = QSettings(str(Path(tmp) / f"ui-{language}.ini"), QSettings.Format.IniFormat)
                _shoot(MainWindow(ws, settings, today=lambda: TODAY), suffix)
                for translator in translators:
                    app.removeTranslator(translator)
        finally:
            ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
