"""The firm search index, kept in step with ``firm`` by triggers (imports, edits, undo and demo data all
go through them):

* ``firm_fts``: FTS5 trigram over name, legal representative and pinyin initials — substring queries of
  3+ characters straight from the index.
* ``firm_fts_short``: FTS5 with every character of the name and legal representative made a token
  (``spaced()``), so one- and two-character queries (鑫, 科技, a two-character legal representative,
  （ or %) are a phrase query on the index too, instead of a LIKE scan over every firm — punctuation and
  symbols are tokens spelt by their code point (u28 for "(" and "（"), because the tokenizer would drop
  them as separators; and the pinyin initials as
  their adjacent pairs (``initial_pairs()``: xxsxdkj -> xx xs sx xd dk kj), so two initials (zz) or
  initials as two-letter words (xxkj -> xx AND kj) are single tokens with short lists, not phrases of
  letters that nearly every firm holds (session 2: a county's hqxd took 25-50 ms in the phrases alone).
  Contentless: it stores no text.

Both indexes gather 32 MB of new entries in memory before writing a segment (``hashsize``; FTS5's 1 MB
default made a province-sized import write and merge hundreds of small segments).

A province-sized import may leave both indexes to be filled after it returns (issue 20 item 7): its new
firms' id range goes into ``firm_fts_backlog``, the triggers pass over firms in a backlog range (so an
edit or an undo of such a firm never asks FTS5 to delete what it does not hold), a search matches
backlog firms by a scan (``BACKLOG_MATCH``), and ``index_backlog`` fills the indexes a range at a time,
each in its own transaction, so a killed or cancelled fill goes on where it stopped.
"""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

FTS_TABLE = "firm_fts"
SHORT_TABLE = "firm_fts_short"
FTS_MIN_CHARS = 3
HASH_BYTES = 32 << 20  # 64 MB was no faster at 530,000 firms; the import's memory budget is 1 GB
_COLUMNS = "name, legal_rep, name_initials"


def spaced(text: str | None) -> str | None:
    """'科技（新乡）' -> '科 技 u28 新 乡 u29': each character one token for the short-query index,
    width-folded (NFKC, so （ and ( are one token); characters the tokenizer would take for separators
    spelt as u + code point, spaces left out. Single characters are the only other tokens, so a spelt
    one never meets a letter of a name."""
    if not text:
        return text
    folded = unicodedata.normalize("NFKC", text)
    if folded.isalnum():  # nearly every name: no punctuation, no spaces
        return " ".join(folded)
    return " ".join(c if c.isalnum() else f"u{ord(c):x}" for c in folded if not c.isspace())


def initial_pairs(initials: str | None) -> str | None:
    """'xxsxdkj' -> 'xx xs sx xd dk kj': each adjacent pair of initials one token (a single initial as
    itself)."""
    if not initials or len(initials) < 2:
        return initials
    return " ".join(map(operator.add, initials, initials[1:]))  # each letter with the next


def register_functions(conn: Any) -> None:
    """SQL functions the index triggers call; every connection to the database registers them. It also
    notes a backlog left by an earlier run (see ``backlog_may_exist``)."""
    conn.create_function("spaced", 1, spaced, deterministic=True)
    conn.create_function("initial_pairs", 1, initial_pairs, deterministic=True)
    try:
        if conn.execute(f"SELECT EXISTS (SELECT 1 FROM {BACKLOG})").fetchone()[0]:
            _BACKLOG_SEEN[0] = True
    except Exception:
        pass


# Whether a database of this process may have firms in the backlog: set by a connection that finds some,
# by an import that leaves some, cleared when a fill finds none left. While it is clear, searches carry
# no backlog arm: a second arm in the searches' compound SELECT costs the planner its best plan (a
# county's search for 有限公司 at 530,000 firms: 12 ms with one arm, 400-700 ms with two). The app has
# one database a process; setting it too often only costs speed, never an answer.
_BACKLOG_SEEN = [False]


def backlog_may_exist() -> bool:
    return _BACKLOG_SEEN[0]


def _note_backlog(pending: bool) -> None:
    _BACKLOG_SEEN[0] = pending


def _values(prefix: str) -> str:
    return f"{prefix}.name, {prefix}.legal_rep, {prefix}.name_initials"


def _spaced(prefix: str) -> str:
    return f"spaced({prefix}.name), spaced({prefix}.legal_rep), initial_pairs({prefix}.name_initials)"


_ADD = f"""INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) VALUES (new.id, {_values("new")});
        INSERT INTO {SHORT_TABLE}(rowid, {_COLUMNS}) VALUES (new.id, {_spaced("new")});"""
_REMOVE = f"""INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_values("old")});
        DELETE FROM {SHORT_TABLE} WHERE rowid = old.id;"""

BACKLOG = "firm_fts_backlog"  # id ranges of firms the search indexes do not hold yet


def _indexed(ref: str) -> str:
    return f"NOT EXISTS (SELECT 1 FROM {BACKLOG} WHERE {ref}.id BETWEEN first_id AND last_id)"


_INSERT_TRIGGER = f"CREATE TRIGGER firm_fts_ai AFTER INSERT ON firm WHEN {_indexed('new')} BEGIN {_ADD} END"
_DELETE_TRIGGER = (
    f"CREATE TRIGGER firm_fts_ad AFTER DELETE ON firm WHEN {_indexed('old')} BEGIN {_REMOVE} END"
)
_UPDATE_TRIGGER = (
    f"CREATE TRIGGER firm_fts_au AFTER UPDATE OF name, legal_rep, name_initials ON firm "
    f"WHEN {_indexed('old')} BEGIN {_REMOVE} {_ADD} END"
)
TRIGGER_NAMES = ("firm_fts_ai", "firm_fts_ad", "firm_fts_au")
BACKLOG_STATEMENTS: tuple[str, ...] = (
    f"CREATE TABLE {BACKLOG} (first_id INTEGER NOT NULL, last_id INTEGER NOT NULL)",
    *(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGER_NAMES),
    _INSERT_TRIGGER,
    _DELETE_TRIGGER,
    _UPDATE_TRIGGER,
)

HASH_SIZE_STATEMENTS: tuple[str, ...] = tuple(
    f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', {HASH_BYTES})"
    for table in (FTS_TABLE, SHORT_TABLE)
)
REFILL_SHORT = f"INSERT INTO {SHORT_TABLE}(rowid, {_COLUMNS}) SELECT id, {_spaced('firm')} FROM firm"

CREATE_STATEMENTS: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_COLUMNS}, content='firm', content_rowid='id', "
    "tokenize='trigram')",
    f"CREATE VIRTUAL TABLE {SHORT_TABLE} USING fts5({_COLUMNS}, content='', contentless_delete=1, "
    "tokenize='unicode61')",
    *HASH_SIZE_STATEMENTS,
    "CREATE TRIGGER firm_fts_ai AFTER INSERT ON firm BEGIN " + _ADD + " END",
    "CREATE TRIGGER firm_fts_ad AFTER DELETE ON firm BEGIN " + _REMOVE + " END",
    "CREATE TRIGGER firm_fts_au AFTER UPDATE OF name, legal_rep, name_initials ON firm BEGIN "
    + _REMOVE
    + " "
    + _ADD
    + " END",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
    REFILL_SHORT,
)
DROP_STATEMENTS: tuple[str, ...] = (
    f"DROP TABLE IF EXISTS {BACKLOG}",
    "DROP TRIGGER IF EXISTS firm_fts_ai",
    "DROP TRIGGER IF EXISTS firm_fts_ad",
    "DROP TRIGGER IF EXISTS firm_fts_au",
    f"DROP TABLE IF EXISTS {SHORT_TABLE}",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)


SHORT_INSERT = f"INSERT INTO {SHORT_TABLE}(rowid, {_COLUMNS}) VALUES (?, ?, ?, ?)"


def short_row(name: str | None, legal_rep: str | None, initials: str | None) -> tuple[Any, ...]:
    """The short index's text for one firm (without its id): what ``SHORT_INSERT`` takes after the id."""
    return spaced(name), spaced(legal_rep), initial_pairs(initials)


@contextmanager
def bulk_insert(conn: Any, later: bool = False) -> Iterator[None]:
    """Index the firms inserted inside the block in bulk, instead of by the row-by-row insert trigger
    (about half an import's write time): the caller writes their short-index rows itself
    (``SHORT_INSERT``, its text from ``short_row``, worked out wherever suits it), and the trigram
    index is filled with one INSERT ... SELECT at the block's end. ``later``: neither; the new firms'
    id range goes into the backlog for ``index_backlog``. Must run inside the caller's transaction:
    dropping and re-creating the trigger is part of it, so an error that rolls the transaction back
    also restores the trigger, and no other connection ever sees it missing. Updates and deletes
    inside the block still go through their triggers."""
    after_id = conn.execute("SELECT coalesce(max(id), 0) FROM firm").fetchone()[0]
    # Ids above the largest are free again (an undone import): whatever a backlog range said of them,
    # the firms that take them now are indexed here or by their own range, never twice.
    conn.execute(f"DELETE FROM {BACKLOG} WHERE first_id > ?", (after_id,))
    conn.execute(f"UPDATE {BACKLOG} SET last_id = ? WHERE last_id > ?", (after_id, after_id))
    conn.execute("DROP TRIGGER firm_fts_ai")
    yield
    if later:
        last_id = conn.execute("SELECT coalesce(max(id), 0) FROM firm").fetchone()[0]
        if last_id > after_id:
            conn.execute(f"INSERT INTO {BACKLOG} (first_id, last_id) VALUES (?, ?)", (after_id + 1, last_id))
            _note_backlog(True)
    else:
        conn.execute(
            f"INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) SELECT id, {_COLUMNS} FROM firm WHERE id > ?",
            (after_id,),
        )
    conn.execute(_INSERT_TRIGGER)


def backlog_size(conn: Any) -> int:
    """Firms the search indexes do not hold yet (ids in backlog ranges; a deleted firm's id counts)."""
    row = conn.execute(f"SELECT coalesce(sum(last_id - first_id + 1), 0) FROM {BACKLOG}").fetchone()
    return int(row[0])


def index_backlog(conn: Any, most: int) -> int:
    """Index the firms of the backlog's first range, ``most`` ids at most, and take them off it; the
    number of ids done (0: nothing left). Call inside a write transaction: a rollback undoes both."""
    row = conn.execute(f"SELECT rowid, first_id, last_id FROM {BACKLOG} ORDER BY first_id LIMIT 1").fetchone()
    if row is None:
        _note_backlog(False)
        return 0
    rowid, first, last = row
    end = min(last, first + most - 1)
    conn.execute(
        f"INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) SELECT id, {_COLUMNS} FROM firm WHERE id BETWEEN ? AND ?",
        (first, end),
    )
    conn.execute(
        f"INSERT INTO {SHORT_TABLE}(rowid, {_COLUMNS}) SELECT id, {_spaced('firm')} FROM firm "
        "WHERE id BETWEEN ? AND ?",
        (first, end),
    )
    if end >= last:
        conn.execute(f"DELETE FROM {BACKLOG} WHERE rowid = ?", (rowid,))
    else:
        conn.execute(f"UPDATE {BACKLOG} SET first_id = ? WHERE rowid = ?", (end + 1, rowid))
    return int(end - first + 1)


# The firms of the backlog whose name or legal representative holds the query (a scan of those firms
# only; nothing when the backlog is empty): a search's answer while the indexes are being filled.
# A range of rowids, so the arm comes in id order like the index arms and the searches' merge needs no
# sort (a join with the backlog made SQLite sort the arm and then scan the firm table: a search's first
# page 43 -> 11 ms at 50,000 firms); with an empty backlog the range is NULL to NULL, which reads nothing.
BACKLOG_MATCH = (
    f"SELECT f.id AS id FROM firm f WHERE f.id BETWEEN (SELECT min(first_id) FROM {BACKLOG}) "
    f"AND (SELECT max(last_id) FROM {BACKLOG}) "
    f"AND EXISTS (SELECT 1 FROM {BACKLOG} b WHERE f.id BETWEEN b.first_id AND b.last_id) "
    "AND (f.name LIKE :backlog_like ESCAPE '\\' OR f.legal_rep LIKE :backlog_like ESCAPE '\\' "
    "OR f.name_initials LIKE :backlog_initials ESCAPE '\\')"
)


def fts_phrase(text: str) -> str:
    """A MATCH expression for one literal substring (quotes doubled, so user text is never syntax)."""
    return '"' + text.replace('"', '""') + '"'


def short_phrase(text: str) -> str | None:
    """The MATCH expression for a 1-2 character query on the short index: the characters in order in the
    name or legal representative (as ``spaced`` makes its tokens), or two letters or digits as a pair of
    initials. None for a query that folds to nothing but spaces."""
    tokens = spaced(text.strip())
    if not tokens:
        return None
    phrase = "{name legal_rep} : " + fts_phrase(tokens)
    pair = unicodedata.normalize("NFKC", text.strip()).lower()
    if len(pair) == 2 and pair.isascii() and pair.isalnum():
        phrase += f" OR {initials_pair(pair)}"
    return phrase


def initials_pair(pair: str) -> str:
    """The MATCH expression for two initials in a row (a token of the initials column)."""
    return "name_initials : " + fts_phrase(pair.lower())
