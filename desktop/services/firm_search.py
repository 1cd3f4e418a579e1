"""The search box over firms: name substring, code prefix, legal representative, pinyin initials.

Results come in list order (firm id, the order the lists brought the firms in) unless the officer sorts
by a column: ``match_plan`` gives the matching ids as a stream in that order, straight from the indexes,
so the first page of any search stops after its rows whatever the number of matches (see
tests/perf/test_list_import_perf.py). A query of code characters with a digit is a credit-code prefix
and lists in code order. Sorting a search by a column uses ``search_condition``.

Plan by query length (the FTS index is in desktop/store/search_index.py):
* 3+ characters: the FTS5 trigram index over name, legal_rep and initials answers the substring.
* 1-2 characters (鑫, 科技, a two-character name, two initials): a phrase query on the per-character
  index ``firm_fts_short`` (punctuation and symbols included: （, %, &).
* letters only: pinyin initials as a substring (xdkj), or as two-letter words in order (xxkj finds
  新乡…科技…, the usual way officers abbreviate).
* code characters: a prefix range on the unique uscc index.
"""

from __future__ import annotations

import math
import re
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import ColumnElement, Subquery, and_, column, literal_column, or_, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.domain.uscc import normalize
from desktop.store.models import Firm
from desktop.store.search_index import (
    BACKLOG,
    BACKLOG_MATCH,
    FTS_MIN_CHARS,
    FTS_TABLE,
    SHORT_TABLE,
    backlog_may_exist,
    fts_phrase,
    initials_pair,
    short_phrase,
)

_CODE = re.compile(r"[0-9A-Z]{2,18}")
_LETTERS = re.compile(r"[a-z]{2,}")


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(col: Any, value: str) -> ColumnElement[bool]:
    result: ColumnElement[bool] = col.like(f"%{_escape_like(value)}%", escape="\\")
    return result


FEW_MATCHES = 300


def _index_condition(table: str, phrase: str, session: Session | None, probe: bool) -> ColumnElement[bool]:
    """Match ``phrase`` in an FTS table, shaped for the planner (measured in tests/perf).

    Few matches: fetch those firms by id and sort them. More: walk the name_key index in display order and
    test each id against the match set (``+firm.id`` stops SQLite looking firms up by id, which reads a
    scattered encrypted page per match), stopping when the page is full. Very common (有限公司 matches
    every firm): building the match set alone is too slow, so each firm in display order is probed in the
    index instead; the switch is where both cost the same, about 42·√N matches for N firms. Probing is
    slow when the matches sit late in display order (红旗 matches the names starting with 红旗), so the
    caller runs it under a time budget and falls back to the index walk (``probe=False``).
    """
    ids = (
        text(f"SELECT rowid FROM {table} WHERE {table} MATCH :q")
        .bindparams(q=phrase)
        .columns(column("rowid"))
    )
    if session is None:
        return Firm.id.in_(ids)
    firms = int(session.execute(text("SELECT coalesce(max(id), 0) FROM firm")).scalar_one())
    limit = max(2000, int(42 * math.sqrt(firms)))
    found = session.execute(
        text(f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH :q LIMIT :n)"),
        {"q": phrase, "n": limit},
    ).scalar_one()
    if found < FEW_MATCHES:
        return Firm.id.in_(ids)
    if found < limit or not probe:
        return literal_column("+firm.id").in_(ids)
    each = text(f"EXISTS (SELECT 1 FROM {table} WHERE {table} MATCH :p AND rowid = firm.id)")
    return cast(ColumnElement[bool], each.bindparams(p=phrase))


def search_condition(
    raw: str, session: Session | None = None, probe: bool = False
) -> ColumnElement[bool] | None:
    """The condition for the search box. With ``session`` (listing a page), common queries are shaped to
    fill the page in display order; without it (counting), the matches are collected once."""
    query = raw.strip()
    if not query:
        return None
    conditions: list[ColumnElement[bool]] = []
    code = normalize(query)
    if _CODE.fullmatch(code):
        conditions.append(and_(Firm.uscc >= code, Firm.uscc < code + "~"))
    if len(query) >= FTS_MIN_CHARS:
        conditions.append(_index_condition(FTS_TABLE, _fts_query(query), session, probe))
    elif (phrase := short_phrase(query)) is not None:
        conditions.append(_index_condition(SHORT_TABLE, phrase, session, probe))
    else:
        conditions += [_contains(Firm.name, query), _contains(Firm.legal_rep, query)]
    if backlog_may_exist() and (session is None or _has_backlog(session)):
        backlog = text(BACKLOG_MATCH).bindparams(**_backlog_params(query)).columns(column("id"))
        conditions.append(Firm.id.in_(backlog))
    if (pairs := _initials_words(query)) is not None:
        match, pattern = pairs
        # The short index narrows to names holding every pair; LIKE then checks their order.
        narrowed = text(f"SELECT rowid FROM {SHORT_TABLE} WHERE {SHORT_TABLE} MATCH :pairs").bindparams(
            pairs=match
        )
        conditions.append(
            and_(Firm.id.in_(narrowed.columns(column("rowid"))), Firm.name_initials.like(pattern))
        )
    return or_(*conditions)


def _fts_query(query: str) -> str:
    """The trigram MATCH for a query. Names are stored width-folded, other text as given (issue 20 item
    3): the folded query finds the one, the query as typed the other."""
    folded = unicodedata.normalize("NFKC", query)
    return fts_phrase(query) if folded == query else f"{fts_phrase(query)} OR {fts_phrase(folded)}"


def _backlog_params(query: str) -> dict[str, str]:
    like = f"%{_escape_like(query)}%"
    return {"backlog_like": like, "backlog_initials": like.lower()}


def _has_backlog(session: Session) -> bool:
    return bool(session.execute(text(f"SELECT EXISTS (SELECT 1 FROM {BACKLOG})")).scalar_one())


def _initials_words(query: str) -> tuple[str, str] | None:
    """For 4, 6 ... letters read as two-letter words of initials in order (xxkj: 新乡…科技…): the MATCH
    expression for names holding every pair, and the LIKE pattern that checks their order."""
    letters = query.lower()
    if not (_LETTERS.fullmatch(letters) and len(letters) >= 4 and len(letters) % 2 == 0):
        return None
    words = [letters[i : i + 2] for i in range(0, len(letters), 2)]
    return " AND ".join(initials_pair(w) for w in words), "%" + "%".join(words) + "%"


@dataclass(frozen=True)
class MatchPlan:
    """The firms a search finds. Either ``code_range`` (a credit-code prefix: list in code order on the
    unique index) or SQL yielding their ids in ascending order: one arm per way of matching, merged by
    a compound SELECT that SQLite runs as a merge of streams, so nothing is collected or sorted."""

    code_range: tuple[str, str] | None = None
    arms: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    def codes(self) -> Subquery:
        """The firms in the code range in code order (columns ``id``, ``uscc``), walking the code index
        even when a filter has an index of its own (a county's firms sorted by code would first collect
        them all)."""
        assert self.code_range is not None
        low, high = self.code_range
        sql = (
            "SELECT id, uscc FROM firm INDEXED BY sqlite_autoindex_firm_1 "
            "WHERE uscc >= :low AND uscc < :high ORDER BY uscc"
        )
        return text(sql).bindparams(low=low, high=high).columns(column("id"), column("uscc")).subquery("c")

    def ids(self) -> Subquery:
        """The matching ids, ascending, as a subquery with one column ``id``."""
        sql = " UNION ".join(self.arms) + " ORDER BY 1"
        return text(sql).bindparams(**self.params).columns(column("id")).subquery("m")


@dataclass(frozen=True)
class Within:
    """The firms the other filters keep, as SQL yielding their ids (from the filters' indexes alone)."""

    sql: str
    params: dict[str, Any]


def match_plan(raw: str, within: Within | None = None) -> MatchPlan | None:
    """The plan for the search box. ``within`` narrows the arms that look each candidate up in the firm
    table (pinyin pairs) to the filtered firms first, so a county's xxkj does not read 5,000 firms."""
    query = raw.strip()
    if not query:
        return None
    code = normalize(query)
    if _CODE.fullmatch(code) and any(c.isdigit() for c in code):
        return MatchPlan(code_range=(code, code + "~"))
    plan = MatchPlan()
    if len(query) >= FTS_MIN_CHARS:
        plan.arms.append(f"SELECT rowid AS id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts")
        # Names are stored width-folded, other text as given (issue 20 item 3): the folded query finds the
        # one, the query as typed the other.
        folded = unicodedata.normalize("NFKC", query)
        plan.params["fts"] = (
            fts_phrase(query) if folded == query else f"{fts_phrase(query)} OR {fts_phrase(folded)}"
        )
    elif (phrase := short_phrase(query)) is not None:
        plan.arms.append(f"SELECT rowid AS id FROM {SHORT_TABLE} WHERE {SHORT_TABLE} MATCH :short")
        plan.params["short"] = phrase
    else:  # a query that folds to nothing but spaces: a scan in id order, which stops when the page is full
        plan.arms.append(
            "SELECT id FROM firm WHERE name LIKE :like ESCAPE '\\' OR legal_rep LIKE :like ESCAPE '\\'"
        )
        plan.params["like"] = f"%{_escape_like(query)}%"
    if backlog_may_exist():
        # Firms a big import left for the indexes to take in after it returned: a scan of those alone.
        plan.arms.append(BACKLOG_MATCH)
        plan.params.update(_backlog_params(query))
    if (pairs := _initials_words(query)) is not None:
        # The short index finds names holding every pair (in id order); LIKE then checks their order.
        # (unary + : a plain check on each candidate, not a list of rowids to probe the index with)
        narrowed = f" AND +s.rowid IN ({within.sql})" if within is not None else ""
        plan.arms.append(
            f"SELECT s.rowid AS id FROM {SHORT_TABLE} s JOIN firm f ON f.id = s.rowid "
            f"WHERE {SHORT_TABLE} MATCH :pairs{narrowed} AND f.name_initials LIKE :pairs_like"
        )
        if within is not None:
            plan.params.update(within.params)
        plan.params["pairs"], plan.params["pairs_like"] = pairs
    return plan


class OverBudget(Exception):
    pass


@contextmanager
def time_budget(session: Session, seconds: float) -> Iterator[None]:
    """Interrupt the statements run inside after ``seconds`` (raising OverBudget); nothing is written."""
    conn = session.connection().connection.driver_connection
    assert conn is not None
    deadline = time.perf_counter() + seconds
    conn.set_progress_handler(lambda: int(time.perf_counter() > deadline), 2000)
    try:
        yield
    except OperationalError as exc:
        if "interrupt" not in str(exc):
            raise
        raise OverBudget() from exc
    finally:
        conn.set_progress_handler(None, 0)
