"""Building firms for service and command tests (no import service is needed)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.domain.names import name_key
from desktop.domain.uscc import complete, org_code_check
from desktop.services.workspace import Workspace
from desktop.store.models import BankRelationship, Dossier, Firm, StageChange


def code_for(n: int, *, individual: bool = False) -> str:
    body = f"{n:08d}"
    return complete(("92" if individual else "91") + "410702" + body + org_code_check(body))


def add_firm(
    ws: Workspace,
    n: int = 1,
    *,
    individual: bool = False,
    stage: str = "listed",
    banks_serving: int | None = None,
    basic_account_bank: str | None = None,
    has_loan_record: bool | None = None,
    has_discount_record: bool | None = None,
    banks: tuple[tuple[str, bool, Decimal | None], ...] = (),
) -> str:
    uscc = code_for(n, individual=individual)
    name = f"新乡市测试{n}号{'商店' if individual else '有限公司'}"
    with ws.db.write() as session:
        firm = Firm(
            uscc=uscc,
            name=name,
            name_key=name_key(name),
            entity_type="individual" if individual else "enterprise",
            size="micro",
            stage=stage,
            banks_serving=banks_serving,
            basic_account_bank=basic_account_bank,
            on_list=True,
            hand_edited=[],
        )
        session.add(firm)
        session.flush()
        if stage != "listed":
            # The stage is derived from the firm's records (desktop/services/firm_state.py): a firm built
            # at a stage carries the hand move that put it there, so the next refresh keeps it.
            session.add(
                StageChange(
                    firm_id=firm.id, on=date(2026, 1, 1), from_stage="listed", to_stage=stage,
                    cause="hand", reason="测试数据",
                )
            )  # fmt: skip
        if has_loan_record is not None or has_discount_record is not None:
            session.add(
                Dossier(
                    firm_id=firm.id,
                    has_loan_record=has_loan_record,
                    has_discount_record=has_discount_record,
                    criteria={},
                    policy_tags=[],
                )
            )
        for bank, basic, credit in banks:
            session.add(
                BankRelationship(
                    firm_id=firm.id,
                    bank=bank,
                    is_basic_account=basic,
                    has_credit=credit is not None,
                    credit_amount=credit,
                )
            )
    return uscc
