"""The officer a list's new firms are assigned to when the list names none (issue 21 item 6): a setting,
by default the profile's officer, so that "mine" holds the firms of a first import."""

from __future__ import annotations

from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.settings import get_setting, set_setting

DEFAULT_OFFICER_KEY = "import.default_officer"
_MAX_LENGTH = 50  # Firm.assigned_officer


def default_officer(ws: Workspace) -> str | None:
    """The officer new firms get when their row names none; None to leave them unassigned."""
    with ws.db.session() as session:
        stored = get_setting(session, DEFAULT_OFFICER_KEY)
    if stored is None:
        return ws.profile.officer.strip() or None
    return str(stored).strip()[:_MAX_LENGTH] or None


def officer_setting(ws: Workspace) -> str | None:
    """The setting as saved: None when it follows the profile's officer, "" for no one."""
    with ws.db.session() as session:
        stored = get_setting(session, DEFAULT_OFFICER_KEY)
    return None if stored is None else str(stored)


def set_default_officer(ws: Workspace, officer: str | None) -> None:
    """``officer`` None: follow the profile's officer; "": assign no one; else that officer."""
    value = None if officer is None else officer.strip()[:_MAX_LENGTH]
    with ws.db.write() as session:
        old = set_setting(session, DEFAULT_OFFICER_KEY, value)
        append_audit(
            session,
            actor=ws.actor,
            action="settings.default_officer",
            entity="setting",
            entity_id=DEFAULT_OFFICER_KEY,
            summary="设置导入名单的默认客户经理：" + ("跟随用户资料" if value is None else value or "不分配"),
            old=old,
            new=value,
        )
