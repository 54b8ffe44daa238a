"""The rows of one table as a table page shows them: sorted, searched and filtered, a page at a time.

Paging is keyset paging on (sort value, id), never OFFSET, so the millionth row costs what the first does.
Three ways to sort, chosen per query:

* a small table (up to ``SMALL_TABLE`` rows) is sorted in Python with db.collation.sort_key: Chinese by pinyin,
  codes in natural order (P2 before P13), references by the name of the row referred to (layers by their
  place in the chain);
* a big table's name columns (db.sort_keys.KEYED) walk their indexed pinyin key;
* anything else walks the column's own index in stored order.

Table and column names come from the app's specs and are checked against the schema; values are bound.
"""

from __future__ import annotations

from db import search, sort_keys
from db.collation import sort_key
from db.introspect import check_column, check_table
from db.rows import DISPLAY_SQL

SMALL_TABLE = 5000
OPS = ("=", ">=", "<=")
# How a referred row is named in the English UI: by its English name where it has one (db.rows.DISPLAY_SQL
# otherwise). Typed names are resolved in either language (core.fields.references).
DISPLAY_SQL_EN = {
    "firms": "coalesce(nullif(name_en, ''), nullif(short_name, ''), name_zh)",
    "components": "coalesce(nullif(name_en, ''), name_zh)",
    "layers": "coalesce(nullif(name_en, ''), name_zh)",
    "centres": "coalesce(nullif(name_en, ''), name_zh)",
    "targets": "code || ' ' || coalesce(nullif(name_en, ''), name_zh)",
    "observations": "coalesce(nullif(metric_en, ''), metric_zh, '') || ' ' || as_of",
}


def display_sql(table: str, lang: str = "zh") -> str:
    return (DISPLAY_SQL_EN.get(table) if lang == "en" else None) or DISPLAY_SQL[table]


def labels(db, table: str, ids=None, lang: str = "zh") -> dict[int, str]:
    """id -> the name a row is shown by in ``lang``, for these rows (or every row of the table)."""
    check_table(db, table)
    sql = f"SELECT id, {display_sql(table, lang)} FROM [{table}]"
    if ids is None:
        return {r[0]: "" if r[1] is None else str(r[1]) for r in db.execute(sql)}
    ids = [i for i in set(ids) if i is not None]
    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row_id, text in db.execute(f"{sql} WHERE id IN ({', '.join('?' for _ in chunk)})", chunk):
            out[row_id] = f"#{row_id}" if text is None else str(text)
    return out
# How rows referring to these tables sort: by the referred row's place rather than its name.
REF_ORDER_SQL = {"layers": "sort_order"}


class TableQuery:
    """One table page's question to the database. Change the order, search or filters, then read ids with
    :meth:`next_ids` from the start (:meth:`restart`) and rows with :meth:`rows`."""

    def __init__(self, db, table: str, refs: dict[str, str] | None = None, lang: str = "zh"):
        self.db = db
        self.table = check_table(db, table)
        self.refs = dict(refs or {})  # column -> table it refers to
        self.lang = lang  # the language references are named in
        self.search_columns: list[str] = []  # where a table without a full-text index is searched
        self.order_column = "id"
        self.descending = False
        self.search_text = ""
        self.only_ids: list[int] | None = None
        self.conditions: list[tuple[str, str, object]] = []
        self.choice_labels: dict[str, dict] = {}  # column -> stored value -> the name shown (sorts by it)
        self._last: tuple | None = None
        self._exhausted = False
        self._sorted: list[int] | None = None  # the whole order of a small table
        self._position = 0
        self._mode: str | None = None
        self._count: int | None = None
        self._keys_version: int | None = None

    # ----- the question ----------------------------------------------------------------------------------------
    def set_order(self, column: str, descending: bool = False) -> None:
        self.order_column = column if column == "id" else check_column(self.db, self.table, column)
        self.descending = descending

    def set_search(self, text: str) -> None:
        self.search_text = (text or "").strip()
        self._count = None

    def set_ids(self, ids) -> None:
        self.only_ids = None if ids is None else [int(i) for i in ids]
        self._count = None

    def set_conditions(self, conditions) -> None:
        """[(column, op, value)] that every row must meet; op is one of OPS."""
        checked = []
        for column, op, value in conditions or ():
            if op not in OPS:
                raise ValueError(f"unknown operator {op!r}")
            checked.append((check_column(self.db, self.table, column), op, value))
        self.conditions = checked
        self._count = None

    def _where(self) -> tuple[str, list]:
        t = self.table
        parts, params = [], []
        if self.search_text:
            if t in search.SEARCHABLE or not self.search_columns:
                clause, p = search.filter_sql(t, self.search_text)
            else:  # a table without a full-text index (plans, sources …): its text columns, by LIKE
                pattern = f"%{search.escape_like(self.search_text)}%"
                clause = "(" + " OR ".join(f"[{t}].[{c}] LIKE ? ESCAPE '\\'" for c in self.search_columns) + ")"
                p = [pattern] * len(self.search_columns)
            parts.append(clause)
            params += p
        if self.only_ids is not None:
            parts.append(f"[{t}].id IN ({', '.join(str(i) for i in self.only_ids) or '-1'})")
        for column, op, value in self.conditions:
            parts.append(f"[{t}].[{column}] {op} ?")
            params.append(value)
        return (" AND ".join(parts) or "1"), params

    # ----- reading ---------------------------------------------------------------------------------------------
    def count(self) -> int:
        """Rows meeting the search and filters (kept until the next :meth:`restart`)."""
        if self._count is None:
            where, params = self._where()
            self._count = self.db.execute(f"SELECT count(*) FROM [{self.table}] WHERE {where}", params).fetchone()[0]
        return self._count

    def restart(self) -> None:
        """Read from the first row again (after a change of the question or of the data)."""
        self._last, self._exhausted, self._sorted, self._position, self._mode = None, False, None, 0, None
        self._count = None

    def _filtered(self) -> bool:
        return bool(self.search_text or self.only_ids is not None or self.conditions)

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def mode(self) -> str:
        """'small' (sorted in Python), 'keyed' (indexed pinyin key) or 'stored' (the column's own order)."""
        if self.order_column == "id":
            return "stored"
        if sort_keys.is_keyed(self.table, self.order_column) and self._keys_in_step():
            # A few hits of a search are sorted in Python (the same key, so the same order) rather than by
            # walking the whole index for them.
            return "small" if self._filtered() and self.count() <= SMALL_TABLE else "keyed"
        total = self.db.execute(f"SELECT count(*) FROM (SELECT 1 FROM [{self.table}] LIMIT {SMALL_TABLE + 1})").fetchone()[0]
        return "small" if total <= SMALL_TABLE else "stored"

    def _keys_in_step(self) -> bool:
        """Writes through db.changes keep the keys; rows written around it show in a count and the last id,
        checked when the file was first read and whenever another connection has written since."""
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if self._keys_version == version:
            return True
        if sort_keys.in_step(self.db, self.table):
            self._keys_version = version
            return True
        return False

    def next_ids(self, n: int) -> list[int]:
        """The next ``n`` row ids in order (fewer at the end; then :attr:`exhausted` is set)."""
        if self._exhausted:
            return []
        if self._mode is None:
            self._mode = self.mode()
            if self._mode == "small":
                self._sorted = self._sort_small()
        if self._sorted is not None:
            out = self._sorted[self._position:self._position + n]
            self._position += len(out)
            self._exhausted = self._position >= len(self._sorted)
            return out
        out = self._keyset(n, self._mode == "keyed")
        if len(out) < n:
            self._exhausted = True
        return out

    def _sort_small(self) -> list[int]:
        t, col = self.table, self.order_column
        where, params = self._where()
        ref = self.refs.get(col)
        if ref in REF_ORDER_SQL:
            value = f"(SELECT r.[{REF_ORDER_SQL[ref]}] FROM [{ref}] r WHERE r.id = [{t}].[{col}])"
        elif ref:
            value = f"(SELECT {display_sql(ref, self.lang)} FROM [{ref}] r WHERE r.id = [{t}].[{col}])"
        else:
            value = f"[{t}].[{col}]"
        labels = self.choice_labels.get(col, {})
        rows = self.db.execute(f"SELECT [{t}].id, {value} FROM [{t}] WHERE {where}", params).fetchall()

        def key(row):
            v = labels.get(row[1], row[1])
            if v is None:
                return (0, "", row[0])
            if isinstance(v, str):
                return (1, sort_key(v), row[0])
            return (1, v, row[0])

        try:
            rows.sort(key=key)
        except TypeError:  # numbers and text in one column (a file edited elsewhere): text order for all
            rows.sort(key=lambda r: (r[1] is not None, sort_key(r[1]) or "", r[0]))
        ids = [r[0] for r in rows]
        return ids[::-1] if self.descending else ids

    def _keyset(self, n: int, keyed: bool) -> list[int]:
        t = self.table
        where, params = self._where()
        order, cmp = ("DESC", "<") if self.descending else ("ASC", ">")
        last = self._last
        out: list[tuple] = []
        if self.order_column == "id":
            cond, p = (f" AND [{t}].id {cmp} ?", [last[1]]) if last else ("", [])
            sql = f"SELECT [{t}].id, [{t}].id FROM [{t}] WHERE ({where}){cond} ORDER BY [{t}].id {order} LIMIT ?"
            out = self.db.execute(sql, params + p + [n]).fetchall()
        else:
            if keyed:
                side = sort_keys.key_table(t)
                # With a search SQLite would rather sort every hit; walking the key index finds the first
                # page of many hits sooner (54,000 of a million firms: 290 ms -> 60 ms).
                if self._filtered():
                    source = f"[{side}] k INDEXED BY [{side}_{self.order_column}] JOIN [{t}] ON [{t}].id = k.id"
                else:  # the key table alone: its rows are the table's rows (sort_keys.in_step)
                    source = f"[{side}] k"
                col, row_id = f"k.[{self.order_column}]", "k.id"
            else:
                source, col, row_id = f"[{t}]", f"[{t}].[{self.order_column}]", f"[{t}].id"
            # SQLite puts NULLs first ascending and last descending: walk the NULL block and the value block
            # one after the other, each with its own keyset condition.
            blocks = ["value", "null"] if self.descending else ["null", "value"]
            if last is not None:
                blocks = blocks[blocks.index("null" if last[0] is None else "value"):]
            for block in blocks:
                need = n - len(out)
                if need <= 0:
                    break
                continuing = last is not None and ("null" if last[0] is None else "value") == block
                if block == "null":
                    cond = f"{col} IS NULL" + (f" AND {row_id} {cmp} ?" if continuing else "")
                    p = [last[1]] if continuing else []
                    order_by = f"{row_id} {order}"
                else:
                    cond = f"({col}, {row_id}) {cmp} (?, ?)" if continuing else f"{col} IS NOT NULL"
                    p = [last[0], last[1]] if continuing else []
                    order_by = f"{col} {order}, {row_id} {order}"
                sql = f"SELECT {col}, {row_id} FROM {source} WHERE ({where}) AND {cond} ORDER BY {order_by} LIMIT ?"
                rows = self.db.execute(sql, params + p + [need]).fetchall()
                out += rows
                if rows:
                    last = (rows[-1][0], rows[-1][1])
        if out:
            self._last = (out[-1][0], out[-1][1])
        return [r[1] for r in out]

    def rows(self, ids) -> dict[int, dict]:
        """The rows with these ids, each with ``<column>__label``: the name of the row a reference points to."""
        t = self.table
        ids = list(ids)
        extra = "".join(
            f", (SELECT {display_sql(ref, self.lang)} FROM [{ref}] r WHERE r.id = [{t}].[{col}]) AS [{col}__label]"
            for col, ref in self.refs.items() if ref in DISPLAY_SQL)
        found: dict[int, dict] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            cur = self.db.execute(f"SELECT [{t}].*{extra} FROM [{t}] WHERE id IN ({', '.join('?' for _ in chunk)})",
                                  chunk)
            names = [d[0] for d in cur.description]
            for row in cur.fetchall():
                data = dict(zip(names, row, strict=True))
                found[data["id"]] = data
        return found
