"""Typed access to the key/value settings table (officer profile, preferences)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.store.models import Setting


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> Any:
    """Set a value; returns the previous one (for the audit log)."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
        return None
    old = row.value
    row.value = value
    return old
