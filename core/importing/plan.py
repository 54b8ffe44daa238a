"""Importing a workbook: our own export (matched by key) or a colleague's list (matched by name), previewed first.

:func:`plan_import` reads the file and works out, without writing, what would change: per sheet the rows to
add, the rows to change (each cell old → new), the rows unchanged, likely duplicates, and the errors (sheet,
row, column, value, why). :func:`import_file` applies a plan without errors all-or-nothing in one transaction
through :mod:`db.changes` (so the change log, undo and the search index see every row), after a backup copy of
the database (:mod:`core.backup`). A dry run applies the plan inside a transaction and rolls it back, so what
SQLite itself would refuse (a duplicate plan title, a year out of range) shows in the preview too.

Our own sheets are matched by the key column (a blank key: a new row, unless its natural key — name, code … —
finds one), and a blank cell clears a value. In a colleague's list a blank cell means "no information", firms
are matched by credit code, normalised name and aliases (:class:`core.import_mapping.FirmMatcher`), notes are
added to rather than replaced, and likely duplicates wait for the user's decision instead of being added twice.
Unchanged rows of our own workbook are recognised by comparing the cells with what the export writes, which
keeps a 100,000-row round trip fast.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from operator import itemgetter

from core import fields, messages, vocabulary
from core.errors import FieldRejected
from core.exporting.workbook import (
    COVERAGE_SHEET,
    GAP_SHEET,
    LISTS_SHEET,
    NO,
    README_SHEET,
    YES,
)
from core.fields.numbers import exact, magnitude_of
from core.fields.spec import TABLES, Column
from core.importing import headers as im
from core.importing.reading import SheetError, Spreadsheet, open_spreadsheet
from db import changes
from db.errors import ConstraintFailed

YI = 100_000_000

IMPORT_ORDER = ("sources", "layers", "components", "firms", "centres", "plans", "targets", "capabilities",
                "supply_links", "observations")
OUTPUT_SHEETS = {README_SHEET, GAP_SHEET, COVERAGE_SHEET, LISTS_SHEET}
DECISIONS = ("skip", "merge", "add")
MAX_ISSUES = 1000  # kept per sheet; the rest are counted
CHUNK = 2000
BIG_CACHE_KIB = -65536  # SQLite page cache while a large import is written (64 MiB)
SELF_REFS = {"layers", "components", "centres"}
NATURAL_KEYS = {
    "firms": (("credit_code",), ("name_zh",)), "centres": (("name_zh",),), "components": (("name_zh",),),
    "layers": (("key",), ("name_zh",)), "plans": (("code",),), "targets": (("plan_id", "code"),),
    "sources": (("ref",), ("title",)), "capabilities": (("firm_id", "component_id"),),
    "supply_links": (("supplier_id", "customer_id", "component_id"),),
    "observations": (("target_id", "metric_zh", "as_of", "source_id"),),
}
_COLUMNS = {t: {c.name: c for c in cols} for t, cols in TABLES.items()}


class ImportFailed(Exception):
    """The import cannot go ahead as previewed; ``str()`` says why in one line. Nothing was written."""


class ImportChanged(ImportFailed):
    """The database (or the file) changed between the preview and Apply: preview again."""


# ----- the plan --------------------------------------------------------------------------------------------

@dataclass
class Issue:
    sheet: str
    row: int | None  # 1-based sheet row
    column: str | None  # 'H 成立年份'
    value: object
    reason: str
    error: bool = True
    problem: object = None  # the typed error (core.errors), for wording in the UI's language

    def where(self) -> str:
        parts = [f"sheet '{self.sheet}'"]
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        shown = "" if self.value is None or self.value == "" else f"'{short(self.value)}' — "
        return f"{self.where()}: {shown}{self.reason}"


@dataclass
class Change:
    row: int
    row_id: int
    label: str
    cells: list[tuple[str, object, object]]  # (field, old, new)


@dataclass
class Duplicate:
    row: int
    label: str
    candidate_ids: list[int]  # empty: a duplicate of another row of the same list
    candidate_label: str
    reason: str
    decision: str = "skip"


@dataclass
class SheetPlan:
    sheet: str
    table: str
    own: bool
    match: im.HeaderMatch
    add_columns: list[str] = field(default_factory=list)
    adds: list = field(default_factory=list)  # (sheet row, values tuple in add_columns order)
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0
    skipped: int = 0  # blank, total, footnote and repeated header rows
    issues: list[Issue] = field(default_factory=list)
    issue_count: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)
    formulas: int = 0
    samples: list = field(default_factory=list)  # the first data rows, for the column-mapping step

    @property
    def header_row(self) -> int:
        return self.match.header_row + 1

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.error]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.error]

    error_count: int = 0  # every error, also those beyond MAX_ISSUES

    def add_issue(self, row, column, value, reason, *, error: bool = True, problem=None) -> None:
        self.issue_count += 1
        self.error_count += error
        if len(self.issues) < MAX_ISSUES:
            self.issues.append(Issue(self.sheet, row, column, value, reason, error, problem))

    def added_row(self, values_: tuple) -> dict:
        return dict(zip(self.add_columns, values_, strict=True))


@dataclass
class ImportPlan:
    path: str
    kind: str = "list"  # 'workbook' (our own) or 'list'
    sheets: list[SheetPlan] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)  # about the file as a whole
    labels: dict = field(default_factory=dict)  # (table, id) -> name, for the preview
    applied: bool = False
    backup: str | None = None

    @property
    def has_errors(self) -> bool:
        return any(i.error for i in self.issues) or any(sp.error_count for sp in self.sheets)

    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.error] + [i for sp in self.sheets for i in sp.errors]

    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.error] + [i for sp in self.sheets for i in sp.warnings]

    @property
    def error_count(self) -> int:
        return sum(1 for i in self.issues if i.error) + sum(sp.error_count for sp in self.sheets)

    @property
    def total_adds(self) -> int:
        return sum(len(sp.adds) for sp in self.sheets)

    @property
    def total_changes(self) -> int:
        return sum(len(sp.changes) for sp in self.sheets)

    @property
    def tables(self) -> set[str]:
        return {sp.table for sp in self.sheets if sp.adds or sp.changes}

    def fingerprint(self) -> str:
        """What Apply would write; compared again at Apply time so nothing the user did not see is written."""
        h = hashlib.sha256()
        for sp in self.sheets:
            h.update(f"{sp.sheet}|{sp.table}|{len(sp.adds)}|{len(sp.changes)}|".encode())
            for _row, vals in sp.adds:
                h.update(repr(vals).encode())
            for ch in sp.changes:
                h.update(repr((ch.row_id, ch.cells)).encode())
        return h.hexdigest()

    def display(self, table: str, fld: str, value) -> str:
        """A stored value as a planner reads it."""
        if value is None or value == "":
            return "（空）"
        col = _COLUMNS.get(table, {}).get(fld)
        if col is None:
            return str(value)
        if col.kind == "money":
            return f"{value / YI:,.4f}".rstrip("0").rstrip(".") + " 亿元"
        if col.kind == "bool":
            return YES if value else NO
        if col.kind == "choice":
            return vocabulary.value_label(table, fld, value)
        if col.kind == "ref":
            return self.labels.get((col.ref, value), f"#{value}")
        return str(value)

    def row_label(self, table: str, row: dict) -> str:
        for key in ("name_zh", "title", "title_zh", "metric_zh", "code"):
            if row.get(key):
                return str(row[key])
        pairs = {"capabilities": ("firm_id", "component_id", " × "), "supply_links": ("supplier_id", "customer_id", " → ")}
        if table in pairs:
            a, b, sep = pairs[table]
            return sep.join(self.display(table, c, row.get(c)) for c in (a, b))
        if table == "observations":
            return f"{self.display(table, 'target_id', row.get('target_id'))} {row.get('as_of') or ''}".strip()
        return ""

    def summary_lines(self, *, detail: int = 20) -> list[str]:
        kind = "our workbook" if self.kind == "workbook" else "a list"
        lines = [f"{self.path}: {kind}, {len(self.sheets)} sheet(s) to import"]
        for sp in self.sheets:
            lines.append(f"  {sp.sheet} → {sp.table}: {len(sp.adds)} to add, {len(sp.changes)} to change, "
                         f"{sp.unchanged} unchanged, {sp.skipped} skipped, {sp.error_count} error(s)"
                         + (f", {len(sp.duplicates)} likely duplicate(s)" if sp.duplicates else "")
                         + (f", {sp.formulas} formula cell(s) read as their saved values" if sp.formulas else ""))
            if not sp.own:
                lines.append(f"    header row {sp.header_row}; columns: "
                             + ", ".join(f"{c.header} → {c.field}" for c in sp.match.mapped()))
                ignored = [c.header for c in sp.match.ignored()]
                if ignored:
                    lines.append(f"    ignored columns: {', '.join(ignored)}")
            for row, vals in sp.adds[:detail]:
                lines.append(f"    + row {row}: {self.row_label(sp.table, sp.added_row(vals))}")
            if len(sp.adds) > detail:
                lines.append(f"    + … and {len(sp.adds) - detail} more")
            for ch in sp.changes[:detail]:
                cells = "; ".join(f"{header_of(sp.table, f)} {short(self.display(sp.table, f, o))} → "
                                  f"{short(self.display(sp.table, f, n))}" for f, o, n in ch.cells)
                lines.append(f"    ~ row {ch.row} (#{ch.row_id} {short(ch.label)}): {cells}")
            if len(sp.changes) > detail:
                lines.append(f"    ~ … and {len(sp.changes) - detail} more")
            for dup in sp.duplicates[:detail]:
                lines.append(f"    ? row {dup.row}: {dup.label} may be {dup.candidate_label} ({dup.reason}): "
                             f"{dup.decision}")
        for issue in self.warnings()[:detail]:
            lines.append(f"  note: {issue}")
        return lines


def _why(exc: FieldRejected) -> str:
    return messages.render(exc, "en", with_column=False)


def short(value, n: int = 40) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def header_of(table: str, fld: str) -> str:
    col = _COLUMNS.get(table, {}).get(fld)
    return im.header_zh(table, col).rstrip("*") if col else fld


# ----- cells -----------------------------------------------------------------------------------------------

def _clean_long(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def same(col: Column, old, new, *, loose: bool = False) -> bool:
    """Whether a cell leaves the stored value as it is (a round trip through Excel must show no change).
    ``loose`` ignores whitespace inside text: calamine drops the tabs and runs of spaces of an .ods file."""
    if old is None or old == "":
        return new is None or new == ""
    if new is None or new == "":
        return False
    if loose and col.kind in ("text", "longtext") and "".join(str(old).split()) == "".join(str(new).split()):
        return True
    if col.kind in ("money", "number"):
        try:
            a, b = float(old), float(new)
        except (TypeError, ValueError):
            return False
        return a == b or abs(a - b) <= 1e-12 * max(abs(a), abs(b)) or (col.kind == "money" and abs(a - b) < 1e-6)
    if col.kind == "longtext":
        return _clean_long(str(old)) == _clean_long(str(new))
    if col.kind in ("text", "credit_code", "date"):
        return _clean_text(str(old)) == _clean_text(str(new))
    if col.kind == "json":
        try:
            return json.loads(old) == json.loads(new)
        except (TypeError, ValueError):
            return old == new
    return old == new


class _Converter:
    """Cell -> (stored value, qualifier) for one mapped column; raises FieldRejected."""

    MEMO = 20_000  # conversions remembered per column (cities, roles, years and sources repeat)

    def __init__(self, ctx: _Context, table: str, col: Column, unit: str | None):
        self.table, self.col, self.unit, self.ctx = table, col, unit, ctx
        self.memo: dict = {}

    def __call__(self, cell):
        if cell is None or cell == "":
            return None, None
        key = (type(cell), cell)
        hit = self.memo.get(key)
        if hit is not None:
            return hit
        result = self.convert(cell)  # a name that is not found raises, and is not remembered
        if len(self.memo) < self.MEMO:
            self.memo[key] = result
        return result

    def convert(self, cell):
        """The field layer's value (core.fields), with the qualifier the cell carried."""
        parsed = fields.parse_value(self.table, self.col, cell, unit=self.unit, refs=self.ctx.resolver)
        return parsed.value, parsed.qualifier


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def expected_sql(col: Column) -> str:
    """SQL giving, for a stored value, the cell the export writes, as the reader returns it ('' for empty),
    so unchanged rows of a 100,000-row workbook are recognised without a Python call per cell. References
    come back as ids (their labels are looked up in Python)."""
    name = f"[{col.name}]"
    if col.kind == "money":
        return f"coalesce({name} / {float(YI)!r}, '')"
    if col.kind == "bool":
        return f"CASE WHEN {name} IS NULL THEN '' WHEN {name} THEN '{YES}' ELSE '{NO}' END"
    if col.kind == "choice":
        whens = " ".join(f"WHEN {_sql_literal(c)} THEN {_sql_literal(vocabulary.choice_label(col.choice_set, c))}"
                         for c in col.choices)
        return f"coalesce(CASE {name} {whens} ELSE {name} END, '')"
    if col.kind == "ref":
        return name
    return f"coalesce({name}, '')"


# ----- planning context ------------------------------------------------------------------------------------

@dataclass
class ImportOptions:
    sheet: str | None = None  # only this sheet
    table: str | None = None  # what a list holds (firms, centres, observations …)
    mapping: dict[str, str | None] = field(default_factory=dict)  # header -> field (None: ignore the column)
    duplicates: str = "skip"  # what happens to likely duplicates unless decided row by row
    decisions: dict[tuple[str, int], str] = field(default_factory=dict)  # (sheet, row) -> skip/merge/add


class _TableRefs:
    """One table's side of the resolver (what the reading code asks of references)."""

    def __init__(self, resolver: fields.Resolver, table: str):
        self.resolver, self.table = resolver, table

    def resolve(self, cell):
        return self.resolver.resolve(self.table, cell)

    def labels(self) -> dict[int, str]:
        return self.resolver.labels(self.table)


class _Context:
    """What planning needs across sheets: reference names (including rows this import adds), new ids."""

    def __init__(self, db, plan: ImportPlan):
        self.db, self.plan = db, plan
        self.resolver = fields.Resolver(db, small=None)  # an import holds every referred table in memory
        self._refs: set[str] = set()
        self._pending: dict[str, list[tuple[int, dict]]] = {}  # rows this import adds
        self._renamed: dict[str, list[tuple[int, dict]]] = {}  # rows it changes (perhaps their names)
        self._next: dict[str, int] = {}
        self._natural: dict[str, dict] = {}  # natural key -> id of database rows (-1: several)
        self._natural_new: dict[str, dict] = {}  # the same for rows this import adds
        self._defaults: dict[str, dict] = {}
        self._required: dict[str, list[Column]] = {}
        self.firms: im.FirmMatcher | None = None
        self.loose = False  # whitespace inside text is not compared (.ods files)

    def references(self, table: str) -> _TableRefs:
        if table not in self._refs:
            self._refs.add(table)
            for row_id, row in [*self._pending.get(table, []), *self._renamed.get(table, [])]:
                self.resolver.add(table, row_id, row)  # a firm added or renamed on the firms sheet, named on capabilities
            for row_id, label in self.resolver.labels(table).items():
                self.plan.labels.setdefault((table, row_id), label)
        return _TableRefs(self.resolver, table)

    def new_id(self, table: str) -> int:
        if table not in self._next:
            self._next[table] = (self.db.execute(f"SELECT max(id) FROM [{table}]").fetchone()[0] or 0) + 1
        row_id = self._next[table]
        self._next[table] += 1
        return row_id

    def register(self, table: str, row_id: int, row: dict, *, new: bool) -> None:
        """Make a row this import adds (or renames) findable by later rows and sheets."""
        if new:
            self._pending.setdefault(table, []).append((row_id, row))
            self.plan.labels[(table, row_id)] = self.plan.row_label(table, row)
            if table == "firms" and self.firms is not None:
                self.firms.add(row_id, row)
            if table in self._natural_new:
                self._index_natural(self._natural_new[table], table, row_id, row)
        else:
            self._renamed.setdefault(table, []).append((row_id, row))
        if table in self._refs:
            self.resolver.add(table, row_id, row)

    @staticmethod
    def _index_natural(index: dict, table: str, row_id: int, row: dict) -> None:
        for key_cols in NATURAL_KEYS.get(table, ()):
            key = tuple(_natural_value(row.get(c)) for c in key_cols)
            if None not in key:
                index.setdefault(key_cols, {}).setdefault(key, row_id)

    def natural_match(self, table: str, row: dict, *, pending: bool = False) -> int | None:
        """An existing row with the same natural key (name, code, firm × component …); with ``pending`` also a
        row added earlier in this import (a list naming the same centre twice)."""
        if table not in self._natural:
            index: dict = {}
            for key_cols in NATURAL_KEYS.get(table, ()):
                cols = ", ".join(f"[{c}]" for c in key_cols)
                bucket: dict = {}
                for r in self.db.execute(f"SELECT id, {cols} FROM [{table}]"):
                    key = tuple(_natural_value(v) for v in r[1:])
                    if None not in key:
                        bucket[key] = -1 if key in bucket else r[0]
                index[key_cols] = bucket
            self._natural[table] = index
        indexes = [self._natural[table]] if any(self._natural[table].values()) else []
        if pending:
            if table not in self._natural_new:
                self._natural_new[table] = {}
                for row_id, added in self._pending.get(table, []):
                    self._index_natural(self._natural_new[table], table, row_id, added)
            indexes.append(self._natural_new[table])
        if not indexes:
            return None
        for key_cols in NATURAL_KEYS.get(table, ()):
            key = tuple(_natural_value(row.get(c)) for c in key_cols)
            if None in key:
                continue
            for index in indexes:
                hit = index.get(key_cols, {}).get(key)
                if hit is not None:
                    return None if hit == -1 else hit
        return None

    def defaults(self, table: str) -> dict:
        """NOT NULL columns with a default (needs_check 0, kind 'level' …): used when a cell leaves them empty."""
        if table not in self._defaults:
            out = {}
            for info in self.db.execute(f"PRAGMA table_info([{table}])"):
                name, notnull, default = info[1], info[3], info[4]
                if notnull and default is not None:
                    text = str(default).strip("'\"")
                    out[name] = int(text) if text.lstrip("-").isdigit() else text
            self._defaults[table] = out
        return self._defaults[table]

    def current(self, table: str, row_id: int, names: list[str]) -> dict:
        cols = ", ".join(f"[{n}]" for n in names)
        found = self.db.execute(f"SELECT {cols} FROM [{table}] WHERE id = ?", [row_id]).fetchone()
        if found is None:  # a row this import adds
            for rid, row in self._pending.get(table, []):
                if rid == row_id:
                    return {n: row.get(n) for n in names}
            return {}
        return dict(zip(names, found, strict=True))


def _clean_text(text: str) -> str:
    """Folded for comparing (NFKC, trimmed, inner whitespace as one space): never stored."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def clean(text: str) -> str:
    """_clean_text, without its cost for text that is clean already (most cells)."""
    if text.isprintable() and "  " not in text and text == text.strip() and unicodedata.is_normalized("NFKC", text):
        return text
    return _clean_text(text)


def _natural_value(value):
    if isinstance(value, str):
        return clean(value) or None
    return value


# ----- reading the sheets ----------------------------------------------------------------------------------

def _table_for_sheet(name: str) -> str | None:
    key = im.normalise_header(name)[0]
    for table, sheet in im.SHEET_NAMES.items():
        en = im.normalise_header(im.TABLE_EN[table])[0]
        if key in (im.normalise_header(sheet)[0], table, im.normalise_header(im.TABLE_ZH[table])[0], en) or (
                key.endswith(en) and key[: -len(en)] and not key[: -len(en)].isascii()):  # '能力 Capabilities' of 0.1
            return table
    return None


def _is_blank(row) -> bool:
    return row.count("") + row.count(None) == len(row)


_FOOTNOTE = re.compile(r"^(注|备注|说明|数据来源|资料来源|来源|note|source)\s*[:：]", re.IGNORECASE)


def _is_footnote(row) -> bool:
    texts = [v for v in row if v not in ("", None)]
    return len(texts) == 1 and isinstance(texts[0], str) and bool(_FOOTNOTE.match(texts[0].strip()))


def plan_import(db, book: Spreadsheet, options: ImportOptions | None = None, progress=None) -> ImportPlan:
    """What importing ``book`` would do; nothing is written. ``progress(done, total)`` may raise to cancel."""
    options = options or ImportOptions()
    plan = ImportPlan(str(book.path))
    ctx = _Context(db, plan)
    ctx.loose = book.format == "ods"
    if options.sheet:
        book.info(options.sheet)  # names the sheets there are when this one is missing
    names = [options.sheet] if options.sheet else book.sheet_names()
    found = []
    for name in names:
        if name in OUTPUT_SHEETS or name.startswith("_"):
            continue
        table = options.table or _table_for_sheet(name)
        match = im.find_header(book.head(name, im.SCAN_ROWS), (table,) if table else im.LIST_TABLES)
        if match is not None:
            found.append((name, match, table is not None and not options.table))
        elif table and not options.table:
            plan.issues.append(Issue(name, None, None, None, "no header row found; the sheet is not imported",
                                     error=False))
    if not found:
        where = f"sheet '{options.sheet}'" if options.sheet else "any sheet"
        raise SheetError(book.path, f"no header row found in {where}: give the columns names (e.g. 企业名称) or "
                                    "use --table and --map", sheet=options.sheet)
    if any(m.own for _n, m, _named in found):
        plan.kind = "workbook"
        chosen = [(n, m) for n, m, named in found if m.own or named]
    else:
        best = found[0] if options.sheet else max(found, key=lambda f: f[1].score)
        chosen = [(best[0], best[1])]
        for name, _m, _n in found:
            if name != best[0]:
                plan.issues.append(Issue(name, None, None, None, "not imported (choose it with --sheet)",
                                         error=False))
    chosen.sort(key=lambda c: IMPORT_ORDER.index(c[1].table))
    done_tables: dict[str, str] = {}
    total = sum((book.info(n).rows or 0) for n, _m in chosen)
    counter = _Progress(progress, total)
    for name, match in chosen:
        if match.table in done_tables:
            plan.issues.append(Issue(name, None, None, None, f"sheet '{done_tables[match.table]}' already holds "
                                     f"{match.table}; this one is not imported", error=False))
            continue
        done_tables[match.table] = name
        if plan.kind == "list":
            try:
                im.apply_corrections(match, options.mapping)
            except im.MappingError as exc:
                raise SheetError(book.path, str(exc), sheet=name) from None
        sp = SheetPlan(name, match.table, plan.kind == "workbook", match)
        plan.sheets.append(sp)
        if not sp.own and "name_zh" in _COLUMNS[sp.table] and _COLUMNS[sp.table]["name_zh"].required \
                and "name_zh" not in {c.field for c in match.mapped()}:
            label = im.header_zh(sp.table, _COLUMNS[sp.table]["name_zh"]).rstrip("*")
            sp.add_issue(sp.header_row, None, None, f"no column for {label} found in header row {sp.header_row}; "
                                                    "name it, or map a column to it (--map \"列名=name_zh\")")
            continue
        formula_cells = book.formula_cells(name)
        if sp.own:
            _plan_own(ctx, book, sp, formula_cells, counter)
        else:
            _plan_list(ctx, book, sp, options, formula_cells, counter)
        columns = sp.add_columns
        sp.adds = [(r, tuple(map(v.get, columns))) for r, v in sp.adds]
    return plan


class _Progress:
    def __init__(self, report, total: int):
        self.report, self.total, self.done = report, total, 0

    def step(self, n: int) -> None:
        self.done += n
        if self.report:
            self.report(self.done, max(self.total, self.done))


def _rows_after_header(book: Spreadsheet, sp: SheetPlan, formula_cells: dict):
    """(sheet row, row) of the data rows: after the header, without blank or repeated header rows."""
    match = sp.match
    width = max((c.index for c in match.columns), default=0) + 1
    for i, row in enumerate(book.rows(sp.sheet)):
        if i <= match.header_row:
            continue
        if len(row) < width:
            row = list(row) + [""] * (width - len(row))
        if _is_blank(row):
            sp.skipped += 1
            continue
        if i <= match.header_row + 3 and im.is_header_repeat(match, row):
            sp.skipped += 1
            continue
        if formula_cells:
            _check_formulas(sp, i, formula_cells)
        if len(sp.samples) < 3:
            sp.samples.append(list(row))
        yield i + 1, row


def _check_formulas(sp: SheetPlan, i: int, formula_cells: dict) -> None:
    for col in sp.match.columns:
        saved = formula_cells.get((i, col.index))
        if saved is None or col.field is None:
            continue
        sp.formulas += 1
        if not saved:
            sp.add_issue(i + 1, _column_name(col), None,
                         "a formula without a saved value (formulas are never calculated on import: open and save "
                         "the file in Excel or LibreOffice first, or type the value)")


def _column_name(mc: im.MappedColumn) -> str:
    return f"{mc.letter} {' '.join(mc.header.split())}".strip()


def _parse_key(cell):
    if cell == "" or cell is None:
        return None
    if isinstance(cell, float) and cell.is_integer() and cell > 0:
        return int(cell)
    text = (fields.parse.cell_text(cell) or "").strip().lstrip("#")
    if text.isdigit() and int(text) > 0:
        return int(text)
    raise FieldRejected("not_key", text=str(cell))


@dataclass
class _Deferred:
    """A reference to a row of the same sheet that comes later (a parent listed after its child)."""

    rownum: int
    mc: im.MappedColumn
    col: Column
    cell: object
    target: dict
    change: Change | None = None
    old: object = None


def _specs(sp: SheetPlan) -> list[tuple[im.MappedColumn, Column]]:
    out = []
    for mc in sp.match.mapped():
        if mc.field in _COLUMNS[sp.table]:
            out.append((mc, _COLUMNS[sp.table][mc.field]))
        elif mc.field != im.PLAN_FIELD:
            sp.add_issue(sp.header_row, _column_name(mc), None, f"not a column of {sp.table}; ignored", error=False)
    return out


def _convert_row(sp: SheetPlan, rownum: int, row, specs, converters, target: dict, *, skip_blank: bool):
    """Parse the mapped cells of a row into ``target``; bad cells become issues.
    Returns (qualifiers by field, deferred self-references)."""
    qualifiers, deferred = {}, []
    for (mc, col), conv in zip(specs, converters, strict=True):
        cell = row[mc.index]
        if cell == "" or cell is None:
            if not skip_blank:
                target[col.name] = None
            continue
        hit = conv.memo.get((type(cell), cell))
        if hit is not None:
            target[col.name] = hit[0]
            if hit[1]:
                qualifiers[col.name] = (hit[1], cell, mc)
            continue
        try:
            value, qualifier = conv(cell)
        except FieldRejected as exc:
            if col.kind == "ref" and col.ref == sp.table and sp.table in SELF_REFS:
                deferred.append(_Deferred(rownum, mc, col, cell, target))
                continue
            sp.add_issue(rownum, _column_name(mc), cell, _why(exc), problem=exc)
            continue
        target[col.name] = value
        if qualifier:
            qualifiers[col.name] = (qualifier, cell, mc)
    return qualifiers, deferred


def _resolve_deferred(ctx: _Context, sp: SheetPlan, deferred: list[_Deferred]) -> None:
    for d in deferred:
        try:
            d.target[d.col.name] = ctx.references(d.col.ref).resolve(d.cell)
        except FieldRejected as exc:
            sp.add_issue(d.rownum, _column_name(d.mc), d.cell, _why(exc), problem=exc)
            continue
        if d.change is not None and not same(d.col, d.old, d.target[d.col.name], loose=ctx.loose):
            d.change.cells.append((d.col.name, d.old, d.target[d.col.name]))
    pending = {id(d.change) for d in deferred if d.change is not None}
    if pending:
        kept = []
        for ch in sp.changes:
            if id(ch) in pending and not ch.cells:
                sp.unchanged += 1
            else:
                kept.append(ch)
        sp.changes = kept


# ----- our own sheets --------------------------------------------------------------------------------------

def _plan_own(ctx: _Context, book: Spreadsheet, sp: SheetPlan, formula_cells: dict, counter: _Progress) -> None:
    table, match = sp.table, sp.match
    specs = _specs(sp)
    converters = [_Converter(ctx, sp.table, col, mc.unit) for mc, col in specs]
    ref_labels = [(i, ctx.references(col.ref).labels()) for i, (_mc, col) in enumerate(specs) if col.kind == "ref"]
    indexes = [mc.index for mc, _col in specs]
    getter = itemgetter(*indexes) if len(indexes) > 1 else (lambda r: (r[indexes[0]],) if indexes else ())
    names = [col.name for _mc, col in specs]
    select = ", ".join(["id", *(expected_sql(col) for _mc, col in specs)])

    def expected(shown: tuple) -> tuple:
        if not ref_labels:
            return shown
        cells = list(shown)
        for i, labels_ in ref_labels:
            v = cells[i]
            cells[i] = "" if v is None else labels_.get(v, f"#{v}")
        return tuple(cells)
    key_index = match.key_index
    key_name = f"{im.column_letter(key_index)} {im.KEY_ZH}" if key_index is not None else im.KEY_ZH
    sp.add_columns = ["id", *(c.name for c in TABLES[table])]
    seen_keys: dict[int, int] = {}
    deferred: list[_Deferred] = []
    if key_index is None:
        sp.add_issue(sp.header_row, None, None, f"no {im.KEY_ZH} column: rows are matched by name or code",
                     error=False)

    def process(chunk) -> None:
        keys = []
        for rownum, row in chunk:
            try:
                keys.append(_parse_key(row[key_index]) if key_index is not None else None)
            except FieldRejected as exc:
                sp.add_issue(rownum, key_name, row[key_index], _why(exc), problem=exc)
                keys.append(False)
        wanted = [k for k in keys if k]
        found = {}
        if wanted:
            marks = ", ".join("?" for _ in wanted)
            for r in ctx.db.execute(f"SELECT {select} FROM [{table}] WHERE id IN ({marks})", wanted):
                found[r[0]] = r[1:]
        for (rownum, row), key in zip(chunk, keys, strict=True):
            if key is False:
                continue
            if key:
                if key in seen_keys:
                    sp.add_issue(rownum, key_name, key, f"the same key as row {seen_keys[key]}: each database row "
                                                        "may appear once")
                    continue
                seen_keys[key] = rownum
                shown = found.get(key)
                if shown is not None:
                    if getter(row) == expected(shown):
                        sp.unchanged += 1
                        continue
                    _own_update(ctx, sp, rownum, row, key, ctx.current(table, key, names), specs, converters,
                                deferred)
                    continue
                unknown_keys.append(rownum)
            _own_new(ctx, sp, rownum, row, specs, converters, deferred, names)
        counter.step(len(chunk))

    chunk, unknown_keys = [], []
    for item in _rows_after_header(book, sp, formula_cells):
        chunk.append(item)
        if len(chunk) >= CHUNK:
            process(chunk)
            chunk = []
    if chunk:
        process(chunk)
    _resolve_deferred(ctx, sp, deferred)
    if unknown_keys:
        shown = ", ".join(str(r) for r in unknown_keys[:5]) + (" …" if len(unknown_keys) > 5 else "")
        sp.add_issue(None, key_name, None, f"{len(unknown_keys)} row(s) have a key this database does not know "
                                           f"(rows {shown}): they are added as new rows — was the workbook exported "
                                           "from another database?", error=False)


def _own_update(ctx, sp, rownum, row, row_id, current: dict, specs, converters, deferred) -> None:
    table = sp.table
    before = sp.error_count
    parsed: dict = {}
    _quals, later = _convert_row(sp, rownum, row, specs, converters, parsed, skip_blank=False)
    if sp.error_count > before:
        return
    defaults = ctx.defaults(table)
    cells = []
    for mc, col in specs:
        if col.name not in parsed:
            continue  # a deferred reference
        new = parsed[col.name]
        if new is None and col.name in defaults:
            new = parsed[col.name] = defaults[col.name]
        if new is None and col.required:
            sp.add_issue(rownum, _column_name(mc), None, "cannot be empty")
            continue
        if not same(col, current[col.name], new, loose=ctx.loose):
            cells.append((col.name, current[col.name], new))
    label = ctx.plan.labels.get((table, row_id)) or ctx.plan.row_label(table, {**current, **parsed})
    change = Change(rownum, row_id, label, cells)
    for d in later:
        d.change, d.old = change, current.get(d.col.name)
        deferred.append(d)
    if cells or later:
        sp.changes.append(change)
        ctx.register(table, row_id, {**current, **parsed}, new=False)
    else:
        sp.unchanged += 1


def _own_new(ctx, sp, rownum, row, specs, converters, deferred, names) -> None:
    table = sp.table
    before = sp.error_count
    values_: dict = {}
    _quals, later = _convert_row(sp, rownum, row, specs, converters, values_, skip_blank=True)
    if sp.error_count > before:
        return
    existing = ctx.natural_match(table, values_)
    if existing is not None:
        current = ctx.current(table, existing, names)
        if current:
            sp.add_issue(rownum, None, None, f"no key: matched the existing row #{existing} by its name or code",
                         error=False)
            _own_update(ctx, sp, rownum, row, existing, current, specs, converters, deferred)
            return
    if _add_row(ctx, sp, rownum, values_, specs) is not None:
        deferred.extend(later)


def _add_row(ctx: _Context, sp: SheetPlan, rownum: int, values_: dict, specs) -> int | None:
    table = sp.table
    for name, default in ctx.defaults(table).items():
        if values_.get(name) is None:
            values_[name] = default
    if table not in ctx._required:
        ctx._required[table] = [col for col in TABLES[table] if col.required]
    missing = [col for col in ctx._required[table] if values_.get(col.name) is None]
    for col in missing:
        mc = next((m for m, c in specs if c.name == col.name), None)
        sp.add_issue(rownum, _column_name(mc) if mc else header_of(table, col.name), None, "cannot be empty")
    if missing:
        return None
    row_id = ctx.new_id(table)
    values_["id"] = row_id
    sp.adds.append((rownum, values_))  # a dict until the sheet is done (deferred references fill it in)
    ctx.register(table, row_id, values_, new=True)
    return row_id


# ----- planners' lists -------------------------------------------------------------------------------------

def _plan_list(ctx: _Context, book: Spreadsheet, sp: SheetPlan, options: ImportOptions, formula_cells: dict,
               counter: _Progress) -> None:
    table = sp.table
    specs = _specs(sp)
    plan_col = next((mc for mc in sp.match.mapped() if mc.field == im.PLAN_FIELD), None)
    special = {}
    if table == "observations":  # read by _observation_cells: dates like 2025年6月, units, plan + code
        special = {col.name: mc for mc, col in specs if col.name in ("target_id", "as_of", "value")}
        specs = [(mc, col) for mc, col in specs if col.name not in special]
    converters = [_Converter(ctx, sp.table, col, mc.unit) for mc, col in specs]
    sp.add_columns = ["id", *(c.name for c in TABLES[table])]
    if table == "firms" and ctx.firms is None:
        ctx.firms = im.FirmMatcher(ctx.db)
    new_rows: dict = {}  # id and normalised name of a row this list adds -> its sheet row
    deferred: list[_Deferred] = []
    n = 0
    for rownum, row in _rows_after_header(book, sp, formula_cells):
        n += 1
        if n % 500 == 0:
            counter.step(500)
        if im.is_total_row(row) or _is_footnote(row):
            sp.skipped += 1
            continue
        before = sp.error_count
        vals: dict = {}
        quals, later = _convert_row(sp, rownum, row, specs, converters, vals, skip_blank=True)
        if table == "observations":
            _observation_cells(ctx, sp, rownum, row, vals, special, plan_col)
        if sp.error_count > before:
            continue
        if not any(v is not None for v in vals.values()):
            sp.skipped += 1
            continue
        notes = [f"{' '.join(mc.header.split())}：{cell}" for _fld, (_q, cell, mc) in quals.items()]
        if notes and "notes" in _COLUMNS[table]:
            vals["notes"] = fields.rows.merge_notes(vals.get("notes"), "；".join(notes))
        decision, target_id, dup = _match_list_row(ctx, sp, rownum, vals, options, new_rows)
        if dup is not None:
            sp.duplicates.append(dup)
        if decision == "skip":
            sp.skipped += 1
        elif decision == "update":
            _list_update(ctx, sp, rownum, target_id, vals)
        else:
            row_id = _add_row(ctx, sp, rownum, vals, specs)
            if row_id is not None:
                deferred.extend(later)
                new_rows[row_id] = rownum
                new_rows.setdefault(im.normalise_firm_name(vals.get("name_zh")), rownum)
    counter.step(n % 500)
    _resolve_deferred(ctx, sp, deferred)


def _match_list_row(ctx, sp, rownum, vals, options, new_rows) -> tuple[str, int | None, Duplicate | None]:
    """('update', id, dup) / ('add', None, dup) / ('skip', None, dup) for one row of a list."""
    table = sp.table
    label = vals.get("name_zh") or sp.sheet
    if table == "firms":
        status, ids, how = ctx.firms.match(vals)
        first = new_rows.get(ids[0]) if ids else None  # a firm this list adds a few rows up
        if first is None and not ids:
            first = new_rows.get(im.normalise_firm_name(vals.get("name_zh")))
        if first is not None:
            dup = Duplicate(rownum, label, [], f"row {first} of this list", "the same firm twice in the list")
        elif status == "new" and not ids:
            return "add", None, None
        elif status == "match":
            return "update", ids[0], None
        else:
            names = "、".join(ctx.plan.labels.get(("firms", i)) or _firm_name(ctx, i) for i in ids)
            dup = Duplicate(rownum, label, ids, names, how)
    else:
        existing = ctx.natural_match(table, vals, pending=True)
        if existing is not None and existing in new_rows:  # a row this list adds a few rows up
            sp.skipped += 1
            sp.add_issue(rownum, None, None, f"the same as row {new_rows[existing]} of this list; left out",
                         error=False)
            return "skip", None, None
        if existing is None and table == "centres":
            existing = _centre_by_alias(ctx, vals.get("name_zh"))
        return ("update", existing, None) if existing is not None else ("add", None, None)
    dup.decision = options.decisions.get((sp.sheet, rownum), options.duplicates)
    if dup.decision == "merge" and dup.candidate_ids:
        return "update", dup.candidate_ids[0], dup
    if dup.decision == "add":
        return "add", None, dup
    if dup.decision == "merge":  # a duplicate row of the same list: the first one is kept
        dup.decision = "skip"
    return "skip", None, dup


def _firm_name(ctx, row_id: int) -> str:
    found = ctx.db.execute("SELECT name_zh FROM firms WHERE id = ?", [row_id]).fetchone()
    return found[0] if found else f"#{row_id}"


def _centre_by_alias(ctx, name) -> int | None:
    if not name:
        return None
    key = _clean_text(name)
    for row_id, aliases in ctx.db.execute("SELECT id, aliases FROM centres WHERE aliases IS NOT NULL"):
        if key in im.split_aliases(aliases):
            return row_id
    return None


def _list_update(ctx: _Context, sp: SheetPlan, rownum: int, row_id: int, vals: dict) -> None:
    """A matched row takes the list's non-empty values; its name stays; notes and aliases are added to."""
    table = sp.table
    names = [c.name for c in TABLES[table] if c.name in vals and c.name != "name_zh"]
    current = ctx.current(table, row_id, names) if names else {}
    cells = []
    for name in names:
        col, old, new = _COLUMNS[table][name], current.get(name), vals[name]
        if name == "notes":
            new = fields.rows.merge_notes(old, new)
        elif name == "aliases":
            new = im.merge_aliases(old, new)
        if new is not None and not same(col, old, new, loose=ctx.loose):
            cells.append((name, old, new))
    if cells:
        label = ctx.plan.labels.get((table, row_id)) or (
            _firm_name(ctx, row_id) if table == "firms" else ctx.plan.row_label(table, vals))
        sp.changes.append(Change(rownum, row_id, label, cells))
    else:
        sp.unchanged += 1


def _observation_cells(ctx, sp, rownum, row, vals, special, plan_col) -> None:
    """An observation from a list: its target (by plan and code), its date and precision, value and unit."""
    mc = special.get("target_id")
    if mc is not None and row[mc.index] not in ("", None):
        text = _clean_text(fields.parse.cell_text(row[mc.index]))
        plan_code = _clean_text(fields.parse.cell_text(row[plan_col.index]) or "") if plan_col is not None else ""
        found = ctx.db.execute(
            "SELECT t.id FROM targets t JOIN plans p ON p.id = t.plan_id WHERE p.code = ? AND "
            "(t.code = ? OR t.name_zh = ? OR t.code || ' ' || t.name_zh = ?)",
            [plan_code, text.split(" ")[0], text, text]).fetchall() if plan_code else []
        if len(found) == 1:
            vals["target_id"] = found[0][0]
        else:
            try:
                vals["target_id"] = ctx.references("targets").resolve(text)
            except FieldRejected as exc:
                sp.add_issue(rownum, _column_name(mc), text, _why(exc), problem=exc)
    mc = special.get("as_of")
    if mc is not None and row[mc.index] not in ("", None):
        try:
            parsed = fields.parse_value("observations", "as_of", row[mc.index])
            vals["as_of"] = parsed.value
            if vals.get("as_of_precision") is None:
                vals["as_of_precision"] = parsed.precision
        except FieldRejected as exc:
            sp.add_issue(rownum, _column_name(mc), row[mc.index], _why(exc), problem=exc)
    mc = special.get("value")
    if mc is None or row[mc.index] in ("", None):
        return
    try:
        parsed = fields.parse_value("observations", "value", row[mc.index])
    except FieldRejected as exc:
        sp.add_issue(rownum, _column_name(mc), row[mc.index], _why(exc), problem=exc)
        return
    value, unit = parsed.value, parsed.unit
    if unit is None and mc.unit:  # a bare number in a column headed '数值（万台）'
        base, magnitude = magnitude_of(mc.unit)
        value = value if parsed.scaled else exact(value, magnitude)
        unit = base if base else None
    target_unit = None
    if vals.get("target_id") is not None:
        found = ctx.db.execute("SELECT unit FROM targets WHERE id = ?", [vals["target_id"]]).fetchone()
        target_unit = found[0] if found else None
    wanted = vals.get("unit") or target_unit
    if wanted and (unit or parsed.scaled or mc.unit):
        base, magnitude = magnitude_of(wanted)
        if unit is None or base is None or base == unit:
            value, unit = exact(value, 1 / magnitude) if magnitude != 1 else value, wanted
    vals["value"] = value
    if vals.get("unit") is None and unit:
        vals["unit"] = unit
    if parsed.qualifier and vals.get("qualifier") is None:
        vals["qualifier"] = parsed.qualifier


# ----- applying --------------------------------------------------------------------------------------------

def apply_plan(db, plan: ImportPlan, *, batch: str | None = None, progress=None) -> None:
    """Write a plan in one transaction (a savepoint inside the caller's), through db.changes."""
    batch = batch or changes.new_batch()
    total = plan.total_adds + plan.total_changes
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    if total > 10_000:  # a big insert keeps the firm indexes in memory instead of spilling pages (~15% faster)
        db.execute(f"PRAGMA cache_size = {BIG_CACHE_KIB}")
    try:
        _apply(db, plan, batch, total, progress)
    finally:
        db.execute(f"PRAGMA cache_size = {cache}")


def _apply(db, plan: ImportPlan, batch: str, total: int, progress) -> None:
    done = 0
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")  # a child may come before its parent in a sheet
        for sp in sorted(plan.sheets, key=lambda s: IMPORT_ORDER.index(s.table)):
            for start in range(0, len(sp.adds), CHUNK):
                rows = [dict(zip(sp.add_columns, vals, strict=True)) for _r, vals in sp.adds[start:start + CHUNK]]
                changes.bulk_insert(db, sp.table, rows, batch=batch)
                done += len(rows)
                if progress:
                    progress(done, total)
            for i, ch in enumerate(sp.changes):
                changes.update_row(db, sp.table, ch.row_id, {f: new for f, _old, new in ch.cells}, batch=batch)
                if progress and i % 200 == 199:
                    progress(done + i + 1, total)
            done += len(sp.changes)
        problems = _foreign_key_problems(db, plan)
        if problems:
            raise ImportFailed(problems[0])


def _foreign_key_problems(db, plan: ImportPlan) -> list[str]:
    out = []
    for table in plan.tables:
        for row in db.execute(f"PRAGMA foreign_key_check([{table}])").fetchall():
            where = _where_row(plan, table, row[1])
            out.append(f"{where}: refers to a {row[2]} row that does not exist")
    return out


def _where_row(plan: ImportPlan, table: str, row_id: int) -> str:
    for sp in plan.sheets:
        if sp.table != table:
            continue
        for r, vals in sp.adds:
            if vals[0] == row_id:
                return f"sheet '{sp.sheet}', row {r}"
        for ch in sp.changes:
            if ch.row_id == row_id:
                return f"sheet '{sp.sheet}', row {ch.row}"
    return f"{table} #{row_id}"


def _integrity_reason(table: str, text: str) -> str:
    m = re.search(r"(UNIQUE|CHECK|NOT NULL) constraint failed: (.*)", text)
    if not m:
        return text
    names = [header_of(table, part.split(".")[-1].strip()) for part in re.findall(r"[\w.]+", m.group(2))
             if part.split(".")[-1] in _COLUMNS.get(table, {})]
    what = "、".join(dict.fromkeys(names)) or m.group(2)
    if m.group(1) == "UNIQUE":
        return f"another row already has the same {what}"
    if m.group(1) == "NOT NULL":
        return f"{what} cannot be empty"
    return f"a value is out of the allowed range ({what or m.group(2)})"


def trial_apply(db, plan: ImportPlan) -> None:
    """Apply the plan and roll it back; what SQLite refuses becomes errors of the plan.

    Outside a transaction this is BEGIN … ROLLBACK: releasing a savepoint after rolling back to it would still
    commit an empty write transaction, and the file's change counter would move (a dry run must leave the
    database byte for byte as it was)."""
    conn = db.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    conn.execute("SAVEPOINT import_trial")
    try:
        try:
            apply_plan(db, plan)
        except (sqlite3.IntegrityError, ConstraintFailed):
            conn.execute("ROLLBACK TO import_trial")
            _locate_failures(db, plan)
        except ImportFailed as exc:
            plan.issues.append(Issue(plan.sheets[0].sheet if plan.sheets else "", None, None, None, str(exc)))
    finally:
        if own:
            conn.execute("ROLLBACK")
        else:
            conn.execute("ROLLBACK TO import_trial")
            conn.execute("RELEASE import_trial")


def _locate_failures(db, plan: ImportPlan) -> None:
    """Row by row, which rows SQLite refuses (run inside the trial's savepoint, rolled back by it)."""
    db.execute("PRAGMA defer_foreign_keys = ON")
    found = 0
    for sp in sorted(plan.sheets, key=lambda s: IMPORT_ORDER.index(s.table)):
        for r, vals in sp.adds:
            try:
                with db.atomic():
                    changes.insert_row(db, sp.table, sp.added_row(vals))
            except (sqlite3.IntegrityError, ConstraintFailed) as exc:
                sp.add_issue(r, None, None, _integrity_reason(sp.table, str(exc)))
                found += 1
        for ch in sp.changes:
            try:
                with db.atomic():
                    changes.update_row(db, sp.table, ch.row_id, {f: n for f, _o, n in ch.cells})
            except (sqlite3.IntegrityError, ConstraintFailed) as exc:
                sp.add_issue(ch.row, None, None, _integrity_reason(sp.table, str(exc)))
                found += 1
    if not found:
        plan.issues.append(Issue(plan.sheets[0].sheet if plan.sheets else "", None, None, None,
                                 "the database refused the import (a constraint failed)"))


def import_file(db, source, options: ImportOptions | None = None, *, dry_run: bool = False, backup: bool = True,
                expect: str | None = None, batch: str | None = None, progress=None) -> ImportPlan:
    """Plan the import of ``source`` (a path or an opened :class:`Spreadsheet`) and, unless ``dry_run`` or
    there are errors, apply it after a backup.

    ``expect`` is the fingerprint of the plan the user saw; a different plan raises :class:`ImportChanged`.
    Raises :class:`core.sheet_reader.SheetError` for a file that cannot be read, and
    :class:`core.backup.BackupFailed` when the backup copy cannot be written (then nothing is written).
    """
    from core.backup import backup_database

    if isinstance(source, Spreadsheet):
        try:
            plan = plan_import(db, source, options, progress=progress)
        finally:
            source.close()  # the sheet's cells are no longer needed: free them before writing
    else:
        with open_spreadsheet(source) as book:
            plan = plan_import(db, book, options, progress=progress)
    path = plan.path
    if plan.has_errors:
        return plan
    if dry_run:
        if plan.total_adds or plan.total_changes:
            trial_apply(db, plan)
        return plan
    if expect is not None and plan.fingerprint() != expect:
        raise ImportChanged(f"{path}: the database or the file changed since the preview; preview the import again")
    if not plan.total_adds and not plan.total_changes:
        return plan
    if backup:
        copy = backup_database(getattr(db, "path", None))
        plan.backup = str(copy) if copy else None
    try:
        apply_plan(db, plan, batch=batch, progress=progress)
    except (sqlite3.IntegrityError, ConstraintFailed):
        trial_apply(db, plan)
        if not plan.has_errors:
            raise
        return plan
    except ImportFailed as exc:
        plan.issues.append(Issue(plan.sheets[0].sheet, None, None, None, str(exc)))
        return plan
    plan.applied = True
    return plan
