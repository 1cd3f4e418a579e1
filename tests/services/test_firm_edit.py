from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.services.firm_edit import BadFirmEdit, edit_firm_fields
from desktop.services.firms import FirmNotFound
from desktop.services.list_import import import_list
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Firm
from tests.exchange.list_files import code, messy_rows, write_xlsx


def test_hand_edits_are_recorded_audited_and_checked(workspace: Workspace, tmp_path: Path) -> None:
    import_list(workspace, write_xlsx(tmp_path / "l.xlsx", {"S": messy_rows()}))
    changed = edit_firm_fields(
        workspace, code(1), {"name": "新乡市鑫达智能(科技)有限公司", "registered_capital": Decimal(300)}
    )
    assert changed == ["name", "registered_capital"]
    with workspace.db.session() as s:
        firm = s.scalar(select(Firm).where(Firm.uscc == code(1)))
        assert firm is not None
        assert firm.name == "新乡市鑫达智能（科技）有限公司" and firm.name_initials == "xxsxdznkjyxgs"
        assert firm.hand_edited == ["name", "registered_capital"]
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "firm.edit"))
        assert (
            entry is not None and entry.firm_id == firm.id and Decimal(entry.old["registered_capital"]) == 100
        )
    assert edit_firm_fields(workspace, code(1), {"registered_capital": Decimal(300)}) == []
    with pytest.raises(BadFirmEdit):
        edit_firm_fields(workspace, code(1), {"stage": "credited"})
    with pytest.raises(BadFirmEdit):
        edit_firm_fields(workspace, code(1), {"founded": "2019-03-05"})
    with pytest.raises(FirmNotFound):
        edit_firm_fields(workspace, code(99), {"county": "x"})
