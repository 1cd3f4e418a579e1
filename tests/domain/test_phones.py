"""A contact's phone is an 11-digit mobile or a landline with its area code; anything else is refused."""

from __future__ import annotations

import pytest

from desktop.domain.phones import InvalidPhone, check_phone, is_phone


@pytest.mark.parametrize("text", ["13812345678", "138 1234 5678", "0373-2051234", "010-88886666", "(0373)2051234",
                                  "037320512345", "0373-2051234-806"])  # fmt: skip
def test_numbers_people_can_call(text: str) -> None:
    assert is_phone(text) and check_phone(f" {text} ") == text.strip()


@pytest.mark.parametrize(
    "text", ["1", "12345678901", "2051234", "1381234567", "0373-051234", "电话", "138123456789"]
)
def test_anything_else_is_refused_saying_what_a_number_is(text: str) -> None:
    with pytest.raises(InvalidPhone, match="11 位手机号码") as caught:
        check_phone(text)
    assert "area code" in (caught.value.message_en or "")


def test_blank_is_no_number() -> None:
    assert check_phone("  ") is None and check_phone(None) is None
