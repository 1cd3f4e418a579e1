"""``firstloan calendar import-notice|show|years``: the State Council's holiday notice into the calendar."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from desktop.commands import CliContext
from desktop.domain.errors import DomainError
from desktop.domain.holiday_notice import WEEKDAYS
from desktop.domain.workcalendar import BUILT_IN, YearListing
from desktop.services.calendar import (
    NoticePreview,
    calendar_years,
    preview_notice_file,
    save_notice,
    year_listing,
)

SOURCE_ZH = {BUILT_IN: "内置日历", "notice": "导入的通知"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("calendar", help="节假日安排 / the holiday calendar")
    s = p.add_subparsers(dest="calendar_command", required=True, metavar="{import-notice,show,years}")
    a = s.add_parser("import-notice", help="导入国务院办公厅的节假日安排通知（.txt 或保存的网页 .html）")
    a.add_argument("file", help="通知文件（.txt、.html、.htm）")
    a.add_argument("--dry-run", action="store_true", help="只解析并显示，不保存")
    a.add_argument("--json", action="store_true", help='输出 {"year", "holidays", "workdays"}')
    a.add_argument("--year", help="通知所属年份（文本中没有标题时）")
    a.set_defaults(func=run_import_notice, creates_database=True)
    a = s.add_parser("show", help="某一年的放假日和调休上班日")
    a.add_argument("year", help="年份，如 2027")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_show, read_only=True)
    a = s.add_parser("years", help="日历已知的年份及来源")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_years, read_only=True)


def _dump(ctx: CliContext, data: Any) -> None:
    json.dump(data, ctx.out, ensure_ascii=False, indent=1)
    ctx.out.write("\n")


def _day(day: date) -> str:
    return f"{day.isoformat()}（周{WEEKDAYS[day.weekday()]}）"


def _print_notice(ctx: CliContext, preview: NoticePreview) -> None:
    notice = preview.notice
    print(f"{notice.year} 年节假日安排（{preview.source_name}）", file=ctx.out)
    for item in notice.items:
        spans = "、".join(
            first.isoformat() if first == last else f"{first.isoformat()} 至 {last.isoformat()}"
            for first, last in item.off
        )
        worked = "、".join(_day(d) for d in item.worked)
        line = f"  {item.name or '—'}：放假 {spans or '—'}" + (f"；上班 {worked}" if worked else "")
        print(line, file=ctx.out)
    print(f"共放假 {len(notice.holidays)} 天，调休上班 {len(notice.workdays)} 天", file=ctx.out)


def _report_differences(ctx: CliContext, preview: NoticePreview) -> None:
    """The days the notice contradicts the calendar on, side by side (stderr, so --json stays clean)."""
    if not preview.differences:
        return
    was = SOURCE_ZH.get(preview.current_source or "", "原有日历")
    ctx.warn(f"通知与{was}有 {len(preview.differences)} 天不同（保存后以通知为准）：")
    for diff in preview.differences:
        new = "上班" if diff.new_worked else "休息"
        old = "上班" if diff.current_worked else "休息"
        print(f"  {_day(diff.day)}  通知：{new}  {was}：{old}", file=ctx.err)


def run_import_notice(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace()
    preview = preview_notice_file(ws, Path(args.file), _year(args.year) if args.year else None)
    if args.json:
        _dump(ctx, preview.notice.to_json())
    else:
        _print_notice(ctx, preview)
    for warning in preview.notice.warnings:
        ctx.warn(warning)
    _report_differences(ctx, preview)
    if args.dry_run:
        if not args.json:
            print("（试运行：未保存）", file=ctx.out)
        return 0
    save_notice(ws, preview)
    if not args.json:
        print(f"已保存到日历：{preview.year} 年以导入的通知为准", file=ctx.out)
    return 0


def _year(text: str) -> int:
    if not (len(text) == 4 and text.isascii() and text.isdigit()):
        raise DomainError(
            f"年份“{text}”无效，应为四位数字，如 2027",
            en=f"The year “{text}” is not valid; use four digits, e.g. 2027",
        )
    return int(text)


def listing_json(listing: YearListing) -> dict[str, Any]:
    return {
        "year": listing.year,
        "holidays": [d.isoformat() for d in listing.holidays],
        "workdays": [d.isoformat() for d in listing.workdays],
        "source": listing.source,
    }


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    listing = year_listing(ctx.workspace(), _year(args.year))
    if args.json:
        _dump(ctx, listing_json(listing))
        return 0
    source = SOURCE_ZH[listing.source] + (f"：{listing.notice}" if listing.notice else "")
    print(f"{listing.year} 年（{source}）", file=ctx.out)
    print("放假：" + "、".join(_day(d) for d in listing.holidays), file=ctx.out)
    print("调休上班：" + ("、".join(_day(d) for d in listing.workdays) or "无"), file=ctx.out)
    return 0


def run_years(args: argparse.Namespace, ctx: CliContext) -> int:
    years = calendar_years(ctx.workspace())
    if args.json:
        _dump(ctx, [{"year": year, "source": source} for year, source in years])
        return 0
    for year, source in years:
        print(f"{year}  {SOURCE_ZH.get(source, source)}", file=ctx.out)
    return 0
