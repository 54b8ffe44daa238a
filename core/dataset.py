"""Loading a dataset file (the shipped default, or one like it) into a fresh database.

The file refers to rows by symbolic ``ref``s (see docs/dataset-format.md); here they become row ids. Every
value goes through the field layer (core.fields: parse_value, then check_row), so the same rules hold as for
a cell edit or an import: a value the editor would refuse is refused here too, with the same message (plus
the row's ref). Money in the file is in 元. The whole load is one transaction: a broken dataset leaves the
database empty, never half-filled.
"""

from __future__ import annotations

import json
from pathlib import Path

from core import fields
from core.errors import ChainMapperError, FieldRejected
from db import changes
from db import dataset as queries

ALIAS_SEPARATOR = "; "
FILE_MONEY_UNIT = "元"

# JSON key -> (column, the kind of ref it names) for each table's references; other keys are column names.
REFS: dict[str, dict[str, tuple[str, str]]] = {
    "sources": {},
    "layers": {"parent": ("parent_id", "layer"), "source": ("source_id", "source")},
    "components": {"layer": ("layer_id", "layer"), "parent": ("parent_id", "component"),
                   "source": ("source_id", "source")},
    "firms": {"source": ("source_id", "source")},
    "capabilities": {"firm": ("firm_id", "firm"), "component": ("component_id", "component"),
                     "source": ("source_id", "source")},
    "supply_links": {"supplier": ("supplier_id", "firm"), "customer": ("customer_id", "firm"),
                     "component": ("component_id", "component"), "source": ("source_id", "source")},
    "centres": {"parent": ("parent_id", "centre"), "source": ("source_id", "source")},
    "plans": {"source": ("source_id", "source")},
    "targets": {"plan": ("plan_id", "plan"), "source": ("source_id", "source"),
                "preferred_source": ("preferred_source_id", "source")},
    "observations": {"target": ("target_id", "target"), "source": ("source_id", "source")},
}
# Values a file may leave out.
DEFAULTS: dict[str, dict[str, object]] = {
    "components": {"wanted_suppliers": 2, "in_standard_bom": False, "needs_check": False},
    "layers": {"sort_order": 0},
    "firms": {"needs_check": False},
    "capabilities": {"local": True, "needs_check": False},
    "centres": {"needs_check": False},
    "targets": {"kind": "stock", "per_year": False},
    "observations": {"kind": "level"},
}
class DatasetError(ChainMapperError):
    """The dataset file is inconsistent (an unknown, duplicate or missing reference, a parent cycle)."""


def read_dataset(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


class _Refs:
    def __init__(self) -> None:
        self.maps: dict[str, dict[str, int]] = {}

    def put(self, kind: str, ref: str, row_id: int) -> None:
        bucket = self.maps.setdefault(kind, {})
        if ref in bucket:
            raise DatasetError("dataset_ref_duplicate", kind=kind, ref=ref)
        bucket[ref] = row_id

    def get(self, kind: str, ref, *, required: bool = False):
        if ref is None or ref == "":
            if required:
                raise DatasetError("dataset_ref_missing", kind=kind)
            return None
        try:
            return self.maps.get(kind, {})[ref]
        except KeyError:
            raise DatasetError("dataset_ref_unknown", kind=kind, ref=ref) from None


def _ordered(items: list[dict], parent_key: str = "parent") -> list[dict]:
    """Parents before children, so a parent's id exists when the child is inserted."""
    done: set = set()
    out: list[dict] = []
    pending = list(items)
    while pending:
        progressed = False
        for item in list(pending):
            parent = item.get(parent_key)
            if parent is None or parent in done:
                out.append(item)
                done.add(item.get("ref"))
                pending.remove(item)
                progressed = True
        if not progressed:
            raise DatasetError("dataset_parents", refs=", ".join(str(i.get("ref")) for i in pending[:5]))
    return out


def _raw(table: str, name: str, item: dict):
    """The file's value for a column, as the field layer reads it (lists of aliases joined, JSON dumped)."""
    value = item.get(name)
    if value is None and table == "layers" and name == "key":
        value = item.get("ref")  # a layer's ref is its key
    if value is None:
        value = DEFAULTS.get(table, {}).get(name)
    if name == "aliases" and isinstance(value, list):
        return ALIAS_SEPARATOR.join(v for v in value if v) or None
    if name == "rule_params" and value is not None and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return value


def row_values(table: str, item: dict, refs: _Refs) -> dict:
    """One item of the file as the row to store: references resolved, every other value parsed by the field
    layer (the rules of a cell edit), then the row's rules checked."""
    by_column = {col: (key, kind) for key, (col, kind) in REFS[table].items()}
    row: dict = {}
    for col in fields.columns(table):
        if col.name in row and item.get(col.name) is None:
            continue  # a precision the period itself gave
        if col.name in by_column:
            key, kind = by_column[col.name]
            row[col.name] = refs.get(kind, item.get(key), required=col.required)
            continue
        raw = _raw(table, col.name, item)
        try:
            parsed = fields.parse_value(table, col, raw, unit=FILE_MONEY_UNIT if col.kind == "money" else None)
        except FieldRejected as exc:
            exc.facts["row"] = item.get("ref") or item.get("code") or item.get("name_zh")
            raise
        row[col.name] = parsed.value
        if col.partner and parsed.precision and item.get(col.partner) is None:
            row[col.partner] = parsed.precision  # a period written as 2025年6月 carries its precision
    fields.check_row(table, row)
    return row


def load_dataset(db, data: dict, *, batch: str | None = None) -> dict[str, int]:
    """Insert every row of ``data`` into an empty database; returns row counts per table.

    Raises:
        DatasetError: a reference that does not resolve, a duplicate ref, a parent cycle.
        FieldRejected / RowRejected: a value or a row the field layer refuses (facts name the row's ref).
    """
    refs = _Refs()
    batch = batch or changes.new_batch()
    counts: dict[str, int] = {}

    def add(table: str, item: dict) -> int:
        counts[table] = counts.get(table, 0) + 1
        return changes.insert_row(db, table, row_values(table, item, refs), batch=batch)

    with changes.transaction(db):
        for key, value in data.get("meta", {}).items():
            queries.set_meta(db, f"dataset_{key}", value)
        for s in data.get("sources", []):
            refs.put("source", s["ref"], add("sources", s))
        for layer in _ordered(data.get("layers", [])):
            refs.put("layer", layer["ref"], add("layers", layer))
        for c in _ordered(data.get("components", [])):
            row_id = add("components", c)
            refs.put("component", c["ref"], row_id)
            for other in c.get("other_layers") or []:
                queries.add_component_layer(db, row_id, refs.get("layer", other, required=True))
        for f in data.get("firms", []):
            refs.put("firm", f["ref"], add("firms", f))
        for cap in data.get("capabilities", []):
            add("capabilities", cap)
        for link in data.get("supply_links", []):
            add("supply_links", link)
        for centre in _ordered(data.get("centres", [])):
            row_id = add("centres", centre)
            refs.put("centre", centre["ref"], row_id)
            for layer in centre.get("serves_layers") or []:
                changes.insert_row(db, "centre_serves", {"centre_id": row_id,
                                                         "layer_id": refs.get("layer", layer, required=True)},
                                   batch=batch)
            for comp in centre.get("serves_components") or []:
                changes.insert_row(db, "centre_serves", {"centre_id": row_id,
                                                         "component_id": refs.get("component", comp, required=True)},
                                   batch=batch)
        for plan in data.get("plans", []):
            refs.put("plan", plan["code"], add("plans", plan))
        for t in data.get("targets", []):
            refs.put("target", f"{t['plan']}/{t['code']}", add("targets", t))
        for o in data.get("observations", []):
            add("observations", o)
    return counts
