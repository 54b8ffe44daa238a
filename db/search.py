"""Substring search in Chinese and English through an FTS5 index of character bigrams.

SQLite's default FTS5 tokenizer treats a run of Chinese characters as one word (乐聚 would not find
乐聚(深圳)机器人技术有限公司) and its trigram tokenizer needs three characters. So each searchable row is indexed
as the bigrams of its Chinese runs plus its Latin words: a two-character query is one token, a longer one is
a phrase of consecutive bigrams, and an English word is a prefix query. A one-character query falls back to a
LIKE scan. The index is kept in step by :mod:`db.changes` (the only door for writes) and can be rebuilt.
"""

from __future__ import annotations

import re
import unicodedata

from db import sort_keys

# Table -> the columns whose text is searchable.
SEARCHABLE: dict[str, tuple[str, ...]] = {
    "firms": ("name_zh", "short_name", "name_en", "aliases", "products", "notes"),
    "centres": ("name_zh", "name_en", "aliases", "host", "notes"),
    "components": ("name_zh", "name_en", "notes"),
}

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_CJK}]+|[0-9a-z]+")
_IS_CJK = re.compile(rf"[{_CJK}]")


def index_table(table: str) -> str:
    return f"{table}_search"


def normalise(text: str) -> str:
    """Full-width to half-width, lower case (NFKC folds ＡＢＣ１２３ and full-width brackets)."""
    return unicodedata.normalize("NFKC", text).lower()


def tokens(text: str | None) -> list[str]:
    if not text:
        return []
    out: list[str] = []
    for run in _RUN.findall(normalise(text)):
        if len(run) > 1 and _IS_CJK.match(run):
            out.extend(map(str.__add__, run[:-1], run[1:]))  # bigrams
        else:
            out.append(run)
    return out


_SEP = " zzsep "  # between columns, so a phrase never spans two columns


def document(row: dict, table: str) -> str:
    return _SEP.join(" ".join(tokens(row.get(col))) for col in SEARCHABLE[table])


def _tokens_text(text) -> str:
    """``" ".join(tokens(text))``, without the list of tokens."""
    if not text:
        return ""
    parts = []
    for run in _RUN.findall(normalise(text)):
        parts.append(" ".join(map(str.__add__, run[:-1], run[1:])) if len(run) > 1 and _IS_CJK.match(run) else run)
    return " ".join(parts)


def documents(table: str, columns: list[str], by_column: list) -> list[str]:
    """:func:`document` of many rows given a column at a time (``by_column[i]``: the values of
    ``columns[i]``): a value repeated down a column (a product, a district) is tokenised once."""
    n = len(by_column[0]) if by_column else 0
    parts = []
    for col in SEARCHABLE[table]:
        if col not in columns:
            parts.append(("",) * n)
            continue
        memo: dict = {None: ""}
        out = []
        for value in by_column[columns.index(col)]:
            part = memo.get(value)
            if part is None:
                part = memo[value] = _tokens_text(value)
            out.append(part)
        parts.append(out)
    return list(map(_SEP.join, zip(*parts, strict=True)))


def index_new_rows(db, table: str, columns: list[str], by_column: list) -> None:
    """Index rows just inserted with these values, given a column at a time (a bulk import: nothing to
    delete, nothing to read back), and give them their pinyin order keys."""
    if table not in SEARCHABLE:
        return
    db.conn.executemany(f"INSERT INTO [{index_table(table)}] (rowid, tokens) VALUES (?, ?)",
                        zip(by_column[columns.index("id")], documents(table, columns, by_column), strict=True))
    sort_keys.add_new(db, table, columns, by_column)


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for ``text``, or None when it needs the LIKE fallback (a lone character)."""
    clauses = []
    for run in _RUN.findall(normalise(text)):
        if _IS_CJK.match(run):
            if len(run) == 1:
                return None
            clauses.append('"' + " ".join(run[i:i + 2] for i in range(len(run) - 1)) + '"')
        else:
            clauses.append(f'"{run}"*')
    return " AND ".join(clauses) if clauses else None


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filter_sql(table: str, text: str) -> tuple[str, list]:
    """A WHERE fragment (over ``table`` aliased as the bare table name) and its parameters."""
    text = text.strip()
    if not text:
        return "1", []
    query = fts_query(text)
    if query is not None and table in SEARCHABLE:
        return f"[{table}].id IN (SELECT rowid FROM [{index_table(table)}] WHERE [{index_table(table)}] MATCH ?)", [query]
    cols = SEARCHABLE.get(table, ("name_zh",))
    pattern = f"%{escape_like(text)}%"
    ors = " OR ".join(f"[{table}].[{c}] LIKE ? ESCAPE '\\'" for c in cols)
    return f"({ors})", [pattern] * len(cols)


def refresh_rows(db, table: str, ids) -> None:
    """Re-index these rows (rows that no longer exist are dropped from the index)."""
    if table not in SEARCHABLE:
        return
    ids = list(ids)
    sort_keys.refresh(db, table, ids)  # the pinyin order keys of the name columns follow the same writes
    fts = index_table(table)
    cols = ", ".join(f"[{c}]" for c in SEARCHABLE[table])
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        db.execute(f"DELETE FROM [{fts}] WHERE rowid IN ({marks})", chunk)
        cur = db.execute(f"SELECT id, {cols} FROM [{table}] WHERE id IN ({marks})", chunk)
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        db.conn.executemany(f"INSERT INTO [{fts}] (rowid, tokens) VALUES (?, ?)",
                            [(r["id"], document(r, table)) for r in rows])


def rebuild(db, table: str) -> int:
    """Rebuild one table's index from scratch; returns the number of rows indexed."""
    fts = index_table(table)
    cols = ", ".join(f"[{c}]" for c in SEARCHABLE[table])
    with db.atomic():
        db.execute(f"DELETE FROM [{fts}]")
        cur = db.conn.execute(f"SELECT id, {cols} FROM [{table}]")
        names = [d[0] for d in cur.description]
        n = 0
        while True:
            batch = cur.fetchmany(5000)
            if not batch:
                break
            db.conn.executemany(
                f"INSERT INTO [{fts}] (rowid, tokens) VALUES (?, ?)",
                [(r[0], document(dict(zip(names, r, strict=True)), table)) for r in batch],
            )
            n += len(batch)
        if table in sort_keys.KEYED and sort_keys.ready(db, table):
            sort_keys.rebuild(db, table)  # the pinyin order keys are derived from the same rows
    return n
