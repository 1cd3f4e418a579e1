"""The printed dossier shows what the record holds: the 211 feedback's intent and conditions, the decision's
amount or reason, the credit report dates, criteria notes and free tags — and voided records struck through
with their reason, as the pane shows them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop.services.corrections import void_record
from desktop.services.demands import add_demand, record_acceptance, record_decision, record_feedback
from desktop.services.dossiers import update_dossier
from desktop.services.printing import print_dossier
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from tests.conftest import TODAY
from tests.factories import add_firm


def test_the_dossier_prints_the_211_content_and_voided_records(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    ws.clock = lambda: TODAY
    uscc = add_firm(ws)
    update_dossier(
        ws, uscc, {"credit_query_date": "2026-10-08", "last_loan_settled": "2023-05-01"},
        criteria={"premises": True}, criteria_notes={"premises": "自有门面"}, free_tags=["返乡创业"],
    )  # fmt: skip
    demand = add_demand(ws, uscc, on=date(2026, 11, 2), amount="100").id
    record_feedback(ws, demand, date(2026, 11, 3), intent=True, conditions=["补充流水", "提供担保人"])
    record_acceptance(ws, demand, date(2026, 11, 5), conditions_met_on=date(2026, 11, 4))
    record_decision(ws, demand, date(2026, 11, 6), "declined", decline_reason="经营流水不足")
    visit = add_visit(ws, uscc, VisitInput(date(2026, 11, 1), "site", "误记的走访")).id
    void_record(ws, "visit", visit, "走错企业")
    out = tmp_path / "d.pdf"
    print_dossier(ws, uscc, out, today=TODAY)
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages).replace("\n", "")
    for expected in (
        "初步意向：可以办理", "授信条件：补充流水；提供担保人", "不同意", "原因：经营流水不足",
        "征信查询日期", "2026-10-08", "2023-05-01", "固定经营场所：是（自有门面）", "返乡创业",
        "误记的走访", "（已作废：走错企业）",
    ):  # fmt: skip
        assert expected in text, expected
