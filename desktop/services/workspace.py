"""The open workspace: data directory, database, working-day calendar and who is working.

Passed explicitly to every service (no global state), so tests and the CLI open as many as they like.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import platformdirs

from desktop.domain.errors import Message, error_text
from desktop.domain.workcalendar import WorkCalendar, parse_calendar_file
from desktop.store.backup import (
    BackupError,
    BackupFile,
    aside_name,
    backup_dir,
    daily_backup_if_due,
    stage_copy,
    swap_in,
    take_backup,
)
from desktop.store.database import DB_FILE_NAME, BeforeMigrate, Database, open_database
from desktop.store.diagnosis import explain_open_failure
from desktop.store.errors import StorageFailed, StoreError
from desktop.store.keys import DatabaseKey, KeyStore
from desktop.store.settings import get_setting

APP_NAME = "FirstLoanDesk"
CALENDAR_FILE = "calendar.json"


def default_data_dir() -> Path:
    """Per-user data directory: %LOCALAPPDATA%\\FirstLoanDesk on Windows, ~/.local/share/FirstLoanDesk on Linux."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


@dataclass(frozen=True)
class DataFolder:
    """Where the data is and how its key is found: enough for the safety commands that must work when
    the database itself cannot be opened (restore, backups, check, key restore)."""

    path: Path
    keyring_backend: Any | None = None
    environ: Mapping[str, str] | None = None

    @property
    def db_path(self) -> Path:
        return self.path / DB_FILE_NAME

    @property
    def backups(self) -> Path:
        return backup_dir(self.path)

    def keystore(self) -> KeyStore:
        return KeyStore(self.db_path, backend=self.keyring_backend, environ=self.environ)

    def key(self) -> DatabaseKey | None:
        return self.keystore().load()


@dataclass(frozen=True)
class Profile:
    """Who uses this laptop: the officer, the bank and branch (填报单位 in the ledger)."""

    officer: str = ""
    bank: str = ""
    branch: str = ""
    unit: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.officer and self.bank and self.branch)


@dataclass
class Workspace:
    data_dir: Path
    db: Database
    calendar: WorkCalendar
    _profile: Profile | None = field(default=None, repr=False)
    # Things the officer should know that did not stop the start (e.g. the daily backup failed).
    warnings: list[str] = field(default_factory=list)
    # Today's date for the rules that need it (no date after today, what is due); tests fix it.
    clock: Callable[[], date] = field(default=date.today, repr=False)

    def today(self) -> date:
        return self.clock()

    @property
    def created(self) -> bool:
        """This open made the database (a new, empty one): the CLI and the window say so."""
        return self.db.created

    @property
    def profile(self) -> Profile:
        if self._profile is None:
            with self.db.session() as session:
                stored: dict[str, Any] = get_setting(session, "profile", {}) or {}
            self._profile = Profile(**{k: str(v) for k, v in stored.items() if k in Profile.__annotations__})
        return self._profile

    def forget_profile(self) -> None:
        self._profile = None

    @property
    def actor(self) -> str:
        """The name written into the audit log: the officer, else the OS account."""
        return actor_name(self.profile)

    def close(self) -> None:
        self.db.dispose()


def actor_name(profile: Profile) -> str:
    """Who is acting, for the audit log: the officer, else the OS account."""
    if profile.officer:
        return profile.officer
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


def load_calendar(data_dir: Path) -> WorkCalendar:
    """The official calendar plus the officer's own file for years the package does not know yet."""
    path = data_dir / CALENDAR_FILE
    if not path.exists():
        return WorkCalendar()
    return WorkCalendar(extra=parse_calendar_file(path.read_text(encoding="utf-8"), str(path)))


class MigrationFailed(StoreError):
    """Upgrading the schema failed; the database was put back as it was before."""


def open_workspace(
    data_dir: Path | None = None,
    *,
    keyring_backend: Any | None = None,
    environ: Mapping[str, str] | None = None,
    create: bool = True,
    before_migrate: BeforeMigrate | None = None,
    daily_backup: bool = True,
    start_over: bool = False,
) -> Workspace:
    """Open the workspace: a backup is taken before any migration (and put back if it fails), and
    once a day on the first start (``daily_backup``; the window takes it in the background instead).

    ``create``: make the database where there is none and no key is stored (else NoDatabase). A stored
    key without its database is DatabaseMissing, whatever ``create`` says.
    """
    data_dir = (data_dir or default_data_dir()).expanduser()
    keystore = KeyStore(data_dir / DB_FILE_NAME, backend=keyring_backend, environ=environ)
    taken: list[BackupFile] = []

    def backup_then_migrate(db: Database) -> None:
        if before_migrate is not None:  # first: the caller may refuse (e.g. someone else holds the lock)
            before_migrate(db)
        taken.append(take_backup(db.path, db.key, backup_dir(data_dir), "before-migrate"))

    try:
        db = open_database(
            data_dir, keystore, create=create, before_migrate=backup_then_migrate, start_over=start_over
        )
    except StoreError as exc:
        if taken:
            raise _migration_failed(data_dir, taken[0], exc) from exc
        key = keystore.load()
        explained = exc if key is None else explain_open_failure(data_dir, key, exc)
        if explained is exc:
            raise
        raise explained from exc
    except Exception as exc:
        if not taken:
            raise
        raise _migration_failed(data_dir, taken[0], exc) from exc
    try:
        ws = Workspace(data_dir=data_dir, db=db, calendar=load_calendar(data_dir))
        if db.anchor_problem is not None:
            ws.warnings.append(db.anchor_problem)
        if not db.created and daily_backup:
            take_daily_backup(ws)
    except BaseException:
        db.dispose()
        raise
    return ws


def _migration_failed(data_dir: Path, backup: BackupFile, exc: BaseException) -> MigrationFailed:
    # open_database has closed its connections; the failed file and its WAL are kept aside.
    swap_in(stage_copy(backup.path, data_dir), data_dir, aside_name(data_dir))
    return MigrationFailed(
        f"升级数据库结构失败（{exc}）。已恢复到升级前的备份 {backup.path.name}，数据未改动。",
        en=f"Upgrading the database structure failed ({exc}). The backup taken before the upgrade, "
        f"{backup.path.name}, has been put back; no data was changed.",
    )


def take_daily_backup(ws: Workspace) -> BackupFile | None:
    """The first start of a day backs up (unless nothing changed); a failure is a warning, never a stop."""
    try:
        return daily_backup_if_due(ws.db.path, ws.db.key, backup_dir(ws.data_dir))
    except (OSError, BackupError, StorageFailed) as exc:  # never stop the officer from working over a backup
        ws.warnings.append(
            Message(f"今日自动备份失败：{exc}", f"Today's automatic backup failed: {error_text(exc, 'en')}")
        )
        return None
