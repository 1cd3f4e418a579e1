"""The search box over firms: name substring, code prefix, legal representative, pinyin initials.

Plan by query length (the FTS index is in desktop/store/search_index.py):
* 3+ characters: the FTS5 trigram index over name, legal_rep and initials answers the substring.
* 1-2 characters (鑫, 科技, a two-character name, two initials): a phrase query on the per-character
  index ``firm_fts_short``; LIKE only for 1-2 punctuation characters.
* letters only: pinyin initials as a substring (xdkj), or as two-letter words in order (xxkj finds
  新乡…科技…, the usual way officers abbreviate).
* code characters: a prefix range on the unique uscc index.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, and_, column, or_, text

from desktop.domain.uscc import normalize
from desktop.store.models import Firm
from desktop.store.search_index import FTS_MIN_CHARS, FTS_TABLE, SHORT_TABLE, fts_phrase, short_phrase

_CODE = re.compile(r"[0-9A-Z]{2,18}")
_LETTERS = re.compile(r"[a-z]{2,}")


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(col: Any, value: str) -> ColumnElement[bool]:
    result: ColumnElement[bool] = col.like(f"%{_escape_like(value)}%", escape="\\")
    return result


def search_condition(raw: str) -> ColumnElement[bool] | None:
    query = raw.strip()
    if not query:
        return None
    conditions: list[ColumnElement[bool]] = []
    code = normalize(query)
    if _CODE.fullmatch(code):
        conditions.append(and_(Firm.uscc >= code, Firm.uscc < code + "~"))
    if len(query) >= FTS_MIN_CHARS:
        fts = text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts").bindparams(
            fts=fts_phrase(query)
        )
        conditions.append(Firm.id.in_(fts.columns(column("rowid"))))
    elif (phrase := short_phrase(query)) is not None:
        short = text(f"SELECT rowid FROM {SHORT_TABLE} WHERE {SHORT_TABLE} MATCH :short").bindparams(
            short=phrase
        )
        conditions.append(Firm.id.in_(short.columns(column("rowid"))))
    else:
        conditions += [_contains(Firm.name, query), _contains(Firm.legal_rep, query)]
    letters = query.lower()
    if _LETTERS.fullmatch(letters) and len(letters) >= 4 and len(letters) % 2 == 0:
        words = [letters[i : i + 2] for i in range(0, len(letters), 2)]
        pattern = "%" + "%".join(words) + "%"
        # The short index narrows to names holding every pair; LIKE then checks their order.
        match = " AND ".join(f"name_initials : {short_phrase(w)}" for w in words)
        narrowed = text(f"SELECT rowid FROM {SHORT_TABLE} WHERE {SHORT_TABLE} MATCH :pairs").bindparams(
            pairs=match
        )
        conditions.append(
            and_(Firm.id.in_(narrowed.columns(column("rowid"))), Firm.name_initials.like(pattern))
        )
    return or_(*conditions)
