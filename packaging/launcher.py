"""Entry script of the frozen app: the same as ``python -m desktop`` (``desktop.cli:main``).

Only what freezing needs is here: standard streams that exist and speak UTF-8 (a windowed Windows
exe has none; a pipe on a Chinese Windows would otherwise be cp936), and a self-report for the smoke
tests (``FIRSTLOAN_BUNDLE_REPORT=1``) showing the bundle finds its migrations.
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
    from desktop import __version__
    from desktop.store.migrate import MIGRATIONS_DIR, head_revision

    report = {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "bundle_dir": getattr(sys, "_MEIPASS", None),
        "utf8_mode": sys.flags.utf8_mode,
        "stdout_encoding": sys.stdout.encoding,
        "migrations_dir": str(MIGRATIONS_DIR),
        "head_revision": head_revision(),
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
