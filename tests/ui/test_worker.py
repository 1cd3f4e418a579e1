from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop.domain.errors import Message
from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.ui.worker import ProgressRunner, Worker, start


def cancel_button(runner: ProgressRunner) -> QPushButton:
    button = runner.dialog.findChild(QPushButton)
    assert button is not None
    return button


def test_worker_reports_progress_and_result_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[int, int, str]] = []
    threads: set[int] = set()

    def job(progress: ProgressCallback, cancel: CancelToken) -> str:
        threads.add(threading.get_ident())
        for i in range(3):
            progress(i + 1, 3, f"第 {i + 1} 步")
        return "完成"

    worker = Worker(job)
    worker.signals.progress.connect(lambda d, t, m: seen.append((d, t, m)))
    with qtbot.waitSignal(worker.signals.finished, timeout=5000) as blocker:
        start(worker)
    assert blocker.args == ["完成"]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen[-1] == (3, 3, "第 3 步")
    assert threading.get_ident() not in threads  # the work did not run on the GUI thread


def test_cancel_from_the_dialog(qtbot: QtBot) -> None:
    started = threading.Event()

    def job(progress: ProgressCallback, cancel: CancelToken) -> None:
        started.set()
        while True:
            cancel.raise_if_cancelled()
            progress(0, 0, "等待")
            threading.Event().wait(0.01)

    runner = ProgressRunner(None, "测试", job)
    with qtbot.waitSignal(runner.error, timeout=5000) as blocker:
        runner.start()
        assert started.wait(5)
        cancel_button(runner).click()
    assert "已取消" in str(blocker.args[0])
    assert not runner.dialog.isVisible()


def test_a_progress_message_arrives_in_the_windows_language(qtbot: QtBot) -> None:
    """A service's progress text is a Message; it crosses to the GUI thread as a plain str, so the worker
    renders it first: English in an English window, and no Chinese text there when a job has none."""
    app = QApplication.instance()
    assert app is not None
    seen: list[str] = []

    def job(progress: ProgressCallback, cancel: CancelToken) -> None:
        progress(1, 2, Message("已导出 1/2 家", "Exported 1 of 2 firms"))
        progress(2, 2, "旧式中文")

    for language, expected in (
        ("en", ["Exported 1 of 2 firms", ""]),
        ("zh_CN", ["已导出 1/2 家", "旧式中文"]),
    ):
        app.setProperty("firstloan_language", language)
        try:
            seen.clear()
            worker = Worker(job)
            worker.signals.progress.connect(lambda _d, _t, m: seen.append(m))
            with qtbot.waitSignal(worker.signals.finished, timeout=5000):
                start(worker)
            qtbot.waitUntil(lambda: len(seen) == 2)
            assert seen == expected, language
        finally:
            app.setProperty("firstloan_language", None)
