"""``firstloan``: start the desktop app, or run a headless command over the same services.

Exit codes: 0 success; 2 bad input or a rule the user broke, a missing or damaged database, a full or
read-only disk (one clear line on stderr, nothing changed); 1 an unexpected error (logged to the data
directory, with the log's path); 3 ``check`` found problems. That line is in Chinese unless
``FIRSTLOAN_LANG=en`` (or, with FIRSTLOAN_LANG unset, a ``LANG`` starting with "en").
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from desktop import __version__
from desktop.commands import CliContext, creates_database, message_language, reads_only
from desktop.commands import audit as audit_commands
from desktop.commands import branch as branch_commands
from desktop.commands import calendar as calendar_commands
from desktop.commands import dossier as dossier_commands
from desktop.commands import firm as firm_commands
from desktop.commands import firms as firms_commands
from desktop.commands import ledger as ledger_commands
from desktop.commands import list_columns as list_columns_commands
from desktop.commands import lists as lists_commands
from desktop.commands import plans as plan_commands
from desktop.commands import printing as printing_commands
from desktop.commands import programme as programme_commands
from desktop.commands import region_exports as region_export_commands
from desktop.commands import report as report_commands
from desktop.commands import safety as safety_commands
from desktop.commands import setup as setup_commands
from desktop.commands import sync as sync_commands
from desktop.commands import todo as todo_commands
from desktop.commands import work as work_commands
from desktop.domain.errors import DomainError
from desktop.services.error_log import without_controls, write_error_log
from desktop.store.errors import storage_failure

COMMAND_MODULES = (
    setup_commands,
    firms_commands,
    firm_commands,
    work_commands,
    dossier_commands,
    plan_commands,
    todo_commands,
    audit_commands,
    ledger_commands,
    printing_commands,
    report_commands,
    programme_commands,
    safety_commands,
    lists_commands,
    region_export_commands,
    list_columns_commands,
    calendar_commands,
    branch_commands,
    sync_commands,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line naming what was wrong, never a usage dump or a traceback.
        self.exit(2, f"{self.prog}: 错误：{message}\n")


def cli_language(environ: Mapping[str, str]) -> str:
    """ "en" or "zh_CN" for error lines: FIRSTLOAN_LANG when set, else LANG; Chinese by default."""
    return message_language(environ)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="firstloan", description="首贷培育工作台 FirstLoan Desk")
    parser.add_argument("--version", action="version", version=f"firstloan {__version__}")
    parser.add_argument("--data-dir", type=Path, help="数据目录（默认为本用户的应用数据目录）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, keyring_backend: Any | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed by the parser
        return exc.code if isinstance(exc.code, int) else 2
    language = cli_language(os.environ)
    ctx = CliContext(
        data_dir=args.data_dir,
        keyring_backend=keyring_backend,
        language=language,
        may_create=creates_database(args),
    )
    if args.command is None:
        from desktop.ui.app import run_gui  # Qt is loaded only for the GUI

        return run_gui(ctx.resolved_data_dir, keyring_backend=keyring_backend)
    code = 1
    try:
        if not reads_only(args):  # commands write unless they say otherwise
            ctx.lock_for_writing()
        code = int(args.func(args, ctx))
        return code
    except DomainError as exc:
        code = _refused(exc, language, ctx)
        return code
    except KeyboardInterrupt:
        print("firstloan: interrupted" if language == "en" else "firstloan: 已中断", file=ctx.err)
        return 130
    except Exception as exc:  # a bug, or a disk that refused a write nobody translated yet
        failure = storage_failure(exc, "操作", "The operation")
        if failure is not None:
            return _refused(failure, language, ctx)
        log = write_error_log(ctx.resolved_data_dir, exc, "cli")
        kind = exc.__class__.__name__
        if language == "en":
            print(
                f"firstloan: unexpected error: {kind}: {without_controls(str(exc))}. The details were logged to {log}",
                file=ctx.err,
            )
        else:
            print(
                f"firstloan: 意外错误：{kind}: {without_controls(str(exc))}。详情已记录到 {log}", file=ctx.err
            )
        return 1
    finally:
        try:
            ctx.finish(code)
        finally:
            ctx.close()


def _refused(exc: DomainError, language: str, ctx: CliContext) -> int:
    english = language == "en"
    print(f"firstloan: error: {exc.text('en')}" if english else f"firstloan: 错误：{exc}", file=ctx.err)
    return 2


if __name__ == "__main__":
    sys.exit(main())
