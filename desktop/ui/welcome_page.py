"""First start: who is working (name, bank, branch), then import a list or open the demo data.

A database made by this start is announced here, with its folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.profile import save_profile
from desktop.services.workspace import Workspace
from desktop.ui.settings_view import ProfileForm
from desktop.ui.worker import ProgressRunner

DEMO_FIRMS = 500


class WelcomePage(QWidget):
    finished = Signal()  # the officer is ready to work (demo filled, or skipped)
    failed = Signal(object)
    import_requested = Signal()  # the main window opens the 导入导出 wizard

    def __init__(self, ws: Workspace, demo_today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.demo_today = demo_today
        self.demo_firms = DEMO_FIRMS
        self.runner: ProgressRunner | None = None
        self.steps = QStackedWidget()
        self.steps.addWidget(self._who_step(ws))
        self.steps.addWidget(self._start_step())
        self.steps.setMinimumWidth(600)
        self.steps.setMaximumWidth(720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 60, 60, 40)
        layout.addWidget(self.steps, 1, Qt.AlignmentFlag.AlignHCenter)

    def _who_step(self, ws: Workspace) -> QWidget:
        """Step 1: who works on this laptop (the profile)."""
        who = QWidget()
        title = QLabel(self.tr("欢迎使用首贷培育工作台"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        intro = QLabel(self.tr("请先填写您的姓名、所属银行和网点。它们会写入工作台帐的填报单位和操作日志。"))
        intro.setWordWrap(True)
        # The first start made the database: say where, so a wrong folder is noticed at once.
        self.created_note = QLabel(
            self.tr("已在 %1 新建加密数据库。").replace("%1", str(ws.data_dir)) if ws.created else ""
        )
        self.created_note.setObjectName("createdNote")
        self.created_note.setWordWrap(True)
        self.created_note.setVisible(ws.created)
        self.form = ProfileForm(ws.profile)
        self.next_button = QPushButton(self.tr("下一步"))
        self.next_button.setObjectName("welcomeNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.save_and_continue)
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(title)
        who_layout.addWidget(self.created_note)
        who_layout.addWidget(intro)
        who_layout.addWidget(self.form)
        who_layout.addWidget(self.next_button)
        who_layout.addStretch(1)
        return who

    def _start_step(self) -> QWidget:
        """Step 2: where to start (import a list, the demo, or an empty database)."""
        start = QWidget()
        start_title = QLabel(self.tr("从哪里开始？"))
        start_title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.import_button = QPushButton(self.tr("导入无贷户名单…"))
        self.import_button.setObjectName("welcomeImport")
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = QPushButton(self.tr("打开演示数据"))
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.clicked.connect(self.open_demo)
        self.skip_button = QPushButton(self.tr("直接开始"))
        self.skip_button.setObjectName("welcomeSkip")
        self.skip_button.clicked.connect(self.finished)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.demo_button, self.skip_button):
            buttons.addWidget(button)
        start_layout = QVBoxLayout(start)
        start_layout.addWidget(start_title)
        demo_note = QLabel(self.tr("演示数据是虚构的企业和走访记录，只能写入空数据库。"))
        demo_note.setWordWrap(True)
        start_layout.addWidget(demo_note)
        start_layout.addLayout(buttons)
        start_layout.addStretch(1)
        return start

    def save_and_continue(self) -> None:
        try:
            save_profile(self.ws, self.form.profile())
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.steps.setCurrentIndex(1)

    def open_demo(self) -> None:
        # Imported here: the demo loads the pinyin dictionaries, which would slow every start.
        from desktop.services.demo import fill_demo

        ws, firms, today = self.ws, self.demo_firms, self.demo_today

        def job(progress: ProgressCallback, cancel: CancelToken) -> Any:
            return fill_demo(ws, firms=firms, today=today, progress=progress, cancel=cancel)

        self.demo_button.setEnabled(False)
        self.runner = ProgressRunner(self, self.tr("正在生成演示数据"), job)
        self.runner.done.connect(self._demo_done)
        self.runner.error.connect(self._demo_failed)
        self.runner.start()

    def _demo_done(self, _result: object) -> None:
        self.demo_button.setEnabled(True)
        self.finished.emit()

    def _demo_failed(self, exc: object) -> None:
        self.demo_button.setEnabled(True)
        self.failed.emit(exc)

    @property
    def data_dir(self) -> Path:
        return self.ws.data_dir
