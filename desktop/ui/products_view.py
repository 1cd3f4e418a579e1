"""首贷专属产品: the catalogue (a table) and the form of the product selected — add, change with a reason,
void — and printing the published 授信清单, over services/products.py and product_sheet.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.money import format_wan
from desktop.domain.products import guarantees_text, rate_range, term_range
from desktop.domain.vocabulary import GUARANTEE_KINDS
from desktop.services.jobs import CancelToken, ProgressCallback
from desktop.services.products import (
    ProductInput,
    ProductView,
    add_product,
    edit_product,
    list_products,
    void_product,
)
from desktop.services.workspace import Workspace
from desktop.ui.dialogs.pdf_job import PdfJob
from desktop.ui.errors import error_message, ui_language
from desktop.ui.labels import vocab_label, yes_no
from desktop.ui.models.records_model import RecordsModel, records_table


def _text(value: object) -> str:
    return "" if value is None else str(value)


class ProductsPanel(QWidget):
    failed = Signal(object)
    changed = Signal()

    def __init__(self, ws: Workspace, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.products: list[ProductView] = []
        self.selected: ProductView | None = None
        self.printer: PdfJob | None = None
        self.model = RecordsModel(
            [
                self.tr("产品名称"),
                self.tr("利率区间"),
                self.tr("期限"),
                self.tr("担保方式"),
                self.tr("是否信用"),
                self.tr("适用对象"),
                self.tr("最高额度"),
            ]
        )
        self.table = records_table(self.model, "productsTable")
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.name = QLineEdit()
        self.name.setObjectName("productName")
        self.eligibility = QPlainTextEdit()
        self.eligibility.setObjectName("productEligibility")
        self.eligibility.setMaximumHeight(60)
        self.rate_min, self.rate_max = QLineEdit(), QLineEdit()
        self.rate_min.setObjectName("productRateMin")
        self.rate_max.setObjectName("productRateMax")
        self.term_min, self.term_max = QLineEdit(), QLineEdit()
        self.term_max.setObjectName("productTermMax")
        self.max_amount = QLineEdit()
        self.audience = QLineEdit()
        self.audience.setObjectName("productAudience")
        self.launched_known = QCheckBox(self.tr("列为当月创新产品"))
        self.launched_known.setToolTip(self.tr("推出当月的月度材料列为创新产品"))
        self.launched = QDateEdit()
        self.launched.setDisplayFormat("yyyy-MM-dd")
        self.launched.setCalendarPopup(True)
        self.guarantees = {t.code: QCheckBox(vocab_label(GUARANTEE_KINDS, t.code)) for t in GUARANTEE_KINDS}
        self.reason = QLineEdit()
        self.reason.setObjectName("productReason")
        self.reason.setPlaceholderText(self.tr("修改或作废时必填"))
        self.message = QLabel()
        self.message.setObjectName("productMessage")
        self.message.setWordWrap(True)
        self.new_button = QPushButton(self.tr("新建"))
        self.save_button = QPushButton(self.tr("保存产品"))
        self.save_button.setObjectName("saveProduct")
        self.void_button = QPushButton(self.tr("作废"))
        self.void_button.setObjectName("voidProduct")
        self.print_button = QPushButton(self.tr("打印授信清单…"))
        self.print_button.setObjectName("printProducts")
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self.save)
        self.void_button.clicked.connect(self.void)
        self.print_button.clicked.connect(self.print_list)
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("产品名称"), self.name)
        form.addRow(self.tr("准入条件"), self.eligibility)
        rates = QHBoxLayout()
        for label, edit in ((self.tr("从"), self.rate_min), (self.tr("到"), self.rate_max)):
            rates.addWidget(QLabel(label))
            rates.addWidget(edit)
        form.addRow(self.tr("年利率区间（%）"), rates)
        terms = QHBoxLayout()
        for label, edit in ((self.tr("从"), self.term_min), (self.tr("到"), self.term_max)):
            terms.addWidget(QLabel(label))
            terms.addWidget(edit)
        form.addRow(self.tr("期限（月）"), terms)
        boxes = QGridLayout()
        for n, box in enumerate(self.guarantees.values()):
            boxes.addWidget(box, n // 2, n % 2)
        form.addRow(self.tr("担保方式"), boxes)
        form.addRow(self.tr("适用对象"), self.audience)
        form.addRow(self.tr("最高额度（万元）"), self.max_amount)
        launched = QHBoxLayout()
        launched.addWidget(self.launched_known)
        launched.addWidget(self.launched)
        form.addRow(self.tr("推出日期"), launched)
        form.addRow(self.tr("修改原因"), self.reason)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.void_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.message)
        editor_layout.addLayout(buttons)
        editor_layout.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        top = QHBoxLayout()
        caption = QLabel(self.tr("本行首贷专属产品目录（“是否信用”按担保方式含“信用”判断）"))
        caption.setWordWrap(True)
        top.addWidget(caption, 1)
        top.addWidget(self.print_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setSizes([620, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        self.products = list_products(self.ws)
        en = ui_language() == "en"
        self.model.set_rows(
            [
                (
                    p.name,
                    rate_range(p.rate_min, p.rate_max, en=en),
                    term_range(p.term_min_months, p.term_max_months, en=en),
                    guarantees_text(p.guarantees, en=en),
                    yes_no(p.is_credit),
                    p.audience,
                    format_wan(p.max_amount),
                )
                for p in self.products
            ]
        )
        self.clear_form()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.products):
            return
        p = self.selected = self.products[rows[0].row()]
        self.name.setText(p.name)
        self.eligibility.setPlainText(p.eligibility or "")
        for edit, value in (
            (self.rate_min, p.rate_min),
            (self.rate_max, p.rate_max),
            (self.term_min, p.term_min_months),
            (self.term_max, p.term_max_months),
            (self.max_amount, p.max_amount),
        ):
            edit.setText(_text(value))
        self.audience.setText(p.audience or "")
        for code, box in self.guarantees.items():
            box.setChecked(code in p.guarantees)
        self.launched_known.setChecked(p.launched_on is not None)
        on = p.launched_on or self.today()
        self.launched.setDate(QDate(on.year, on.month, on.day))
        self.void_button.setEnabled(True)
        self._say("")

    def clear_form(self) -> None:
        self.selected = None
        self.table.clearSelection()
        for edit in (
            self.name,
            self.rate_min,
            self.rate_max,
            self.term_min,
            self.term_max,
            self.max_amount,
            self.audience,
            self.reason,
        ):
            edit.clear()
        self.eligibility.clear()
        for box in self.guarantees.values():
            box.setChecked(False)
        self.launched_known.setChecked(False)
        now = self.today()
        self.launched.setDate(QDate(now.year, now.month, now.day))
        self.void_button.setEnabled(False)

    def form_input(self) -> ProductInput:
        launched = self.launched.date()
        return ProductInput(
            name=self.name.text(),
            eligibility=self.eligibility.toPlainText(),
            rate_min=self.rate_min.text() or None,
            rate_max=self.rate_max.text() or None,
            term_min_months=self.term_min.text() or None,
            term_max_months=self.term_max.text() or None,
            guarantees=[code for code, box in self.guarantees.items() if box.isChecked()],
            audience=self.audience.text(),
            max_amount=self.max_amount.text() or None,
            launched_on=date(launched.year(), launched.month(), launched.day())
            if self.launched_known.isChecked()
            else None,
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #2e7d32;")

    def save(self) -> None:
        data = self.form_input()
        try:
            if self.selected is None:
                add_product(self.ws, data)
            else:
                changes = {k: getattr(data, k) for k in data.__dataclass_fields__ if k != "note"}
                edit_product(self.ws, self.selected.id, changes, self.reason.text())
        except DomainError as exc:
            self._say(error_message(exc), error=True)
            return
        self.refresh()
        self._say(self.tr("已保存"))
        self.changed.emit()

    def void(self) -> None:
        if self.selected is None:
            return
        try:
            void_product(self.ws, self.selected.id, self.reason.text())
        except DomainError as exc:
            self._say(error_message(exc), error=True)
            return
        self.refresh()
        self._say(self.tr("已作废"))
        self.changed.emit()

    def print_list(self) -> None:
        def writer(out: Path, _progress: ProgressCallback, _cancel: CancelToken) -> object:
            from desktop.services.product_sheet import print_products

            return print_products(self.ws, out, today=self.today())

        self.printer = PdfJob(self)
        self.printer.failed.connect(self.failed)
        self.printer.write(
            self.tr("打印首贷专属产品授信清单"), Path.home() / "首贷专属产品授信清单.pdf", writer
        )
