"""What planning needs across the sheets of one file: names of referred rows (including rows this import adds),
provisional ids for new rows, natural keys, the values rows have now, and how each cell is read.

New rows get *provisional* ids (-2, -3 … per table): a row of another sheet may refer to them (a capability
naming a firm the firms sheet adds), and the real ids are taken only when the import is applied, under the
write lock, so two imports never plan the same id.
"""

from __future__ import annotations

import unicodedata

from core import fields
from core.fields.spec import MATCH_KEYS, TABLES, Column
from core.importing.model import ImportPlan
from db import importing as dbi
from db import rows as db_rows

COLUMNS = {t: {c.name: c for c in cols} for t, cols in TABLES.items()}


def clean_text(text: str) -> str:
    """Folded for comparing (NFKC, trimmed, inner whitespace as one space): never stored."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def clean(text: str) -> str:
    """clean_text, without its cost for text that is clean already (most cells)."""
    if text.isprintable() and "  " not in text and text == text.strip() and unicodedata.is_normalized("NFKC", text):
        return text
    return clean_text(text)


def natural_value(value):
    if isinstance(value, str):
        return clean(value) or None
    return value


class Converter:
    """Cell -> (stored value, qualifier) for one mapped column, through the field layer; raises FieldRejected.
    Conversions are remembered (cities, roles, years and sources repeat down a list)."""

    MEMO = 20_000

    def __init__(self, ctx: Context, table: str, col: Column, unit: str | None):
        self.table, self.col, self.unit, self.ctx = table, col, unit, ctx
        self.memo: dict = {}

    def __call__(self, cell):
        if cell is None or cell == "":
            return None, None
        key = (type(cell), cell)
        hit = self.memo.get(key)
        if hit is not None:
            return hit
        parsed = fields.parse_value(self.table, self.col, cell, unit=self.unit, refs=self.ctx.resolver)
        result = (parsed.value, parsed.qualifier)
        if len(self.memo) < self.MEMO:
            self.memo[key] = result
        return result


class Context:
    """References, provisional ids, natural keys and current values for one import's planning."""

    def __init__(self, db, plan: ImportPlan):
        self.db, self.plan = db, plan
        self.resolver = fields.Resolver(db, small=None)  # an import holds every referred table in memory
        self._refs: set[str] = set()
        self._pending: dict[str, dict[int, dict]] = {}  # rows this import adds, by provisional id
        self._renamed: dict[str, list[tuple[int, dict]]] = {}
        self._next: dict[str, int] = {}
        self._natural: dict[str, dict] = {}
        self._natural_new: dict[str, dict] = {}
        self._defaults: dict[str, dict] = {}
        self.firms = None  # core.importing.firm_match.FirmMatcher, made for the first firm list
        self.loose = False  # whitespace inside text is not compared (.ods files)

    # ----- references ----------------------------------------------------------------------------------------
    def references(self, table: str):
        if table not in self._refs:
            self._refs.add(table)
            for row_id, row in [*self._pending.get(table, {}).items(), *self._renamed.get(table, [])]:
                self.resolver.add(table, row_id, row)
            for row_id, label in self.resolver.labels(table).items():
                self.plan.labels.setdefault((table, row_id), label)
        return _TableRefs(self.resolver, table)

    # ----- new rows --------------------------------------------------------------------------------------------
    def new_id(self, table: str) -> int:
        # -1 is the reference resolver's mark for a name two rows share: provisional ids start below it
        row_id = self._next.get(table, -2)
        self._next[table] = row_id - 1
        return row_id

    def register(self, table: str, row_id: int, row: dict, *, new: bool) -> None:
        """Make a row this import adds (or renames) findable by later rows and sheets."""
        if new:
            self._pending.setdefault(table, {})[row_id] = row
            self.plan.labels[(table, row_id)] = row_label(table, row)
            if table in self._natural_new:
                _index_natural(self._natural_new[table], table, row_id, row)
        else:
            self._renamed.setdefault(table, []).append((row_id, row))
        if table in self._refs:
            self.resolver.add(table, row_id, row)

    def pending_row(self, table: str, row_id: int) -> dict | None:
        return self._pending.get(table, {}).get(row_id)

    # ----- natural keys ------------------------------------------------------------------------------------------
    def natural_match(self, table: str, row: dict, *, pending: bool = False) -> int | None:
        """An existing row with the same natural key (core.fields.spec.MATCH_KEYS: name, code, firm × component
        …); with ``pending`` also a row added earlier in this import."""
        if table not in self._natural:
            index: dict = {}
            for key_cols in MATCH_KEYS.get(table, ()):
                bucket: dict = {}
                for r in dbi.key_rows(self.db, table, key_cols):
                    key = tuple(natural_value(v) for v in r[1:])
                    if None not in key:
                        bucket[key] = -1 if key in bucket else r[0]
                index[key_cols] = bucket
            self._natural[table] = index
        indexes = [self._natural[table]]
        if pending:
            if table not in self._natural_new:
                self._natural_new[table] = {}
                for row_id, added in self._pending.get(table, {}).items():
                    _index_natural(self._natural_new[table], table, row_id, added)
            indexes.append(self._natural_new[table])
        for key_cols in MATCH_KEYS.get(table, ()):
            key = tuple(natural_value(row.get(c)) for c in key_cols)
            if None in key:
                continue
            for index in indexes:
                hit = index.get(key_cols, {}).get(key)
                if hit is not None:
                    return None if hit == -1 else hit
        return None

    # ----- values as stored --------------------------------------------------------------------------------------
    def defaults(self, table: str) -> dict:
        """NOT NULL columns with a default (needs_check 0, kind 'level' …): used when a cell leaves them empty."""
        if table not in self._defaults:
            self._defaults[table] = db_rows.column_defaults(self.db, table)
        return self._defaults[table]

    def current(self, table: str, row_id: int, names: list[str]) -> dict:
        if row_id < 0:
            row = self.pending_row(table, row_id) or {}
            return {n: row.get(n) for n in names}
        found = dbi.rows_by_id(self.db, table, [row_id], names).get(row_id)
        return dict(zip(names, found, strict=True)) if found else {}

    def current_many(self, table: str, ids, names: list[str]) -> dict[int, dict]:
        return {i: dict(zip(names, v, strict=True)) for i, v in dbi.rows_by_id(self.db, table, ids, names).items()}

    def label(self, table: str, row_id: int) -> str:
        found = self.plan.labels.get((table, row_id))
        if found:
            return found
        if row_id < 0:
            return row_label(table, self.pending_row(table, row_id) or {})
        return db_rows.label(self.db, table, row_id)


class _TableRefs:
    def __init__(self, resolver, table: str):
        self.resolver, self.table = resolver, table

    def resolve(self, cell):
        return self.resolver.resolve(self.table, cell)

    def labels(self) -> dict[int, str]:
        return self.resolver.labels(self.table)


def _index_natural(index: dict, table: str, row_id: int, row: dict) -> None:
    for key_cols in MATCH_KEYS.get(table, ()):
        key = tuple(natural_value(row.get(c)) for c in key_cols)
        if None not in key:
            index.setdefault(key_cols, {}).setdefault(key, row_id)


def row_label(table: str, row: dict) -> str:
    for key in ("name_zh", "title", "title_zh", "metric_zh", "code"):
        if row.get(key):
            return str(row[key])
    return ""
