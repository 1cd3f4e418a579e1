"""Screenshots of the main screens, taken offscreen on demo data: docs/screenshots/*.png.

Run: QT_QPA_PLATFORM=offscreen python tools/screenshots.py  (a Chinese font such as fonts-wqy-microhei
must be installed, or Chinese renders as boxes).
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.demo import fill_demo
from desktop.services.firms import FirmQuery
from desktop.services.workspace import open_workspace
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import DASHBOARD, FIRMS, SETTINGS, MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
TODAY = date(2026, 11, 20)
SIZE = (1440, 880)


def _save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    app.setFont(QFont("WenQuanYi Micro Hei", 10))
    install_translators(app, "zh_CN")
    env = {"FIRSTLOAN_DB_KEY": secrets.token_hex(32)}
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "demo", environ=env)
        fresh = open_workspace(Path(tmp) / "fresh", environ=env)
        try:
            fill_demo(ws, firms=500, today=TODAY)
            settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
            window = MainWindow(ws, settings, today=lambda: TODAY)
            window.resize(*SIZE)
            window.show()
            window.go(DASHBOARD)
            _save(window, "dashboard")
            window.go(FIRMS)
            firms = window.firms
            assert firms is not None
            firms.splitter.setSizes([820, 620])
            firms.model.set_query(FirmQuery(stage=None))
            row = next(
                r
                for r in range(firms.model.rowCount())
                if (f := firms.model.firm_at(r)) and f.stage == "first_loan"
            )
            firms.table.selectRow(row)
            firms.table.scrollTo(firms.model.index(row, 0))
            _save(window, "firms")
            firms.detail.tabs.setCurrentIndex(3)
            _save(window, "firm-demand-credit")
            window.go(2)  # 待办
            _save(window, "todo")
            window.go(3)  # 台帐与报表
            _save(window, "ledger")
            window.go(SETTINGS)
            _save(window, "settings")
            welcome = MainWindow(fresh, QSettings(str(Path(tmp) / "ui2.ini"), QSettings.Format.IniFormat))
            welcome.resize(*SIZE)
            welcome.show()
            _save(welcome, "welcome")
            window.close()
            welcome.close()
            # The same screens in English (the language setting, applied as at a restart).
            for translator in install_translators(app, "en"):
                del translator
            english = MainWindow(
                ws, QSettings(str(Path(tmp) / "ui3.ini"), QSettings.Format.IniFormat), lambda: TODAY
            )
            english.resize(*SIZE)
            english.show()
            english.go(DASHBOARD)
            _save(english, "dashboard-en")
            english.go(FIRMS)
            assert english.firms is not None
            english.firms.splitter.setSizes([820, 620])
            english.firms.table.selectRow(row)
            _save(english, "firms-en")
            english.close()
        finally:
            ws.close()
            fresh.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
