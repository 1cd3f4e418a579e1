"""What changed between two versions of a plan, in words."""

from __future__ import annotations

from desktop.domain.plan_diff import plan_changes

V1 = {
    "diagnosis": ["no_collateral"],
    "measures": ["gov_guarantee"],
    "target_amount": "100",
    "tasks": [{"title": "收集资料", "due": "2026-03-10", "owner": "王芳", "done": True},
              {"title": "推荐担保公司", "due": "2026-03-20", "owner": None, "done": False}],
}  # fmt: skip


def test_first_same_and_changed_versions() -> None:
    assert [str(c) for c in plan_changes(None, V1)] == ["第一版方案"]
    assert [str(c) for c in plan_changes(V1, V1)] == ["与上一版相同"]
    v2 = {
        "diagnosis": ["no_collateral", "irregular_finance"],
        "measures": ["insurance"],
        "target_amount": "120",
        "tasks": [{"title": "推荐担保公司", "due": "2026-03-25", "owner": "企业", "done": False},
                  {"title": "财务辅导", "due": None, "owner": None, "done": False}],
    }  # fmt: skip
    changes = plan_changes(V1, v2)
    assert [str(c) for c in changes] == [
        "诊断：新增 财务不规范",
        "措施：新增 保证保险",
        "措施：去掉 政府性融资担保",
        "目标金额（万元）：100 → 120",
        "新增任务“财务辅导”",
        "任务“推荐担保公司”期限：2026-03-20 → 2026-03-25",
        "任务“推荐担保公司”负责人：（空） → 企业",
    ]  # the done task of version 1 stays with it: not "dropped"
    assert changes[0].en == "Diagnosis: added Irregular accounts"
