"""One firm's records for the detail pane, read by the same loader as the printed dossier
(``desktop.reports.dossier_data.gather``), so the pane and the PDF show the same record and the same
completeness score."""

from __future__ import annotations

from datetime import date

from desktop.reports.dossier_data import DemandView, DossierData, gather
from desktop.services.firms import get_firm
from desktop.services.workspace import Workspace

FirmDetail = DossierData

__all__ = ["DemandView", "FirmDetail", "load_firm_detail"]


def load_firm_detail(ws: Workspace, uscc: str, today: date, *, audit_limit: int = 200) -> FirmDetail:
    """Everything the detail pane shows about one firm (each list oldest first, voided records included);
    FirmNotFound for an unknown code."""
    with ws.db.session() as session:
        return gather(session, get_firm(session, uscc), ws.calendar, today, audit_limit=audit_limit)
