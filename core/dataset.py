"""Loading a dataset file (the shipped default, or one like it) into a fresh database.

The file refers to rows by symbolic ``ref``s (see docs/dataset-format.md); here they become row ids. The whole
load is one transaction: a broken dataset leaves the database empty, never half-filled.
"""

from __future__ import annotations

import json
from pathlib import Path

from db import changes

ALIAS_SEPARATOR = "; "


class DatasetError(ValueError):
    """The dataset file is inconsistent (an unknown reference, a duplicate ref)."""


def read_dataset(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _flag(value) -> int:
    return 1 if value else 0


def _opt_flag(value):
    return None if value is None else _flag(value)


def _aliases(value) -> str | None:
    if not value:
        return None
    if isinstance(value, str):
        return value
    return ALIAS_SEPARATOR.join(v for v in value if v)


class _Refs:
    def __init__(self) -> None:
        self.maps: dict[str, dict[str, int]] = {}

    def put(self, kind: str, ref: str, row_id: int) -> None:
        bucket = self.maps.setdefault(kind, {})
        if ref in bucket:
            raise DatasetError(f"{kind}: duplicate ref {ref!r}")
        bucket[ref] = row_id

    def get(self, kind: str, ref, *, required: bool = False):
        if ref is None or ref == "":
            if required:
                raise DatasetError(f"{kind}: missing required reference")
            return None
        try:
            return self.maps.get(kind, {})[ref]
        except KeyError:
            raise DatasetError(f"unknown {kind} reference {ref!r}") from None


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
            names = ", ".join(str(i.get("ref")) for i in pending[:5])
            raise DatasetError(f"parent references that never resolve: {names}")
    return out


def load_dataset(db, data: dict, *, batch: str | None = None) -> dict[str, int]:
    """Insert every row of ``data`` into an empty database; returns row counts per table."""
    refs = _Refs()
    batch = batch or changes.new_batch()
    counts: dict[str, int] = {}

    def add(table: str, row: dict) -> int:
        counts[table] = counts.get(table, 0) + 1
        return changes.insert_row(db, table, row, batch=batch)

    with db.atomic():
        meta = data.get("meta", {})
        for key, value in meta.items():
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [f"dataset_{key}", str(value)])

        for s in data.get("sources", []):
            row_id = add("sources", {
                "ref": s["ref"], "title": s["title"], "publisher": s.get("publisher"), "date": s.get("date"),
                "url": s.get("url"), "file": s.get("file"), "kind": s.get("kind"), "notes": s.get("notes"),
            })
            refs.put("source", s["ref"], row_id)
        src = lambda item: refs.get("source", item.get("source"))  # noqa: E731

        for layer in _ordered(data.get("layers", [])):
            row_id = add("layers", {
                "key": layer["ref"], "parent_id": refs.get("layer", layer.get("parent")),
                "name_zh": layer["name_zh"], "name_en": layer.get("name_en"),
                "sort_order": layer.get("sort_order", 0), "description": layer.get("description"),
                "source_id": src(layer),
            })
            refs.put("layer", layer["ref"], row_id)

        for c in _ordered(data.get("components", [])):
            row_id = add("components", {
                "layer_id": refs.get("layer", c.get("layer"), required=True),
                "parent_id": refs.get("component", c.get("parent")),
                "name_zh": c["name_zh"], "name_en": c.get("name_en"),
                "wanted_suppliers": c.get("wanted_suppliers") if c.get("wanted_suppliers") is not None else 2,
                "criticality": c.get("criticality"), "in_standard_bom": _flag(c.get("in_standard_bom")),
                "needs_check": _flag(c.get("needs_check")), "source_id": src(c), "notes": c.get("notes"),
            })
            refs.put("component", c["ref"], row_id)
            for other in c.get("other_layers") or []:
                db.execute("INSERT OR IGNORE INTO component_layers (component_id, layer_id) VALUES (?, ?)",
                           [row_id, refs.get("layer", other, required=True)])

        for f in data.get("firms", []):
            row_id = add("firms", {
                "name_zh": f["name_zh"], "short_name": f.get("short_name"), "name_en": f.get("name_en"),
                "aliases": _aliases(f.get("aliases")), "credit_code": f.get("credit_code") or None,
                "city": f.get("city"), "district": f.get("district"), "role": f.get("role"),
                "founded_year": f.get("founded_year"), "valuation_cny": f.get("valuation_cny"),
                "revenue_cny": f.get("revenue_cny"), "employees": f.get("employees"),
                "listed": _opt_flag(f.get("listed")), "products": f.get("products"), "website": f.get("website"),
                "cluster_join_year": f.get("cluster_join_year"), "needs_check": _flag(f.get("needs_check")),
                "source_id": src(f), "notes": f.get("notes"),
            })
            refs.put("firm", f["ref"], row_id)

        for cap in data.get("capabilities", []):
            add("capabilities", {
                "firm_id": refs.get("firm", cap.get("firm"), required=True),
                "component_id": refs.get("component", cap.get("component"), required=True),
                "product": cap.get("product"), "stage": cap.get("stage"),
                "local": _flag(cap.get("local", True)), "needs_check": _flag(cap.get("needs_check")),
                "source_id": src(cap), "notes": cap.get("notes"),
            })

        for link in data.get("supply_links", []):
            add("supply_links", {
                "supplier_id": refs.get("firm", link.get("supplier"), required=True),
                "customer_id": refs.get("firm", link.get("customer"), required=True),
                "component_id": refs.get("component", link.get("component")),
                "source_id": src(link), "notes": link.get("notes"),
            })

        for centre in _ordered(data.get("centres", [])):
            row_id = add("centres", {
                "name_zh": centre["name_zh"], "name_en": centre.get("name_en"),
                "aliases": _aliases(centre.get("aliases")), "type": centre.get("type"),
                "level": centre.get("level"), "host": centre.get("host"), "district": centre.get("district"),
                "parent_id": refs.get("centre", centre.get("parent")), "status": centre.get("status"),
                "status_date": centre.get("status_date"), "needs_check": _flag(centre.get("needs_check")),
                "source_id": src(centre), "notes": centre.get("notes"),
            })
            refs.put("centre", centre["ref"], row_id)
            for layer in centre.get("serves_layers") or []:
                db.execute("INSERT INTO centre_serves (centre_id, layer_id) VALUES (?, ?)",
                           [row_id, refs.get("layer", layer, required=True)])
            for comp in centre.get("serves_components") or []:
                db.execute("INSERT INTO centre_serves (centre_id, component_id) VALUES (?, ?)",
                           [row_id, refs.get("component", comp, required=True)])

        for plan in data.get("plans", []):
            row_id = add("plans", {
                "code": plan["code"], "title_zh": plan["title_zh"], "title_en": plan.get("title_en"),
                "issuer": plan.get("issuer"), "issue_date": plan.get("issue_date"),
                "start_year": plan.get("start_year"), "deadline_year": plan.get("deadline_year"),
                "source_id": src(plan), "notes": plan.get("notes"),
            })
            refs.put("plan", plan["code"], row_id)

        for t in data.get("targets", []):
            params = t.get("rule_params")
            row_id = add("targets", {
                "plan_id": refs.get("plan", t.get("plan"), required=True), "code": t["code"],
                "name_zh": t["name_zh"], "name_en": t.get("name_en"), "unit": t.get("unit"), "op": t.get("op"),
                "value": t.get("value"), "deadline_year": t.get("deadline_year"),
                "kind": t.get("kind") or "stock", "wording_zh": t.get("wording_zh"),
                "baseline_value": t.get("baseline_value"), "baseline_year": t.get("baseline_year"),
                "lead_department": t.get("lead_department"), "definition": t.get("definition"),
                "geography": t.get("geography"), "on_track_ratio": t.get("on_track_ratio"),
                "acceleration_ratio": t.get("acceleration_ratio"), "rule": t.get("rule"),
                "rule_params": json.dumps(params, ensure_ascii=False) if params is not None else None,
                "source_id": src(t), "notes": t.get("notes"),
            })
            refs.put("target", f"{t['plan']}/{t['code']}", row_id)

        for o in data.get("observations", []):
            add("observations", {
                "target_id": refs.get("target", o.get("target")), "metric_zh": o.get("metric_zh"),
                "metric_en": o.get("metric_en"), "value": o.get("value"), "unit": o.get("unit"),
                "qualifier": o.get("qualifier"), "kind": o.get("kind") or "level", "level": o.get("level"),
                "as_of": o["as_of"], "as_of_precision": o.get("as_of_precision") or "day",
                "geography": o.get("geography"), "definition": o.get("definition"),
                "confidence": o.get("confidence"), "source_id": src(o), "quote": o.get("quote"),
                "notes": o.get("notes"),
            })
    return counts
