"""Opening the encrypted database: engine, sessions and one-writer-at-a-time transactions.

SQLCipher connections come from sqlcipher3 (a pysqlite fork); the raw key is set before anything
else touches the file. Transactions are begun explicitly: plain ``BEGIN`` for reading, ``BEGIN
IMMEDIATE`` for writing, so two writers queue on the database lock instead of failing halfway.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop.store.errors import KeyMissingError, StoreError, WrongKeyError
from desktop.store.keys import DatabaseKey, KeyStore
from desktop.store.parameters import register_adapters
from desktop.store.search_index import register_functions

DB_FILE_NAME = "firstloan.db"
BUSY_TIMEOUT_MS = 15_000

register_adapters()  # before any connection binds a parameter (see parameters.py)

# Called right before migrations change an existing database (the backup hook of the service layer).
BeforeMigrate = Callable[["Database"], None]


def connect_raw(path: Path, key: DatabaseKey) -> sqlcipher.Connection:
    """A keyed sqlcipher3 connection with our pragmas; raises WrongKeyError if the key does not fit."""
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        # SQLCipher would print its own lines on stderr for a wrong key; our error says it clearly.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key.sqlcipher_pragma())
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the schema is the first operation that decrypts a page.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongKeyError(
                f"无法用找到的密钥（{key.source.label_zh}）打开数据库 {path}：密钥不对，或这不是本程序的数据库。"
                "如有恢复密钥，请执行 firstloan key restore。",
                en=f"The key found ({key.source.label_en}) does not open the database {path}: the key is wrong, or "
                "this is not a database of this program. If you have the recovery key, run firstloan key restore.",
            ) from exc
        raise StoreError(
            f"无法打开数据库 {path}：{exc}", en=f"Cannot open the database {path}: {exc}"
        ) from exc
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    register_functions(conn)  # the search-index triggers call them
    return conn


@dataclass
class Database:
    path: Path
    key: DatabaseKey
    engine: Engine
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
        """One write transaction: BEGIN IMMEDIATE, commit on success, roll back on any error."""
        with Session(bind=self._writer, expire_on_commit=False) as session, session.begin():
            yield session

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


def open_database(
    data_dir: Path,
    keystore: KeyStore | None = None,
    *,
    create: bool = True,
    before_migrate: BeforeMigrate | None = None,
) -> Database:
    """Open (or create) the database in ``data_dir`` and bring its schema up to date."""
    from desktop.store.migrate import upgrade_to_head  # migrations import the models; keep start light

    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILE_NAME
    keystore = keystore or KeyStore(path)
    if database_exists(path):
        key = keystore.load()
        if key is None:
            raise KeyMissingError(
                f"数据库 {path} 已加密，但系统钥匙串、密钥文件和环境变量中都找不到它的密钥。"
                "请用恢复密钥恢复：firstloan key restore。程序不会新建空库覆盖它。",
                en=f"The database {path} is encrypted, but its key is in neither the system keyring, the key file "
                "nor the environment. Restore it with the recovery key: firstloan key restore. The program will "
                "never replace it with a new, empty database.",
            )
    elif create:
        key = keystore.create()
    else:
        raise StoreError(
            f"数据目录 {data_dir} 中没有数据库", en=f"The data folder {data_dir} has no database"
        )
    connect_raw(path, key).close()  # fail early and clearly on a wrong key (and create the file)
    with contextlib.suppress(OSError):  # owner-only, like the key file (no effect on Windows ACLs)
        os.chmod(path, 0o600)
    db = Database(path=path, key=key, engine=make_engine(path, key))
    try:
        upgrade_to_head(db, before_migrate)
    except BaseException:
        db.dispose()
        raise
    return db
