"""Chain coverage: which components have local suppliers, how mature, and where the chain has holes."""

from __future__ import annotations

from dataclasses import dataclass, field

from db import queries

NO_LOCAL = "no_local_supplier"
SINGLE_SOURCE = "single_source"
BELOW_WANTED = "below_wanted"
NO_MASS_PRODUCTION = "none_in_mass_production"
FLAGS = (NO_LOCAL, SINGLE_SOURCE, BELOW_WANTED, NO_MASS_PRODUCTION)


@dataclass
class ComponentCoverage:
    id: int
    name_zh: str
    name_en: str | None
    layer_id: int
    layer_key: str | None
    top_layer_key: str | None
    parent_id: int | None
    wanted: int
    local_suppliers: int
    by_stage: dict[str, int]
    all_suppliers: int
    centres: int
    integrators: int
    criticality: str | None
    in_standard_bom: bool
    flags: list[str] = field(default_factory=list)


@dataclass
class LayerCoverage:
    key: str | None
    name_zh: str
    name_en: str | None
    components: int
    covered: int

    @property
    def share(self) -> float | None:
        return self.covered / self.components if self.components else None


def flags_for(local_suppliers: int, wanted: int, mass: int) -> list[str]:
    flags = []
    if local_suppliers == 0:
        if wanted > 0:
            flags.append(NO_LOCAL)
    elif local_suppliers == 1 and wanted >= 2:
        flags.append(SINGLE_SOURCE)
    elif local_suppliers < wanted:
        flags.append(BELOW_WANTED)
    if local_suppliers > 0 and mass == 0:
        flags.append(NO_MASS_PRODUCTION)
    return flags


def top_layers(layer_rows: list[dict]) -> dict[int, dict]:
    """Map every layer id to its top-level layer row (大脑/小脑 -> 机器脑)."""
    by_id = {row["id"]: row for row in layer_rows}
    out = {}
    for row in layer_rows:
        top, seen = row, set()
        while top["parent_id"] is not None and top["parent_id"] in by_id and top["id"] not in seen:
            seen.add(top["id"])
            top = by_id[top["parent_id"]]
        out[row["id"]] = top
    return out


def chain_coverage(db) -> tuple[list[ComponentCoverage], list[LayerCoverage]]:
    layers = queries.layer_rows(db)
    by_id = {row["id"]: row for row in layers}
    tops = top_layers(layers)
    components = []
    for row in queries.coverage_rows(db):
        layer = by_id.get(row["layer_id"], {})
        top = tops.get(row["layer_id"], {})
        cov = ComponentCoverage(
            id=row["id"], name_zh=row["name_zh"], name_en=row["name_en"], layer_id=row["layer_id"],
            layer_key=layer.get("key"), top_layer_key=top.get("key"), parent_id=row["parent_id"],
            wanted=row["wanted_suppliers"], local_suppliers=row["local_suppliers"],
            by_stage={s: row[s] for s in ("mass", "pilot", "prototype", "rd", "unknown_stage")},
            all_suppliers=row["all_suppliers"], centres=row["centres"], integrators=row["integrators"],
            criticality=row["criticality"], in_standard_bom=bool(row["in_standard_bom"]),
        )
        cov.flags = flags_for(cov.local_suppliers, cov.wanted, cov.by_stage["mass"])
        components.append(cov)
    order = {row["id"]: (row["sort_order"], row["id"]) for row in layers}
    components.sort(key=lambda c: (order.get(tops.get(c.layer_id, {}).get("id"), (0, 0)),
                                   order.get(c.layer_id, (0, 0)), c.id))
    layer_cov = []
    for row in layers:
        if row["parent_id"] is not None:
            continue
        members = [c for c in components if tops.get(c.layer_id, {}).get("id") == row["id"]]
        layer_cov.append(LayerCoverage(
            key=row["key"], name_zh=row["name_zh"], name_en=row["name_en"], components=len(members),
            covered=sum(1 for c in members if c.local_suppliers > 0),
        ))
    return components, layer_cov
