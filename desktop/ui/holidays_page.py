"""设置 → 节假日: the State Council's holiday notice pasted or opened (.txt, .html), its holidays and worked
weekends shown for confirmation (beside the calendar's current answer where they differ), then saved
into the officer's calendar. One call each to services/calendar.py."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError, in_language
from desktop.domain.workcalendar import BUILT_IN
from desktop.services.calendar import NoticePreview, calendar_state, notice_text, preview_notice, save_notice
from desktop.services.workspace import Workspace
from desktop.ui.errors import error_message, ui_language
from desktop.ui.models.records_model import RecordsModel, records_table

WARNING_STYLE = "color: #b00020;"
AUTO_YEAR = 2003  # the spin box's lowest value, shown as “自动识别”: the year is read from the text


def weekday_name(day: date) -> str:
    names = (
        QCoreApplication.translate("holidays", "周一"),
        QCoreApplication.translate("holidays", "周二"),
        QCoreApplication.translate("holidays", "周三"),
        QCoreApplication.translate("holidays", "周四"),
        QCoreApplication.translate("holidays", "周五"),
        QCoreApplication.translate("holidays", "周六"),
        QCoreApplication.translate("holidays", "周日"),
    )
    return names[day.weekday()]


def day_text(day: date) -> str:
    return (
        QCoreApplication.translate("holidays", "%1（%2）")
        .replace("%1", day.isoformat())
        .replace("%2", weekday_name(day))
    )


def joined(texts: Iterable[str]) -> str:
    return QCoreApplication.translate("holidays", "、").join(texts)


def holiday_name(name: str) -> str:
    """A notice's item name (“国庆节、中秋节”) in the UI's language; words it does not know stay as given."""
    known = {
        "元旦": QCoreApplication.translate("holidays", "元旦"),
        "春节": QCoreApplication.translate("holidays", "春节"),
        "清明节": QCoreApplication.translate("holidays", "清明节"),
        "劳动节": QCoreApplication.translate("holidays", "劳动节"),
        "端午节": QCoreApplication.translate("holidays", "端午节"),
        "中秋节": QCoreApplication.translate("holidays", "中秋节"),
        "国庆节": QCoreApplication.translate("holidays", "国庆节"),
    }
    return joined([known.get(part, part) for part in name.split("、")])


def spans_text(days: list[date]) -> str:
    """Consecutive days as ranges: “2027-02-05 至 2027-02-13、2027-06-09”."""
    spans: list[tuple[date, date]] = []
    for day in sorted(days):
        if spans and day - spans[-1][1] == timedelta(days=1):
            spans[-1] = (spans[-1][0], day)
        else:
            spans.append((day, day))
    to = QCoreApplication.translate("holidays", "%1 至 %2")
    return joined(
        a.isoformat() if a == b else to.replace("%1", a.isoformat()).replace("%2", b.isoformat())
        for a, b in spans
    )


class HolidaysPage(QWidget):
    failed = Signal(object)
    saved = Signal(int)  # the year now in the calendar

    def __init__(
        self, ws: Workspace, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.preview: NoticePreview | None = None
        self.source_name = ""
        self.state_label = QLabel()
        self.state_label.setObjectName("calendarState")
        self.state_label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("noticeText")
        self.text.setPlaceholderText(
            self.tr(
                "把国务院办公厅《关于××××年部分节假日安排的通知》的全文（连同标题）粘贴到这里，"
                "或打开保存的通知文件（.txt、.html），再点“解析”。"
            )
        )
        self.text.textChanged.connect(self._text_edited)
        self.open_button = QPushButton(self.tr("打开通知文件…"))
        self.open_button.setObjectName("openNotice")
        self.open_button.clicked.connect(self._choose_file)
        self.year = QSpinBox()
        self.year.setObjectName("noticeYear")
        self.year.setRange(AUTO_YEAR, 2099)
        self.year.setSpecialValueText(self.tr("自动识别"))
        self.year.setValue(AUTO_YEAR)
        self.year.setToolTip(self.tr("通知所属的年份；粘贴的文字没有标题时再选定"))
        self.parse_button = QPushButton(self.tr("解析"))
        self.parse_button.setObjectName("parseNotice")
        self.parse_button.clicked.connect(self.parse_text)
        self.summary = QLabel()
        self.summary.setObjectName("noticeSummary")
        self.summary.setWordWrap(True)
        self.items_model = RecordsModel(
            [self.tr("节日"), self.tr("放假"), self.tr("天数"), self.tr("调休上班")]
        )
        self.items_table = records_table(self.items_model, "noticeItems")
        self.items_table.setWordWrap(True)
        self.differences_label = QLabel()
        self.differences_label.setObjectName("noticeDifferences")
        self.differences_label.setWordWrap(True)
        self.differences_label.setStyleSheet(WARNING_STYLE)
        self.differences_model = RecordsModel([self.tr("日期"), self.tr("通知"), self.tr("现有日历")])
        self.differences_table = records_table(self.differences_model, "differencesTable")
        self.save_button = QPushButton(self.tr("保存到日历"))
        self.save_button.setObjectName("saveNotice")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("holidaysStatus")
        self.status.setWordWrap(True)
        self._lay_out()
        self.show_preview(None)
        self.refresh_state()

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("通知全文")))
        left_layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("年份")))
        buttons.addWidget(self.year)
        buttons.addWidget(self.parse_button)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.items_table, 3)
        right_layout.addWidget(self.differences_label)
        right_layout.addWidget(self.differences_table, 2)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)
        right_layout.addLayout(save_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("holidaysSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(splitter, 1)

    def refresh_state(self) -> None:
        state = calendar_state(self.ws, self.today())
        language = ui_language()
        text = self.tr("日历已知的年份：%1").replace("%1", in_language(state.years_text, language))
        if state.needs_notice:
            text += "\n" + in_language(state.message, language)
        self.state_label.setText(text)
        self.state_label.setStyleSheet(WARNING_STYLE if state.needs_notice else "")

    def _text_edited(self) -> None:
        if self.preview is not None:  # what is shown no longer matches the text
            self.show_preview(None)
        self.source_name = ""

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("打开节假日安排通知"),
            str(Path.home()),
            self.tr("通知（*.txt *.html *.htm）"),
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        """Show the file's text in the editor and parse it."""
        try:
            text = notice_text(path)
        except Exception as exc:
            self._fail(exc)
            return False
        self.text.setPlainText(text)
        self.source_name = path.name
        return self.parse_text()

    def parse_text(self) -> bool:
        year = None if self.year.value() == AUTO_YEAR else self.year.value()
        try:
            text, name = self.text.toPlainText(), self.source_name or self.tr("粘贴的通知文字")
            preview = preview_notice(self.ws, text, name, year)
        except Exception as exc:
            self._fail(exc)
            return False
        self.show_preview(preview)
        return True

    def _fail(self, exc: Exception) -> None:
        self.show_preview(None)
        self.status.setText(error_message(exc))
        self.status.setStyleSheet(WARNING_STYLE)
        if not isinstance(exc, DomainError):  # a bug, not a notice the app cannot read: the usual dialog
            self.failed.emit(exc)

    def show_preview(self, preview: NoticePreview | None) -> None:
        self.preview = preview
        self.status.setText("")
        self.status.setStyleSheet("")
        self.save_button.setEnabled(preview is not None)
        if preview is None:
            self.summary.setText(self.tr("解析后，这里列出该年的放假日和调休上班日，请核对后保存。"))
            self.items_model.set_rows([])
            self._show_differences(None)
            return
        notice = preview.notice
        self.summary.setText(
            self.tr("%1 年节假日安排（%2）：放假 %3 天，调休上班 %4 天。请与通知核对。")
            .replace("%1", str(notice.year))
            .replace("%2", preview.source_name)
            .replace("%3", str(len(notice.holidays)))
            .replace("%4", str(len(notice.workdays)))
        )
        self.items_model.set_rows(
            [
                (
                    holiday_name(item.name),
                    spans_text(item.off_days),
                    len(item.off_days),
                    joined([day_text(d) for d in item.worked]),
                )
                for item in notice.items
            ]
        )
        self.items_table.resizeRowsToContents()
        self._show_differences(preview)
        warnings = [in_language(w, ui_language()) for w in notice.warnings]
        if warnings:
            self.status.setText("\n".join(warnings))

    def _show_differences(self, preview: NoticePreview | None) -> None:
        differences = preview.differences if preview is not None else []
        self.differences_table.setVisible(bool(differences))
        self.differences_label.setVisible(preview is not None)
        if preview is None:
            return
        built_in = preview.current_source == BUILT_IN
        current = self.tr("内置日历") if built_in else self.tr("已导入的通知")
        self.differences_model.set_headers([self.tr("日期"), self.tr("通知"), current])
        if preview.current_source is None:
            text = self.tr("日历中还没有 %1 年，保存后按此通知计算。").replace("%1", str(preview.year))
        elif differences and built_in:
            text = self.tr("通知与内置日历有 %1 天不同，保存后以通知为准：").replace(
                "%1", str(len(differences))
            )
        elif differences:
            text = self.tr("通知与先前导入的通知有 %1 天不同，保存后以新通知为准：").replace(
                "%1", str(len(differences))
            )
        elif built_in:
            text = self.tr("通知与内置日历一致。")
        else:
            text = self.tr("通知与先前导入的通知一致。")
        self.differences_label.setText(text)
        self.differences_label.setStyleSheet(WARNING_STYLE if differences else "")
        worked, off = self.tr("上班"), self.tr("休息")
        self.differences_model.set_rows(
            [
                (day_text(d.day), worked if d.new_worked else off, worked if d.current_worked else off)
                for d in differences
            ]
        )

    def save(self) -> bool:
        if self.preview is None:
            return False
        try:
            listing = save_notice(self.ws, self.preview, self.today())
        except Exception as exc:
            self._fail(exc)
            return False
        self.save_button.setEnabled(False)  # the table stays, as what was saved
        self.differences_label.setText("")
        self.differences_table.setVisible(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("已保存：%1 年按导入的通知计算。").replace("%1", str(listing.year)))
        self.refresh_state()
        self.saved.emit(listing.year)
        return True
