"""Child process of the cold-start benchmark: start the app on the 530k database, exit when painted."""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()

from pathlib import Path  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.services.workspace import open_workspace  # noqa: E402
from desktop.ui.i18n import install_translators  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from tests.perf.firms_530k import ENV  # noqa: E402


class PaintWatch(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().quit()  # type: ignore[union-attr]
        return False


def main(data_dir: str, page: str, settings_file: str) -> None:
    app = QApplication(sys.argv[:1])
    install_translators(app, "zh_CN")
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    settings.setValue("window/page", int(page))
    ws = open_workspace(Path(data_dir), environ=ENV)
    window = MainWindow(ws, settings)
    watch = PaintWatch()
    target = window.firms.table.viewport() if int(page) == 1 and window.firms else window.dashboard
    assert target is not None
    target.installEventFilter(watch)
    window.show()
    app.exec()
    print(f"painted {time.perf_counter() - STARTED:.3f}")
    ws.close()


if __name__ == "__main__":
    main(*sys.argv[1:4])
