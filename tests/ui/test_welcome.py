from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.services.workspace import Workspace
from desktop.store.models import Firm
from desktop.ui.main_window import DASHBOARD, MainWindow
from tests.conftest import TODAY
from tests.ui.conftest import today
from tests.ui.test_worker import cancel_button


def test_first_start_profile_then_demo(workspace: Workspace, ui_settings: QSettings, qtbot: QtBot) -> None:
    window = MainWindow(workspace, ui_settings, today=today)
    qtbot.addWidget(window)
    window.show()
    welcome = window.welcome
    assert window.outer.currentWidget() is welcome
    assert window.firms is None

    # The name is required: a clear message, still on the first step.
    welcome.form.bank.setText("中原银行")
    welcome.next_button.click()
    assert window.last_error == "请填写客户经理姓名"
    assert welcome.steps.currentIndex() == 0

    qtbot.keyClicks(welcome.form.officer, "Li Ming")
    welcome.form.branch.setText("新乡红旗支行")
    welcome.next_button.click()
    assert welcome.steps.currentIndex() == 1
    assert workspace.profile.officer == "Li Ming" and workspace.profile.unit == "新乡红旗支行"
    assert welcome.import_button.isEnabled()  # opens the import wizard (test_import_view.py)

    welcome.demo_today = TODAY
    welcome.demo_firms = 80
    with qtbot.waitSignal(welcome.finished, timeout=20000):
        welcome.demo_button.click()
        assert welcome.runner is not None and welcome.runner.dialog.isVisible()
    dialog = welcome.runner.dialog
    # The service's progress reached the dialog, up to done; then it closed.
    assert dialog.maximum() > 0 and dialog.value() == dialog.maximum()
    assert not dialog.isVisible()
    assert window.current_page() == DASHBOARD
    assert window.firms is not None and window.firms.model.rowCount() == 80
    # The officer's own name stays: the demo only fills an empty profile.
    assert workspace.profile.officer == "Li Ming"


def test_demo_cancel_leaves_nothing(workspace: Workspace, ui_settings: QSettings, qtbot: QtBot) -> None:
    window = MainWindow(workspace, ui_settings, today=today)
    qtbot.addWidget(window)
    welcome = window.welcome
    welcome.demo_today = TODAY
    welcome.demo_firms = 3000
    welcome.open_demo()
    runner = welcome.runner
    assert runner is not None
    with qtbot.waitSignal(runner.error, timeout=30000) as blocker:
        cancel_button(runner).click()
    assert "取消" in str(blocker.args[0])
    with workspace.db.session() as session:
        assert session.scalar(select(func.count(Firm.id))) == 0
    assert window.outer.currentWidget() is welcome
