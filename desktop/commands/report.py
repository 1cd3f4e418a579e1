"""``firstloan report`` (programme figures with their definitions) and ``firstloan target set`` (targets)."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal

from desktop.commands import CliContext
from desktop.commands import targets as target_commands
from desktop.domain.errors import DomainError, Message
from desktop.domain.figures import FIGURES, Change
from desktop.domain.money import format_wan
from desktop.services.figures import BREAKDOWNS, Figures, compare
from desktop.services.programme import SCOPE_LABELS, ProgrammeReport, programme_report
from desktop.services.targets import set_target

BREAKDOWN_LABELS = {
    "entity_type": "主体类型",
    "county": "县（市、区）",
    "officer": "客户经理",
    "bank": "放款银行",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    r = sub.add_parser("report", help="首贷培植工作进展统计 / programme figures")
    r.add_argument("--year", type=int, help="年份（--to-date 时可省略）")
    r.add_argument("--month", type=int, help="月份 1-12")
    r.add_argument("--quarter", type=int, help="季度 1-4")
    r.add_argument("--to-date", action="store_true", help="项目以来（项目开始至今）")
    r.add_argument(
        "--by",
        action="append",
        choices=(*BREAKDOWNS, "all"),
        default=[],
        help="分组：entity_type、county、officer、bank",
    )
    r.add_argument("--json", action="store_true", help="输出 JSON")
    r.set_defaults(func=run_report, read_only=True)

    t = sub.add_parser("target", help="工作目标 / programme targets")
    tsub = t.add_subparsers(dest="target_command", metavar="ACTION", required=True)
    s = tsub.add_parser("set", help="设定某县（市、区）或银行的年度目标")
    s.add_argument("--year", required=True, type=int)
    scope = s.add_mutually_exclusive_group(required=True)
    for kind in ("county", "bank", "branch", "officer"):
        scope.add_argument(f"--{kind}", metavar="NAME", help=f"{SCOPE_LABELS[kind]}名称")
    s.add_argument("--firms", type=int, help="培植户数目标")
    s.add_argument("--first-loans", type=int, help="首贷户数目标")
    s.add_argument("--amount", help="首贷金额目标（万元）")
    s.set_defaults(func=run_target_set, creates_database=True)
    target_commands.register(tsub)  # list, edit, void


def pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}%"


def _value(f: Figures, code: str, unit: str) -> str:
    value = f.value(code)
    if value is None:
        return "—"
    if unit == "万元":
        return f"{format_wan(value)} 万元"
    if unit == "%":
        return f"{value}%"
    return f"{value:,.0f} {unit}"


def _change(change: Change | None, unit: str, word: str) -> str:
    if change is None:
        return ""
    delta = change.delta
    sign = "+" if delta >= 0 else ""
    shown = format_wan(delta) if unit == "万元" else f"{delta:,.1f}" if unit == "%" else f"{delta:,.0f}"
    rel = f"，{sign}{change.pct}%" if change.pct is not None and unit != "%" else ""
    return f"；{word} {sign}{shown}{rel}"


def figure_lines(report: ProgrammeReport, f: Figures, *, english: bool, with_definitions: bool) -> list[str]:
    language = "en" if english else "zh_CN"
    lines = []
    for fig in FIGURES:
        yoy = _change(compare(f, report.year_ago, fig.code), fig.unit, "YoY" if english else "同比")
        mom = _change(compare(f, report.before, fig.code), fig.unit, "vs previous" if english else "环比")
        line = f"{fig.label(language)}：{_value(f, fig.code, fig.unit)}{yoy}{mom}"
        if with_definitions:
            line += f"　—　{fig.definition.text(language)}"
        lines.append(line)
    return lines


def _short(f: Figures) -> str:
    return (
        f"已对接 {f.contacted} 户，授信 {f.credited} 户 {format_wan(f.credit_amount)} 万元，"
        f"首贷 {f.first_loan_firms} 户 {format_wan(f.first_loan_amount)} 万元，待核实 {f.first_loans_unverified} 户，"
        f"他行首贷 {f.loan_elsewhere} 户，新发放贷款 {format_wan(f.new_loan_amount)} 万元"
    )


def _print_header(report: ProgrammeReport, ctx: CliContext, english: bool) -> None:
    prog = report.programme
    span = report.span
    label = span.label("en" if english else "zh_CN") if span else report.period
    print(f"Programme figures ({label})" if english else f"首贷培植工作进展（{label}）", file=ctx.out)
    if prog is not None:
        language = "en" if english else "zh_CN"
        rule = prog.first_loan_text(language)
        name = prog.name(language) + (f"（{prog.document}）" if prog.document else "")
        print(
            f"Programme: {name}; first loan: {rule}" if english else f"项目：{name}；首贷口径：{rule}",
            file=ctx.out,
        )
    if report.rederive_pending:
        ctx.warn(
            Message(
                "首贷认定尚未按当前项目口径重新计算：运行 firstloan programme rederive",
                "The first-loan verdicts are not yet worked out by this programme's rule: run firstloan programme rederive",
            ).text("en" if english else "zh_CN")
        )


def _print_targets(report: ProgrammeReport, ctx: CliContext, english: bool) -> None:
    if report.targets:
        print(
            "Targets (year or programme to date)" if english else "目标完成情况（年初或项目开始至期末）",
            file=ctx.out,
        )
    for t in report.targets:
        source = "" if t.source == "set" else ("（种子默认）" if not english else " (seed default)")
        scope = f"{SCOPE_LABELS.get(t.scope_kind, t.scope_kind)} {t.scope_name}{source}"
        print(
            f"  {scope}：培植 {t.firms_actual}/{t.firms_target or '—'} 户（{pct(t.firms_pct)}），"
            f"首贷 {t.first_loans_actual}/{t.first_loans_target or '—'} 户（{pct(t.first_loans_pct)}），"
            f"金额 {format_wan(t.amount_actual)}/{format_wan(t.amount_target) or '—'} 万元（{pct(t.amount_pct)}）",
            file=ctx.out,
        )
    if report.rate_target is not None:
        r = report.rate_target
        print(
            f"首贷率（{r.period.label_zh}）：{pct(r.actual)}，确保 {pct(r.floor)}，力争 {pct(r.goal)}",
            file=ctx.out,
        )


def run_report(args: argparse.Namespace, ctx: CliContext) -> int:
    by = list(BREAKDOWNS) if "all" in args.by else list(dict.fromkeys(args.by))
    report = programme_report(
        ctx.workspace(),
        args.year,
        month=args.month,
        quarter=args.quarter,
        to_date=args.to_date,
        breakdowns=by,
    )
    if args.json:
        json.dump(report.to_json(), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    english = False  # command output is Chinese, as every command's (errors follow FIRSTLOAN_LANG)
    _print_header(report, ctx, english)
    for line in figure_lines(report, report.figures, english=english, with_definitions=True):
        print(f"  {line}", file=ctx.out)
    subsidy = report.subsidy
    if subsidy.applies:
        estimate = "—" if subsidy.estimate is None else f"{subsidy.estimate} 万元"
        print(f"首贷费用补贴估算（新增额 0.5‰，驻新银行）：{estimate}", file=ctx.out)
    if str(subsidy.note):
        print(
            f"  {subsidy.note.text('en') if english and isinstance(subsidy.note, Message) else subsidy.note}",
            file=ctx.out,
        )
    for q in report.quarters:
        due = f"（应于 {q.report_due} 前报送）" if q.report_due else ""
        print(f"第 {q.quarter} 季度{due}：{_short(q.figures)}", file=ctx.out)
    _print_targets(report, ctx, english)
    for kind, rows in report.breakdowns.items():
        print(f"按{BREAKDOWN_LABELS[kind]}", file=ctx.out)
        for name, f in rows:
            print(f"  {name}：{_short(f)}", file=ctx.out)
    return 0


def run_target_set(args: argparse.Namespace, ctx: CliContext) -> int:
    kind = next(k for k in ("county", "bank", "branch", "officer") if getattr(args, k))
    name = getattr(args, kind)
    if args.firms is None and args.first_loans is None and args.amount is None:
        raise DomainError(
            "请至少给出 --firms、--first-loans 或 --amount 之一",
            en="Give at least one of --firms, --first-loans or --amount",
        )
    set_target(
        ctx.workspace(),
        args.year,
        kind,
        name,
        firms=args.firms,
        first_loans=args.first_loans,
        amount=args.amount,
    )
    print(f"已设定 {args.year} 年 {name} 的目标", file=ctx.out)
    return 0
