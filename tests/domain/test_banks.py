"""One bank however it is written: short names, full names, branches, 农村商业银行 / 农商银行."""

from __future__ import annotations

import pytest

from desktop.domain.banks import bank_key, bank_name, same_bank


@pytest.mark.parametrize(
    ("written", "key", "kind"),
    [
        ("工行", "中国工商银行", "state"),
        ("工商银行新乡分行", "中国工商银行", "state"),
        ("中国工商银行股份有限公司新乡牧野支行", "中国工商银行", "state"),
        ("农行", "中国农业银行", "state"),
        ("中国农业银行新乡分行", "中国农业银行", "state"),
        ("邮储银行忻州市分行", "中国邮政储蓄银行", "state"),
        ("浦发银行", "上海浦东发展银行", "joint_stock"),
        ("中原银行新乡红旗支行", "中原银行", "city"),
        ("晋商银行忻州分行", "晋商银行", "city"),
        ("新乡农村商业银行股份有限公司牧野支行", "新乡农商银行", "rural"),
        ("新乡农商银行", "新乡农商银行", "rural"),
        ("新乡平原村镇银行", "新乡平原村镇银行", "village"),
        ("民生村镇银行", "民生村镇银行", "village"),  # not 中国民生银行
        ("农发行", "中国农业发展银行", "policy"),
        ("  中 国 建设银行（新乡分行） ", "中国建设银行", "state"),
    ],
)
def test_names(written: str, key: str, kind: str) -> None:
    assert (bank_name(written).key, bank_name(written).kind) == (key, kind)


def test_same_bank_and_empty() -> None:
    assert same_bank("建行", "中国建设银行新乡分行")
    assert not same_bank("中国银行", "中国建设银行") and not same_bank("", "")
    assert bank_key(None) == "" and not bank_name("").known
