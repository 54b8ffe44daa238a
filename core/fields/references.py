"""References typed by name: '优必选' in a capability's firm column becomes that firm's id.

One :class:`Resolver` serves the cell editor, paste, the importer and the exporter (which writes each
reference as a name that reads back to the same row). A text is matched against the table's REF_MATCH
columns in order — the first column with a match wins, and a name two rows share is refused, never guessed —
then against the row's display name, then 'name #id'. Matching is on folded keys (full-width, traditional
characters, case and spaces do not matter). A table too large to hold in memory (a benchmark's million firms)
is matched in SQL on the names as written.
"""

from __future__ import annotations

import re

from core import vocabulary
from core.errors import FieldRejected
from core.fields.spec import ALIAS_SEPARATOR, REF_MATCH, display_of
from db import rows as db_rows

SMALL = 50_000  # rows held in memory per table
_ID_SUFFIX = re.compile(r"^(.*?)\s*#(\d+)$")
_AMBIGUOUS = -1


def split_aliases(text) -> list[str]:
    return [a.strip() for a in re.split(r"[;；,，、/|\n]", str(text or "")) if a.strip()]


class _Index:
    def __init__(self, table: str):
        self.table = table
        self.columns = REF_MATCH.get(table, ("name_zh",))
        self.keys: list[dict[str, int]] = [{} for _ in self.columns]
        self.display: dict[str, int] = {}
        self.rows: dict[int, tuple] = {}  # id -> (display, match values …)

    def add(self, row_id: int, display, values) -> None:
        self.rows[row_id] = (display, *values)
        for index, column, value in zip(self.keys, self.columns, values, strict=True):
            names = split_aliases(value) if column == "aliases" else [value]
            for name in names:
                _put(index, vocabulary.fold(name), row_id)
        _put(self.display, vocabulary.fold(display), row_id)


def _put(index: dict, key: str, row_id: int) -> None:
    if key:
        index[key] = _AMBIGUOUS if index.get(key, row_id) != row_id else row_id


class Resolver:
    """Names -> ids for every table referred to; built lazily per table, kept until :meth:`forget`."""

    def __init__(self, db, *, small: int | None = SMALL):
        """``small``: tables with more rows are matched in SQL; None holds every table in memory (an import)."""
        self.db, self.small = db, small
        self._indexes: dict[str, _Index | None] = {}
        self._labels: dict[str, dict[int, str]] = {}

    def forget(self, table: str | None = None) -> None:
        """Drop what is known of ``table`` (every table when None) after it changed."""
        for t in [table] if table else list(self._indexes):
            self._indexes.pop(t, None)
            self._labels.pop(t, None)

    def _index(self, table: str) -> _Index | None:
        if table not in self._indexes:
            if self.small is not None and db_rows.count(self.db, table) > self.small:
                self._indexes[table] = None
            else:
                index = _Index(table)
                for row_id, display, *values in db_rows.reference_rows(self.db, table, index.columns):
                    index.add(row_id, display, values)
                self._indexes[table] = index
        return self._indexes[table]

    def add(self, table: str, row_id: int, row: dict) -> None:
        """Make a row being imported (or renamed) findable by its names before it is written."""
        index = self._index(table)
        if index is not None:
            index.add(row_id, display_of(table, row), tuple(row.get(c) for c in index.columns))
        self._labels.pop(table, None)

    def resolve(self, table: str, raw) -> int | None:
        """The id ``raw`` names in ``table``; raises FieldRejected (ref_unknown, ref_ambiguous, ref_missing_row)."""
        if raw is None:
            return None
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if isinstance(raw, int) and not isinstance(raw, bool):
            return self._existing(table, raw)
        text = " ".join(str(raw).split())
        if not text:
            return None
        if text.startswith("#") and text[1:].isdigit():
            return self._existing(table, int(text[1:]))
        index = self._index(table)
        found = self._match_index(index, text) if index is not None else self._match_sql(table, text)
        if found is not None:
            return found
        m = _ID_SUFFIX.match(text)
        if m and self._exists(table, int(m.group(2))):
            return int(m.group(2))
        if table == "targets" and " " in text:  # 'E5 产业集群相关企业' as the app shows a target
            return self.resolve(table, text.split(" ", 1)[0])
        raise FieldRejected("ref_unknown", ref_table=table)

    def _match_index(self, index: _Index, text: str) -> int | None:
        key = vocabulary.fold(text)
        for keys in [*index.keys, index.display]:
            hit = keys.get(key)
            if hit == _AMBIGUOUS:
                raise FieldRejected("ref_ambiguous", ref_table=index.table)
            if hit is not None:
                return hit
        return None

    def _match_sql(self, table: str, text: str) -> int | None:
        for column in REF_MATCH.get(table, ("name_zh",)):
            if column == "aliases":
                continue
            ids = db_rows.ids_with_value(self.db, table, column, text, limit=2)
            if len(ids) > 1:
                raise FieldRejected("ref_ambiguous", ref_table=table)
            if ids:
                return ids[0]
        return None

    def _exists(self, table: str, row_id: int) -> bool:
        index = self._index(table)
        if index is not None:
            return row_id in index.rows
        return db_rows.exists(self.db, table, row_id)

    def _existing(self, table: str, row_id: int) -> int:
        if not self._exists(table, row_id):
            raise FieldRejected("ref_missing_row", ref_table=table)
        return row_id

    # ----- names for ids ------------------------------------------------------------------------------------
    def labels(self, table: str) -> dict[int, str]:
        """A name for every row that resolves back to exactly that row ('name #id' where names are shared)."""
        if table not in self._labels:
            out: dict[int, str] = {}
            index = self._index(table)
            rows = index.rows.items() if index is not None else (
                (r[0], tuple(r[1:])) for r in db_rows.reference_rows(self.db, table, REF_MATCH.get(table, ("name_zh",))))
            for row_id, (display, *values) in rows:
                out[row_id] = self._label_for(table, index, row_id, display, values)
            self._labels[table] = out
        return self._labels[table]

    def label(self, table: str, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        return self.labels(table).get(row_id, f"#{row_id}")

    def _label_for(self, table, index, row_id, display, values) -> str:
        shown = " ".join(str(display).split()) if display is not None else ""
        if index is None:
            return shown or f"#{row_id}"
        for candidate in [shown, *(v for v in values if v is not None)]:
            candidate = " ".join(str(candidate).split())
            if candidate and ALIAS_SEPARATOR.strip() not in candidate:
                try:
                    if self._match_index(index, candidate) == row_id:
                        return candidate
                except FieldRejected:
                    pass
        return f"{shown} #{row_id}".strip()
