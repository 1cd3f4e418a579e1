"""Developer tool: autogenerate the next Alembic revision against a scratch database at head.

Usage: python tools/new_migration.py "message" REVISION_ID
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from desktop.store.database import make_engine
from desktop.store.keys import DatabaseKey, KeySource
from desktop.store.migrate import alembic_config


def main() -> None:
    message, rev_id = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        key = DatabaseKey(b"\x01" * 32, KeySource.ENV)
        engine = make_engine(Path(tmp) / "scratch.db", key)
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":
    main()
