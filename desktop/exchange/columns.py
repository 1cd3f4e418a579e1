"""Which column holds which firm field: a synonym table, header-row detection and saved mappings.

Offices name the same column differently (统一社会信用代码 / 社会信用代码 / 信用代码 ...). Headers are
compared after folding width, brackets, spaces, line breaks and the '*' of required columns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Firm field -> header texts used by the offices (compared by ``header_key``).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "uscc": ("统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "统一社会信用代码/注册号", "USCC"),
    "name": (
        "企业名称",
        "个体工商户名称",
        "市场主体名称",
        "主体名称",
        "名称",
        "企业（个体户）名称",
        "单位名称",
        "字号名称",
    ),
    "legal_rep": (
        "法定代表人（负责人）",
        "法定代表人",
        "负责人",
        "经营者",
        "法人代表",
        "经营者姓名",
        "法定代表人/经营者",
        "法人",
        "法人姓名",
        "法定代表人姓名",
        "负责人姓名",
        "投资人",
    ),
    "entity_type": ("市场主体类型", "主体类型", "企业类型", "类型"),
    "size": ("企业规模", "规模", "企业划型"),
    "industry": ("所属行业", "行业", "行业门类", "国民经济行业"),
    "county": (
        "所属县（市、区）",
        "所属区县",
        "所属县区",
        "县（市、区）",
        "县市区",
        "区县",
        "所属县市区",
        "辖区",
    ),
    "address": ("地址", "注册地址", "经营地址", "住所", "经营场所", "住所（经营场所）", "企业地址"),
    "founded": ("成立日期", "成立时间", "注册日期", "登记日期", "开业日期"),
    "registered_capital": (
        "注册资本",
        "注册资本（万元）",
        "注册资金",
        "注册资金（万元）",
        "资金数额（万元）",
        "资金数额",
    ),
    "phone": (
        "联系电话",
        "电话",
        "手机",
        "手机号码",
        "手机号",
        "联系方式",
        "联系人电话",
        "联络电话",
        "联系手机",
        "企业联系电话",
    ),
    "basic_account_bank": ("基本户开户行", "基本存款账户开户行", "基本账户开户行", "开户银行"),
    "banks_serving": ("服务银行数", "合作银行数", "开户银行数"),
    "assigned_bank": ("对接银行", "对接金融机构", "责任银行"),
    "assigned_branch": ("对接支行", "对接网点", "责任支行"),
    "assigned_officer": ("客户经理", "对接客户经理", "对接人", "责任客户经理"),
}
FIELD_LABELS: dict[str, str] = {f: names[0] for f, names in SYNONYMS.items()}
HEADER_SCAN_ROWS = 30

_DROP = re.compile(r"[\s*＊:：]+")


def header_key(value: Any) -> str:
    """Fold a header text for comparison: width, brackets, spaces, '*', line breaks."""
    text = unicodedata.normalize("NFKC", str(value or ""))
    return _DROP.sub("", text).replace("(", "（").replace(")", "）").upper()


_LOOKUP: dict[str, str] = {header_key(h): f for f, hs in SYNONYMS.items() for h in hs}


@dataclass
class SheetLayout:
    """Where a sheet's firm table is: its header rows and which column index holds which field."""

    header_row: int  # 0-based index of the (last) header row; data starts below it
    columns: dict[str, int]  # field -> column index
    headers: dict[int, str] = field(default_factory=dict)  # column index -> header text shown

    def header_of(self, field_name: str) -> str:
        index = self.columns.get(field_name)
        return self.headers.get(index, FIELD_LABELS.get(field_name, field_name)) if index is not None else ""


def match_header(value: Any, profile: Mapping[str, str] | None = None) -> str | None:
    key = header_key(value)
    if not key:
        return None
    if profile:
        for header, field_name in profile.items():
            if header_key(header) == key:
                return field_name or None  # an empty target means "ignore this column"
    return _LOOKUP.get(key)


def _row_matches(row: list[Any], profile: Mapping[str, str] | None) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, value in enumerate(row):
        if isinstance(value, str):
            matched = match_header(value, profile)
            if matched and matched not in found:
                found[matched] = index
    return found


def detect_layout(rows: list[list[Any]], profile: Mapping[str, str] | None = None) -> SheetLayout | None:
    """The header row is the row among the first ones that names the code column and most other fields.

    A two-row header (a merged group title such as 对接情况 above 对接银行 / 客户经理) is read by also
    taking fields from the next row when it names fields too.
    """
    best: tuple[int, dict[str, int]] | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        found = _row_matches(row, profile)
        if "uscc" in found and (best is None or len(found) > len(best[1])):
            best = (index, found)
    if best is None:
        return None
    index, columns = best
    headers = {col: str(rows[index][col]).strip() for col in columns.values()}
    last = index
    for below in (index + 1,):
        if below < len(rows):
            extra = _row_matches(rows[below], profile)
            if extra and "uscc" not in extra:
                for field_name, col in extra.items():
                    if field_name not in columns and col not in columns.values():
                        columns[field_name] = col
                        headers[col] = str(rows[below][col]).strip()
                last = below
    return SheetLayout(header_row=last, columns=columns, headers=headers)


def title_of(rows: list[list[Any]], layout: SheetLayout) -> str | None:
    """A title row above the header: the first row there holding exactly one text (often merged)."""
    for row in rows[: layout.header_row]:
        texts = [v for v in row if isinstance(v, str) and v.strip()]
        if len(texts) == 1 and not match_header(texts[0]):
            return re.sub(r"\s+", "", unicodedata.normalize("NFKC", texts[0]))
    return None


# The app's own exports (services/region_export.py), told by their title and their extra column: read
# back, they must change nothing (issue 20 item 2).
FEEDBACK_SUFFIX, FEEDBACK_COLUMN = "对接情况反馈", "对接状态"
RECOMMENDATIONS_SUFFIX, RECOMMENDATIONS_COLUMN = "推荐企业名单", "来源渠道"


def own_export(title: str | None, header: list[Any]) -> tuple[str, str | None] | None:
    """("feedback", the list it reports on) or ("recommendations", None) for a file this app wrote."""
    if not title:
        return None
    headers = {header_key(value) for value in header if isinstance(value, str)}
    if title.endswith(FEEDBACK_SUFFIX) and FEEDBACK_COLUMN in headers and len(title) > len(FEEDBACK_SUFFIX):
        return "feedback", title[: -len(FEEDBACK_SUFFIX)]
    if title.endswith(RECOMMENDATIONS_SUFFIX) and RECOMMENDATIONS_COLUMN in headers:
        return "recommendations", None
    return None
