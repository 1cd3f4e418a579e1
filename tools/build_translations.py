"""Build the translations: ``--update`` re-scans the UI into i18n/*.ts, then .ts -> .qm.

The .qm files are build products (gitignored); scripts/setup-env runs this, and the app compiles a
missing .qm at startup when pyside6-lrelease is at hand. Translate the .ts files with pyside6-linguist.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.ui.i18n import compile_translations, update_sources


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--update", action="store_true", help="re-scan the sources with pyside6-lupdate first"
    )
    args = parser.parse_args()
    if args.update:
        update_sources()
    written = compile_translations()
    for path in written:
        print(f"wrote {path}")
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main())
