"""Domain errors: every rule violation a user can cause raises a DomainError with a clear message.

Each message is written twice, Chinese first: ``raise FirmNotFound(f"找不到企业 {code}", en=f"No firm
with code {code}")``. ``str(error)`` stays Chinese (the CLI's default, the audit, the tests); the UI and
an English CLI ask ``error.text(language)``. No Qt here: the caller says which language it wants.
``tests/test_error_messages.py`` fails when a DomainError is raised anywhere without ``en=``.
"""

from __future__ import annotations

from typing import Any

ENGLISH = "en"


def is_english(language: str | None) -> bool:
    """True for "en" or a locale such as "en_US"; everything else reads Chinese (the source language)."""
    return bool(language) and str(language).lower().startswith(ENGLISH)


class Message(str):
    """A Chinese text that carries its English version: for problems worked out before they are raised
    (a stage move, a date order) and for row problems a list import reports. It *is* the Chinese string,
    so code and tests that treat it as ``str`` keep working."""

    en: str

    def __new__(cls, zh: str, en: str) -> Message:
        self = super().__new__(cls, zh)
        self.en = en
        return self

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]  # copy and pickle keep .en
        return str(self), self.en

    def text(self, language: str | None) -> str:
        return self.en if is_english(language) and self.en else str(self)


def in_language(text: str, language: str | None) -> str:
    """A text that may be a Message (a service warning, a row problem) in ``language``; plain text as is."""
    return text.text(language) if isinstance(text, Message) else text


class DomainError(Exception):
    """A user-facing rule violation. ``str(error)`` is the Chinese message; ``text(language)`` picks."""

    def __init__(self, message: str, *, en: str | None = None) -> None:
        super().__init__(message)
        self.message = str(message)
        self.message_en = en

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle/copy keep the English message, also for subclasses that word their own (Cancelled()).
        return _restore, (type(self), self.message, self.message_en), self.__dict__

    def text(self, language: str | None) -> str:
        """The message in ``language`` ("zh_CN" or "en"); Chinese when there is no English one."""
        return self.message_en if is_english(language) and self.message_en else self.message


def _restore(cls: type[DomainError], message: str, en: str | None) -> DomainError:
    error = cls.__new__(cls)
    DomainError.__init__(error, message, en=en)
    return error


def error_text(exc: BaseException, language: str | None) -> str:
    """The message of any exception in ``language``: bilingual errors pick, others are shown as they are."""
    text = getattr(exc, "text", None)
    if callable(text):
        return str(text(language))
    return str(exc)
