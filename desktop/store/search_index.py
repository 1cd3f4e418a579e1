"""The firm search index: an FTS5 trigram table over firm names, legal representatives and pinyin
initials, kept in step with ``firm`` by triggers (imports, edits, undo and demo data all go through them).

Trigrams answer substring queries of 3+ characters from the index. One- and two-character queries
(鑫, 科技, a two-character legal representative) cannot use trigrams; they fall back to LIKE over the firm
table scanned in display order, which stops as soon as a page is filled (see services/firm_search.py).
"""

from __future__ import annotations

FTS_TABLE = "firm_fts"
FTS_MIN_CHARS = 3

CREATE_STATEMENTS: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(name, legal_rep, name_initials, "
    "content='firm', content_rowid='id', tokenize='trigram')",
    f"""CREATE TRIGGER firm_fts_ai AFTER INSERT ON firm BEGIN
        INSERT INTO {FTS_TABLE}(rowid, name, legal_rep, name_initials)
        VALUES (new.id, new.name, new.legal_rep, new.name_initials);
    END""",
    f"""CREATE TRIGGER firm_fts_ad AFTER DELETE ON firm BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name, legal_rep, name_initials)
        VALUES ('delete', old.id, old.name, old.legal_rep, old.name_initials);
    END""",
    f"""CREATE TRIGGER firm_fts_au AFTER UPDATE OF name, legal_rep, name_initials ON firm BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name, legal_rep, name_initials)
        VALUES ('delete', old.id, old.name, old.legal_rep, old.name_initials);
        INSERT INTO {FTS_TABLE}(rowid, name, legal_rep, name_initials)
        VALUES (new.id, new.name, new.legal_rep, new.name_initials);
    END""",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
)
DROP_STATEMENTS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS firm_fts_ai",
    "DROP TRIGGER IF EXISTS firm_fts_ad",
    "DROP TRIGGER IF EXISTS firm_fts_au",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)


def fts_phrase(text: str) -> str:
    """A MATCH expression for one literal substring (quotes doubled, so user text is never syntax)."""
    return '"' + text.replace('"', '""') + '"'
