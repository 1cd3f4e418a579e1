"""Contact phone numbers as the dossier keeps them: an 11-digit mobile or a landline with its area code.

Anything else is refused with a message saying what a number looks like, so a dossier never holds a
number nobody can call. Spaces and dashes people type are accepted; the number is kept as given, trimmed.
"""

from __future__ import annotations

import re

from desktop.domain.errors import DomainError

_MOBILE = re.compile(r"1[3-9]\d{9}")
# Area code 010-099x (3 or 4 digits starting with 0), a 7- or 8-digit number, an optional extension.
_LANDLINE = re.compile(r"0\d{2,3}-?[1-9]\d{6,7}(?:-\d{1,6})?")


class InvalidPhone(DomainError):
    pass


def _compact(text: str) -> str:
    return re.sub(r"[\s()（）]", "", text).replace("—", "-").replace("－", "-")


def is_phone(text: str) -> bool:
    compact = _compact(text)
    digits = compact.replace("-", "")
    if _MOBILE.fullmatch(digits):
        return True
    # Where the area code was split off by a dash, the split is what was meant.
    return bool(_LANDLINE.fullmatch(compact if "-" in compact else digits))


def check_phone(text: str | None) -> str | None:
    """The number as typed (trimmed), None for blank; InvalidPhone for anything that is not a number."""
    value = (text or "").strip()
    if not value:
        return None
    if not is_phone(value):
        raise InvalidPhone(
            f"联系电话“{value}”无效：应为 11 位手机号码，或带区号的固定电话（如 0373-1234567）",
            en=f"The phone number “{value}” is not valid: give an 11-digit mobile number or a landline with its "
            "area code (e.g. 0373-1234567)",
        )
    return value
