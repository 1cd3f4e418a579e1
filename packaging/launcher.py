"""Entry script of the frozen app: the same as ``python -m desktop`` (``desktop.cli:main``).

Only what freezing needs is here: standard streams that exist and speak UTF-8 (a windowed Windows
exe has none; a pipe on a Chinese Windows would otherwise be cp936), and a self-report for the smoke
tests (``FIRSTLOAN_BUNDLE_REPORT=1``) showing the bundle finds its migrations, Qt's files, the
keyring backends, the pinyin and calendar data and its own PDF font.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import sys


def _fix_streams() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:  # the windowed exe: printing must not crash the app
            setattr(sys, name, io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
        elif isinstance(stream, io.TextIOWrapper) and not stream.isatty():
            stream.reconfigure(encoding="utf-8")


def _bundle_report() -> int:
    # Proves what only a frozen app can get wrong: data files found, plugins and backends present.
    from datetime import date

    import chinese_calendar
    from keyring.backend import get_all_keyring
    from pypinyin import lazy_pinyin
    from PySide6.QtCore import QLibraryInfo

    from desktop import __version__
    from desktop.reports.fonts import load_font
    from desktop.services.import_helper import ImportHelper
    from desktop.store.migrate import MIGRATIONS_DIR, head_revision

    # A big import works out pinyin in a spawned helper process: the frozen exe must start one.
    with ImportHelper(start=True) as helper:
        helper_keys = next(helper.keys([("首贷培育", None)]))
        helper_ran = helper.helping

    report = {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "bundle_dir": getattr(sys, "_MEIPASS", None),
        "utf8_mode": sys.flags.utf8_mode,
        "stdout_encoding": sys.stdout.encoding,
        "migrations_dir": str(MIGRATIONS_DIR),
        "head_revision": head_revision(),
        "qt_translations": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        "qt_plugins": QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath),
        "keyrings": sorted(f"{type(k).__module__}.{type(k).__name__}" for k in get_all_keyring()),
        "pinyin": " ".join(lazy_pinyin("首贷培育")),
        "national_day_is_holiday": chinese_calendar.is_holiday(date(2025, 10, 1)),
        "helper_process": helper_ran and helper_keys[0][1] == "sdpy",
        "pdf_font": load_font().path,  # the bundled font, never one of the system's
    }
    print(json.dumps(report, ensure_ascii=False))
    return 0


def run() -> int:
    multiprocessing.freeze_support()
    _fix_streams()
    if os.environ.get("FIRSTLOAN_BUNDLE_REPORT") == "1":
        return _bundle_report()
    from desktop.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
