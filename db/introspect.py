"""What the schema itself says: tables, columns, foreign keys and unique keys, read with PRAGMAs.

Deletes, imports and checks derive from here instead of keeping hand-written copies of the schema that could
drift from it. Results are cached on the database object (the schema only changes through migrations, which
run before anything else opens the file).
"""

from __future__ import annotations

from dataclasses import dataclass

# Link tables whose rows go with the row they hang on (ON DELETE CASCADE): not worth asking about.
INTERNAL_TABLES = ("meta", "change_log", "_sqlite_migrations")


@dataclass(frozen=True)
class ForeignKey:
    table: str  # the referring table
    column: str
    ref_table: str
    on_delete: str  # 'CASCADE', 'NO ACTION' …
    not_null: bool


@dataclass
class _Schema:
    columns: dict[str, list[str]]
    foreign_keys: list[ForeignKey]
    unique: dict[str, list[tuple[str, ...]]]


def _schema(db) -> _Schema:
    cached = getattr(db, "_chain_mapper_schema", None)
    if cached is not None:
        return cached
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    columns, fks, unique = {}, [], {}
    for table in tables:
        info = db.execute(f"PRAGMA table_info([{table}])").fetchall()
        columns[table] = [r[1] for r in info]
        not_null = {r[1] for r in info if r[3]}
        for fk in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            fks.append(ForeignKey(table, fk[3], fk[2], fk[6], fk[3] in not_null))
        keys = []
        for idx in db.execute(f"PRAGMA index_list([{table}])").fetchall():
            if idx[2] and idx[3] != "pk":  # unique, not the primary key
                keys.append(tuple(r[2] for r in db.execute(f"PRAGMA index_info([{idx[1]}])")))
        unique[table] = keys
    schema = _Schema(columns, fks, unique)
    try:
        db._chain_mapper_schema = schema
    except AttributeError:  # a plain connection: no cache
        pass
    return schema


def check_table(db, table: str) -> str:
    """``table`` if the schema has it; a KeyError otherwise (names are never taken from user text)."""
    if table not in _schema(db).columns:
        raise KeyError(f"no table {table!r}")
    return table


def check_column(db, table: str, column: str) -> str:
    if column not in _schema(db).columns.get(table, ()):
        raise KeyError(f"no column {table}.{column}")
    return column


def columns(db, table: str) -> list[str]:
    return list(_schema(db).columns[check_table(db, table)])


def foreign_keys_to(db, table: str) -> list[ForeignKey]:
    """Every column of another (or the same) table that refers to ``table``."""
    return [fk for fk in _schema(db).foreign_keys if fk.ref_table == table]


def foreign_keys_of(db, table: str) -> list[ForeignKey]:
    return [fk for fk in _schema(db).foreign_keys if fk.table == table]


def unique_keys(db, table: str) -> list[tuple[str, ...]]:
    """Column sets the schema declares unique (UNIQUE constraints and unique indexes)."""
    return list(_schema(db).unique.get(check_table(db, table), []))


def data_tables(db) -> list[str]:
    return [t for t in _schema(db).columns if t not in INTERNAL_TABLES and not t.endswith(
        ("_search", "_search_data", "_search_idx", "_search_content", "_search_docsize", "_search_config"))]
