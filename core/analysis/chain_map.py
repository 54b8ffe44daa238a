"""The data behind the chain-map picture: layers, components, the firms and centres attached to each, and the
integrators depending on them.

Every count and every "first N per component" choice runs in SQL (window functions over the capability and
centre_serves indexes), so a 100,000-firm map hands the picture a few hundred rows, never a whole table.
Only the small tables (layers, components: tens of rows) are read whole, to place components in their tree.

Standard-BOM dependencies are returned compactly: every integrator depends on every component with
``in_standard_bom = 1``, so :attr:`ChainMap.bom_component_ids` holds those ids once and each integrator carries
only its explicit supply links.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from core.analysis.coverage import flags_for, top_layers
from db import queries

STAGE_RANK_SQL = ("CASE {col} WHEN 'mass' THEN 4 WHEN 'pilot' THEN 3 WHEN 'prototype' THEN 2 WHEN 'rd' THEN 1"
                  " ELSE 0 END")
_STAGES = {4: "mass", 3: "pilot", 2: "prototype", 1: "rd", 0: None}


@dataclass(frozen=True)
class FirmChip:
    """A supplier firm attached to a component (its best capability for that component)."""

    id: int
    name: str  # short_name, else name_zh
    name_zh: str
    name_en: str | None
    local: bool
    stage: str | None


@dataclass(frozen=True)
class CentreChip:
    id: int
    name_zh: str
    name_en: str | None


@dataclass
class MapComponent:
    """One component box. ``local_suppliers``, ``mass`` and ``flags`` describe the whole chain (as on the
    coverage page); ``suppliers_total``, ``firms`` and ``integrators`` follow the district filter."""

    id: int
    name_zh: str
    name_en: str | None
    parent_id: int | None
    depth: int
    layer_id: int
    wanted: int
    criticality: str | None
    in_standard_bom: bool
    local_suppliers: int = 0
    mass: int = 0
    flags: list[str] = field(default_factory=list)
    suppliers_total: int = 0
    firms: list[FirmChip] = field(default_factory=list)
    centres_total: int = 0
    centres: list[CentreChip] = field(default_factory=list)
    integrators: int = 0  # depending on it: all (standard BOM) or those with an explicit supply link

    @property
    def more_firms(self) -> int:
        return self.suppliers_total - len(self.firms)

    @property
    def more_centres(self) -> int:
        return self.centres_total - len(self.centres)


@dataclass
class MapLayer:
    """A top layer (机器脑 / 机器肢 / 机器体) and its components in tree order (parents before children)."""

    id: int
    key: str | None
    name_zh: str
    name_en: str | None
    components: list[MapComponent] = field(default_factory=list)
    centres_total: int = 0  # centres serving the layer itself or one of its sub-layers

    @property
    def covered(self) -> int:
        return sum(1 for c in self.components if c.local_suppliers > 0)


@dataclass(frozen=True)
class MapIntegrator:
    id: int
    name: str
    name_zh: str
    name_en: str | None
    district: str | None
    component_ids: frozenset[int]  # explicit supply links to components on the map (BOM ones are implied)


@dataclass
class ChainMap:
    layers: list[MapLayer]
    integrators: list[MapIntegrator]  # the best-linked ones, at most ``max_integrators``
    integrators_total: int
    bom_component_ids: frozenset[int]  # on the map; every integrator depends on these
    district: str | None = None
    layer_keys: tuple[str, ...] | None = None
    max_firms_per_component: int = 8

    def components(self) -> Iterator[MapComponent]:
        for layer in self.layers:
            yield from layer.components

    def component(self, component_id: int) -> MapComponent | None:
        return next((c for c in self.components() if c.id == component_id), None)

    @property
    def more_integrators(self) -> int:
        return self.integrators_total - len(self.integrators)


# ----- SQL ------------------------------------------------------------------------------------------------
# :ids is a JSON array of the component ids on the map; :district NULL means every district.

COVERAGE_SQL = f"""
WITH on_map(id) AS (SELECT value FROM json_each(:ids)),
local_best AS (
    SELECT component_id, firm_id, max({STAGE_RANK_SQL.format(col='stage')}) AS best
    FROM capabilities WHERE local = 1 AND component_id IN on_map
    GROUP BY component_id, firm_id
)
SELECT component_id, count(*) AS local_suppliers, sum(best = 4) AS mass
FROM local_best GROUP BY component_id
"""

# Suppliers per component, best first (local, then the most advanced stage, then by name), at most :cap each.
# Sorting every (component, firm) pair by name is the slow part on a big map, so the pairs are first counted
# per (component, local, stage) group in the covering index, and only the groups that can reach the first
# :cap places are joined to firms and sorted (100,000 firms: 1.3 s -> 0.5 s). k = local * 8 + stage rank.
SUPPLIERS_SQL = f"""
WITH on_map(id) AS (SELECT value FROM json_each(:ids)),
per_firm AS MATERIALIZED (
    SELECT cap.component_id, cap.firm_id, max(cap.local) * 8 + max({STAGE_RANK_SQL.format(col='cap.stage')}) AS k
    FROM capabilities cap
    WHERE cap.component_id IN on_map
      AND (:district IS NULL OR cap.firm_id IN (SELECT id FROM firms WHERE district = :district))
    GROUP BY cap.component_id, cap.firm_id
),
grp AS (SELECT component_id, k, count(*) AS n FROM per_firm GROUP BY component_id, k),
cum AS (
    SELECT component_id, k, sum(n) OVER (PARTITION BY component_id) AS total,
           sum(n) OVER (PARTITION BY component_id ORDER BY k DESC ROWS UNBOUNDED PRECEDING) - n AS before
    FROM grp
),
needed AS (SELECT component_id, k, total FROM cum WHERE before < max(:cap, 1)),
ranked AS (
    SELECT p.component_id, p.firm_id, p.k, f.name_zh, f.short_name, f.name_en,
           row_number() OVER (PARTITION BY p.component_id
                              ORDER BY p.k DESC, coalesce(f.short_name, f.name_zh), f.id) AS rn
    FROM per_firm p JOIN firms f ON f.id = p.firm_id
    WHERE (p.component_id, p.k) IN (SELECT component_id, k FROM needed)
)
SELECT r.component_id, r.firm_id, r.k / 8 AS local, r.k % 8 AS best, r.name_zh, r.short_name, r.name_en,
       (SELECT max(total) FROM needed n WHERE n.component_id = r.component_id) AS total
FROM ranked r WHERE rn <= max(:cap, 1) ORDER BY r.component_id, rn
"""

CENTRES_SQL = """
WITH on_map(id) AS (SELECT value FROM json_each(:ids)),
served AS (SELECT DISTINCT component_id, centre_id FROM centre_serves WHERE component_id IN on_map),
ranked AS (
    SELECT s.component_id, ce.id, ce.name_zh, ce.name_en,
           row_number() OVER (PARTITION BY s.component_id ORDER BY ce.name_zh, ce.id) AS rn,
           count(*) OVER (PARTITION BY s.component_id) AS total
    FROM served s JOIN centres ce ON ce.id = s.centre_id
)
SELECT component_id, id, name_zh, name_en, total FROM ranked WHERE rn <= max(:cap, 1) ORDER BY component_id, rn
"""

# :tops is a JSON object {layer id: top layer id} for the layers on the map.
LAYER_CENTRES_SQL = """
WITH tops AS (SELECT CAST(key AS INTEGER) AS layer_id, value AS top_id FROM json_each(:tops))
SELECT t.top_id, count(DISTINCT cs.centre_id) FROM centre_serves cs JOIN tops t ON t.layer_id = cs.layer_id
GROUP BY t.top_id
"""

INTEGRATOR_COUNT_SQL = """
SELECT count(*) FROM firms WHERE role = 'integrator' AND (:district IS NULL OR district = :district)
"""

# Explicit links, per component: how many integrators (of the district) name it in a supply link.
LINKED_PER_COMPONENT_SQL = """
WITH on_map(id) AS (SELECT value FROM json_each(:ids))
SELECT sl.component_id, count(DISTINCT sl.customer_id)
FROM supply_links sl JOIN firms f ON f.id = sl.customer_id AND f.role = 'integrator'
WHERE sl.component_id IN on_map AND (:district IS NULL OR f.district = :district)
GROUP BY sl.component_id
"""

# The integrators to draw: most explicit links to components on the map first, then by name. (A correlated
# count through supply_links_customer: a LEFT JOIN to a grouped CTE scanned it once per integrator.)
TOP_INTEGRATORS_SQL = """
WITH on_map(id) AS (SELECT value FROM json_each(:ids))
SELECT f.id, f.name_zh, f.short_name, f.name_en, f.district
FROM firms f
WHERE f.role = 'integrator' AND (:district IS NULL OR f.district = :district)
ORDER BY (SELECT count(DISTINCT sl.component_id) FROM supply_links sl
          WHERE sl.customer_id = f.id AND sl.component_id IN on_map) DESC,
         coalesce(f.short_name, f.name_zh), f.id
LIMIT :cap
"""

INTEGRATOR_LINKS_SQL = """
WITH on_map(id) AS (SELECT value FROM json_each(:ids)),
chosen(id) AS (SELECT value FROM json_each(:integrators))
SELECT DISTINCT customer_id, component_id FROM supply_links
WHERE customer_id IN chosen AND component_id IN on_map
"""


# ----- building -------------------------------------------------------------------------------------------


def _tree_order(rows: list[dict], layer_order: dict[int, tuple]) -> list[tuple[dict, int]]:
    """Components of one column, parents before their children, with their depth in this column.

    A component whose parent is in another column (or missing) starts a tree here; a cycle of parents
    (possible after edits) is broken where it is met, so every row comes out exactly once.
    """
    ids = {r["id"] for r in rows}
    children: dict[int | None, list[dict]] = {}
    for r in rows:
        parent = r["parent_id"] if r["parent_id"] in ids else None
        children.setdefault(parent, []).append(r)
    for group in children.values():
        group.sort(key=lambda r: (layer_order.get(r["layer_id"], (0, 0)), r["id"]))
    out: list[tuple[dict, int]] = []
    seen: set[int] = set()

    def visit(row: dict, depth: int) -> None:
        stack = [(row, depth)]
        while stack:
            r, d = stack.pop()
            if r["id"] in seen:
                continue
            seen.add(r["id"])
            out.append((r, d))
            stack.extend((c, d + 1) for c in reversed(children.get(r["id"], [])))

    for root in children.get(None, []):
        visit(root, 0)
    for r in sorted(rows, key=lambda r: r["id"]):  # members of a parent cycle
        if r["id"] not in seen:
            visit(r, 0)
    return out


def chain_map_data(db, *, layer_keys: Iterable[str] | None = None, district: str | None = None,
                   max_firms_per_component: int = 8, max_centres_per_component: int = 4,
                   max_integrators: int = 40) -> ChainMap:
    """Everything the chain-map picture draws.

    Args:
        db: a sqlite-utils Database (or anything with ``execute``).
        layer_keys: top-layer keys to show (``brain``, ``limbs``, ``body``); None shows every top layer.
        district: only firms (suppliers and integrators) in this district; None for all.
        max_firms_per_component: supplier chips per component; the rest are counted in ``suppliers_total``.
        max_centres_per_component: centre chips per component; the rest in ``centres_total``.
        max_integrators: integrator nodes; the rest in ``integrators_total``.

    Returns:
        A :class:`ChainMap` with the top layers in sort order.
    """
    district = district or None
    wanted_keys = tuple(layer_keys) if layer_keys is not None else None
    layer_rows = queries.layer_rows(db)
    tops = top_layers(layer_rows)
    layer_order = {row["id"]: (row["sort_order"], row["id"]) for row in layer_rows}
    layers = [
        MapLayer(id=row["id"], key=row["key"], name_zh=row["name_zh"], name_en=row["name_en"])
        for row in layer_rows
        if row["parent_id"] is None and (wanted_keys is None or row["key"] in wanted_keys)
    ]
    by_top = {layer.id: layer for layer in layers}

    cursor = db.execute("SELECT id, name_zh, name_en, layer_id, parent_id, wanted_suppliers, criticality,"
                        " in_standard_bom FROM components")
    cols = [d[0] for d in cursor.description]
    rows_by_top: dict[int, list[dict]] = {}
    for values in cursor.fetchall():
        row = dict(zip(cols, values, strict=True))
        top = tops.get(row["layer_id"])
        if top is not None and top["id"] in by_top:
            rows_by_top.setdefault(top["id"], []).append(row)

    components: dict[int, MapComponent] = {}
    for layer in layers:
        for row, depth in _tree_order(rows_by_top.get(layer.id, []), layer_order):
            comp = MapComponent(
                id=row["id"], name_zh=row["name_zh"], name_en=row["name_en"], parent_id=row["parent_id"],
                depth=depth, layer_id=row["layer_id"], wanted=row["wanted_suppliers"],
                criticality=row["criticality"], in_standard_bom=bool(row["in_standard_bom"]),
            )
            layer.components.append(comp)
            components[comp.id] = comp

    ids = json.dumps(list(components))
    params = {"ids": ids, "district": district}
    for cid, local, mass in db.execute(COVERAGE_SQL, params):
        components[cid].local_suppliers, components[cid].mass = local, mass
    for comp in components.values():
        comp.flags = flags_for(comp.local_suppliers, comp.wanted, comp.mass)

    for cid, fid, local, best, name_zh, short, name_en, total in db.execute(
            SUPPLIERS_SQL, {**params, "cap": max_firms_per_component}):
        comp = components[cid]
        comp.suppliers_total = total  # at least one row per component comes back, to carry the total
        if len(comp.firms) < max_firms_per_component:
            comp.firms.append(FirmChip(id=fid, name=short or name_zh, name_zh=name_zh, name_en=name_en,
                                       local=bool(local), stage=_STAGES.get(best)))

    for cid, centre_id, name_zh, name_en, total in db.execute(
            CENTRES_SQL, {"ids": ids, "cap": max_centres_per_component}):
        comp = components[cid]
        comp.centres_total = total
        if len(comp.centres) < max_centres_per_component:
            comp.centres.append(CentreChip(id=centre_id, name_zh=name_zh, name_en=name_en))

    top_of = json.dumps({str(lid): top["id"] for lid, top in tops.items() if top["id"] in by_top})
    for top_id, n in db.execute(LAYER_CENTRES_SQL, {"tops": top_of}):
        by_top[top_id].centres_total = n

    integrators_total = db.execute(INTEGRATOR_COUNT_SQL, {"district": district}).fetchone()[0]
    linked = dict(db.execute(LINKED_PER_COMPONENT_SQL, params).fetchall())
    for comp in components.values():
        comp.integrators = integrators_total if comp.in_standard_bom else linked.get(comp.id, 0)

    chosen = db.execute(TOP_INTEGRATORS_SQL, {**params, "cap": max(max_integrators, 0)}).fetchall()
    links: dict[int, set[int]] = {}
    if chosen:
        for customer, cid in db.execute(INTEGRATOR_LINKS_SQL,
                                        {"ids": ids, "integrators": json.dumps([r[0] for r in chosen])}):
            links.setdefault(customer, set()).add(cid)
    integrators = [
        MapIntegrator(id=fid, name=short or name_zh, name_zh=name_zh, name_en=name_en, district=dist,
                      component_ids=frozenset(links.get(fid, ())))
        for fid, name_zh, short, name_en, dist in chosen
    ]
    return ChainMap(
        layers=layers, integrators=integrators, integrators_total=integrators_total,
        bom_component_ids=frozenset(c.id for c in components.values() if c.in_standard_bom),
        district=district, layer_keys=wanted_keys, max_firms_per_component=max_firms_per_component,
    )


def district_names(db) -> list[str]:
    """Districts firms are in, for the filter (through the firms_district index)."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT district FROM firms WHERE district IS NOT NULL AND trim(district) != '' ORDER BY district")]


def top_layer_rows(db) -> list[dict]:
    """The top layers (机器脑 / 机器肢 / 机器体) in sort order, for the layer filter."""
    return [row for row in queries.layer_rows(db) if row["parent_id"] is None]
