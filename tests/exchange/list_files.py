"""Building messy regional-list files the way offices send them (for the import tests)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl

from desktop.domain.uscc import complete


def code(serial: int, cls: str = "1") -> str:
    """A valid credit code: 9{cls}410702 + an 8-digit body + '0' + check character."""
    return complete(f"9{cls}410702{serial:08d}0")


Row = Sequence[Any]


def write_xlsx(path: Path, sheets: dict[str, list[Row]], merges: dict[str, list[str]] | None = None) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        for rng in (merges or {}).get(name, []):
            sheet.merge_cells(rng)
    book.save(path)
    return path


def write_xls(path: Path, sheets: dict[str, list[Row]]) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, date | datetime):
                    sheet.write(r, c, value, date_style)
                else:
                    sheet.write(r, c, value)
    book.save(str(path))
    return path


def write_csv(path: Path, rows: list[Row], encoding: str = "gb18030") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


TITLE = "新乡市小微企业无贷户名单"
HEADER = [
    "序号",
    "统一社会信用代码",
    "企业名称",
    "法定代表人（负责人）",
    "所属县（市、区）",
    "成立日期",
    "注册资本（万元）",
    "联系电话",
    "对接银行",
    "客户经理",
]


def messy_rows() -> list[Row]:
    """A title row, the header, data with every kind of dirt, a blank row, a bad code, a duplicate, notes."""
    return [
        [TITLE, None, None, None, None, None, None, None, None, None],
        HEADER,
        [
            1,
            code(1).lower(),
            "新乡市鑫达科技有限公司",
            " 张三\u3000",  # trimmed; inner spaces would be kept as given
            "红旗区",
            date(2019, 3, 5),
            100,
            13812345678.0,
            "本行",
            "李经理",
        ],
        [
            2,
            " " + code(2)[:9] + " " + code(2)[9:],
            "新乡县(红旗)商贸 有限公司",
            "李四",
            "新乡县",
            "2019/3/5",
            "1,000",
            "0373-1234567",
            None,
            None,
        ],
        [
            3,
            code(3).translate(
                str.maketrans(
                    "0123456789ABCDEFGHJKLMNPQRTUWXY",
                    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＪＫＬＭＮＰＱＲＴＵＷＸＹ",
                )
            ),
            "卫辉市鑫鑫五金店",
            "王五",
            "卫辉市",
            "2019年3月5日",
            "100万元",
            None,
            None,
            None,
        ],
        [None, None, None, None, None, None, None, None, None, None],
        [4, code(4), "获嘉县科技农业合作社", "赵六", "获嘉县", "20190305", "50", None, None, None],
        [5, "91410702MA0000000X", "代码错误有限公司", "钱七", "红旗区", None, None, None, None, None],
        [6, code(1), "新乡市鑫达科技有限公司", None, None, None, None, None, None, None],
        [None, None, None, None, None, None, None, None, None, None],
        ["合计", None, "5家", None, None, None, None, None, None, None],
        ["注：本名单由人民银行新乡市中心支行提供", None, None, None, None, None, None, None, None, None],
    ]
