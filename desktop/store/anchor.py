"""The audit chain's head kept outside the database, so that losing or rewriting its newest part is noticed.

``firstloan.db.anchor`` beside the database holds the chain head (how many entries, the id and hash of
the newest) sealed with an HMAC-SHA256 whose key is derived from the database key. It is rewritten after
every commit that added audit entries (after: a crash in between leaves the anchor behind the database,
never ahead of it). A database whose chain no longer reaches the anchored head lost committed work (a
deleted ``-wal``, the newest entries deleted) or had an entry rewritten with the hashes after it
recomputed; ``check`` reports it. ``chain_stamp`` gives the same head, tagged, for exported files.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import Message
from desktop.store.keys import DatabaseKey, write_private

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ANCHOR_SUFFIX = ".anchor"
FORMAT = 1
GENESIS = "0" * 64
# ``session.info`` flag set by append_audit: this transaction added entries, so its commit moves the anchor.
AUDITED = "firstloan.audited"
# The setting that says this database has been anchored: a missing anchor file is then a problem.
MARKER = "audit_anchor"
_MAC_CONTEXT = b"firstloan/audit-anchor/v1"


@dataclass(frozen=True)
class ChainHead:
    """Where the audit chain ends: the number of entries and the id and hash of the newest one."""

    entries: int
    last_id: int
    head: str = GENESIS

    def to_json(self) -> dict[str, Any]:
        return {"entries": self.entries, "last_id": self.last_id, "head": self.head}

    @classmethod
    def from_json(cls, data: Any) -> ChainHead:
        if not isinstance(data, Mapping):
            raise ValueError("not an object")
        entries, last_id, head = data.get("entries"), data.get("last_id"), data.get("head")
        if not (isinstance(entries, int) and isinstance(last_id, int) and isinstance(head, str)):
            raise ValueError("fields of the wrong type")
        if entries < 0 or last_id < 0 or len(head) != 64:
            raise ValueError("fields out of range")
        return cls(entries, last_id, head)


def read_head(conn: Any) -> ChainHead:
    """The chain head of an open DB-API connection (two indexed queries, cheap at any size)."""
    entries, last_id = conn.execute("SELECT count(*), max(id) FROM audit_entry").fetchone()
    if not last_id:
        return ChainHead(0, 0, GENESIS)
    row = conn.execute("SELECT hash FROM audit_entry WHERE id = ?", (last_id,)).fetchone()
    return ChainHead(int(entries), int(last_id), str(row[0]))


def session_connection(session: Session) -> Any:
    """The DB-API connection under a session, inside the session's transaction."""
    return session.connection().connection.driver_connection


def mac_key(key: DatabaseKey) -> bytes:
    """The anchor's MAC key: derived from (never equal to) the database key."""
    return hmac.new(key.raw, _MAC_CONTEXT, hashlib.sha256).digest()


def _canonical(fields: Mapping[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def seal(fields: Mapping[str, Any], key: DatabaseKey) -> dict[str, Any]:
    """``fields`` with a ``mac`` over all of them."""
    body = {k: v for k, v in fields.items() if k != "mac"}
    return body | {"mac": hmac.new(mac_key(key), _canonical(body), hashlib.sha256).hexdigest()}


def unseal(data: Any, key: DatabaseKey) -> dict[str, Any] | None:
    """The fields of a sealed object when its MAC is right; None when it was edited or sealed by another key."""
    if not isinstance(data, dict) or not isinstance(data.get("mac"), str):
        return None
    body = {k: v for k, v in data.items() if k != "mac"}
    expected = hmac.new(mac_key(key), _canonical(body), hashlib.sha256).hexdigest()
    return body if hmac.compare_digest(expected, data["mac"]) else None


def write_sealed(path: Path, fields: Mapping[str, Any], key: DatabaseKey, *, durable: bool = True) -> None:
    """A small sealed JSON file, owner-only, replaced in one rename (``keys.write_private``)."""
    write_private(path, json.dumps(seal(fields, key), ensure_ascii=False, indent=1) + "\n", durable=durable)


class AnchorState(str, Enum):
    OK = "ok"
    MISSING = "missing"
    MALFORMED = "malformed"
    FORGED = "bad_mac"  # edited by hand, or sealed with another key


@dataclass(frozen=True)
class AnchorReading:
    state: AnchorState
    heads: tuple[ChainHead, ...] = ()  # the anchored head, then any also accepted (during a restore)
    written_at: str = ""


def anchor_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ANCHOR_SUFFIX)


def read_anchor(path: Path, key: DatabaseKey) -> AnchorReading:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AnchorReading(AnchorState.MISSING)
    except (OSError, ValueError):
        return AnchorReading(AnchorState.MALFORMED)
    fields = unseal(raw, key)
    if fields is None:
        return AnchorReading(AnchorState.FORGED)
    try:
        heads = (ChainHead.from_json(fields), *(ChainHead.from_json(h) for h in fields.get("also", [])))
    except (ValueError, TypeError):
        return AnchorReading(AnchorState.MALFORMED)
    return AnchorReading(AnchorState.OK, heads, str(fields.get("written_at", "")))


class Anchor:
    """The anchor file of one database, as its ``Database`` keeps it up to date after each commit."""

    def __init__(self, db_path: Path, key: DatabaseKey) -> None:
        self.path = anchor_path(db_path)
        self.key = key
        # Set when the database was found behind its anchor: later commits must not erase the evidence.
        self.frozen = False
        self.failure: OSError | None = None  # the last write that failed (disk full): the anchor lags
        self._last: ChainHead | None = None
        self._lock = threading.Lock()

    def read(self) -> AnchorReading:
        return read_anchor(self.path, self.key)

    def write(self, head: ChainHead, also: Iterable[ChainHead] = ()) -> None:
        """Anchor ``head`` (and, while a restore swaps files, ``also``); raises OSError."""
        fields = head.to_json() | {
            "format": FORMAT,
            "also": [h.to_json() for h in also],
            "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        with self._lock:
            write_sealed(self.path, fields, self.key, durable=False)  # see keys.write_private
            self._last = head

    def record(self, head: ChainHead) -> None:
        """After a commit: move the anchor forward. Never raises; a failed write only leaves it behind."""
        if self.frozen:
            return
        with self._lock:
            last = self._last
        if last is not None and (head.entries, head.last_id) <= (last.entries, last.last_id):
            return  # another thread's later commit got there first
        try:
            self.write(head)
        except OSError as exc:
            self.failure = exc


def hash_at(conn: Any, entry_id: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit_entry WHERE id = ?", (entry_id,)).fetchone()
    return None if row is None else str(row[0])


def behind(reading: AnchorReading, conn: Any) -> Message | None:
    """Why the database's chain does not reach its anchor, or None when it does (any accepted head will do)."""
    current = read_head(conn)
    for anchored in reading.heads:
        if anchored.entries == 0 or (
            current.entries >= anchored.entries and hash_at(conn, anchored.last_id) == anchored.head
        ):
            return None
    anchored = reading.heads[0]
    found = hash_at(conn, anchored.last_id)
    if found is None:
        what_zh, what_en = f"第 {anchored.last_id} 条已不存在", f"entry {anchored.last_id} no longer exists"
    elif found != anchored.head:
        what_zh = f"第 {anchored.last_id} 条的哈希与锚点不同（它或它之前的记录被改写过）"
        what_en = f"entry {anchored.last_id} has another hash than the anchor's (it or an earlier one was rewritten)"
    else:
        what_zh, what_en = "较早的记录被删除了", "earlier entries were deleted"
    return Message(
        f"数据库落后于它的审计锚点：锚点（{reading.written_at}）记录了 {anchored.entries} 条审计记录，"
        f"最新为第 {anchored.last_id} 条；数据库现有 {current.entries} 条，{what_zh}。已提交的工作丢失"
        "（例如 firstloan.db-wal 被删除）或审计记录被删改。",
        f"The database is behind its audit anchor: the anchor ({reading.written_at}) holds {anchored.entries} "
        f"audit entries, the newest being entry {anchored.last_id}; the database has {current.entries} and "
        f"{what_en}. Committed work was lost (e.g. firstloan.db-wal was deleted) or audit entries were "
        "deleted or rewritten.",
    )


def anchor_problem(reading: AnchorReading, conn: Any) -> Message | None:
    """What is wrong between the database and its anchor file, or None (a missing anchor is only a problem
    once this database has been anchored: a database of an older version gets its first one)."""
    if reading.state is AnchorState.OK:
        return behind(reading, conn)
    if reading.state is AnchorState.MISSING:
        if not anchored_before(conn):
            return None
        return Message(
            "审计锚点文件 firstloan.db.anchor 不见了，而这个数据库以前有过：无法确认最新的审计记录没有丢失。"
            "若是您亲手把数据库文件复制到这里的，请运行 firstloan check --accept",
            "The audit anchor file firstloan.db.anchor is gone although this database had one: it cannot be "
            "confirmed that no recent audit entry was lost. If you copied the database file here yourself, run "
            "firstloan check --accept",
        )
    if reading.state is AnchorState.FORGED:
        return Message(
            "审计锚点文件 firstloan.db.anchor 的校验码不对：它被改动过，或属于另一个密钥的数据库",
            "The audit anchor file firstloan.db.anchor fails its MAC: it was edited, or belongs to a database "
            "with another key",
        )
    return Message(
        "审计锚点文件 firstloan.db.anchor 已损坏，无法读取",
        "The audit anchor file firstloan.db.anchor is damaged and cannot be read",
    )


def anchored_before(conn: Any) -> bool:
    with contextlib.suppress(Exception):  # a database without the settings table has never been anchored
        return conn.execute("SELECT 1 FROM setting WHERE key = ?", (MARKER,)).fetchone() is not None
    return False


def mark_anchored(conn: Any) -> None:
    """Inside a write transaction: note in the database that it is anchored from now on."""
    since = json.dumps({"since": datetime.now(UTC).isoformat(timespec="seconds")})
    conn.execute("INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)", (MARKER, since))


@dataclass(frozen=True)
class ChainStamp:
    """The chain head as printed into an exported file: the entries, the newest id and hash, and a tag
    (HMAC with the anchor key) that proves the stamp was made by whoever holds this database's key."""

    entries: int
    last_id: int
    head: str
    tag: str

    def text(self) -> str:
        """One short line for a footer or a hidden cell, the same in every language."""
        return f"audit-chain {self.entries}/{self.last_id} {self.head[:16]} tag {self.tag}"

    def to_json(self) -> dict[str, Any]:
        return {"entries": self.entries, "last_id": self.last_id, "head": self.head, "tag": self.tag}


def _stamp_tag(head: ChainHead, key: DatabaseKey) -> str:
    message = f"{head.entries}:{head.last_id}:{head.head}".encode("ascii")
    return hmac.new(mac_key(key), message, hashlib.sha256).hexdigest()[:16]


def chain_stamp(session: Session, key: DatabaseKey) -> ChainStamp:
    """The chain head to embed in an export, read in the caller's session (e.g. ``ws.db.session()``)."""
    head = read_head(session_connection(session))
    return ChainStamp(head.entries, head.last_id, head.head, _stamp_tag(head, key))


def stamp_is_genuine(stamp: Mapping[str, Any], key: DatabaseKey) -> bool:
    """Whether a stamp read back from an exported file was made with ``key``."""
    try:
        head = ChainHead.from_json(stamp)
    except ValueError:
        return False
    return hmac.compare_digest(_stamp_tag(head, key), str(stamp.get("tag", "")))
