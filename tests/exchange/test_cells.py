from __future__ import annotations

import random
from datetime import date, datetime

import pytest

from desktop.domain.names import display_name
from desktop.exchange import cells


@pytest.mark.parametrize(
    "raw",
    [
        date(2019, 3, 5),
        datetime(2019, 3, 5, 0, 0),
        "2019-03-05",
        "2019/3/5",
        "2019年3月5日",
        "20190305",
        20190305,
        20190305.0,
        43529,
        "2019-03-05 00:00:00",
        " 2019.3.5 ",
    ],
)
def test_every_date_form_reads_as_one_date(raw: object) -> None:
    assert cells.iso_date(raw) == "2019-03-05"


@pytest.mark.parametrize("raw", ["2019-02-30", "去年", "3/5"])
def test_unreadable_dates_are_errors(raw: str) -> None:
    with pytest.raises(cells.CellError):
        cells.iso_date(raw)


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        (100, 100_000_000),
        (100.5, 100_500_000),
        ("1,000", 1_000_000_000),
        ("100万元", 100_000_000),
        ("100万", 100_000_000),
        ("500000元", 50_000_000),
        (" 1，000 万元 ", 1_000_000_000),
        (None, None),
        ("", None),
    ],
)
def test_capital_in_wan_yuan_scaled(raw: object, units: int | None) -> None:
    assert cells.capital_units(raw) == units


def test_phones_returned_as_floats_lose_the_point() -> None:
    assert cells.phone(13812345678.0) == "13812345678"
    assert cells.phone(" 0373-1234567 ") == "0373-1234567"


def test_text_folds_width_and_spaces() -> None:
    assert cells.text("  红旗区\u3000 ") == "红旗区"
    assert cells.text(12.0) == "12"
    assert cells.name("新乡县(红旗)商贸 有限公司") == "新乡县（红旗）商贸有限公司"
    assert cells.compact("张 三") == "张三"


def test_absurd_capital_is_a_cell_error_not_an_overflow() -> None:
    from desktop.exchange.cells import MAX_CAPITAL, CellError, capital_units

    assert capital_units(MAX_CAPITAL) == int(MAX_CAPITAL) * 10**6
    with pytest.raises(CellError, match="超出合理范围"):
        capital_units(10**15)
    with pytest.raises(CellError, match="超出合理范围"):
        capital_units("9" * 30 + "万元")


def test_a_name_of_letters_and_digits_takes_the_short_path_to_the_same_display_form() -> None:
    # cells.name returns such a name as text() gives it; display_name must agree for every one.
    letters = [chr(i) for i in range(0x20, 0x30000) if chr(i).isalnum()]
    rng = random.Random(3)
    samples = letters + [
        "".join(rng.choice(letters) for _ in range(rng.randint(2, 8))) for _ in range(20_000)
    ]
    for sample in samples:
        folded = cells.text(sample)
        assert folded is not None and cells.name(sample) == display_name(folded), repr(sample)
    assert cells.name(" 新乡市 鑫达(科技)有限公司 ") == "新乡市鑫达（科技）有限公司"  # the long path
