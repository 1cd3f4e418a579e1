"""What the firm table does with its rows: the right-click menu (open, record a visit, a demand, print the
dossier, assign an officer, add a tag, mark an exit) and the batch actions on a selection (assign an
officer, set the county, add a tag, print the dossiers, export).

A batch change is one service call — one transaction for the whole selection — asked first with the number
of firms it affects, and run behind a progress dialog. The one-firm actions open the firm pane's own dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from desktop.domain.stages import Stage
from desktop.domain.vocabulary import POLICY_TAGS
from desktop.services.dossiers import add_policy_tags
from desktop.services.firm_edit import assign_officer, set_county
from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.view_export import export_firm_view
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.pdf_job import PdfJob
from desktop.ui.dialogs.stage_dialog import StageDialog
from desktop.ui.labels import vocab_label
from desktop.ui.prefs import save_path

if TYPE_CHECKING:
    from desktop.ui.firms_view import FirmsView

# A batch change of more firms than this is a mistake of the selection (Ctrl+A over a province's list).
MAX_BATCH = 20_000
PRINT_LIMIT = 500


class ExitDialog(StageDialog):
    """标记退出: the stage dialog offering only the exits (暂无需求, 不符合条件, 他行已获贷, 注销吊销)."""

    def __init__(
        self, ws: Workspace, uscc: str, current: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, uscc, current, today, parent)
        self.setWindowTitle(self.tr("标记退出"))
        for index in reversed(range(self.target.count())):
            code = self.target.itemData(index)
            if code is None or not Stage(str(code)).is_exit:
                self.target.removeItem(index)


class SelectionPrinter(PdfJob):
    """The dossiers of the selected firms, in the table's order, into one PDF."""

    def __init__(self, ws: Workspace, usccs: Sequence[str], today: date, parent: QWidget) -> None:
        super().__init__(parent, ws.data_dir)
        self.ws, self.usccs, self.today = ws, list(usccs), today

    def start(self) -> None:
        ws, usccs, today = self.ws, self.usccs, self.today

        def writer(out: Path, progress: ProgressCallback, cancel: CancelToken) -> object:
            from desktop.services.printing import print_dossiers  # (reportlab loads when used)

            return print_dossiers(ws, out, usccs=usccs, today=today, progress=progress, cancel=cancel)

        name = self.tr("一企一档-%1户.pdf").replace("%1", str(len(usccs)))
        self.write(self.tr("打印所选企业的一企一档"), Path.home() / name, writer)


class FirmActions(QObject):
    changed = Signal()  # firms were changed: the table reads them again
    told = Signal(str)  # a line for the table's status (what a batch action did)

    def __init__(self, view: FirmsView) -> None:
        super().__init__(view)
        self.view = view
        self.printer: PdfJob | None = None
        self.menu: QMenu | None = None
        self.last_export: Path | None = None

    @property
    def ws(self) -> Workspace:
        return self.view.ws

    # -- the right-click menu ---------------------------------------------------------------------

    def row_menu(self) -> QMenu:
        """The menu for the selected rows (one firm: its actions; several: the batch actions)."""
        usccs = self.view.selected_usccs()
        single = len(usccs) == 1
        detail = self.view.detail
        menu = QMenu(self.view)
        menu.setObjectName("firmRowMenu")
        entries: list[tuple[str, Callable[[], object], bool]] = [
            (self.tr("打开"), self.view.show_detail, single),
            (self.tr("记录走访…"), detail.visit_button.click, single),
            (self.tr("登记需求…"), detail.demand_button.click, single),
            (self.tr("打印档案…"), self.print_selection, bool(usccs)),
        ]
        for text, slot, enabled in entries:
            menu.addAction(text, slot).setEnabled(enabled)
        menu.addSeparator()
        batch: list[tuple[str, Callable[[], object]]] = [
            (self.tr("分配客户经理…"), self.assign_officer),
            (self.tr("设置县区…"), self.set_county),
            (self.tr("添加政策标签…"), self.add_tag),
        ]
        for text, slot in batch:
            menu.addAction(text, slot).setEnabled(bool(usccs))
        menu.addAction(self.tr("标记退出…"), self.mark_exit).setEnabled(single)
        menu.addSeparator()
        menu.addAction(self.tr("复制"), self.copy_rows).setEnabled(bool(usccs))
        menu.addAction(self.tr("导出所选企业…"), lambda: self.export(selection=True)).setEnabled(bool(usccs))
        menu.addAction(self.tr("导出当前视图…"), self.export)
        self.menu = menu
        return menu

    # -- one firm ---------------------------------------------------------------------------------

    def mark_exit(self) -> None:
        detail = self.view.detail.detail
        if detail is None:
            return
        firm = detail.firm
        self.view.detail._open(
            ExitDialog(self.ws, firm.uscc, firm.stage, self.view.today(), self.view.detail)
        )

    # -- the selection ----------------------------------------------------------------------------

    def _batch(self) -> list[str] | None:
        usccs = self.view.selected_usccs()
        if not usccs:
            return None
        if len(usccs) > MAX_BATCH:
            QMessageBox.information(
                self.view,
                self.tr("批量操作"),
                self.tr("一次最多处理 %1 家企业，请用筛选缩小范围。").replace("%1", f"{MAX_BATCH:,}"),
            )
            return None
        return usccs

    def _pick(self, title: str, prompt: str, items: list[str], editable: bool) -> str | None:
        value, ok = QInputDialog.getItem(self.view, title, prompt, items, 0, editable)
        return value.strip() if ok and value.strip() else None

    def assign_officer(self) -> None:
        usccs = self._batch()
        if usccs is None:
            return
        known = list(dict.fromkeys([self.ws.profile.officer, *self.view.officers]))
        title = self.tr("分配客户经理")
        officer = self._pick(title, self.tr("客户经理："), [o for o in known if o], editable=True)
        question = self.tr("把所选 %1 家企业分配给客户经理“%2”？")
        if officer and self.view.confirm(
            title, question.replace("%1", f"{len(usccs):,}").replace("%2", officer)
        ):
            self._run(title, lambda: assign_officer(self.ws, usccs, officer))

    def set_county(self) -> None:
        usccs = self._batch()
        if usccs is None:
            return
        title = self.tr("设置县区")
        county = self._pick(title, self.tr("县区："), self.view.counties, editable=True)
        question = self.tr("把所选 %1 家企业的县区设为“%2”？")
        if county and self.view.confirm(
            title, question.replace("%1", f"{len(usccs):,}").replace("%2", county)
        ):
            self._run(title, lambda: set_county(self.ws, usccs, county))

    def add_tag(self) -> None:
        usccs = self._batch()
        if usccs is None:
            return
        title = self.tr("添加政策标签")
        labels = {vocab_label(POLICY_TAGS, t.code): t.code for t in POLICY_TAGS}
        chosen = self._pick(title, self.tr("政策标签："), list(labels), editable=False)
        question = self.tr("为所选 %1 家企业添加政策标签“%2”？")
        if chosen and self.view.confirm(
            title, question.replace("%1", f"{len(usccs):,}").replace("%2", chosen)
        ):
            self._run(title, lambda: add_policy_tags(self.ws, usccs, [labels[chosen]]))

    def _run(self, title: str, change: Callable[[], int]) -> None:
        """One transaction for the whole selection: it cannot stop halfway, so no Cancel."""

        def done(result: object) -> None:
            self.told.emit(self.tr("%1：已更改 %2 家企业").replace("%1", title).replace("%2", str(result)))
            self.changed.emit()

        self.view.run_job(title, lambda _progress, _cancel: change(), done, cancellable=False)

    def print_selection(self) -> None:
        usccs = self.view.selected_usccs()
        if len(usccs) == 1:
            self.view.detail.print_button.click()
            return
        if len(usccs) > PRINT_LIMIT:
            QMessageBox.information(
                self.view,
                self.tr("打印档案"),
                self.tr("一次最多打印 %1 家企业的档案。").replace("%1", str(PRINT_LIMIT)),
            )
            return
        if usccs:
            self.printer = SelectionPrinter(self.ws, usccs, self.view.today(), self.view)
            self.printer.failed.connect(self.view.failed)
            self.printer.start()

    def copy_rows(self) -> None:
        """The selected rows' shown columns as tab-separated text (pastes into Excel or WPS as cells)."""
        keys = self.view.columns.keys_shown()
        rows = self.view.selected_rows()
        lines = ["\t".join(self.view.model.row_texts(row, keys)) for row in rows[:MAX_BATCH]]
        QGuiApplication.clipboard().setText("\n".join(lines))

    # -- export -------------------------------------------------------------------------------------

    def export(self, selection: bool = False) -> None:
        """导出当前视图 (or only the selected firms): the rows and the shown columns, as on screen."""
        usccs = self.view.selected_usccs() if selection else None
        title = self.tr("导出当前视图")
        name = self.tr("企业列表-%1.xlsx").replace("%1", self.view.today().isoformat())
        out = save_path(
            self.view, self.ws.data_dir, "export", title, name, self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx"
        )
        if out is None:
            return
        ws, query, today = self.ws, self.view.model.query, self.view.today()
        keys = self.view.columns.keys_shown()
        cells = self.view.model.cells
        header = [cells.titles[k] for k in keys]

        def job(progress: ProgressCallback, cancel: CancelToken) -> int:
            return export_firm_view(
                ws,
                query,
                out,
                header=header,
                cells=lambda firm, facts: cells.row(firm, facts, keys),
                today=today,
                usccs=usccs,
                widths=[max(8.0, self.view.columns.width_of(k) / 7) for k in keys],
                progress=progress,
                cancel=cancel,
            )

        def done(count: object) -> None:
            self.last_export = out
            self.told.emit(self.tr("已导出 %1 家企业：%2").replace("%1", str(count)).replace("%2", str(out)))

        self.view.run_job(
            title, job, done, cancelled=lambda: self.told.emit(self.tr("已取消导出，没有写入文件"))
        )

    def open_export_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))
