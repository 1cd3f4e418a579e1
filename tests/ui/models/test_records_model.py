from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.models.records_model import RecordsModel


def test_records_model(qtmodeltester: Any) -> None:
    model = RecordsModel(["日期", "内容"])
    qtmodeltester.check(model, force_py=False)
    model.set_rows([("2026-11-20", "走访"), ("2026-11-21", None)])
    qtmodeltester.check(model, force_py=False)
    assert model.rowCount() == 2
    assert model.data(model.index(1, 1)) == ""
    assert model.headerData(0, Qt.Orientation.Horizontal) == "日期"
