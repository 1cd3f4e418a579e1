"""Programme activities (seed 003: 专题宣讲, 银企首贷专场融资对接会, "一对一"培植帮扶; seed 001: 宣传推广):
their kinds, which monthly summary each feeds, and how a list of firms is typed.

A firm that took part in an activity was contacted (已对接): the activity is the contact's mode.
"""

from __future__ import annotations

import re

from desktop.domain.vocabulary import Term, Vocabulary

ACTIVITY_KINDS = Vocabulary(
    "活动类型",
    (
        Term("talk", "宣讲会", "Policy talk"),
        Term("fair", "融资对接会", "Financing fair"),
        Term("mentoring", "一对一帮扶", "One-to-one mentoring"),
        Term("training", "培训", "Training"),
        Term("other", "其他", "Other"),
    ),
    title_en="Activity kind",
)

# The monthly materials of seed 003 (宣传活动总结, 帮扶活动总结): which kinds each one summarises.
# 宣讲 and 培训 spread the policy (seed 003 六(三) 加强宣传); 对接会 and 一对一 help firms to a loan
# (六(四) 搭建平台 促进银企融资对接, 六(五) 一对一培植帮扶). "Other" activities are reported as 宣传.
PUBLICITY = "publicity"
MENTORING = "mentoring"
SUMMARY_KINDS: dict[str, tuple[str, ...]] = {
    PUBLICITY: ("talk", "training", "other"),
    MENTORING: ("fair", "mentoring"),
}
SUMMARY_TITLES = {
    PUBLICITY: ("宣传活动总结", "Publicity summary"),
    MENTORING: ("帮扶活动总结", "Mentoring summary"),
}

ATTACHMENT_KINDS = Vocabulary(
    "活动附件类型",
    (
        Term("photo", "照片", "Photo"),
        Term("sign_in", "签到表", "Sign-in sheet"),
        Term("document", "文件", "Document"),
    ),
    title_en="Activity attachment kind",
)

_SEPARATORS = re.compile(r"[,，、;；\n]+")


def split_firm_refs(text: str) -> list[str]:
    """``--firms U1,U2`` (or 、/，/; between them): each credit code or firm name, trimmed, once, in order."""
    return list(dict.fromkeys(part.strip() for part in _SEPARATORS.split(text) if part.strip()))


def summary_of(kind: str) -> str:
    """The monthly summary an activity of ``kind`` is reported in."""
    return next((section for section, kinds in SUMMARY_KINDS.items() if kind in kinds), PUBLICITY)
