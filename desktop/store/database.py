"""Opening the encrypted database: engine, sessions and one-writer-at-a-time transactions.

SQLCipher connections come from sqlcipher3 (a pysqlite fork); the raw key is set before anything
else touches the file. Transactions are begun explicitly: plain ``BEGIN`` for reading, ``BEGIN
IMMEDIATE`` for writing, so two writers queue on the database lock instead of failing halfway.
A new database is made only where no key is stored (a stored key without its database means the
database was lost: its backups need that key). Each commit that audits moves the anchor (anchor.py).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop.domain.errors import Message
from desktop.store.anchor import AUDITED, Anchor, ChainHead, anchor_problem, mark_anchored, read_head
from desktop.store.anchor import session_connection as _driver
from desktop.store.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    KeyMissingError,
    NoDatabase,
    StoreError,
    WrongKeyError,
    storage_failure,
)
from desktop.store.keys import DatabaseKey, KeySource, KeyStore
from desktop.store.parameters import register_adapters
from desktop.store.search_index import register_functions

DB_FILE_NAME = "firstloan.db"
PAGE_SIZE = 4096  # SQLCipher's: a whole database file is always a multiple of it
BUSY_TIMEOUT_MS = 15_000

register_adapters()  # before any connection binds a parameter (see parameters.py)

# Called right before migrations change an existing database (the backup hook of the service layer).
BeforeMigrate = Callable[["Database"], None]


def _keyed(conn: sqlcipher.Connection, path: Path, key: DatabaseKey) -> None:
    """Key ``conn`` and decrypt the first page, or close it and say why it cannot be opened."""
    try:
        # SQLCipher would print its own lines on stderr for a wrong key; our error says it clearly.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key.sqlcipher_pragma())
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the schema is the first operation that decrypts a page.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise open_failure(path, key, exc) from exc


def open_failure(path: Path, key: DatabaseKey, exc: BaseException) -> StoreError:
    """What a failure to open ``path`` means, as far as the file alone can tell (see store/diagnosis.py
    for telling a damaged first page from a wrong key)."""
    text = str(exc)
    if "not a database" in text or "encrypted" in text:
        return WrongKeyError(
            f"无法用找到的密钥（{key.source.label_zh}）打开数据库 {path}：密钥不对，或这不是本程序的数据库。"
            "如有恢复密钥，请执行 firstloan key restore。",
            en=f"The key found ({key.source.label_en}) does not open the database {path}: the key is wrong, or "
            "this is not a database of this program. If you have the recovery key, run firstloan key restore.",
        )
    if "malformed" in text or "corrupt" in text:
        return damaged_error(path, text)
    return storage_failure(exc, f"打开数据库 {path}", f"Opening the database {path}") or StoreError(
        f"无法打开数据库 {path}：{exc}", en=f"Cannot open the database {path}: {exc}"
    )


def damaged_error(path: Path, detail: str, why: Message | None = None) -> DatabaseDamaged:
    """``detail`` is SQLite's own words (English) or a Message of ours; ``why`` says how we know it is not
    the key (by default: the key decrypted the first page)."""
    detail_en = detail.en if isinstance(detail, Message) else detail
    why = why or Message(
        "密钥能解开它的第一页，坏的是文件本身",
        "the key decrypts its first page, so the file itself is at fault",
    )
    return DatabaseDamaged(
        f"数据库文件 {path} 已损坏（{detail}）；{why}。请用 firstloan backups 查看备份，"
        "再用 firstloan restore 备份文件 恢复（损坏的文件会另存，不会删除）。",
        en=f"The database file {path} is damaged ({detail_en}); {why.en}. List the backups with firstloan backups "
        "and restore one with firstloan restore FILE (the damaged file is kept aside, never deleted).",
    )


def connect_raw(path: Path, key: DatabaseKey) -> sqlcipher.Connection:
    """A keyed sqlcipher3 connection with our pragmas; raises WrongKeyError if the key does not fit and
    DatabaseDamaged if the file is damaged."""
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    _keyed(conn, path, key)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    register_functions(conn)  # the search-index triggers call them
    return conn


def connect_readonly(path: Path, key: DatabaseKey) -> sqlcipher.Connection:
    """A keyed connection that cannot change the file (not even its journal mode): for checking backups."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlcipher.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    _keyed(conn, path, key)
    return conn


@dataclass
class Database:
    path: Path
    key: DatabaseKey
    engine: Engine
    # The live database's anchor file; None for a copy being prepared (a restore's staged file).
    anchor: Anchor | None = None
    created: bool = False  # made by this open (a new, empty database)
    # Found at open: the database does not reach its anchor (the anchor is then left as it was).
    anchor_problem: Message | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _writer: Engine = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._writer = self.engine.execution_options(firstloan_write=True)

    def session(self) -> Session:
        """A session for reading (and small writes that need no write lock up front)."""
        return self._sessions()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: BEGIN IMMEDIATE, commit on success, roll back on any error.

        A full or read-only disk is a StorageFailed (nothing changed). After a commit that added audit
        entries the anchor moves to the new chain head.
        """
        with Session(bind=self._writer, expire_on_commit=False) as session:
            try:
                with session.begin():
                    yield session
                    head = self._audited_head(session)
            except (OSError, sqlalchemy.exc.OperationalError, sqlcipher.OperationalError) as exc:
                failure = storage_failure(exc, "保存", "Saving")
                if failure is None:
                    raise
                raise failure from exc
        if head is not None and self.anchor is not None:
            self.anchor.record(head)

    def _audited_head(self, session: Session) -> ChainHead | None:
        if not session.info.pop(AUDITED, False) or self.anchor is None:
            return None
        conn = _driver(session)
        mark_anchored(conn)
        return read_head(conn)

    def raw_connection(self) -> sqlcipher.Connection:
        """A separate keyed DB-API connection, for bulk work that bypasses the ORM."""
        return connect_raw(self.path, self.key)

    def dispose(self) -> None:
        self.engine.dispose()


def make_engine(path: Path, key: DatabaseKey) -> Engine:
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=lambda: connect_raw(path, key),
        # The URL names no file (the creator opens it), which would make SQLAlchemy share one
        # connection per thread; each session needs its own connection and transaction.
        poolclass=QueuePool,
        pool_size=5,
        max_overflow=10,
        # The most recently used connection first: its page cache holds the pages just decrypted, so a
        # search as you type reads the index pages of the previous keystroke from memory.
        pool_use_lifo=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        write = conn.get_execution_options().get("firstloan_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def database_exists(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0


def missing_error(data_dir: Path, path: Path, key: DatabaseKey) -> DatabaseMissing:
    empty = path.exists()
    what_zh = f"{path.name} 是空文件" if empty else f"没有 {path.name}"
    what_en = f"{path.name} is empty" if empty else f"there is no {path.name}"
    return DatabaseMissing(
        f"数据库文件不见了：数据目录 {data_dir} 中{what_zh}，但本机还保存着它的密钥（{key.source.label_zh}）。"
        "请用 firstloan backups 查看备份，再用 firstloan restore 备份文件 恢复；若确要从空数据库重新开始，"
        "请运行 firstloan init --new（旧密钥会另存，不会删除）。",
        en=f"The database file is gone: in the data folder {data_dir} {what_en}, but its key is still stored "
        f"({key.source.label_en}). List the backups with firstloan backups and restore one with firstloan restore "
        "FILE; to start again with an empty database, run firstloan init --new (the old key is kept aside, never "
        "deleted).",
    )


def no_database_error(data_dir: Path) -> NoDatabase:
    return NoDatabase(
        f"数据目录 {data_dir} 中没有数据库。请检查 --data-dir 是否写错；如要在这里新建，请运行 firstloan init。",
        en=f"The data folder {data_dir} has no database. Check that --data-dir is spelled right; to make a new "
        "one there, run firstloan init.",
    )


def key_for(
    data_dir: Path, keystore: KeyStore, *, create: bool, start_over: bool = False
) -> tuple[DatabaseKey, bool]:
    """The key of the database in ``data_dir`` and whether the database is to be created.

    A new database only where none exists and no key is stored (a key given in FIRSTLOAN_DB_KEY is not
    stored, so one may be made under it); a stored key alone means the database was lost. ``start_over``:
    the caller has just kept the old key aside and stored a new one for a new database (init --new).
    """
    path = data_dir / DB_FILE_NAME
    key = keystore.load()
    if database_exists(path):
        if key is None:
            raise KeyMissingError(
                f"数据库 {path} 已加密，但系统钥匙串、密钥文件和环境变量中都找不到它的密钥。"
                "请用恢复密钥恢复：firstloan key restore。程序不会新建空库覆盖它。",
                en=f"The database {path} is encrypted, but its key is in neither the system keyring, the key file "
                "nor the environment. Restore it with the recovery key: firstloan key restore. The program will "
                "never replace it with a new, empty database.",
            )
        return key, False
    if start_over and key is not None:
        return key, True
    if key is not None and key.source is not KeySource.ENV:
        raise missing_error(data_dir, path, key)
    if not create:
        raise no_database_error(data_dir)
    return (key if key is not None else keystore.create()), True


def open_database(
    data_dir: Path,
    keystore: KeyStore | None = None,
    *,
    create: bool = True,
    before_migrate: BeforeMigrate | None = None,
    start_over: bool = False,
) -> Database:
    """Open (or, where allowed, create) the database in ``data_dir`` and bring its schema up to date."""
    from desktop.store.migrate import upgrade_to_head  # migrations import the models; keep start light

    path = data_dir / DB_FILE_NAME
    keystore = keystore or KeyStore(path)
    key, created = key_for(data_dir, keystore, create=create, start_over=start_over)
    if created:
        _make_folder(data_dir)
        set_aside_leftovers(path)
    connect_raw(path, key).close()  # fail early and clearly on a wrong key (and create the file)
    with contextlib.suppress(OSError):  # owner-only, like the key file (no effect on Windows ACLs)
        os.chmod(path, 0o600)
    db = Database(
        path=path, key=key, engine=make_engine(path, key), anchor=Anchor(path, key), created=created
    )
    try:
        hook = before_migrate
        upgrade_to_head(db.engine, before=None if hook is None else (lambda: hook(db)))
        db.anchor_problem = _check_anchor(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _make_folder(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        failure = storage_failure(exc, f"创建数据目录 {data_dir}", f"Creating the data folder {data_dir}")
        if failure is None:
            raise
        raise failure from exc


def set_aside_leftovers(path: Path) -> None:
    """Before a new database is made at ``path``: an old WAL, shared-memory or anchor file there belongs
    to a database that is gone; it must not be mixed into the new one, nor be deleted."""
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for suffix in ("-wal", "-shm", "-journal", ".anchor"):
        side = Path(str(path) + suffix)
        if side.exists():
            with contextlib.suppress(OSError):
                os.replace(side, side.with_name(f"{side.name}.replaced-{stamp}"))


def _check_anchor(db: Database) -> Message | None:
    """At open (a file read and a few indexed lookups): does the database still reach its anchor? If not,
    the anchor is frozen as evidence. A database never anchored (an older version's) gets its first one."""
    assert db.anchor is not None
    reading = db.anchor.read()
    with db.engine.connect() as connection:
        conn = connection.connection.driver_connection
        problem = anchor_problem(reading, conn)
        head = read_head(conn) if problem is None and not reading.heads else None
        connection.rollback()
    if problem is not None:
        db.anchor.frozen = True
    elif head is not None:
        with contextlib.suppress(OSError):  # a read-only folder: the next write will try again
            db.anchor.write(head)
    return problem
