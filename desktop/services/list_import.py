"""Importing a regional list (无贷户名单): preview what it would change, then apply it as one batch.

Bulk work goes through the DB-API connection of the write session (``executemany`` in chunks), so the
whole import, its undo records and its audit entry are one transaction: Cancel or any error leaves
nothing changed. Hand-edited fields are never overwritten unless the officer picks the list's value.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import DomainError, Message
from desktop.domain.listed_fields import LISTED_FIELDS, listed_value_text
from desktop.domain.names import name_key, pinyin_initials
from desktop.exchange.columns import FIELD_LABELS
from desktop.exchange.list_rows import CountyDisagreement, ListedRow, NoCodeColumn, ParsedList, parse_sheets
from desktop.exchange.row_cleaning import FIELD_INDEX, RowProblem
from desktop.services.backup import backup_before
from desktop.services.import_defaults import default_officer
from desktop.services.import_helper import ImportHelper, SearchKey
from desktop.services.jobs import CancelToken, ProgressCallback, collector_paused, no_progress
from desktop.services.list_plan import Conflict, ImportPlan, KeptValue, build_plan, items_at
from desktop.services.mapping_profiles import all_profiles
from desktop.services.sheet_reader import read_sheets as read_tables
from desktop.services.workspace import Workspace
from desktop.store import search_index
from desktop.store.audit import append_audit
from desktop.store.bulk_indexes import indexes_built_after
from desktop.store.types import utcnow

CHUNK = 20_000
_LEGAL_REP = FIELD_INDEX["legal_rep"]
REBUILD_MIN_ROWS = 10_000  # below this, keeping the indexes in order costs next to nothing
# An import adding this many firms may leave the search indexes to be filled after it returns
# (``index_later``; services/search_backlog.py): below it they take a second or less.
INDEX_LATER_MIN_ROWS = 50_000
IMPORT_CACHE_KIB = (
    128_000  # page cache while importing: 64 MB was 12 s slower at 530,000 rows, 200 MB no faster
)
MODES = ("full", "supplement")
# A full edition that takes more than this share of a list's firms off it is confirmed first.
REMOVAL_SHARE = 1 / 3
# A supplement is guessed for a file this much smaller than the list, or titled as one.
SUPPLEMENT_SHARE = 1 / 2
SUPPLEMENT_WORDS = ("新增", "补充", "增量", "新注册")


class ConfirmationNeeded(DomainError):
    """A full import that would take many firms off the list, or reads like a cut-off file: it is
    applied only when confirmed (``confirm_removals``; the CLI's ``--confirm-removals``)."""


class UnknownMode(DomainError):
    pass


def check_mode(mode: str) -> str:
    if mode not in MODES:
        raise UnknownMode(
            f"导入方式只能是 full（完整新版名单）或 supplement（新增补充名单），收到“{mode}”",
            en=f"The import mode is full (a new edition of the whole list) or supplement (additions), not “{mode}”",
        )
    return mode


@dataclass(frozen=True)
class FirmChange:
    """A listed firm the import changes, as the preview shows it: the fields it sets (field, value
    stored, value of the list), or that the firm leaves the list."""

    uscc: str
    name: str  # as stored
    fields: tuple[tuple[str, Any, Any], ...] = ()
    leaves_list: bool = False

    def fields_text(self, english: bool = False) -> str:
        """'所属县（市、区）：卫滨区 → 红旗区；注册资本：50 万元 → 62.5 万元' (fields by the lists' own
        header words, values written for people, — for a field that was empty)."""
        return "；".join(
            f"{FIELD_LABELS.get(name, name)}：{listed_value_text(name, old, english) or '—'} → "
            f"{listed_value_text(name, new, english)}"
            for name, old, new in self.fields
        )


@dataclass
class ImportReport:
    """The preview, and after apply the result, of importing one file."""

    list_name: str
    file_name: str
    rows_read: int
    new: int
    updated: int
    unchanged: int
    removed: int
    duplicates: int
    invalid: list[RowProblem]
    warnings: list[RowProblem] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    changes: list[FirmChange] = field(default_factory=list)  # updated firms, then those leaving the list
    profile_name: str | None = None  # the saved column mapping used, if any
    batch_id: int | None = None
    applied: bool = False
    mode: str = "full"
    kept: list[KeptValue] = field(default_factory=list)  # stored values the list has masked or cut
    county_disagreements: list[CountyDisagreement] = field(default_factory=list)
    looks_truncated: bool = False
    members_before: int = 0  # firms on the list before the import
    suggested_mode: str = "full"  # what the wizard proposes (see ``suggest_mode``)
    own_export: str | None = None  # "feedback" / "recommendations": a file this app exported
    index_pending: bool = False  # the search indexes take the new firms in after the import
    # What a preview read, so the import that follows need not read the file again (see ``Reading``).
    reading: Reading | None = field(default=None, repr=False)

    @property
    def updated_fields(self) -> dict[str, list[str]]:
        """uscc -> the listed fields the import changes."""
        return {c.uscc: sorted(f for f, _, _ in c.fields) for c in self.changes if not c.leaves_list}

    @property
    def removed_usccs(self) -> list[str]:
        return [c.uscc for c in self.changes if c.leaves_list]

    @property
    def removes_many(self) -> bool:
        """A full edition taking more than a third of the list's firms off it."""
        return self.mode == "full" and self.removed > 0 and self.removed > self.members_before * REMOVAL_SHARE

    @property
    def needs_confirmation(self) -> bool:
        """Applied only when confirmed: many firms leave the list, or a cut-off file would take any off."""
        return self.removes_many or (self.mode == "full" and self.looks_truncated and self.removed > 0)

    def confirmation_text(self, english: bool = False) -> str:
        """Why the import asks first (empty when it need not)."""
        reasons = []
        if self.removes_many:
            reasons.append(
                f"this full edition takes {self.removed} of the list's {self.members_before} firms off it"
                if english
                else f"这份完整名单会把 {self.removed} 家企业移出名单（名单现有 {self.members_before} 家）"
            )
        if self.looks_truncated and self.mode == "full" and self.removed > 0:
            reasons.append(
                "the file looks cut off (its last line is incomplete)"
                if english
                else "文件看起来不完整（最后一行被截断）"
            )
        return ("; " if english else "；").join(reasons)

    def to_json(self) -> dict[str, Any]:
        """The object ``firstloan import-list --json`` prints."""
        return {
            "list": self.list_name,
            "rows_read": self.rows_read,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "duplicates": self.duplicates,
            "invalid": [p.to_json() for p in self.invalid],
            "mode": self.mode,
            "kept": len(self.kept),
        }


@dataclass(frozen=True)
class Reading:
    """A file as one preview read it: the parsed list, and what it was read from. An import given it
    uses the rows again only while the file (size, modification time) and the mapping are the same —
    a province-sized list takes 13 s to read."""

    path: Path
    stamp: tuple[int, int]
    profile: tuple[tuple[str, str], ...] | None
    parsed: ParsedList
    profile_name: str | None

    def fits(self, path: Path, profile: Mapping[str, str] | None) -> bool:
        return path == self.path and _stamp(path) == self.stamp and _profile_key(profile) == self.profile


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def _profile_key(profile: Mapping[str, str] | None) -> tuple[tuple[str, str], ...] | None:
    return tuple(sorted(profile.items())) if profile else None


def _now() -> str:
    # How SQLAlchemy's SQLite DateTime stores a (naive UTC) timestamp.
    return utcnow().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_list(
    path: Path,
    profile: Mapping[str, str] | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    helper: ImportHelper | None = None,
) -> ParsedList:
    def on_rows(done: int, total: int) -> None:
        progress(done, total, Message(f"已读取 {done} 行", f"Read {done} rows"))
        if cancel is not None:
            cancel.raise_if_cancelled()

    return parse_sheets(read_tables(path), profile, on_rows, helper.offload if helper is not None else None)


def _parse(
    ws: Workspace,
    path: Path,
    profile: Mapping[str, str] | None,
    progress: ProgressCallback,
    cancel: CancelToken | None,
    helper: ImportHelper,
) -> tuple[ParsedList, str | None]:
    """Read with the mapping given; without one, with the synonyms, then with each saved profile in turn
    (so the mapping saved for an office's first file is applied to its next file)."""
    if profile:
        return read_list(path, profile, progress, cancel, helper), None
    try:
        return read_list(path, None, progress, cancel, helper), None
    except NoCodeColumn:
        for name, mapping in all_profiles(ws).items():
            try:
                return read_list(path, mapping, progress, cancel, helper), name
            except NoCodeColumn:
                continue
        raise


def driver_connection(session: Any) -> Any:
    """The DB-API connection inside a session's transaction, for executemany in that transaction."""
    return session.connection().connection.driver_connection


@contextmanager
def _large_cache(conn: Any) -> Iterator[None]:
    """A bigger page cache for this connection while it imports: the firm table's indexes outgrow the
    default 2 MB on a province-sized list, and every cache miss is a page read and decrypted again.
    Restored afterwards (the connection goes back to the pool; a smaller size frees the pages)."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def _list_id(conn: Any, name: str) -> int | None:
    row = conn.execute("SELECT id FROM regional_list WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else None


def _report(name: str, path: Path, parsed: ParsedList, plan: ImportPlan, mode: str) -> ImportReport:
    return ImportReport(
        list_name=name,
        file_name=path.name,
        rows_read=parsed.rows_read,
        new=len(plan.inserts),
        updated=plan.updated_count,
        unchanged=plan.unchanged,
        removed=len(plan.removed),
        duplicates=parsed.duplicates,
        invalid=parsed.invalid,
        warnings=parsed.warnings,
        conflicts=plan.conflicts,
        changes=[
            FirmChange(
                u.uscc, u.name, tuple((k, u.before.get(k), v) for k, v in u.new.items() if k != "hand_edited")
            )
            for u in plan.updates
        ]
        + [
            FirmChange(c, n, leaves_list=True)
            for c, n in zip(plan.removed_usccs, plan.removed_names, strict=True)
        ],
        mode=mode,
        kept=plan.kept,
        county_disagreements=parsed.county_disagreements,
        looks_truncated=parsed.looks_truncated,
        members_before=plan.members_before,
        suggested_mode=suggest_mode(parsed, plan.members_before),
        own_export=parsed.own_export[0] if parsed.own_export else None,
    )


def suggest_mode(parsed: ParsedList, members_before: int) -> str:
    """ "supplement" for a file titled as one (新增, 补充 ...) or much smaller than the list it goes to;
    else "full". The wizard proposes it and asks."""
    title = parsed.title or ""
    if any(word in title for word in SUPPLEMENT_WORDS):
        return "supplement"
    if members_before and len(parsed.rows) < members_before * SUPPLEMENT_SHARE:
        return "supplement"
    return "full"


def _list_name(list_name: str | None, parsed: ParsedList, path: Path) -> str:
    """The name given, else the list an own feedback export reports on, else the title, else the file."""
    if list_name:
        return list_name
    if parsed.own_export is not None and parsed.own_export[1]:
        return parsed.own_export[1]
    return parsed.title or path.stem


def preview_import(
    ws: Workspace,
    path: Path,
    list_name: str | None = None,
    *,
    profile: Mapping[str, str] | None = None,
    take_list: Mapping[str, Collection[str]] | None = None,
    take_all: bool = False,
    mode: str = "full",
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    reading: Reading | None = None,
) -> ImportReport:
    """What importing ``path`` would do; changes nothing. The report keeps what was read (``reading``)
    for the import that follows; a ``reading`` given (the wizard's earlier preview, when the officer
    picks another mode) is used again while it fits the file and the mapping."""
    check_mode(mode)
    stamp = _stamp(path) if path.is_file() else (0, 0)
    with collector_paused():
        if reading is not None and reading.fits(path, profile):
            parsed, used = reading.parsed, reading.profile_name
        else:
            with ImportHelper.for_file(path, pinyin=False) as helper:  # cleans a big file's blocks alongside
                parsed, used = _parse(ws, path, profile, progress, cancel, helper)
        name = _list_name(list_name, parsed, path)
        with ws.db.session() as session:
            conn = driver_connection(session)
            plan = build_plan(conn, parsed, _list_id(conn, name), take_list, take_all, mode)
            session.rollback()
    report = _report(name, path, parsed, plan, mode)
    report.profile_name = used
    report.reading = Reading(path, stamp, _profile_key(profile), parsed, used)
    return report


def import_list(
    ws: Workspace,
    path: Path,
    list_name: str | None = None,
    *,
    profile: Mapping[str, str] | None = None,
    profile_name: str | None = None,
    take_list: Mapping[str, Collection[str]] | None = None,
    take_all: bool = False,
    mode: str = "full",
    confirm_removals: bool = False,
    index_later: bool = False,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    reading: Reading | None = None,
) -> ImportReport:
    """Apply the list as one batch: all or nothing. An unchanged list writes nothing. ``reading`` (a
    preview's) spares reading the file again when it still fits the file and the mapping. A full import
    that ``needs_confirmation`` raises ConfirmationNeeded unless ``confirm_removals``. ``index_later``:
    an import adding ``INDEX_LATER_MIN_ROWS`` firms or more returns once they are stored, browsable and
    found by code and name (by a scan), and leaves the search indexes to ``search_backlog`` (its report
    says ``index_pending``)."""
    check_mode(mode)
    officer = default_officer(ws)
    # The helper process (cleaning rows, then new firms' pinyin) starts now, while the file is read.
    with collector_paused(), ImportHelper.for_file(path) as helper:
        if reading is not None and reading.fits(path, profile):
            parsed, used = reading.parsed, reading.profile_name
        else:
            parsed, used = _parse(ws, path, profile, progress, cancel, helper)
        profile_name = profile_name or used
        name = _list_name(list_name, parsed, path)
        with ws.db.write() as session, _large_cache(driver_connection(session)):
            conn = driver_connection(session)
            list_id = _list_id(conn, name)
            plan = build_plan(conn, parsed, list_id, take_list, take_all, mode)
            report = _report(name, path, parsed, plan, mode)
            report.profile_name = profile_name
            if not plan.changes_anything:
                return report
            if report.needs_confirmation and not confirm_removals:
                raise ConfirmationNeeded(
                    f"未导入：{report.confirmation_text()}。确认无误后再导入（命令行加 --confirm-removals；"
                    "若这是新增补充名单，请用 --mode supplement）",
                    en=f"Not imported: {report.confirmation_text(english=True)}. Import it again once you are sure "
                    "(on the command line add --confirm-removals; for a supplement of new firms use --mode supplement)",
                )
            # A safety copy of the database as it is before this import (WAL lets the backup connection
            # read the last committed state while this transaction holds the write lock).
            backup_before(ws, "import")
            now = _now()
            if list_id is None:
                list_id = conn.execute(
                    "INSERT INTO regional_list (name, created_at) VALUES (?, ?)", (name, now)
                ).lastrowid
            batch_id = conn.execute(
                "INSERT INTO import_batch (list_id, file_name, file_hash, imported_at, actor, rows_read, new, "
                "updated, unchanged, removed, duplicates, invalid, profile_name) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    list_id,
                    path.name,
                    file_hash(path),
                    now,
                    ws.actor,
                    report.rows_read,
                    report.new,
                    report.updated,
                    report.unchanged,
                    report.removed,
                    report.duplicates,
                    len(report.invalid),
                    profile_name,
                ),
            ).lastrowid
            insert = _FirmInsert.for_fields(parsed.fields, now, officer, listed=not plan.values_only)
            later = index_later and len(plan.inserts) >= INDEX_LATER_MIN_ROWS
            _apply(conn, plan, insert, int(list_id), int(batch_id), now, helper, progress, cancel, later)
            report.index_pending = later
            report.batch_id, report.applied = int(batch_id), True
            append_audit(
                session,
                actor=ws.actor,
                action="list.import",
                entity="import_batch",
                entity_id=batch_id,
                summary=f"导入名单“{name}”（{path.name}）：新增 {report.new} 家，更新 {report.updated} 家，"
                f"移出 {report.removed} 家，无效 {len(report.invalid)} 行",
                new=report.to_json() | {"conflicts": len(report.conflicts)},
            )
        return report


def _chunks(items: list[Any]) -> list[list[Any]]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)] or [[]]


@dataclass(frozen=True)
class _FirmInsert:
    """The INSERT of a list's new firms, with only the listed fields the file has a column for.

    A field no sheet maps is empty in every row; leaving it out of the statement spares binding a
    NULL per row and field (a list maps 5 to 9 of the 15), and the timestamp, the same for the whole
    batch, is written into the statement once rather than bound twice per row."""

    sql: str
    slots: tuple[int, ...]  # the positions in ListedRow.values of the fields written
    listed: bool = True  # the new firms join the list (False: the branch's own, on no list)

    @classmethod
    def for_fields(
        cls, fields: Collection[str], now: str, officer: str | None = None, listed: bool = True
    ) -> _FirmInsert:
        """``officer``: who a firm whose row names no 客户经理 is assigned to (issue 21 item 6), written
        into the statement like the timestamp. ``listed`` False: the firms of the app's own
        recommendations export, which are the branch's own finds and on no list."""
        slots = tuple(i for i, name in enumerate(LISTED_FIELDS) if name in fields or name == "entity_type")
        named = tuple(LISTED_FIELDS[i] for i in slots)
        columns = ("id", "uscc", "region_code", "name_key", "name_initials", *named)
        default = _literal(officer) if officer else None
        values = [
            "coalesce(?, " + default + ")" if c == "assigned_officer" and default else "?" for c in columns
        ]
        extra = ""
        if default and "assigned_officer" not in named:
            extra, values = ", assigned_officer", [*values, default]
        stamp = _literal(now)
        on_list, source = ("1", "'list'") if listed else ("0", "'branch'")
        sql = (
            f"INSERT INTO firm ({', '.join(columns)}{extra}, stage, on_list, source, hand_edited, created_at, "
            f"updated_at) VALUES ({', '.join(values)}, 'listed', {on_list}, {source}, '[]', {stamp}, {stamp})"
        )
        return cls(sql, slots, listed)

    def rows(
        self, first_id: int, rows: list[ListedRow], keys: list[SearchKey]
    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """The firm rows and the short search index's rows of a chunk of new firms, ids given (no index
        rows for keys without their text: the indexes are filled later)."""
        pick = items_at(self.slots)
        ids = range(first_id, first_id + len(rows))
        firms = [
            (firm_id, row.uscc, row.region_code, key[0], key[1], *pick(row.values))
            for firm_id, row, key in zip(ids, rows, keys, strict=True)
        ]
        if keys and keys[0][2] is None and keys[0][4] is None:
            return firms, []
        short = [(firm_id, key[2], key[3], key[4]) for firm_id, key in zip(ids, keys, strict=True)]
        return firms, short


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _apply(
    conn: Any,
    plan: ImportPlan,
    insert: _FirmInsert,
    list_id: int,
    batch_id: int,
    now: str,
    helper: ImportHelper,
    progress: ProgressCallback,
    cancel: CancelToken | None,
    index_later: bool = False,
) -> None:
    total = len(plan.inserts) + len(plan.updates) + len(plan.joins) + len(plan.removed)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        progress(done, total, Message(f"已写入 {done}/{total} 家", f"Wrote {done} of {total} firms"))
        if cancel is not None:
            cancel.raise_if_cancelled()

    max_id = conn.execute("SELECT coalesce(max(id), 0) FROM firm").fetchone()[0]
    if plan.inserts:
        existing = conn.execute("SELECT count(*) FROM firm").fetchone()[0]
        # As many new firms as there are firms (a first import): build the indexes once at the end.
        rebuild = len(plan.inserts) >= max(REBUILD_MIN_ROWS, existing)
        people = [(row.name, row.values[_LEGAL_REP]) for row in plan.inserts]
        with search_index.bulk_insert(conn, index_later), indexes_built_after(conn, "firm", rebuild):
            start = 0
            for chunk_keys in helper.keys(people, short=not index_later):
                new_rows = plan.inserts[start : start + len(chunk_keys)]
                firms, short = insert.rows(max_id + 1 + start, new_rows, chunk_keys)
                conn.executemany(insert.sql, firms)
                if not index_later:
                    conn.executemany(search_index.SHORT_INSERT, short)
                start += len(new_rows)
                step(len(new_rows))
    # The new firms are those past the largest id before the insert; their rows in the other tables are
    # written straight from the firm table, in id order, without a round trip through Python.
    if insert.listed:
        conn.execute(
            "INSERT INTO list_membership (list_id, firm_id, active, first_batch_id, last_batch_id) "
            "SELECT ?, id, 1, ?, ? FROM firm WHERE id > ? ORDER BY id",
            (list_id, batch_id, batch_id, max_id),
        )
    conn.execute(
        "INSERT INTO batch_change (batch_id, firm_id, kind) SELECT ?, id, 'new' FROM firm WHERE id > ? ORDER BY id",
        (batch_id, max_id),
    )
    for chunk in _chunks(plan.updates):
        for update in chunk:
            values = dict(update.new)
            if "name" in values:
                values["name_key"] = name_key(values["name"])
                values["name_initials"] = pinyin_initials(values["name"])
            if "hand_edited" in values:
                values["hand_edited"] = json.dumps(values["hand_edited"], ensure_ascii=False)
            sets = ", ".join(f"{k} = ?" for k in values)
            conn.execute(
                f"UPDATE firm SET {sets}, updated_at = ? WHERE id = ?",
                (*values.values(), now, update.firm_id),
            )
        conn.executemany(
            "INSERT INTO batch_change (batch_id, firm_id, kind, before) VALUES (?, ?, 'updated', ?)",
            [(batch_id, u.firm_id, json.dumps(u.before, ensure_ascii=False)) for u in chunk],
        )
        step(len(chunk))
    _apply_joins(conn, plan, list_id, batch_id)
    step(len(plan.joins))
    for chunk in _chunks(plan.removed):
        conn.executemany(
            "UPDATE list_membership SET active = 0, last_batch_id = ? WHERE list_id = ? AND firm_id = ?",
            [(batch_id, list_id, fid) for fid in chunk],
        )
        conn.executemany(
            "INSERT INTO batch_change (batch_id, firm_id, kind, before) "
            "SELECT ?, id, 'removed', json_object('on_list', on_list) FROM firm WHERE id = ?",
            [(batch_id, fid) for fid in chunk],
        )
        conn.executemany(
            "UPDATE firm SET on_list = 0, updated_at = ? WHERE id = ? AND NOT EXISTS "
            "(SELECT 1 FROM list_membership m WHERE m.firm_id = firm.id AND m.active = 1)",
            [(now, fid) for fid in chunk],
        )
        step(len(chunk))
    conn.execute(
        "UPDATE list_membership SET last_batch_id = ? WHERE list_id = ? AND active = 1 AND last_batch_id <> ?",
        (batch_id, list_id, batch_id),
    )


def _apply_joins(conn: Any, plan: ImportPlan, list_id: int, batch_id: int) -> None:
    """Existing firms that (re)join this list: membership on, firm back on a list."""
    rows = list(plan.joins.items())
    conn.executemany(
        "INSERT INTO list_membership (list_id, firm_id, active, first_batch_id, last_batch_id) "
        "VALUES (?, ?, 1, ?, ?) ON CONFLICT(list_id, firm_id) DO UPDATE SET active = 1, "
        "last_batch_id = excluded.last_batch_id",
        [(list_id, fid, batch_id, batch_id) for fid, _ in rows],
    )
    conn.executemany(
        "INSERT INTO batch_change (batch_id, firm_id, kind, before) VALUES (?, ?, 'relisted', ?)",
        [
            (batch_id, fid, json.dumps({"membership": state, "on_list": plan.on_list_before[fid]}))
            for fid, state in rows
        ],
    )
    conn.executemany("UPDATE firm SET on_list = 1 WHERE id = ?", [(fid,) for fid, _ in rows])
