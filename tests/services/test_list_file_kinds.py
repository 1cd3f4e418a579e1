"""The kinds of list file that occur (issue 20 item 5): each read to the same firms, or refused with a
message that names the file, says what it is and what to do."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.exchange.tables import UnusableFile
from desktop.services.list_import import import_list, preview_import
from desktop.services.workspace import Workspace
from desktop.store.models import Firm
from tests.exchange.list_files import code

HEADER = ["序号", "统一社会信用代码", "企业名称", "法定代表人", "住所", "联系电话"]
ROWS = [
    [1, code(1), "新乡市鑫达科技有限公司", "张三", "新乡市红旗区行天大道482号（新址）", "13812345678"],
    [2, code(2), "新乡县（红旗）商贸有限公司", "欧阳 娜娜", "新乡县\n朗公庙镇", "0373-3051234"],
]
EXPECTED = {
    code(1): ("新乡市鑫达科技有限公司", "张三", "新乡市红旗区行天大道482号（新址）", "13812345678"),
    code(2): ("新乡县（红旗）商贸有限公司", "欧阳 娜娜", "新乡县\n朗公庙镇", "0373-3051234"),
}


def stored(ws: Workspace) -> dict[str, tuple[str, str | None, str | None, str | None]]:
    with ws.db.session() as s:
        return {f.uscc: (f.name, f.legal_rep, f.address, f.phone) for f in s.query(Firm)}


def html_xls(path: Path) -> Path:
    """What web platforms save as “.xls”: an HTML table (GBK, a merged title, <br> in a cell, &amp;)."""
    cells = "".join(f"<th>{h}</th>" for h in HEADER)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td style='mso-number-format:\"\\@\"'>{str(v).replace(chr(10), '<br>')}</td>" for v in row
        )
        + "</tr>"
        for row in ROWS
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>'
        f'<table border="1"><tr><td colspan="6">新乡市无贷户名单</td></tr><tr>{cells}</tr>{body}</table></body></html>'
    )
    path.write_bytes(html.encode("gbk"))
    return path


def spreadsheet_ml(path: Path) -> Path:
    """Excel 2003 XML (SpreadsheetML), as other platforms export it under “.xls”."""

    def cell(value: object) -> str:
        kind = "Number" if isinstance(value, int) else "String"
        text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace("\n", "&#10;")
        return f'<Cell><Data ss:Type="{kind}">{text}</Data></Cell>'

    rows = "".join("<Row>" + "".join(cell(v) for v in row) + "</Row>" for row in [HEADER, *ROWS])
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        '<Worksheet ss:Name="名单"><Table>'
        '<Row><Cell ss:MergeAcross="5"><Data ss:Type="String">新乡市无贷户名单</Data></Cell></Row>'
        f"{rows}</Table></Worksheet></Workbook>"
    )
    path.write_text(xml, encoding="utf-8")
    return path


def delimited(path: Path, encoding: str, separator: str, line_end: str, bom: bytes = b"") -> Path:
    def field(value: object) -> str:
        text = str(value)
        return f'"{text}"' if "\n" in text or separator in text else text

    lines = [separator.join(field(v) for v in row) for row in [HEADER, *ROWS]]
    path.write_bytes(bom + (line_end.join(lines) + line_end).encode(encoding))
    return path


KINDS = {
    "html.xls": html_xls,
    "spreadsheetml.xls": spreadsheet_ml,
    "utf16-tabs.txt": lambda p: delimited(p, "utf-16-le", "\t", "\r\n", b"\xff\xfe"),  # Excel's Unicode text
    "utf16-tabs.csv": lambda p: delimited(p, "utf-16-le", "\t", "\r\n", b"\xff\xfe"),
    "utf8-bom.csv": lambda p: delimited(p, "utf-8", ",", "\r\n", b"\xef\xbb\xbf"),
    "utf8.csv": lambda p: delimited(p, "utf-8", ",", "\n"),
    "gb18030.csv": lambda p: delimited(p, "gb18030", ",", "\r\n"),
    "cr.csv": lambda p: delimited(p, "gb18030", ",", "\r"),  # old Mac tools: a lone CR ends each line
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_of_file_gives_the_same_firms_as_given(
    workspace: Workspace, tmp_path: Path, kind: str
) -> None:
    path = KINDS[kind](tmp_path / kind)
    report = import_list(workspace, path, "新乡名单")
    assert (report.new, report.invalid) == (2, [])
    assert stored(workspace) == EXPECTED


def test_a_utf16_file_without_bom_is_recognised(workspace: Workspace, tmp_path: Path) -> None:
    path = delimited(tmp_path / "nobom.txt", "utf-16-le", "\t", "\r\n")
    assert import_list(workspace, path, "L").new == 2


def _refused(ws: Workspace, path: Path) -> UnusableFile:
    with pytest.raises(UnusableFile) as caught:
        preview_import(ws, path)
    return caught.value


def test_files_that_cannot_be_read_say_what_they_are_and_what_to_do(
    workspace: Workspace, tmp_path: Path
) -> None:
    et = tmp_path / "名单.et"
    et.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    numbers = tmp_path / "名单.numbers"
    with zipfile.ZipFile(numbers, "w") as archive:
        archive.writestr("Index/Document.iwa", b"\x00" * 100)
    encrypted = tmp_path / "加密.xlsx"  # what Excel writes for a workbook with an open password
    encrypted.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 100
        + "EncryptedPackage".encode("utf-16-le")
        + b"\x00" * 400
    )
    pdf = tmp_path / "名单.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    cases = {
        et: ("WPS 表格", "另存为", "WPS spreadsheet"),
        numbers: ("Numbers", "导出为", "Numbers"),
        encrypted: ("已加密", "取消密码", "encrypted"),
        pdf: ("不是可识别的表格文件", "另存为", "not a spreadsheet"),
    }
    for path, (what, todo, english) in cases.items():
        error = _refused(workspace, path)
        assert path.name in str(error) and what in str(error) and todo in str(error), str(error)
        assert error.message_en and path.name in error.message_en and english in error.message_en


def test_a_web_page_without_a_table_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    page = tmp_path / "page.xls"
    page.write_text("<html><body><p>登录已过期</p></body></html>", encoding="utf-8")
    assert "没有表格" in str(_refused(workspace, page))
