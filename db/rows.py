"""Reading single rows and their names: counts, lookups by value, the name a row is shown by.

Table and column names reaching these functions come from the app's own specs (core.fields.spec), never from
user text; values are always bound as parameters.
"""

from __future__ import annotations

from db.introspect import check_column, check_table

# How a row of each table is named where another row refers to it (core.fields.spec.display_of in Python).
DISPLAY_SQL = {
    "firms": "coalesce(nullif(short_name, ''), name_zh)",
    "components": "name_zh",
    "layers": "name_zh",
    "centres": "name_zh",
    "plans": "code",
    "targets": "code || ' ' || name_zh",
    "sources": "CASE WHEN ref IS NOT NULL AND ref != '' THEN ref || ' ' || title ELSE title END",
    "observations": "coalesce(metric_zh, '') || ' ' || as_of",
    "capabilities": "CAST(id AS TEXT)",
    "supply_links": "CAST(id AS TEXT)",
}


def count(db, table: str) -> int:
    check_table(db, table)
    return db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def exists(db, table: str, row_id: int) -> bool:
    check_table(db, table)
    return db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [row_id]).fetchone() is not None


def get(db, table: str, row_id: int) -> dict | None:
    """The whole row as a dict, or None."""
    check_table(db, table)
    cur = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
    found = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], found, strict=True)) if found else None


def get_many(db, table: str, ids) -> dict[int, dict]:
    check_table(db, table)
    ids = list(ids)
    out: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        cur = db.execute(f"SELECT * FROM [{table}] WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            out[row[0]] = dict(zip(names, row, strict=True))
    return out


def column_names(db, table: str) -> list[str]:
    check_table(db, table)
    return [info[1] for info in db.execute(f"PRAGMA table_info([{table}])")]


def reference_rows(db, table: str, match_columns):
    """(id, display name, match column values …) of every row: what references are resolved against."""
    check_table(db, table)
    cols = "".join(f", [{check_column(db, table, c)}]" for c in match_columns)
    return db.execute(f"SELECT id, {DISPLAY_SQL[table]}{cols} FROM [{table}]")


def ids_with_value(db, table: str, column: str, value, *, limit: int = 2) -> list[int]:
    check_column(db, table, column)
    return [r[0] for r in db.execute(f"SELECT id FROM [{table}] WHERE [{column}] = ? LIMIT ?", [value, limit])]


def label(db, table: str, row_id) -> str:
    """The name a row is shown by ('#12' when it has none or no longer exists)."""
    if row_id is None:
        return ""
    check_table(db, table)
    found = db.execute(f"SELECT {DISPLAY_SQL[table]} FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return str(found[0]) if found and found[0] is not None else f"#{row_id}"


def labels(db, table: str, ids) -> dict[int, str]:
    check_table(db, table)
    ids = [i for i in set(ids) if i is not None]
    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row_id, text in db.execute(
                f"SELECT id, {DISPLAY_SQL[table]} FROM [{table}] WHERE id IN ({', '.join('?' for _ in chunk)})", chunk):
            out[row_id] = str(text) if text is not None else f"#{row_id}"
    return out


def first_id(db, table: str) -> int | None:
    check_table(db, table)
    return db.execute(f"SELECT min(id) FROM [{table}]").fetchone()[0]


def column_defaults(db, table: str) -> dict:
    """NOT NULL columns with a default (needs_check 0, kind 'level' …), as the schema gives them."""
    out = {}
    for info in db.execute(f"PRAGMA table_info([{check_table(db, table)}])"):
        name, notnull, default = info[1], info[3], info[4]
        if notnull and default is not None:
            text = str(default).strip("'\"")
            out[name] = int(text) if text.lstrip("-").isdigit() else text
    return out
