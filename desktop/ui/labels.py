"""Translated labels for the stable codes of the domain (stages, entity types, 211 steps, tiles).

Built on each call so a language switch applies; each string is a literal so pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.vocabulary import Vocabulary


def stage_labels() -> dict[str, str]:
    return {
        "listed": QCoreApplication.translate("labels", "待对接"),
        "contacted": QCoreApplication.translate("labels", "已对接"),
        "demand": QCoreApplication.translate("labels", "有融资需求"),
        "cultivating": QCoreApplication.translate("labels", "培植中"),
        "credited": QCoreApplication.translate("labels", "已授信"),
        "first_loan": QCoreApplication.translate("labels", "已获首贷"),
        "partner": QCoreApplication.translate("labels", "伙伴客户"),
        "no_demand": QCoreApplication.translate("labels", "暂无需求"),
        "ineligible": QCoreApplication.translate("labels", "不符合条件"),
        "loan_elsewhere": QCoreApplication.translate("labels", "他行已获贷"),
        "closed": QCoreApplication.translate("labels", "注销吊销"),
    }


def entity_labels() -> dict[str, str]:
    return {
        "enterprise": QCoreApplication.translate("labels", "企业"),
        "individual": QCoreApplication.translate("labels", "个体工商户"),
        "cooperative": QCoreApplication.translate("labels", "农民专业合作社"),
        "other": QCoreApplication.translate("labels", "其他"),
    }


def step_labels() -> dict[str, str]:
    return {
        "feedback": QCoreApplication.translate("labels", "反馈意向（2个工作日）"),
        "accept": QCoreApplication.translate("labels", "正式受理（1个工作日）"),
        "decide": QCoreApplication.translate("labels", "审批决定（1个工作日）"),
    }


def step_status_labels() -> dict[str, str]:
    return {
        "not_started": QCoreApplication.translate("labels", "未开始"),
        "due": QCoreApplication.translate("labels", "待办"),
        "overdue": QCoreApplication.translate("labels", "已逾期"),
        "on_time": QCoreApplication.translate("labels", "按时完成"),
        "late": QCoreApplication.translate("labels", "逾期完成"),
    }


def tile_labels() -> dict[str, str]:
    return {
        "on_lists": QCoreApplication.translate("labels", "名单内企业"),
        "contacted": QCoreApplication.translate("labels", "已走访对接"),
        "with_demand": QCoreApplication.translate("labels", "有融资需求"),
        "credited": QCoreApplication.translate("labels", "已授信"),
        "first_loan_firms": QCoreApplication.translate("labels", "首贷户数"),
        "first_loan_amount": QCoreApplication.translate("labels", "首贷金额（万元）"),
    }


def key_source_labels() -> dict[str, str]:
    return {
        "env": QCoreApplication.translate("labels", "环境变量 FIRSTLOAN_DB_KEY"),
        "keyring": QCoreApplication.translate("labels", "系统钥匙串"),
        "file": QCoreApplication.translate("labels", "密钥文件（保护较弱）"),
    }


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("labels", "是") if value else QCoreApplication.translate("labels", "否")


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
