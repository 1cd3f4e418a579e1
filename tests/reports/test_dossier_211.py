"""The dossier PDF's 211 section: the decision's deadline (the earlier of the two counts), and a deadline in
a year without its holiday notice marked 日历未知, read back from the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop.services.calendar import preview_notice, save_notice
from desktop.services.demands import add_demand, record_acceptance
from desktop.services.printing import print_dossier
from desktop.services.workspace import Workspace
from tests.domain.notices import NOTICE_2027
from tests.factories import add_firm

TODAY = date(2026, 12, 3)


def _section(path: Path) -> str:
    text = "".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", "")
    return text[text.index("七、融资需求") : text.index("八、授信与贷款")]


def test_dossier_marks_a_deadline_into_an_unknown_year(workspace: Workspace, tmp_path: Path) -> None:
    workspace.clock = lambda: date(2026, 12, 31)
    uscc = add_firm(workspace)
    demand = add_demand(workspace, uscc, on=date(2026, 12, 30))
    record_acceptance(workspace, demand.id, date(2026, 12, 31), conditions_met_on=date(2026, 12, 30))
    before = tmp_path / "before.pdf"
    print_dossier(workspace, uscc, before, today=TODAY)
    section = _section(before)
    assert "审批（1日/合计2日）" in section
    assert section.count("期限 2027-01-04（日历未知）") == 2  # feedback and decision
    assert "期限 2026-12-31（日历未知）" not in section
    assert "标“日历未知”的时限计入了尚未导入节假日安排的年份" in section

    save_notice(workspace, preview_notice(workspace, NOTICE_2027), TODAY)
    after = tmp_path / "after.pdf"
    print_dossier(workspace, uscc, after, today=TODAY)
    section = _section(after)
    assert "日历未知" not in section and section.count("期限 2027-01-04") == 2


def test_dossier_decision_deadline_is_the_earlier_count(workspace: Workspace, tmp_path: Path) -> None:
    uscc = add_firm(workspace)
    demand = add_demand(workspace, uscc, on=date(2026, 2, 10))
    # Met Thu 2.12, accepted late on the worked Saturday 2.14: the decision is due that same day, not 2.24.
    record_acceptance(workspace, demand.id, date(2026, 2, 14), conditions_met_on=date(2026, 2, 12))
    out = tmp_path / "d.pdf"
    print_dossier(workspace, uscc, out, today=TODAY)
    section = _section(out)
    assert "逾期完成期限 2026-02-13" in section  # acceptance: met + 1
    assert "已逾期期限 2026-02-14" in section and "2026-02-24" not in section
