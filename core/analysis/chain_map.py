"""The data behind the chain-map picture: layers, components, the firms and centres attached to each, and the
integrators depending on them.

Every count and every "first N per component" choice runs in SQL (window functions over the capability and
centre_serves indexes), so a 100,000-firm map hands the picture a few hundred rows, never a whole table.
Only the small tables (layers, components: tens of rows) are read whole, to place components in their tree.

Standard-BOM membership is returned compactly (:attr:`ChainMap.bom_component_ids`) and each integrator carries
only its explicit supply links. A component's ``integrators`` keeps the picture's reading (every integrator
for a standard-BOM part); ``integrators_linked`` counts only integrators with a supply link, the figure the
coverage page, the report and the ranked gaps use. The SQL lives in db/chain_map.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from core.analysis.coverage import Survey, flags_for, layer_surveys, survey_of, top_layers
from db import chain_map as queries
from db import coverage as coverage_queries


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
    integrators: int = 0  # drawn as depending on it: all (standard BOM) or those with an explicit supply link
    integrators_linked: int = 0  # integrators with a supply link naming it (of the district)
    survey: Survey | None = None  # None: its suppliers have not been surveyed
    local_unchecked: int = 0  # local suppliers resting only on rows still to be checked
    facts_to_check: int = 0  # supplier facts (capability rows) still to be checked

    @property
    def surveyed(self) -> bool:
        return self.survey is not None

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
    survey: Survey | None = None  # the layer's own survey

    @property
    def covered(self) -> int:
        return sum(1 for c in self.components if c.local_suppliers > 0)

    @property
    def not_surveyed(self) -> int:
        return sum(1 for c in self.components if "not_surveyed" in c.flags)

    @property
    def no_local(self) -> int:
        return sum(1 for c in self.components if "no_local_supplier" in c.flags)

    @property
    def facts_to_check(self) -> int:
        return sum(c.facts_to_check for c in self.components)


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
                   max_integrators: int = 40, today: date | None = None) -> ChainMap:
    """Everything the chain-map picture draws.

    Args:
        db: a sqlite-utils Database (or anything with ``execute``).
        layer_keys: top-layer keys to show (those of the data's layers); None shows every top layer.
        district: only firms (suppliers and integrators) in this district; None for all.
        max_firms_per_component: supplier chips per component; the rest are counted in ``suppliers_total``.
        max_centres_per_component: centre chips per component; the rest in ``centres_total``.
        max_integrators: integrator nodes; the rest in ``integrators_total``.
        today: the day surveys are counted to (default today).

    Returns:
        A :class:`ChainMap` with the top layers in sort order.
    """
    district = district or None
    today = today or date.today()
    wanted_keys = tuple(layer_keys) if layer_keys is not None else None
    layer_rows = coverage_queries.layer_rows(db)
    tops = top_layers(layer_rows)
    surveys = layer_surveys(layer_rows, today)
    layer_order = {row["id"]: (row["sort_order"], row["id"]) for row in layer_rows}
    layers = [
        MapLayer(id=row["id"], key=row["key"], name_zh=row["name_zh"], name_en=row["name_en"],
                 survey=surveys.get(row["id"]))
        for row in layer_rows
        if row["parent_id"] is None and (wanted_keys is None or row["key"] in wanted_keys)
    ]
    by_top = {layer.id: layer for layer in layers}

    rows_by_top: dict[int, list[dict]] = {}
    for row in queries.component_rows(db):
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
                survey=survey_of(row, surveys.get(row["layer_id"]), today),
            )
            layer.components.append(comp)
            components[comp.id] = comp

    ids = list(components)
    for cid, counts in queries.local_counts(db, ids).items():
        comp = components[cid]
        comp.local_suppliers, comp.mass = counts["local_suppliers"], counts["mass"]
        comp.local_unchecked, comp.facts_to_check = counts["local_unchecked"], counts["facts_to_check"]
    for comp in components.values():
        comp.flags = flags_for(comp.local_suppliers, comp.wanted, comp.mass, comp.surveyed, comp.local_unchecked)

    for chip in queries.supplier_chips(db, ids, district=district, cap=max_firms_per_component):
        comp = components[chip["component_id"]]
        comp.suppliers_total = chip["total"]  # at least one row per component comes back, to carry the total
        if len(comp.firms) < max_firms_per_component:
            comp.firms.append(FirmChip(id=chip["firm_id"], name=chip["short_name"] or chip["name_zh"],
                                       name_zh=chip["name_zh"], name_en=chip["name_en"], local=bool(chip["local"]),
                                       stage=chip["stage"]))

    for chip in queries.centre_chips(db, ids, cap=max_centres_per_component):
        comp = components[chip["component_id"]]
        comp.centres_total = chip["total"]
        if len(comp.centres) < max_centres_per_component:
            comp.centres.append(CentreChip(id=chip["id"], name_zh=chip["name_zh"], name_en=chip["name_en"]))

    top_of = {lid: top["id"] for lid, top in tops.items() if top["id"] in by_top}
    for top_id, n in queries.centres_per_top_layer(db, top_of).items():
        by_top[top_id].centres_total = n

    integrators_total = coverage_queries.integrator_count(db, district)
    linked = queries.linked_integrators(db, ids, district=district)
    for comp in components.values():
        comp.integrators_linked = linked.get(comp.id, 0)
        comp.integrators = integrators_total if comp.in_standard_bom else comp.integrators_linked

    chosen = queries.top_integrators(db, ids, district=district, cap=max_integrators)
    links = queries.integrator_links(db, ids, [r["id"] for r in chosen]) if chosen else {}
    integrators = [
        MapIntegrator(id=r["id"], name=r["short_name"] or r["name_zh"], name_zh=r["name_zh"], name_en=r["name_en"],
                      district=r["district"], component_ids=frozenset(links.get(r["id"], ())))
        for r in chosen
    ]
    return ChainMap(
        layers=layers, integrators=integrators, integrators_total=integrators_total,
        bom_component_ids=frozenset(c.id for c in components.values() if c.in_standard_bom),
        district=district, layer_keys=wanted_keys, max_firms_per_component=max_firms_per_component,
    )


def district_names(db) -> list[str]:
    """Districts firms are in, for the filter."""
    return queries.district_names(db)


def top_layer_rows(db) -> list[dict]:
    """The top layers (机器脑 / 机器肢 / 机器体) in sort order, for the layer filter."""
    return [row for row in coverage_queries.layer_rows(db) if row["parent_id"] is None]
