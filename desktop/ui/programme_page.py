"""设置 → 项目: the programme profile — which seed's 首贷 rule, deadlines, subsidy and default targets apply,
with the settings the officer may change; saving judges every firm's loans again on a worker with progress
and Cancel. ``rederive_if_needed`` does that once at start when the stored verdicts predate the rule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.banks import BANK_KINDS
from desktop.domain.programmes import (
    CODES,
    DISCOUNT,
    PERSONAL_BUSINESS,
    PROGRAMMES,
    TESTS,
    Programme,
    target_json,
)
from desktop.services.jobs import Cancelled, CancelToken, ProgressCallback
from desktop.services.programme_profile import current_programme, needs_rederive
from desktop.services.programme_setup import (
    ProgrammeChange,
    Rederived,
    firms_with_loans,
    rederive_first_loans,
    set_programme,
)
from desktop.services.workspace import Workspace
from desktop.ui.labels import ui_language, vocab_label
from desktop.ui.worker import ProgressRunner


def programme_names() -> dict[str, str]:
    english = ui_language() == "en"
    return {code: PROGRAMMES[code].name_en if english else PROGRAMMES[code].name_zh for code in CODES}


class ProgrammePage(QWidget):
    failed = Signal(object)
    changed = Signal(object)  # ProgrammeChange

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner: ProgressRunner | None = None
        self.choice = QComboBox()
        self.choice.setObjectName("programmeChoice")
        for code, name in programme_names().items():
            self.choice.addItem(name, code)
        self.choice.currentIndexChanged.connect(lambda _i: self._show(self._chosen_base()))
        self.summary = QTextBrowser()
        self.summary.setObjectName("programmeSummary")
        self.summary.setOpenLinks(False)

        settings = self._settings_box()
        self.custom_box = self._custom_settings()

        self.save_button = QPushButton(self.tr("保存项目口径"))
        self.save_button.setObjectName("saveProgramme")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("programmeStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("项目口径")))
        top.addWidget(self.choice, 1)
        right = QVBoxLayout()
        right.addWidget(settings)
        right.addWidget(self.custom_box)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.summary, 3)
        row.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        layout.addLayout(bottom)
        self.load()

    # -- building ----------------------------------------------------------------------------------

    def _settings_box(self) -> QGroupBox:
        """What every programme lets the officer change: N of 忻州's test, the 首贷率 targets, whether the
        bank is in 新乡 (the subsidy), the programme-period target."""
        self.lookback = QSpinBox()
        self.lookback.setObjectName("programmeLookback")
        self.lookback.setRange(1, 30)
        self.lookback.setSuffix(self.tr(" 年"))
        self.rate_floor = self._rate("programmeRateFloor")
        self.rate_goal = self._rate("programmeRateGoal")
        self.local_bank = QComboBox()
        self.local_bank.setObjectName("programmeLocalBank")
        for value, text in ((None, self.tr("按用户资料判断")), (True, self.tr("是")), (False, self.tr("否"))):
            self.local_bank.addItem(text, value)
        self.target_loans = QSpinBox()
        self.target_loans.setObjectName("programmeTargetLoans")
        self.target_loans.setRange(0, 10_000_000)
        self.target_loans.setSpecialValueText(self.tr("未设"))
        self.target_amount = QDoubleSpinBox()
        self.target_amount.setObjectName("programmeTargetAmount")
        self.target_amount.setRange(0, 1e9)
        self.target_amount.setDecimals(2)
        self.target_amount.setSuffix(self.tr(" 万元"))
        self.target_amount.setSpecialValueText(self.tr("未设"))
        settings = QGroupBox(self.tr("可调整的设置"))
        form = QFormLayout(settings)
        form.addRow(self.tr("征信回溯年数（近 N 年内无贷款）"), self.lookback)
        form.addRow(self.tr("首贷率目标：确保 / 力争"), self._pair(self.rate_floor, self.rate_goal))
        form.addRow(self.tr("本行为驻新银行机构（补贴）"), self.local_bank)
        form.addRow(
            self.tr("项目期内目标：首贷户数 / 金额"), self._pair(self.target_loans, self.target_amount)
        )
        return settings

    @staticmethod
    def _rate(name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(0, 100)
        box.setDecimals(1)
        box.setSuffix(" %")
        box.setSpecialValueText("—")
        return box

    @staticmethod
    def _pair(a: QWidget, b: QWidget) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(a)
        layout.addWidget(b)
        return holder

    def _custom_settings(self) -> QGroupBox:
        box = QGroupBox(self.tr("自定义口径"))
        self.test = QComboBox()
        self.test.setObjectName("programmeTest")
        names = {
            "never_loan_or_discount": self.tr("征信从未有过贷款或票据贴现记录"),
            "no_loan_record": self.tr("首次获得贷款（征信无贷款记录）"),
            "no_loan_within_years": self.tr("征信近 N 年内无贷款记录"),
        }
        for code in TESTS:
            self.test.addItem(names[code], code)
        self.discount = QComboBox()
        self.discount.setObjectName("programmeDiscount")
        discounts = {
            "first": self.tr("计为首贷"),
            "blocks": self.tr("不计为首贷，其后也不算"),
            "ignored": self.tr("不视为贷款"),
        }
        for code in DISCOUNT:
            self.discount.addItem(discounts[code], code)
        self.personal = QComboBox()
        self.personal.setObjectName("programmePersonal")
        personal = {"individuals": self.tr("仅个体工商户"), "all": self.tr("含小微企业主")}
        for code in PERSONAL_BUSINESS:
            self.personal.addItem(personal[code], code)
        self.quarter_days = QSpinBox()
        self.quarter_days.setObjectName("programmeQuarterDays")
        self.quarter_days.setRange(0, 90)
        self.quarter_days.setSpecialValueText(self.tr("不报送"))
        self.half_year = QCheckBox(self.tr("名单每半年更新，提醒导入"))
        self.start = QDateEdit()
        self.start.setObjectName("programmeStart")
        self.start.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout(box)
        form.addRow(self.tr("征信认定"), self.test)
        form.addRow(self.tr("票据贴现"), self.discount)
        form.addRow(self.tr("个人经营性贷款"), self.personal)
        form.addRow(self.tr("季后报送天数"), self.quarter_days)
        form.addRow("", self.half_year)
        form.addRow(self.tr("项目开始日期"), self.start)
        return box

    # -- showing -------------------------------------------------------------------------------------

    def load(self) -> None:
        try:
            prog = current_programme(self.ws)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(self.choice.findData(prog.code))
        self.choice.blockSignals(False)
        self._show(prog)

    def _chosen_base(self) -> Programme:
        code = str(self.choice.currentData())
        stored = current_programme(self.ws)
        return stored if stored.code == code else PROGRAMMES[code]

    def _show(self, prog: Programme) -> None:
        self.summary.setHtml(self._summary_html(prog))
        self.lookback.setValue(prog.lookback_years or 5)
        self.lookback.setEnabled(prog.test == "no_loan_within_years")
        self.rate_floor.setValue(float(prog.rate_floor or 0))
        self.rate_goal.setValue(float(prog.rate_goal or 0))
        self.local_bank.setCurrentIndex(self.local_bank.findData(prog.local_bank))
        self.local_bank.setEnabled(prog.subsidy is not None)
        city = next((t for t in prog.targets if t.scope_kind == "city"), None)
        self.target_loans.setValue(city.first_loans or 0 if city else 0)
        self.target_amount.setValue(float(city.amount or 0) if city else 0.0)
        custom = prog.code == "custom"
        self.custom_box.setVisible(custom)
        self.test.setCurrentIndex(self.test.findData(prog.test))
        self.discount.setCurrentIndex(self.discount.findData(prog.discount))
        self.personal.setCurrentIndex(self.personal.findData(prog.personal_business))
        self.quarter_days.setValue(prog.quarterly_due_days or 0)
        self.half_year.setChecked(prog.half_year_list)
        self.start.setDate(QDate(prog.start.year, prog.start.month, prog.start.day))

    def _summary_html(self, prog: Programme) -> str:
        language = ui_language()
        until = prog.end.isoformat() if prog.end else self.tr("至今")
        ledger = self.tr("次月 %1 日前报送").replace("%1", str(prog.ledger_day)) if prog.ledger_day else "—"
        quarter = "—"
        if prog.quarterly_due_days:
            quarter = self.tr("季后 %1 日内").replace("%1", str(prog.quarterly_due_days))
        rows = [
            (self.tr("文件"), prog.document or "—"),
            (self.tr("首贷口径"), prog.first_loan_text(language)),
            (self.tr("项目期间"), f"{prog.start.isoformat()} — {until}"),
            (self.tr("月度台帐"), ledger),
            (self.tr("季度报送"), quarter),
            (self.tr("名单更新"), self.tr("每半年一次（提醒导入）") if prog.half_year_list else "—"),
            (self.tr("首贷费用补贴"), self._subsidy_text(prog)),
        ]
        no_targets = self.tr("种子未设首贷目标")
        targets = (
            "".join(f"<li>{self._target_text(t)}</li>" for t in prog.targets) or f"<li>{no_targets}</li>"
        )
        seed_word = self.tr("种子 %1（原文）")
        sentences = "".join(
            f"<p><b>{seed_word.replace('%1', seed.code)}</b>：{text}</p>"
            for seed in prog.seed_texts
            for text in seed.sentences.values()
        )
        table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        heading = self.tr("默认目标")
        return f"<table cellpadding='3'>{table}</table><p><b>{heading}</b></p><ul>{targets}</ul>{sentences}"

    def _subsidy_text(self, prog: Programme) -> str:
        if prog.subsidy is None:
            return self.tr("无")
        years = ", ".join(f"{y}: {(r * 1000).normalize():f}‰" for y, r in prog.subsidy.rates.items())
        region = prog.subsidy.region_en if ui_language() == "en" else prog.subsidy.region
        return self.tr("驻%1银行机构，%2；后续年度另行研究制定").replace("%1", region).replace("%2", years)

    def _target_text(self, t: Any) -> str:
        data = target_json(t)
        parts = []
        if data["firms"]:
            parts.append(self.tr("培植 %1 户").replace("%1", str(data["firms"])))
        if data["first_loans"]:
            parts.append(self.tr("首贷 %1 户").replace("%1", str(data["first_loans"])))
        if data["amount"]:
            parts.append(self.tr("金额 %1 万元").replace("%1", data["amount"]))
        if data["scope_name"] == "*":
            scope = self.tr("每个县（市）")
        elif data["scope_kind"] == "city":
            scope = self.tr("全市")
        elif data["scope_kind"] == "bank_kind":
            scope = vocab_label(BANK_KINDS, data["scope_name"])
        else:
            scope = data["scope_name"]
        period = self.tr("项目期内") if data["period"] == "programme" else self.tr("每年")
        joined = self.tr("，").join(parts)
        return self.tr("%1（%2）：%3").replace("%1", scope).replace("%2", period).replace("%3", joined)

    # -- saving --------------------------------------------------------------------------------------

    def edits(self) -> dict[str, Any]:
        """The settings on screen as the service takes them."""
        code = str(self.choice.currentData())
        base = self._chosen_base()
        edits: dict[str, Any] = {}
        if base.test == "no_loan_within_years" or (
            code == "custom" and self.test.currentData() == "no_loan_within_years"
        ):
            edits["lookback_years"] = self.lookback.value()
        for key, box in (("rate_floor", self.rate_floor), ("rate_goal", self.rate_goal)):
            edits[key] = str(Decimal(str(box.value()))) if box.value() else None
        if base.subsidy is not None:
            edits["local_bank"] = self.local_bank.currentData()
        city = next((t for t in base.targets if t.scope_kind == "city"), None)
        loans, amount = self.target_loans.value() or None, Decimal(str(self.target_amount.value())) or None
        if city is not None or loans or amount:
            others = [target_json(t) for t in base.targets if t.scope_kind != "city"]
            period = city.period if city else "programme"
            edits["targets"] = [*others, {"scope_kind": "city", "scope_name": "全市", "period": period,
                                          "firms": None, "first_loans": loans, "amount": None if amount is None else str(amount)}]  # fmt: skip
        if code == "custom":
            d = self.start.date()
            edits |= {
                "test": self.test.currentData(),
                "discount": self.discount.currentData(),
                "personal_business": self.personal.currentData(),
                "quarterly_due_days": self.quarter_days.value() or None,
                "half_year_list": self.half_year.isChecked(),
                "start": date(d.year(), d.month(), d.day()).isoformat(),
            }
        return edits

    def save(self) -> None:
        code = str(self.choice.currentData())
        try:
            edits = self.edits()
        except Exception as exc:
            self.failed.emit(exc)
            return
        ws = self.ws

        def job(progress: ProgressCallback, cancel: CancelToken) -> ProgrammeChange:
            return set_programme(ws, code, edits, progress=progress, cancel=cancel)

        self.runner = ProgressRunner(self, self.tr("保存项目口径"), job)
        self.runner.done.connect(self._saved)
        self.runner.error.connect(self._failed)
        self.runner.start()

    def _saved(self, change: ProgrammeChange) -> None:
        self.status.setText(self._saved_text(change.rederived))
        self.load()
        self.changed.emit(change)

    def _saved_text(self, result: Rederived) -> str:
        if not result.firms:
            return self.tr("已保存")
        changed = sum(result.changed.values())
        return (
            self.tr("已保存；按新口径重新认定 %1 户的首贷，%2 笔认定有变化")
            .replace("%1", str(result.firms))
            .replace("%2", str(changed))
        )

    def _failed(self, exc: object) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("已取消，项目口径未改变"))
        else:
            self.failed.emit(exc)


def rederive_if_needed(parent: QWidget, ws: Workspace) -> ProgressRunner | None:
    """Judge every firm's loans by the stored programme's rule when the stored verdicts predate it (once
    after the upgrade that brought programmes): on a worker with progress; None when nothing is due."""
    try:
        if not needs_rederive(ws):
            return None
        if not firms_with_loans(ws):
            rederive_first_loans(ws)  # nothing to judge: just note the rule as applied
            return None
    except Exception:  # never stop the window from opening over this; the dashboard and report say so
        return None

    def job(progress: ProgressCallback, cancel: CancelToken) -> Rederived:
        return rederive_first_loans(ws, progress=progress, cancel=cancel)

    title = QCoreApplication.translate("ProgrammePage", "按项目口径重新认定首贷")
    runner = ProgressRunner(parent, title, job)
    runner.start()
    return runner
