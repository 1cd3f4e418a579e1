"""One hand-built year of cultivation with answers worked out by hand, for the figures, the ledger, the
dashboard and the report under each programme profile (tests/services/test_figures.py and others).

Firms (all on a list imported 2025-12-15 but G, found by the branch):

* A enterprise, 红旗区, 李明, clean report: visits 01-10 and 03-05, demand 03-06 (feedback 03-09, on time),
  credit 03-20 100 信用, loan 04-02 80 流动资金 on it.
* B individual, 卫滨区, 王芳, report not recorded: visit 02-01, credit 02-15 50 抵押, loan 02-20 30 个人经营性.
* C enterprise, 红旗区, 王芳, a loan settled 2019-06-30, report of 5 years: visit 05-10, credit 05-12 200 保证,
  loan 05-20 150.
* D enterprise, 卫滨区, 李明, clean: visit 05-20, credit 05-25 100 信用, 票据贴现 06-01 20, loan 07-01 60.
* E enterprise, 红旗区, 李明, clean: visit 03-01, moved to 他行已获贷 04-15 (工行), a loan with us 08-01 40.
* F enterprise, 卫滨区, 王芳: visit 07-07 (voided), visit 09-09, credit 09-10 30 (voided), loan 09-12 25 (voided).
* G individual, 红旗区, 李明, not listed, clean: visit 10-10, loan 10-20 10 个人经营性 (no credit).
* H enterprise, 卫滨区, listed, never contacted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from desktop.domain.names import name_key, pinyin_initials
from desktop.services.profile import save_profile
from desktop.services.programme_setup import set_programme
from desktop.services.workspace import Profile, Workspace
from desktop.store.models import (
    Credit,
    Demand,
    Dossier,
    Firm,
    ImportBatch,
    ListMembership,
    Loan,
    RegionalList,
    StageChange,
    Visit,
)
from tests.factories import code_for

D = date.fromisoformat
TODAY = date(2026, 11, 20)
VOID = datetime(2026, 11, 1, tzinfo=UTC)
CLEAN = {"has_loan_record": False, "has_discount_record": False}


@dataclass(frozen=True)
class Expected:
    """The answers for one profile, year 2026."""

    first: dict[str, str]  # firm -> the amount of its 首贷 (the firms with one)
    listed_first: int
    unsecured: str  # first-loan amount on 信用 credit


EXPECTED = {
    "xinxiang": Expected({"A": "80", "G": "10"}, 1, "80"),
    "quanzhou": Expected({"A": "80", "D": "20", "G": "10"}, 2, "100"),
    "zhejiang": Expected({"A": "80", "D": "60", "G": "10"}, 2, "140"),
    "xinzhou": Expected({"A": "80", "C": "150", "D": "60", "G": "10"}, 3, "140"),
}
# The same under every profile.
MONTHS = {  # month -> (ledger firms, credit amount, new loan amount)
    1: ({"A"}, "0", "0"),
    2: ({"B"}, "50", "30"),
    3: ({"A", "E"}, "100", "0"),
    4: ({"A", "E"}, "0", "80"),
    5: ({"C", "D"}, "300", "150"),
    6: ({"D"}, "0", "20"),
    7: ({"D"}, "0", "60"),
    8: ({"E"}, "0", "40"),
    9: ({"F"}, "0", "0"),
    10: ({"G"}, "0", "10"),
    11: (set(), "0", "0"),
    12: (set(), "0", "0"),
}


def _firm(s, n: int, letter: str, county: str, officer: str | None, *, individual: bool = False) -> Firm:  # type: ignore[no-untyped-def]
    name = f"新乡市{letter}号{'商店' if individual else '有限公司'}"
    firm = Firm(
        uscc=code_for(9000 + n, individual=individual),
        name=name, name_key=name_key(name), name_initials=pinyin_initials(name),
        entity_type="individual" if individual else "enterprise", size="micro", county=county,
        assigned_bank="中原银行", assigned_officer=officer, on_list=letter != "G", hand_edited=[],
        source="branch" if letter == "G" else "list",
    )  # fmt: skip
    s.add(firm)
    s.flush()
    return firm


def build_history(ws: Workspace, programme: str = "xinxiang") -> dict[str, Firm]:
    """Writes the history, sets the programme (which judges the loans by its rule) and returns the firms."""
    save_profile(
        ws, Profile(officer="李明", bank="中原银行", branch="新乡红旗支行", unit="中原银行新乡红旗支行")
    )
    ws.clock = lambda: TODAY
    with ws.db.write() as s:
        lst = RegionalList(name="新乡市小微企业无贷户名单")
        s.add(lst)
        s.flush()
        batch = ImportBatch(
            list_id=lst.id,
            file_name="f.xlsx",
            file_hash="h",
            imported_at=datetime(2025, 12, 15, 2, tzinfo=UTC),
        )
        s.add(batch)
        s.flush()
        spec = [("A", "红旗区", "李明", False), ("B", "卫滨区", "王芳", True), ("C", "红旗区", "王芳", False),
                ("D", "卫滨区", "李明", False), ("E", "红旗区", "李明", False), ("F", "卫滨区", "王芳", False),
                ("G", "红旗区", "李明", True), ("H", "卫滨区", None, False)]  # fmt: skip
        f = {letter: _firm(s, n, letter, c, o, individual=i) for n, (letter, c, o, i) in enumerate(spec, 1)}
        for letter, firm in f.items():
            if letter != "G":
                s.add(
                    ListMembership(
                        list_id=lst.id, firm_id=firm.id, first_batch_id=batch.id, last_batch_id=batch.id
                    )
                )
        facts = {"A": CLEAN, "B": {}, "D": CLEAN, "E": CLEAN, "F": CLEAN, "G": CLEAN,
                 "C": {"has_loan_record": True, "has_discount_record": False, "last_loan_settled_on": D("2019-06-30"),
                       "credit_lookback_years": 5, "credit_query_date": D("2026-05-01")}}  # fmt: skip
        for letter, known in facts.items():
            s.add(Dossier(firm_id=f[letter].id, criteria={}, policy_tags=[], **known))

        def visit(letter: str, day: str, voided: bool = False) -> None:
            s.add(
                Visit(
                    firm_id=f[letter].id,
                    date=D(day),
                    mode="site",
                    officer="李明",
                    voided_at=VOID if voided else None,
                )
            )

        def credit(letter: str, day: str, amount: str, guarantee: str, voided: bool = False) -> Credit:
            c = Credit(firm_id=f[letter].id, date=D(day), amount=Decimal(amount), guarantee=guarantee, bank="中原银行",
                       voided_at=VOID if voided else None)  # fmt: skip
            s.add(c)
            s.flush()
            return c

        def loan(letter: str, day: str, amount: str, kind: str = "working_capital", on: Credit | None = None,
                 voided: bool = False) -> None:  # fmt: skip
            s.add(Loan(firm_id=f[letter].id, date=D(day), amount=Decimal(amount), kind=kind, bank="中原银行",
                       credit_id=on.id if on else None, voided_at=VOID if voided else None))  # fmt: skip
            s.flush()

        visit("A", "2026-01-10")
        visit("A", "2026-03-05")
        s.add(
            Demand(
                firm_id=f["A"].id, received_on=D("2026-03-06"), channel="visit", feedback_on=D("2026-03-09")
            )
        )
        loan("A", "2026-04-02", "80", on=credit("A", "2026-03-20", "100", "credit"))
        visit("B", "2026-02-01")
        loan("B", "2026-02-20", "30", "personal_business", credit("B", "2026-02-15", "50", "mortgage"))
        visit("C", "2026-05-10")
        loan("C", "2026-05-20", "150", on=credit("C", "2026-05-12", "200", "guarantee"))
        visit("D", "2026-05-20")
        dc = credit("D", "2026-05-25", "100", "credit")
        loan("D", "2026-06-01", "20", "discount", dc)
        loan("D", "2026-07-01", "60", on=dc)
        visit("E", "2026-03-01")
        s.add(StageChange(firm_id=f["E"].id, on=D("2026-04-15"), from_stage="contacted", to_stage="loan_elsewhere",
                          cause="hand", reason="企业已在他行获得贷款", bank="工行"))  # fmt: skip
        loan("E", "2026-08-01", "40")
        visit("F", "2026-07-07", voided=True)
        visit("F", "2026-09-09")
        loan("F", "2026-09-12", "25", on=credit("F", "2026-09-10", "30", "credit", voided=True), voided=True)
        visit("G", "2026-10-10")
        loan("G", "2026-10-20", "10", "personal_business")
    set_programme(ws, programme)
    with ws.db.session() as s:
        return {letter: s.get(Firm, firm.id) for letter, firm in f.items()}  # type: ignore[misc]
