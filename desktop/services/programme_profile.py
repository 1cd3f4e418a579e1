"""The programme profile stored in the database: which seed's rules this branch follows, with the officer's
edits, and the 首贷 rule it gives a firm. Read in the caller's session, so every recording service judges a
loan by the stored programme without being told (desktop/services/firm_state.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.firstloan import FirstLoanRule
from desktop.domain.programmes import Programme, first_loan_rule, programme_from_settings, rule_fingerprint
from desktop.services.workspace import Workspace
from desktop.store.settings import get_setting

SETTING = "programme"
# The rule fingerprint the stored 首贷 verdicts were last worked out with (absent: never, e.g. an upgraded
# database whose verdicts came from the old yes/no flag).
APPLIED = "programme_rule_applied"


def stored_settings(session: Session) -> dict[str, Any]:
    return dict(get_setting(session, SETTING, {}) or {})


def load_programme(session: Session) -> Programme:
    return programme_from_settings(stored_settings(session))


def current_programme(ws: Workspace) -> Programme:
    with ws.db.session() as session:
        return load_programme(session)


def programme_rule(session: Session, entity_type: str | None) -> FirstLoanRule:
    return first_loan_rule(load_programme(session), entity_type)


def rederive_pending(session: Session) -> bool:
    """True when the stored 首贷 verdicts were not worked out with the stored programme's rule."""
    return bool(get_setting(session, APPLIED) != rule_fingerprint(load_programme(session)))


def needs_rederive(ws: Workspace) -> bool:
    with ws.db.session() as session:
        return rederive_pending(session)
