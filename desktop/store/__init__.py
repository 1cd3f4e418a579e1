"""Persistence: SQLAlchemy models on an encrypted SQLite (SQLCipher) database, keys, migrations."""
