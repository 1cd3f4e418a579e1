"""The wizard's mapping step and the take-all switch, driven through the real widgets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.firm_edit import edit_firm_fields
from desktop.services.workspace import Workspace
from desktop.store.models import Firm, ImportBatch, MappingProfile
from desktop.ui.i18n import install_translators
from desktop.ui.import_view import MAPPING, PREVIEW, SUMMARY, ImportView
from desktop.ui.mapping_page import MappingPage
from tests.exchange.list_files import code, write_xlsx
from tests.ui.test_import_view import apply, choose, describe, messy_list, preview

HEADER = ["序 号", "纳税人识别号", "企业名称", "业主", "座机号", "备注"]


def office_file(path: Path, serials: tuple[int, ...]) -> Path:
    """A list from an office that names its columns its own way, with a title, a blank row and a note."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sheet1"
    sheet.append(["卫滨区市场监管局推送名单"])
    sheet.append([])
    sheet.append(HEADER)
    for i, serial in enumerate(serials, 1):
        sheet.append([i, code(serial), f"新乡市测试{serial}号有限公司", "张三", f"1391234{serial:04d}", "无"])
    sheet.append(["注：本表仅供首贷培育使用"])
    book.save(path)
    return path


@pytest.fixture
def view(workspace: Workspace, qtbot: QtBot) -> ImportView:
    widget = ImportView(workspace)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def firm_phones(ws: Workspace) -> dict[str, str | None]:
    with ws.db.session() as session:
        return {f.uscc: f.phone for f in session.scalars(select(Firm))}


def test_unrecognised_code_column_is_mapped_saved_and_reused(
    view: ImportView, workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(view, office_file(tmp_path / "一月.xlsx", (21, 22, 23)), monkeypatch)
    describe(view, qtbot)
    page = view.mapping_page
    assert "统一社会信用代码" in page.found_label.text()  # the file was not recognised: no dead end
    assert "Sheet1（表头在第 3 行）" in page.sheets_label.text()
    assert page.combos["纳税人识别号"].currentData() == ""  # 不导入, for now
    assert page.combos["企业名称"].currentData() == "name"  # the synonyms still did the rest
    view.activateWindow()  # as the window manager does when the progress dialog closes
    qtbot.waitUntil(page.combos["纳税人识别号"].hasFocus, timeout=2000)  # where the work is

    # Preview refuses until a code column is chosen; the wizard stays on the mapping step.
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert "统一社会信用代码" in view.message.text() and view.stack.currentIndex() == MAPPING

    code_combo = page.combos["纳税人识别号"]
    code_combo.setCurrentIndex(code_combo.findData("uscc"))
    assert "已指定代码列" in page.found_label.text()
    # From the keyboard: 座机号 starts as 不导入; End picks the last field, then Up walks back.
    phone_combo = page.combos["座机号"]
    phone_combo.setFocus()
    qtbot.keyClick(phone_combo, Qt.Key.Key_End)
    while phone_combo.currentData() != "phone":
        qtbot.keyClick(phone_combo, Qt.Key.Key_Up)
    page.combos["业主"].setCurrentIndex(page.combos["业主"].findData("legal_rep"))
    assert page.mapping["纳税人识别号"] == "uscc" and page.mapping["座机号"] == "phone"

    page.profile_edit.setText("卫滨区市场监管局")  # (QTest cannot type CJK text)
    qtbot.keyClick(page.profile_edit, Qt.Key.Key_Return)  # Enter in the name field saves
    assert "卫滨区市场监管局" in page.found_label.text(), view.message.text()
    assert page.profile_combo.currentData() == "卫滨区市场监管局"  # listed, and the one in force
    with workspace.db.session() as session:
        saved = session.scalar(select(MappingProfile).where(MappingProfile.name == "卫滨区市场监管局"))
        assert saved is not None
        assert saved.mapping["纳税人识别号"] == "uscc" and saved.mapping["座机号"] == "phone"
        assert saved.mapping["备注"] == ""

    with qtbot.waitSignal(view.previewed, timeout=20000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert "新增 3 家" in view.counts.text()
    apply(view, qtbot)
    assert view.stack.currentIndex() == SUMMARY
    assert firm_phones(workspace) == {code(n): f"1391234{n:04d}" for n in (21, 22, 23)}
    with workspace.db.session() as session:
        assert session.scalar(select(ImportBatch.profile_name)) == "卫滨区市场监管局"

    # The office's next file: its profile is found and applied without a word from the officer.
    view.restart()
    choose(view, office_file(tmp_path / "二月.xlsx", (21, 22, 23, 24)), monkeypatch)
    describe(view, qtbot)
    assert "卫滨区市场监管局" in page.found_label.text()
    assert page.profile_combo.currentData() == "卫滨区市场监管局"
    assert page.combos["纳税人识别号"].currentData() == "uscc"
    assert page.combos["座机号"].currentData() == "phone"
    with qtbot.waitSignal(view.previewed, timeout=20000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert "新增 1 家" in view.counts.text()
    apply(view, qtbot)
    assert firm_phones(workspace)[code(24)] == "13912340024"
    with workspace.db.session() as session:
        names = list(session.scalars(select(ImportBatch.profile_name).order_by(ImportBatch.id)))
    assert names == ["卫滨区市场监管局", "卫滨区市场监管局"]


def test_choosing_a_profile_and_a_field_twice(
    view: ImportView, workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services.mapping_profiles import save_profile

    save_profile(workspace, "别的局", {"业主": "legal_rep", "座机号": "phone"})  # no code column in it
    choose(view, office_file(tmp_path / "a.xlsx", (31,)), monkeypatch)
    describe(view, qtbot)
    page = view.mapping_page
    assert page.combos["业主"].currentData() == ""  # that profile was not found to fit
    index = page.profile_combo.findData("别的局")
    page.profile_combo.setCurrentIndex(index)
    page.profile_combo.activated.emit(index)  # described again from the rows read, at once
    assert page.combos["业主"].currentData() == "legal_rep" and "别的局" in page.found_label.text()
    page.set_field("纳税人识别号", "uscc")
    page.set_field("备注", "name")  # a second name column
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert "多列" in view.message.text() and view.stack.currentIndex() == MAPPING
    page.set_field("备注", "")
    with qtbot.waitSignal(view.previewed, timeout=20000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert view.stack.currentIndex() == PREVIEW and "新增 1 家" in view.counts.text()


def test_take_all_resolves_every_conflict_to_the_lists_value(
    view: ImportView, workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(view, messy_list(tmp_path / "first.xlsx"), monkeypatch)
    preview(view, qtbot)
    apply(view, qtbot)
    # (Not 张三丰 over the list's 张三: a shorter value with the same start reads as cut off, and a cut
    # value never replaces a stored one, so it would be kept without a conflict.)
    edit_firm_fields(workspace, code(11), {"registered_capital": Decimal("150"), "legal_rep": "张叁"})
    edit_firm_fields(workspace, code(12), {"legal_rep": "李肆"})
    view.restart()
    second = messy_list(tmp_path / "second.xlsx", capital=200)
    choose(view, second, monkeypatch)
    preview(view, qtbot)
    assert view.conflicts.rowCount() == 3
    assert view.take_list() == {}
    view.take_all_box.setFocus()
    qtbot.keyClick(view.take_all_box, Qt.Key.Key_Space)
    assert view.take_all_box.isChecked()
    for r in range(3):
        box = view.conflicts.item(r, 4)
        assert box is not None and box.checkState() == Qt.CheckState.Checked
        assert not box.flags() & Qt.ItemFlag.ItemIsEnabled  # shown, not changeable while switched on
    apply(view, qtbot)
    with workspace.db.session() as session:
        rows = {f.uscc: (f.registered_capital, f.legal_rep) for f in session.scalars(select(Firm))}
    assert rows[code(11)] == (200, "张三") and rows[code(12)][1] == "李四"


def test_the_header_row_is_moved_with_the_spin_box(
    view: ImportView, workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[list[object]] = [
        ["填报单位：卫滨区", "日期：2026年11月", "页码：1"],  # three texts: the header, to the guess
        ["代码", "单位", "住址"],  # no header the synonyms know
        [code(41), "新乡市四十一号有限公司", "新乡市卫滨区"],
    ]
    choose(view, write_xlsx(tmp_path / "h.xlsx", {"表": rows}), monkeypatch)
    describe(view, qtbot)
    page = view.mapping_page
    assert page.header_spin.value() == 1 and "填报单位：卫滨区" in page.combos
    page.header_spin.setFocus()
    qtbot.keyClick(page.header_spin, Qt.Key.Key_Up)  # row 2, described again from the rows read
    assert page.header_spin.value() == 2 and "表（表头在第 2 行）" in page.sheets_label.text()
    assert set(page.combos) == {"代码", "单位", "住址"} and page.combos["住址"].currentData() == ""
    page.set_field("住址", "address")
    page.set_field("代码", "uscc")
    page.set_field("单位", "name")
    with qtbot.waitSignal(view.previewed, timeout=20000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    apply(view, qtbot)
    with workspace.db.session() as session:
        firm = session.scalar(select(Firm))
        assert firm is not None and (firm.uscc, firm.address) == (code(41), "新乡市卫滨区")


def test_the_validation_report_lists_bad_rows_and_bad_cells(
    view: ImportView, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[list[object]] = [
        ["统一社会信用代码", "企业名称", "成立日期"],
        [code(51), "新乡市五十一号有限公司", "不详"],  # imported, its date left empty
        ["91410702XYZ", "新乡市错码有限公司", "2020-01-01"],  # not imported
    ]
    choose(view, write_xlsx(tmp_path / "v.xlsx", {"表": rows}), monkeypatch)
    preview(view, qtbot)
    model = view.invalid_model
    report = [[model.data(model.index(r, c)) for c in range(5)] for r in range(model.rowCount())]
    assert [(r[1], r[2], r[4]) for r in report] == [
        ("3", "统一社会信用代码", "整行不导入"),
        ("2", "成立日期", "该项留空"),
    ]
    assert "不详" in report[1][3]


def test_a_saved_profile_can_be_deleted(
    view: ImportView, workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services.mapping_profiles import all_profiles, save_profile

    save_profile(workspace, "旧方案", {"纳税人识别号": "uscc"})
    choose(view, office_file(tmp_path / "a.xlsx", (61,)), monkeypatch)
    with qtbot.waitSignal(view.described, timeout=20000):
        qtbot.keyClick(view.name_edit, Qt.Key.Key_Return)  # Enter in the list name goes on
    page = view.mapping_page
    assert page.profile_combo.currentData() == "旧方案" and page.delete_button.isEnabled()
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.delete_button.click()  # answered No: kept
    assert list(all_profiles(workspace)) == ["旧方案"]
    page.delete_button.click()
    assert "旧方案" in asked[1] and all_profiles(workspace) == {}
    assert page.profile_combo.count() == 1 and not page.delete_button.isEnabled()
    assert page.combos["纳税人识别号"].currentData() == "" and "统一社会信用代码" in page.found_label.text()
    assert page.profile_edit.text() == ""


def test_field_names_are_translated(qapp: QApplication, workspace: Workspace) -> None:
    translators = install_translators(qapp, "en")
    try:
        combo = MappingPage(workspace)._field_combo("代码")
        labels = [combo.itemText(i) for i in range(combo.count())]
        assert labels[:3] == ["Do not import", "Credit code (USCC)", "Firm name"]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "zh_CN")
