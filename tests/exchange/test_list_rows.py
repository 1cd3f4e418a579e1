"""Reading messy list files: header detection, synonyms, dirt, duplicates, notes, every format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.exchange.list_rows import ParsedList, parse_sheets
from desktop.exchange.row_cleaning import FIELD_INDEX
from desktop.exchange.tables import UnusableFile, read_tables
from tests.exchange.list_files import HEADER, TITLE, code, messy_rows, write_csv, write_xls, write_xlsx


def parse(path: Path) -> ParsedList:
    return parse_sheets(read_tables(path))


def value(parsed: ParsedList, uscc: str, field: str) -> object:
    return parsed.rows[uscc].values[FIELD_INDEX[field]]


def check_messy(parsed: ParsedList, sheet: str) -> None:
    assert parsed.title == TITLE
    assert list(parsed.rows) == [code(1), code(2), code(3), code(4)]
    assert parsed.rows_read == 6
    assert parsed.duplicates == 1
    assert [(p.sheet, p.row, p.column) for p in parsed.invalid] == [(sheet, 8, "统一社会信用代码")]
    assert "校验码" in parsed.invalid[0].reason
    assert value(parsed, code(1), "legal_rep") == "张三"
    assert value(parsed, code(1), "phone") == "13812345678"
    assert value(parsed, code(1), "assigned_officer") == "李经理"
    assert value(parsed, code(2), "name") == "新乡县（红旗）商贸有限公司"
    assert [value(parsed, code(i), "founded") for i in (1, 2, 3, 4)] == ["2019-03-05"] * 4
    assert [value(parsed, code(i), "registered_capital") for i in (1, 2, 3, 4)] == [
        100_000_000,
        1_000_000_000,
        100_000_000,
        50_000_000,
    ]
    assert value(parsed, code(2), "phone") == "0373-1234567"
    assert parsed.rows[code(1)].name == "新乡市鑫达科技有限公司"


def test_messy_xlsx_with_title_merged_notes_and_totals(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"小微企业": messy_rows()}, {"小微企业": ["A1:J1"]})
    check_messy(parse(path), "小微企业")


def test_legacy_xls(tmp_path: Path) -> None:
    path = write_xls(tmp_path / "list.xls", {"Sheet1": messy_rows()})
    check_messy(parse(path), "Sheet1")


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_csv_in_every_encoding_excel_saves(tmp_path: Path, encoding: str) -> None:
    rows = [[v.isoformat() if isinstance(v, date) else v for v in row] for row in messy_rows()]
    path = write_csv(tmp_path / "名单.csv", rows, encoding)
    check_messy(parse(path), "名单")


def test_every_sheet_with_a_firm_table_is_read_with_its_own_headers(tmp_path: Path) -> None:
    individual_header = ["社会信用代码", "个体工商户名称", "经营者", "所属区县", "对接情况", None]
    sub_header = [None, None, None, None, "对接支行", "客户经理"]
    path = write_xlsx(
        tmp_path / "two.xlsx",
        {
            "说明": [["本表为无贷户名单，请各行对接"]],
            "小微企业": [
                HEADER,
                [1, code(10), "甲科技有限公司", "甲", "红旗区", None, None, None, "本行", "王"],
            ],
            "个体工商户": [
                ["个体工商户无贷户名单"],
                individual_header,
                sub_header,
                [code(11, "2"), "乙五金店", "乙", "牧野区", "牧野支行", "赵"],
            ],
        },
        {"个体工商户": ["E2:F2"]},
    )
    parsed = parse(path)
    assert set(parsed.layouts) == {"小微企业", "个体工商户"}
    assert value(parsed, code(11, "2"), "assigned_branch") == "牧野支行"
    assert value(parsed, code(11, "2"), "assigned_officer") == "赵"
    assert value(parsed, code(11, "2"), "county") == "牧野区"
    assert value(parsed, code(11, "2"), "entity_type") == "individual"
    assert value(parsed, code(10), "assigned_bank") == "本行"


def test_a_saved_mapping_names_columns_the_synonyms_do_not_know(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "odd.xlsx", {"S": [["纳税人识别号", "纳税人名称", "备注"], [code(5), "丙公司", "x"]]}
    )
    with pytest.raises(UnusableFile, match="统一社会信用代码"):
        parse(path)
    parsed = parse_sheets(read_tables(path), {"纳税人识别号": "uscc", "纳税人名称": "name"})
    assert value(parsed, code(5), "name") == "丙公司"


def test_unusable_files(tmp_path: Path) -> None:
    text = tmp_path / "notes.docx"
    text.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UnusableFile):
        parse(text)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a spreadsheet")
    with pytest.raises(UnusableFile):
        parse(broken)
    encrypted = tmp_path / "locked.xlsx"  # Excel saves password-protected workbooks as OLE containers
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(UnusableFile, match="加密"):
        parse(encrypted)
    empty = write_xlsx(tmp_path / "empty.xlsx", {"S": [HEADER]})
    with pytest.raises(UnusableFile, match="没有任何企业数据"):
        parse(empty)
    no_name = write_xlsx(tmp_path / "noname.xlsx", {"S": [["统一社会信用代码", "地址"], [code(1), "x"]]})
    with pytest.raises(UnusableFile, match="名称"):
        parse(no_name)


def test_row_without_a_name_is_invalid_and_bad_cells_are_warnings(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "x.xlsx",
        {
            "S": [
                HEADER,
                [1, code(1), None, "甲", None, "去年", None],
                [2, None, "无代码公司", "乙"],
                [3, code(2), "丁公司"],
            ]
        },
    )
    parsed = parse(path)
    assert [(p.row, p.column, p.reason) for p in parsed.invalid] == [
        (2, "企业名称", "企业名称为空"),
        (3, "统一社会信用代码", "统一社会信用代码为空"),
    ]
    assert list(parsed.rows) == [code(2)]


def test_fast_code_check_agrees_with_the_domain_rule() -> None:
    import random

    from desktop.domain.uscc import CHARSET, complete, is_valid
    from desktop.domain.uscc import parse as parse_code
    from desktop.exchange.row_cleaning import fast_code

    rng = random.Random(7)
    for _ in range(3000):
        body = rng.choice("19ANY5") + rng.choice("1239") + f"{rng.randint(0, 999999):06d}"
        body += "".join(rng.choice(CHARSET) for _ in range(9))
        candidate = complete(body) if rng.random() < 0.5 else body + rng.choice(CHARSET)
        fast = fast_code(candidate)
        assert (fast is not None) == is_valid(candidate)
        if fast is not None:
            full = parse_code(candidate)
            assert fast == (full.code, full.entity_type, full.region_code)


def test_repeated_cells_are_cleaned_alike_and_never_confused_across_types(tmp_path: Path) -> None:
    """Each distinct cell of a repeating field is cleaned once; 1 and TRUE are different cells, and a
    cell that cannot be read is reported on every row that holds it."""
    rows: list[list[object]] = [["统一社会信用代码", "企业名称", "注册资本", "成立日期"]]
    cells: list[tuple[object, object]] = [(1, "2019/3/5"), (True, "2019/3/5"), ("2万元", "去年"), (1, "去年")]
    rows += [[code(i + 1), f"甲{i}公司", capital, founded] for i, (capital, founded) in enumerate(cells)]
    parsed = parse(write_xlsx(tmp_path / "memo.xlsx", {"S": rows}))
    capitals = [value(parsed, code(i + 1), "registered_capital") for i in range(4)]
    assert capitals == [1_000_000, None, 2_000_000, 1_000_000]
    assert [value(parsed, code(i + 1), "founded") for i in range(4)] == ["2019-03-05"] * 2 + [None] * 2
    assert [(p.row, p.column) for p in parsed.warnings] == [(4, "成立日期"), (5, "成立日期")]


def test_common_header_variants_are_recognised(tmp_path: Path) -> None:
    rows = [
        ["统一社会信用代码", "企业名称", "法人", "联络电话", "投资人"],
        [code(1), "甲公司", "张三", 13812345678.0, None],
    ]
    parsed = parse(write_xlsx(tmp_path / "variants.xlsx", {"S": rows}))
    assert value(parsed, code(1), "legal_rep") == "张三"
    assert value(parsed, code(1), "phone") == "13812345678"
