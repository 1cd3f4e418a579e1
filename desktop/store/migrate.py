"""Running Alembic programmatically: the schema is brought to the latest revision at every start.

It knows engines, not the ``Database`` that owns them (database.py calls in here, never the reverse).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine, before: Callable[[], None] | None = None) -> None:
    """Upgrade the schema; ``before()`` runs first when an existing database is about to change (the
    caller's backup, or its refusal), never for a new, empty one."""
    current = current_revision(engine)
    if current == head_revision():
        return
    if current is not None and before is not None:
        before()
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
