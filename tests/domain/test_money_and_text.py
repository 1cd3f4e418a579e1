"""One money format, characters no output can hold, and file names safe to show and save."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.controls import strip_controls
from desktop.domain.file_names import MAX_NAME_LENGTH, safe_file_name
from desktop.domain.money import format_wan, round_wan


def test_money_rounds_half_up() -> None:
    assert round_wan(Decimal("0.125")) == Decimal("0.13")
    assert round_wan(Decimal("0.135")) == Decimal("0.14")  # half-even would agree here; 0.125 is the case
    assert round_wan(Decimal("2.675")) == Decimal("2.68")
    assert format_wan(Decimal("0.125")) == "0.13"
    assert format_wan(Decimal("1234567.005")) == "1,234,567.01"
    assert format_wan(Decimal(0)) == "0.00" and format_wan(None) == ""


@given(st.decimals(min_value=0, max_value=10**8, places=6))
def test_format_and_round_agree(amount: Decimal) -> None:
    assert format_wan(amount).replace(",", "") == str(round_wan(amount))


def test_strip_controls() -> None:
    assert strip_controls("甲\x00乙\x1f丙\x7f丁\x80戊\x9f") == "甲乙丙丁戊"
    assert strip_controls("a\r\nb\rc\td\ne") == "a\nb\nc\td\ne"
    assert strip_controls("a\r\nb\tc", keep_lines=False) == "a b c"
    assert strip_controls("\ud83d坏\ufffe") == "坏"
    assert strip_controls("新乡市　鑫达 (有限) 公司") == "新乡市　鑫达 (有限) 公司"  # spaces are not controls


@given(st.text())
def test_stripped_text_has_no_controls_and_stripping_is_idempotent(text: str) -> None:
    clean = strip_controls(text)
    assert all(ch in "\t\n" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F) for ch in clean)
    assert strip_controls(clean) == clean


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("执照.pdf", "执照.pdf"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),  # shown as "invoiceexe.pdf" with the override
        ("\u2067evil\u2069.png", "evil.png"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ("C:\\Users\\x.pdf", "C__Users_x.pdf"),
        ('a<b>c:d"e|f?g*h.txt', "a_b_c_d_e_f_g_h.txt"),
        (".bashrc", "bashrc"),
        ("name. . ", "name"),
        ("CON", "_CON"),
        ("lpt1.txt", "_lpt1.txt"),
        ("扫描件\x07\n.jpg", "扫描件 .jpg"),
        ("\u200b\u200d", "附件"),
        ("", "附件"),
    ],
)
def test_safe_file_name(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


@given(st.text())
def test_safe_file_names_are_short_visible_and_stay_in_their_folder(name: str) -> None:
    safe = safe_file_name(name)
    assert 0 < len(safe) <= MAX_NAME_LENGTH
    assert not set(safe) & set('/\\<>:"|?*') and safe == safe.strip(" .")
    assert strip_controls(safe, keep_lines=False) == safe
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in safe)
    assert safe_file_name(safe) == safe


def test_a_long_name_keeps_its_extension() -> None:
    safe = safe_file_name("很长的文件名" * 40 + ".pdf")
    assert len(safe) == MAX_NAME_LENGTH and safe.endswith(".pdf")
