"""A notice saved as a web page or as text: decoded (UTF-8, GB18030/GBK, UTF-16) and without its tags."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.domain.holiday_notice import parse_notice
from desktop.exchange.notice_file import MAX_BYTES, NoticeFileError, html_to_text, read_notice_file
from tests.domain.notices import NOTICE_2026, NOTICE_2027


def _page(text: str, charset: str) -> str:
    paragraphs = "".join(f'<p style="text-indent:2em">{line}</p>\n' for line in text.splitlines())
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        "<title>国务院办公厅关于2027年部分节假日安排的通知_政府信息公开</title>"
        "<style>p { margin: 0 }</style><script>var notice = '2月5日放假';</script></head>"
        f'<body><div class="nav">首页 &gt; 政策</div><div id="UCAP-CONTENT">{paragraphs}</div></body></html>'
    )


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("通知.html", lambda t: _page(t, "gb2312").encode("gb18030")),
        ("通知.htm", lambda t: _page(t, "utf-8").encode("utf-8")),
        ("通知.html", lambda t: codecs.BOM_UTF8 + _page(t, "utf-8").encode("utf-8")),
        ("通知.txt", lambda t: t.encode("utf-8")),
        ("通知.txt", lambda t: t.encode("gb18030")),
        ("通知.txt", lambda t: t.encode("utf-16")),  # Notepad's "Unicode", with its BOM
    ],
)
def test_every_saved_form_reads_as_the_same_notice(tmp_path: Path, name: str, encode: object) -> None:
    path = tmp_path / name
    path.write_bytes(encode(NOTICE_2027))  # type: ignore[operator]
    text = read_notice_file(path)
    assert "<" not in text and "2月5日放假';" not in text  # tags and scripts gone
    assert parse_notice(text).to_json() == parse_notice(NOTICE_2027).to_json()


def test_html_entities_and_line_breaks() -> None:
    assert html_to_text("<p>一、元旦：1月1日&nbsp;放假<br>二、春节</p>") == "一、元旦：1月1日 放假\n二、春节"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("通知.docx", b"PK\x03\x04", "通知.docx 不是网页（.html、.htm）或文本（.txt）文件"),
        ("通知.txt", b"\x80\x80\x80", "无法读取 通知.txt 的文字：既不是 UTF-8 也不是 GB18030（GBK）编码"),
    ],
)
def test_files_that_are_not_a_notice_say_what_to_do(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(NoticeFileError) as err:
        read_notice_file(path)
    assert str(err.value).startswith(message) and err.value.message_en


def test_a_huge_file_and_a_missing_one(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(NOTICE_2026.encode("utf-8") * (MAX_BYTES // len(NOTICE_2026.encode("utf-8")) + 1))
    with pytest.raises(NoticeFileError, match="不像一份节假日通知"):
        read_notice_file(big)
    with pytest.raises(NoticeFileError, match="无法打开"):
        read_notice_file(tmp_path / "none.txt")
