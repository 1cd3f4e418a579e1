"""Domain errors: every rule violation a user can cause raises a DomainError with a clear message."""

from __future__ import annotations


class DomainError(Exception):
    """A user-facing rule violation. ``str(error)`` is the message shown to the officer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
