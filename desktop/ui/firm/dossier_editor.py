"""一企一档 editing: the firm's own fields, every record field, the five criteria (yes / no / unknown with a
note) and the policy tags, as one form with 保存 / 取消. A field's problem is shown beside it and nothing is
saved; a save is one audited transaction (dossiers.update_dossier with the firm's fields)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError, in_language
from desktop.domain.vocabulary import CRITERIA, POLICY_TAGS
from desktop.reports.dossier_data import DossierData
from desktop.services.dossiers import COLUMNS, check_field, update_dossier
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.ui.errors import error_message, ui_language
from desktop.ui.firm.fields import ChoiceField, DateField, Field, LongTextField, TextField
from desktop.ui.labels import vocab_label

FIRM_FIELDS = ("name", "address", "county", "assigned_officer", "assigned_branch")


class DossierEditor(QWidget):
    """``saved`` carries the Outcome; ``dirty_changed`` says whether the form differs from what is stored."""

    saved = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, ws: Workspace, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.uscc = ""
        self.loaded: dict[str, Any] = {}
        self.fields: dict[str, Field] = {}
        self.criteria: dict[str, tuple[ChoiceField, QLineEdit]] = {}
        self.tags: dict[str, QCheckBox] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._firm_group())
        column.addWidget(self._profile_group())
        column.addWidget(self._credit_group())
        column.addWidget(self._criteria_group())
        column.addWidget(self._tags_group())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.completeness = QProgressBar()
        self.completeness.setObjectName("dossierCompleteness")
        self.completeness.setFormat(self.tr("档案完整度 %p%"))
        self.missing = QLabel()
        self.missing.setObjectName("dossierMissing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: gray;")
        self.error = QLabel()
        self.error.setObjectName("dossierError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("dossierSave")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setObjectName("dossierCancel")
        self.cancel_button.clicked.connect(self.cancel)
        bar = QHBoxLayout()
        bar.addWidget(self.completeness, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.missing)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        for field in self.fields.values():
            field.on_change(self._changed)
        self._set_dirty(False)

    # -- the form ----------------------------------------------------------------------------------------

    def _group(self, title: str, rows: list[tuple[str, str, Field]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for key, label, field in rows:
            self.fields[key] = field
            form.addRow(label, field)
        return box

    def _firm_group(self) -> QGroupBox:
        return self._group(
            self.tr("企业信息"),
            [
                ("name", self.tr("企业名称"), TextField("firmName")),
                ("address", self.tr("经营地址"), TextField("firmAddress")),
                ("county", self.tr("所属县（市、区）"), TextField("firmCounty")),
                ("assigned_officer", self.tr("客户经理"), TextField("firmOfficer")),
                ("assigned_branch", self.tr("网点"), TextField("firmBranch")),
            ],
        )

    def _profile_group(self) -> QGroupBox:
        return self._group(
            self.tr("经营情况"),
            [
                ("main_business", self.tr("主营业务"), TextField("dossierMainBusiness")),
                ("employees", self.tr("从业人数"), TextField("dossierEmployees")),
                ("annual_sales", self.tr("年销售收入（万元）"), TextField("dossierAnnualSales")),
                ("taxes_paid", self.tr("纳税额（万元）"), TextField("dossierTaxesPaid")),
                ("social_insurance_headcount", self.tr("社保缴纳人数"), TextField("dossierSocialInsurance")),
                ("utilities_note", self.tr("水电等替代数据"), LongTextField("dossierUtilities")),
                ("collateral", self.tr("抵押物情况"), LongTextField("dossierCollateral")),
                ("guarantee_options", self.tr("可提供的担保方式"), TextField("dossierGuarantees")),
                ("notes", self.tr("备注"), LongTextField("dossierNotes")),
            ],
        )

    def _yes_no(self, name: str) -> ChoiceField:
        return ChoiceField(name, [(self.tr("未知"), None), (self.tr("有"), True), (self.tr("无"), False)])

    def _credit_group(self) -> QGroupBox:
        today = self.today()
        return self._group(
            self.tr("征信情况"),
            [
                ("has_loan_record", self.tr("有无贷款记录"), self._yes_no("dossierLoanRecord")),
                ("has_discount_record", self.tr("有无票据贴现记录"), self._yes_no("dossierDiscountRecord")),
                ("credit_lookback_years", self.tr("查询年限"), TextField("dossierLookback")),
                (
                    "credit_query_date",
                    self.tr("查询日期"),
                    DateField("dossierQueryDate", today, self.tr("已查询")),
                ),
                (
                    "last_loan_settled",
                    self.tr("最近一笔贷款结清日期"),
                    DateField("dossierLastSettled", today, self.tr("有结清记录")),
                ),
            ],
        )

    def _criteria_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("五项筛选条件"))
        grid = QGridLayout(box)
        for row, term in enumerate(CRITERIA):
            choice = ChoiceField(
                f"criterion_{term.code}",
                [(self.tr("未知"), None), (self.tr("是"), True), (self.tr("否"), False)],
            )
            note = QLineEdit()
            note.setObjectName(f"criterionNote_{term.code}")
            note.setPlaceholderText(self.tr("说明"))
            choice.on_change(self._changed)
            note.textChanged.connect(lambda _t: self._changed())
            self.criteria[term.code] = (choice, note)
            grid.addWidget(QLabel(vocab_label(CRITERIA, term.code)), row, 0)
            grid.addWidget(choice, row, 1)
            grid.addWidget(note, row, 2)
        grid.setColumnStretch(2, 1)
        return box

    def _tags_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("政策标签"))
        grid = QGridLayout(box)
        for i, term in enumerate(POLICY_TAGS):
            check = QCheckBox(vocab_label(POLICY_TAGS, term.code))
            check.setObjectName(f"tag_{term.code}")
            check.toggled.connect(lambda _on: self._changed())
            self.tags[term.code] = check
            grid.addWidget(check, i // 3, i % 3)  # three a row: the English labels fit at 1366×768
        self.free_tags = QLineEdit()
        self.free_tags.setObjectName("freeTags")
        self.free_tags.setPlaceholderText(self.tr("自定义标签，用逗号分隔"))
        self.free_tags.textChanged.connect(lambda _t: self._changed())
        grid.addWidget(self.free_tags, (len(self.tags) + 2) // 3, 0, 1, 3)
        return box

    # -- loading, reading, saving ------------------------------------------------------------------------

    def load(self, d: DossierData) -> None:
        """Show what is stored for the firm (discarding anything typed)."""
        self.uscc = d.firm.uscc
        firm, dossier = d.firm, d.dossier
        for key in FIRM_FIELDS:
            self.fields[key].set_value(getattr(firm, key))
        for key, field in self.fields.items():
            if key not in FIRM_FIELDS:
                field.set_value(getattr(dossier, COLUMNS.get(key, key), None) if dossier else None)
            field.set_error(None)
        criteria = dict(dossier.criteria or {}) if dossier else {}
        notes = dict(dossier.criteria_notes or {}) if dossier else {}
        for code, (choice, note) in self.criteria.items():
            choice.set_value(criteria.get(code))
            note.setText(notes.get(code, ""))
        tags = set(dossier.policy_tags or []) if dossier else set()
        for code, check in self.tags.items():
            check.setChecked(code in tags)
        self.free_tags.setText("，".join(dossier.free_tags or []) if dossier else "")
        self.show_completeness(d)
        self.error.hide()
        self.loaded = self.values()
        self._set_dirty(False)

    def clear(self) -> None:
        """No firm shown: an empty form that cannot be saved."""
        self.uscc = ""
        for field in self.fields.values():
            field.set_value(None)
            field.set_error(None)
        for choice, note in self.criteria.values():
            choice.set_value(None)
            note.clear()
        for check in self.tags.values():
            check.setChecked(False)
        self.free_tags.clear()
        self.completeness.setValue(0)
        self.missing.clear()
        self.loaded = self.values()
        self._set_dirty(False)

    def show_completeness(self, d: DossierData) -> None:
        self.completeness.setValue(d.completeness.score)
        missing = [in_language(m, ui_language()) for m in d.completeness.missing]
        sep = ", " if ui_language() == "en" else "、"
        self.missing.setText(
            self.tr("待补充：%1").replace("%1", sep.join(missing)) if missing else self.tr("各项齐全")
        )

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {key: field.value() for key, field in self.fields.items()}
        out["criteria"] = {code: choice.value() for code, (choice, _note) in self.criteria.items()}
        out["criteria_notes"] = {code: note.text().strip() for code, (_c, note) in self.criteria.items()}
        out["policy_tags"] = sorted(code for code, check in self.tags.items() if check.isChecked())
        text = self.free_tags.text().replace("，", ",")
        out["free_tags"] = [t.strip() for t in text.split(",") if t.strip()]
        return out

    def is_dirty(self) -> bool:
        return bool(self.uscc) and self.values() != self.loaded

    def _changed(self) -> None:
        self._set_dirty(self.is_dirty())

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.cancel_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)

    def cancel(self) -> None:
        """Back to what is stored: the database is not touched."""
        if not self.uscc:
            return
        for key, field in self.fields.items():
            if key in self.loaded and key not in ("criteria", "criteria_notes", "policy_tags", "free_tags"):
                field.set_value(self.loaded[key])
            field.set_error(None)
        for code, (choice, note) in self.criteria.items():
            choice.set_value(self.loaded["criteria"][code])
            note.setText(self.loaded["criteria_notes"][code])
        for code, check in self.tags.items():
            check.setChecked(code in self.loaded["policy_tags"])
        self.free_tags.setText("，".join(self.loaded["free_tags"]))
        self.error.hide()
        self._set_dirty(False)

    def _checked(self, values: dict[str, Any]) -> bool:
        """Each changed field checked by the service's own rule; its problem shown beside it."""
        ok = True
        for key, field in self.fields.items():
            problem = None
            try:
                if key == "name":
                    if not values[key]:
                        raise DomainError(self.tr("企业名称不能为空"))
                elif key not in FIRM_FIELDS:
                    check_field(key, values[key], self.ws.today())
            except DomainError as exc:
                problem, ok = error_message(exc), False
            field.set_error(problem)
        return ok

    def save(self) -> bool:
        """Save what changed in one transaction; False (and the problems shown) when nothing was saved."""
        values = self.values()
        if not self.uscc or not self._checked(values):
            return False
        changed = {k: v for k, v in values.items() if v != self.loaded.get(k)}
        fields = {
            k: (v if v != "" else None)
            for k, v in changed.items()
            if k not in FIRM_FIELDS and k in self.fields
        }
        try:
            outcome: Outcome = update_dossier(
                self.ws,
                self.uscc,
                fields,
                criteria=values["criteria"] if "criteria" in changed else None,
                criteria_notes=values["criteria_notes"] if "criteria_notes" in changed else None,
                policy_tags=values["policy_tags"] if "policy_tags" in changed else None,
                free_tags=values["free_tags"] if "free_tags" in changed else None,
                firm_fields={k: v or None for k, v in changed.items() if k in FIRM_FIELDS} or None,
            )
        except DomainError as exc:  # a rule only the whole record can check: shown, nothing saved
            self.error.setText(error_message(exc))
            self.error.show()
            return False
        self.loaded = values
        self._set_dirty(False)
        self.saved.emit(outcome)
        return True
