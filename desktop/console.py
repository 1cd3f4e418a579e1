"""The ``firstloan`` console script's entry point: the CLI is imported only when the script runs.

A process spawned from the script (the import helper, see services/import_helper.py) runs the
script's top level again as ``__mp_main__``; with ``from desktop.cli import main`` there, every such
process imported the whole app first (about 1 s) before taking its first block of rows.
"""

from __future__ import annotations


def main() -> int:
    from desktop.cli import main as cli_main

    return cli_main()
