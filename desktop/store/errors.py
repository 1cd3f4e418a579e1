"""Errors about the database file and its key; all are user-facing (DomainError)."""

from __future__ import annotations

from desktop.domain.errors import DomainError


class StoreError(DomainError):
    """The database cannot be used as asked."""


class KeyMissingError(StoreError):
    """An encrypted database exists but no key for it was found: never replace it with a new one."""


class WrongKeyError(StoreError):
    """The key found does not open the database (wrong key, or not a database of ours)."""


class RecoveryKeyError(StoreError):
    """A recovery key was mistyped or belongs to another database."""
