"""Screenshots of every screen at 1366×768, in Chinese and in English, taken offscreen on demo data:
docs/screenshots/<screen>.png and <screen>-en.png.

Run: QT_QPA_PLATFORM=offscreen python tools/screenshots.py  (a Chinese font such as fonts-wqy-microhei
must be installed, or Chinese renders as boxes).
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.domain.uscc import complete
from desktop.services.demo import fill_demo
from desktop.services.firms import FirmQuery
from desktop.services.workspace import Workspace, open_workspace
from desktop.ui.i18n import install_translators, switch_language
from desktop.ui.import_view import MAPPING
from desktop.ui.main_window import DASHBOARD, EXCHANGE, FIRMS, LEDGER, SETTINGS, SYNC, TODO, MainWindow
from desktop.ui.window_fit import WindowPlacement

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
TODAY = date(2026, 11, 20)
# A 1366×768 branch laptop: the window fills the screen less a 40-pixel taskbar (the frame is not drawn).
SCREEN = QRect(0, 0, 1366, 768)


def _laptop(window: QMainWindow, settings: QSettings) -> WindowPlacement:
    return WindowPlacement(window, settings, lambda _w: SCREEN, lambda: "screenshots")


def _save(widget: QWidget, name: str) -> None:
    if isinstance(widget, QMainWindow):
        widget.setGeometry(SCREEN.adjusted(0, 0, 0, -40))  # the whole screen but the taskbar
    for _ in range(5):
        QApplication.processEvents()
        time.sleep(0.02)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def _mapping_step(window: MainWindow, path: Path) -> None:
    """The import wizard's mapping step on a file whose code column has an unusual header."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["卫滨区市场监管局推送名单"])
    sheet.append(["序号", "纳税人识别号", "企业名称", "法人", "联络电话", "住所", "备注"])
    for n in range(1, 6):
        code = complete(f"91410703{n:08d}0")
        sheet.append(
            [n, code, f"新乡市卫滨区示例{n}号有限公司", "张三", f"1391234{n:04d}", "新乡市卫滨区", ""]
        )
    book.save(path)
    view = window.import_view
    assert view is not None
    view.set_file(path)
    view.describe()
    deadline = time.monotonic() + 30
    while view.stack.currentIndex() != MAPPING and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    view.mapping_page.set_field("纳税人识别号", "uscc")
    view.mapping_page.profile_edit.setText("卫滨区市场监管局")


def _enrich(ws: Workspace, uscc: str) -> None:
    """Give the pictured firm a full record: contacts, banks, a file, a plan with owners, a corrected visit."""
    from desktop.services.attachments import add_attachment
    from desktop.services.contacts import add_contact
    from desktop.services.corrections import void_record
    from desktop.services.dossiers import update_dossier
    from desktop.services.plans import PlanInput, TaskInput, save_plan
    from desktop.services.serving_banks import add_bank_relationship
    from desktop.services.visits import VisitInput, add_visit

    update_dossier(
        ws,
        uscc,
        {"annual_sales": "860", "taxes_paid": "12.5", "credit_query_date": date(2026, 9, 1)},
        criteria={"compliant": True, "premises": True, "real_demand": True},
        criteria_notes={"premises": "自有门面 120 平方米"},
        policy_tags=["employment"],
        free_tags=["返乡创业"],
    )
    add_contact(ws, uscc, "赵建国", role="经营者", phone="13937312345", primary=True)
    add_bank_relationship(ws, uscc, "建行", roles=["basic", "settlement"])
    add_attachment(ws, uscc, b"%PDF-1.4 licence", "营业执照.pdf", "licence")
    save_plan(
        ws,
        uscc,
        PlanInput(
            date(2026, 11, 10),
            ["no_collateral", "irregular_finance"],
            ["gov_guarantee", "finance_coaching"],
            diagnosis_note="经营场所为租赁，无可抵押房产",
            measures_note="对接县融资担保公司",
            target_product="担保贷",
            target_amount="100",
            tasks=[
                TaskInput("整理近一年纳税及流水资料", date(2026, 11, 25), "企业"),
                TaskInput("推荐县融资担保公司", date(2026, 12, 5), "李明"),
            ],
        ),
    )
    wrong = add_visit(ws, uscc, VisitInput(date(2026, 11, 3), "phone", "误记到本企业"))
    void_record(ws, "visit", wrong.id, "录入错误：应为另一家企业")


def _record_screens(window: MainWindow, row: int, suffix: str) -> None:
    """The firm pane's editors at 1366×768: dossier form, contacts/banks/files, plan, corrections, history."""
    window.go(FIRMS)
    firms = window.firms
    assert firms is not None
    firms.table.selectRow(row)
    pane = firms.detail
    pane.tabs.setCurrentIndex(0)
    pane.dossier_tabs.setCurrentIndex(0)
    _save(window, f"record-dossier{suffix}")
    pane.dossier_tabs.setCurrentIndex(1)
    _save(window, f"record-contacts{suffix}")
    pane.tabs.setCurrentIndex(1)
    _save(window, f"record-plan{suffix}")
    pane.tabs.setCurrentIndex(2)
    _save(window, f"record-visits-voided{suffix}")
    pane.tabs.setCurrentIndex(3)
    pane.money.loans.select(0)
    pane.money.loans.void_button.click()
    assert pane.dialog is not None
    _save(pane.dialog, f"record-void-dialog{suffix}")
    pane.dialog.reject()
    pane.loan_button.click()
    assert pane.dialog is not None
    _save(pane.dialog, f"record-loan-dialog{suffix}")
    pane.dialog.reject()
    pane.tabs.setCurrentIndex(4)
    _save(window, f"record-history{suffix}")
    pane.tabs.setCurrentWidget(pane.programme_tab)  # 活动与尽职 (issue 23)
    _save(window, f"record-programme{suffix}")
    window.go(SETTINGS)
    assert window.settings_view is not None
    window.settings_view.tabs.setCurrentWidget(window.settings_view.targets)
    _save(window, f"settings-targets{suffix}")
    window.settings_view.tabs.setCurrentWidget(window.settings_view.import_settings.parentWidget())
    _save(window, f"settings-import{suffix}")
    window.settings_view.tabs.setCurrentIndex(0)


def _screens(window: MainWindow, tmp: Path, suffix: str) -> None:
    """Every screen of ``window`` in the language installed now, as docs/screenshots/<screen><suffix>.png."""
    window.go(DASHBOARD)
    _wait_for_dashboard(window)
    _save(window, f"dashboard{suffix}")
    window.go(FIRMS)
    firms = window.firms
    assert firms is not None
    firms.model.set_query(FirmQuery(stage=None))
    row = next(
        r for r in range(firms.model.rowCount()) if (f := firms.model.firm_at(r)) and f.stage == "first_loan"
    )
    firms.open_row(row)
    firms.table.scrollTo(firms.model.index(row, 0))
    _save(window, f"firms{suffix}")
    firms.detail.tabs.setCurrentIndex(3)
    _save(window, f"firm-demand-credit{suffix}")
    firms.detail.tabs.setCurrentIndex(0)
    _record_screens(window, row, suffix)
    window.go(TODO)
    _save(window, f"todo{suffix}")
    window.go(LEDGER)
    _save(window, f"ledger{suffix}")
    window.go(SETTINGS)
    _save(window, f"settings{suffix}")
    assert window.settings_view is not None
    window.settings_view.tabs.setCurrentWidget(window.settings_view.branch_page)
    _save(window, f"settings-branch{suffix}")
    window.settings_view.tabs.setCurrentIndex(0)
    window.go(SYNC)
    _save(window, f"sync{suffix}")
    window.go(EXCHANGE)
    assert window.import_view is not None
    window.import_view.restart()
    _save(window, f"import{suffix}")
    _mapping_step(window, tmp / f"卫滨区推送名单{suffix}.xlsx")
    _save(window, f"import-mapping{suffix}")
    window.import_view.restart()


def _first_loan_firm(ws: Workspace) -> str:
    """The firm the screenshots open: the first firm with a first loan in the table's order."""
    from desktop.services.firms import list_firms

    return next(f.uscc for f in list_firms(ws, FirmQuery()) if f.stage == "first_loan")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    app.setFont(QFont("WenQuanYi Micro Hei", 9))
    install_translators(app, "zh_CN")
    env = {"FIRSTLOAN_DB_KEY": secrets.token_hex(32)}
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "demo", environ=env)
        fresh = open_workspace(Path(tmp) / "fresh", environ=env)
        try:
            fill_demo(ws, firms=500, today=TODAY)
            ws.clock = lambda: TODAY
            _enrich(ws, _first_loan_firm(ws))
            settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
            window = MainWindow(ws, settings, today=lambda: TODAY, placement=_laptop)
            window.show()
            _screens(window, Path(tmp), "")
            welcome = MainWindow(
                fresh, QSettings(str(Path(tmp) / "ui2.ini"), QSettings.Format.IniFormat), placement=_laptop
            )
            welcome.show()
            _save(welcome, "welcome")
            # English, switched while the app runs (as 视图 → 界面语言 does): the same window rebuilds.
            switch_language("en", app)
            _settle()
            _screens(window, Path(tmp), "-en")
            _save(welcome, "welcome-en")
            window.close()
            welcome.close()
        finally:
            ws.close()
            fresh.close()
    return 0


def _wait_for_dashboard(window: MainWindow) -> None:
    """The figures are computed on a worker: shoot once they are on screen, not 正在统计."""
    dashboard = window.dashboard
    assert dashboard is not None
    shown: list[bool] = []
    dashboard.refreshed.connect(lambda: shown.append(True))
    dashboard.refresh()
    deadline = time.monotonic() + 60
    while not shown and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def _settle() -> None:
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main())
