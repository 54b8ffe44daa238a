"""What the table pages read, Qt-free: rows a page at a time (db/tables.py), the names rows are called by,
reference lists for the editors, and the change log in words for the History page."""

from __future__ import annotations

from dataclasses import dataclass

from core.fields.spec import TABLES, Column, column, display_of
from db import history as log
from db import rows, tables
from db.collation import sort_key
from db.tables import SMALL_TABLE, TableQuery

__all__ = ["SMALL_TABLE", "Change", "TableQuery", "changes", "query", "reference_choices", "row_name", "sort_key"]

# The order a table opens in when the user has not chosen one: (column, descending).
DEFAULT_ORDER: dict[str, tuple[str, bool]] = {
    "firms": ("name_zh", False),  # pinyin
    "components": ("layer_id", False),  # chain order: layers by their place, then as entered
    "layers": ("sort_order", False),
    "capabilities": ("firm_id", False),
    "supply_links": ("supplier_id", False),
    "centres": ("name_zh", False),
    "plans": ("code", False),
    "targets": ("code", False),  # natural order: P1, P2 … P13
    "observations": ("as_of", True),  # newest first
    "sources": ("ref", False),  # S1, S2 … S12
    "change_log": ("id", True),
}


def query(db, table: str, columns: tuple[Column, ...] | None = None, lang: str = "zh") -> TableQuery:
    """The paging query for a table page over these columns (references named in ``lang``)."""
    cols = columns if columns is not None else TABLES[table]
    query = TableQuery(db, table, {c.name: c.ref for c in cols if c.ref}, lang)
    query.search_columns = [c.name for c in cols if c.kind in ("text", "longtext")]
    return query


def row_name(table: str, row: dict | None, lang: str = "zh") -> str:
    """How people call a row in an undo text, a question or the History page: its name, never its number.
    Link rows are named by what they link (``row`` carries ``<column>__label`` for its references)."""
    if not row:
        return ""
    label = {c: row.get(f"{c}__label") for c in ("firm_id", "component_id", "supplier_id", "customer_id",
                                                 "target_id")}
    if table == "capabilities" and label["firm_id"]:
        return f"{label['firm_id']} × {label['component_id'] or ''}".strip(" ×")
    if table == "supply_links" and label["supplier_id"]:
        return f"{label['supplier_id']} → {label['customer_id'] or ''}".strip(" →")
    if table == "observations":
        what = row.get("metric_en" if lang == "en" else "metric_zh") or row.get("metric_zh") or label["target_id"]
        return " ".join(str(p) for p in (what, row.get("as_of")) if p)
    if lang == "en" and table in ("firms", "components", "layers", "centres") and row.get("name_en"):
        return row["name_en"]
    if table == "targets":
        name = (row.get("name_en") if lang == "en" else None) or row.get("name_zh")
        return " ".join(str(p) for p in (row.get("code"), name) if p)
    name = display_of(table, row)
    return "" if name is None else str(name)


def reference_choices(db, table: str, limit: int, lang: str = "zh") -> list[tuple[int, str]] | None:
    """(id, name) of every row of ``table`` in pinyin order, for a drop-down; None beyond ``limit`` rows
    (then the reference is typed and resolved by name)."""
    if rows.count(db, table) > limit:
        return None
    pairs = list(tables.labels(db, table, None, lang).items())
    pairs.sort(key=lambda p: (sort_key(p[1]), p[0]))
    return pairs


def labels(db, table: str, ids, lang: str = "zh") -> dict[int, str]:
    """The names of these rows of ``table`` in ``lang``."""
    return tables.labels(db, table, ids, lang)


@dataclass
class Change:
    """One change-log entry as the History page shows it: values decoded to their types and rows named."""

    id: int
    ts: str
    user: str | None
    action: str
    table: str
    row_id: int
    row_name: str
    column: str | None
    old: object
    new: object
    old_name: str | None = None  # a reference's value: the name of the row referred to
    new_name: str | None = None


def changes(db, entries: list[dict], lang: str = "zh") -> dict[int, Change]:
    """Change-log rows (as read from the change_log table) in words, by entry id. A row deleted since is
    named from the row the log kept."""
    by_table: dict[str, set[int]] = {}
    for e in entries:
        if e["table_name"] in TABLES:
            by_table.setdefault(e["table_name"], set()).add(e["row_id"])
    current = {t: rows.get_many(db, t, ids) for t, ids in by_table.items()}
    ref_ids: dict[str, set[int]] = {}
    decoded = {}
    for e in entries:
        table, col = e["table_name"], e["column"]
        if table in TABLES and col:
            old = log.decode(db, table, col, e["old_value"])
            new = log.decode(db, table, col, e["new_value"])
            spec = _column(table, col)
            if spec is not None and spec.ref:
                ref_ids.setdefault(spec.ref, set()).update(v for v in (old, new) if isinstance(v, int))
        else:
            old, new = _whole(e["old_value"]), _whole(e["new_value"])
        decoded[e["id"]] = (old, new)
    names = {t: tables.labels(db, t, ids, lang) for t, ids in ref_ids.items()}
    out = {}
    gone: dict[tuple[str, int], dict | None] = {}
    for e in entries:
        table, col = e["table_name"], e["column"]
        old, new = decoded[e["id"]]
        row = current.get(table, {}).get(e["row_id"]) or (old if isinstance(old, dict) else None) or (
            new if isinstance(new, dict) else None)
        if row is None and table in TABLES:
            row = gone.setdefault((table, e["row_id"]), log.last_row(db, table, e["row_id"]))
        change = Change(e["id"], e["ts"], e["user"], e["action"], table, e["row_id"],
                        _name(db, table, row, lang) if table in TABLES else str(e["row_id"]), col, old, new)
        spec = _column(table, col) if col else None
        if spec is not None and spec.ref:
            change.old_name = names.get(spec.ref, {}).get(old) if old is not None else None
            change.new_name = names.get(spec.ref, {}).get(new) if new is not None else None
        out[e["id"]] = change
    return out


def _column(table: str, name: str | None) -> Column | None:
    try:
        return column(table, name) if table in TABLES and name else None
    except KeyError:
        return None


def _whole(text):
    if text is None:
        return None
    try:
        return log.decode_row(text)
    except ValueError:
        return text


def _name(db, table: str, row: dict | None, lang: str) -> str:
    if not row:
        return ""
    refs = {c.name: c.ref for c in TABLES[table] if c.ref and row.get(c.name) is not None}
    named = dict(row)
    for col, ref in refs.items():
        label = tables.labels(db, ref, [row[col]], lang).get(row[col])
        if label is None:  # the row referred to is gone too: named as the log kept it
            kept = log.last_row(db, ref, row[col])
            label = row_name(ref, kept, lang) if kept else f"#{row[col]}"
        named.setdefault(f"{col}__label", label)
    return row_name(table, named, lang)
