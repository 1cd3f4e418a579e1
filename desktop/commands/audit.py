"""``firstloan audit [USCC]``: the audit trail (who, when, what happened in words) and whether it is intact;
``--json`` keeps the raw entries (action, old → new)."""

from __future__ import annotations

import argparse
import json

from desktop.commands import CliContext
from desktop.services.audit_trail import audit_trail, entry_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="操作记录（尽职免责） / audit trail")
    p.add_argument("uscc", nargs="?", help="只看这家企业")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run, read_only=True)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    trail = audit_trail(ctx.workspace(), args.uscc)
    if args.json:
        payload = {
            "intact": trail.intact,
            "breaks": [b.problem for b in trail.breaks],
            "entries": trail.entries,
        }
        json.dump(payload, ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
    else:
        language = ctx.language
        for e in trail.entries:
            print(f"{e['at']}  {e['actor']}  {entry_text(e, language)}", file=ctx.out)
        if language == "en":
            state = "intact" if trail.intact else "has been altered"
            print(f"{len(trail.entries)} entries; the chain is {state}", file=ctx.out)
        else:
            print(f"共 {len(trail.entries)} 条；记录链{'完整' if trail.intact else '已被改动'}", file=ctx.out)
    for chain_break in trail.breaks:
        ctx.warn(chain_break.problem)
    # A broken chain is reported, not an input error: the command itself succeeded.
    return 0
