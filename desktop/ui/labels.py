"""Translated labels for the stable codes of the domain (stages, entity types, 211 steps, tiles).

Built on each call so a language switch applies; each string is a literal so pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.vocabulary import Vocabulary


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def stage_labels() -> dict[str, str]:
    return {
        "listed": _t("待对接"),
        "contacted": _t("已对接"),
        "demand": _t("有融资需求"),
        "cultivating": _t("培植中"),
        "credited": _t("已授信"),
        "first_loan": _t("已获首贷"),
        "partner": _t("伙伴客户"),
        "no_demand": _t("暂无需求"),
        "ineligible": _t("不符合条件"),
        "loan_elsewhere": _t("他行已获贷"),
        "closed": _t("注销吊销"),
    }


def entity_labels() -> dict[str, str]:
    return {
        "enterprise": _t("企业"),
        "individual": _t("个体工商户"),
        "cooperative": _t("农民专业合作社"),
        "other": _t("其他"),
    }


def step_labels() -> dict[str, str]:
    return {
        "feedback": _t("反馈意向（2个工作日）"),
        "accept": _t("正式受理（1个工作日）"),
        "decide": _t("审批决定（1个工作日）"),
    }


def step_status_labels() -> dict[str, str]:
    return {
        "not_started": _t("未开始"),
        "due": _t("待办"),
        "overdue": _t("已逾期"),
        "on_time": _t("按时完成"),
        "late": _t("逾期完成"),
    }


def tile_labels() -> dict[str, str]:
    return {
        "on_list": _t("名单内企业"),
        "contacted": _t("已走访对接"),
        "demand": _t("有融资需求"),
        "credited": _t("已授信"),
        "first_loans": _t("首贷户数"),
        "first_loan_amount": _t("首贷金额（万元）"),
    }


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return _t("是") if value else _t("否")


def label(mapping: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    return mapping.get(code, code)


def ui_language() -> str:
    """The language the app runs in ("zh_CN" or "en"), set on the application by desktop.ui.i18n."""
    app = QCoreApplication.instance()
    value = app.property("firstloan_language") if app is not None else None
    return str(value) if value else "zh_CN"


def vocab_label(vocabulary: Vocabulary, code: str | None) -> str:
    return vocabulary.en(code) if ui_language() == "en" else vocabulary.zh(code)


def vocab_list(vocabulary: Vocabulary, codes: list[str] | None) -> str:
    return "、".join(vocab_label(vocabulary, c) for c in codes or [])
