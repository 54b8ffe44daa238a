"""Chain coverage: which components have local suppliers, how mature, whether anybody has looked, and where
the chain has holes.

A component with no local supplier recorded is "not yet surveyed" unless its suppliers were surveyed (the
component itself, or its layer or a parent layer, on or before the day asked about): only then is it "no
local supplier". Supplier facts still to be checked (capability rows marked needs_check) are counted, and a
component whose every local supplier rests on such rows carries "suppliers to be checked". "Integrators
depending" counts integrators with a supply link; membership of the standard bill of materials is reported
beside it and never counted as dependence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from db import coverage as queries

NO_LOCAL = "no_local_supplier"
NOT_SURVEYED = "not_surveyed"
SINGLE_SOURCE = "single_source"
BELOW_WANTED = "below_wanted"
NO_MASS_PRODUCTION = "none_in_mass_production"
TO_CHECK = "suppliers_to_check"


@dataclass(frozen=True)
class Survey:
    """Who surveyed a segment's suppliers, when, from which list; ``layer_key`` when it came from a layer."""

    on: date
    by: str | None
    list: str | None
    layer_key: str | None = None

    def as_dict(self) -> dict:
        return {"on": self.on.isoformat(), "by": self.by, "list": self.list, "layer": self.layer_key}


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
    integrators: int  # integrators with a supply link naming the component
    criticality: str | None
    in_standard_bom: bool
    flags: list[str] = field(default_factory=list)
    survey: Survey | None = None  # None: nobody has surveyed its suppliers (as of the day asked about)
    local_unchecked: int = 0  # local suppliers resting only on rows still to be checked
    facts_to_check: int = 0  # capability rows of local suppliers still to be checked
    integrators_bom: int = 0  # every integrator when the component is in the standard BOM (not dependence)
    centres_working: int = 0  # centres serving it or a component it belongs to

    @property
    def surveyed(self) -> bool:
        return self.survey is not None

    @property
    def integrators_linked(self) -> int:
        return self.integrators


@dataclass
class LayerCoverage:
    key: str | None
    name_zh: str
    name_en: str | None
    components: int
    covered: int  # with at least one local supplier
    surveyed: int = 0
    not_surveyed: int = 0  # no supplier recorded and nobody has looked
    no_local: int = 0  # surveyed, and no local supplier found
    facts_to_check: int = 0
    local_unchecked: int = 0
    survey: Survey | None = None  # the layer's own survey

    @property
    def share(self) -> float | None:
        return self.covered / self.components if self.components else None


def flags_for(local_suppliers: int, wanted: int, mass: int, surveyed: bool = True, local_unchecked: int = 0) -> list[str]:
    flags = []
    if local_suppliers == 0:
        if wanted > 0:
            flags.append(NO_LOCAL if surveyed else NOT_SURVEYED)
    elif local_suppliers == 1 and wanted >= 2:
        flags.append(SINGLE_SOURCE)
    elif local_suppliers < wanted:
        flags.append(BELOW_WANTED)
    if local_suppliers > 0 and mass == 0:
        flags.append(NO_MASS_PRODUCTION)
    if local_unchecked > 0:
        flags.append(TO_CHECK)
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


def parse_day(text) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _own_survey(row: dict, today: date, layer_key: str | None = None) -> Survey | None:
    on = parse_day(row.get("surveyed_on"))
    if on is None or on > today:
        return None
    return Survey(on, row.get("surveyed_by"), row.get("survey_list"), layer_key)


def layer_surveys(layer_rows: list[dict], today: date) -> dict[int, Survey | None]:
    """Layer id -> the survey covering it: its own, else its nearest surveyed parent layer's."""
    by_id = {row["id"]: row for row in layer_rows}
    out: dict[int, Survey | None] = {}
    for row in layer_rows:
        found, here, seen = None, row, set()
        while here is not None and here["id"] not in seen and found is None:
            seen.add(here["id"])
            found = _own_survey(here, today, here["key"])
            here = by_id.get(here["parent_id"])
        out[row["id"]] = found
    return out


def survey_of(row: dict, layer_survey: Survey | None, today: date) -> Survey | None:
    """A component's survey: its own, else its layer's."""
    return _own_survey(row, today) or layer_survey


def _centres_working(rows: list[dict], pairs) -> dict[int, int]:
    """Component id -> centres serving it or one of the components above it."""
    direct: dict[int, set[int]] = {}
    for cid, centre in pairs:
        direct.setdefault(cid, set()).add(centre)
    parent = {r["id"]: r["parent_id"] for r in rows}
    out = {}
    for r in rows:
        found, here, seen = set(), r["id"], set()
        while here is not None and here not in seen:
            seen.add(here)
            found |= direct.get(here, set())
            here = parent.get(here)
        out[r["id"]] = len(found)
    return out


def _component(row: dict, layer: dict, top: dict, survey: Survey | None, integrators_total: int,
               centres_working: int) -> ComponentCoverage:
    cov = ComponentCoverage(
        id=row["id"], name_zh=row["name_zh"], name_en=row["name_en"], layer_id=row["layer_id"],
        layer_key=layer.get("key"), top_layer_key=top.get("key"), parent_id=row["parent_id"],
        wanted=row["wanted_suppliers"], local_suppliers=row["local_suppliers"],
        by_stage={s: row[s] for s in ("mass", "pilot", "prototype", "rd", "unknown_stage")},
        all_suppliers=row["all_suppliers"], centres=row["centres"], integrators=row["integrators_linked"],
        criticality=row["criticality"], in_standard_bom=bool(row["in_standard_bom"]), survey=survey,
        local_unchecked=row["local_unchecked"], facts_to_check=row["facts_to_check"],
        integrators_bom=integrators_total if row["in_standard_bom"] else 0, centres_working=centres_working,
    )
    cov.flags = flags_for(cov.local_suppliers, cov.wanted, cov.by_stage["mass"], cov.surveyed, cov.local_unchecked)
    return cov


def component_coverage(db, component_id: int, today: date | None = None) -> ComponentCoverage | None:
    """One component's coverage and flags, as the coverage page shows it (for a detail pane)."""
    today = today or date.today()
    rows = queries.coverage_rows(db, component_id)
    if not rows:
        return None
    row = rows[0]
    layers = queries.layer_rows(db)
    by_id = {r["id"]: r for r in layers}
    survey = survey_of(row, layer_surveys(layers, today).get(row["layer_id"]), today)
    parents = {r["id"]: r["parent_id"] for r in queries.component_parents(db)}
    chain, here = [], component_id
    while here is not None and here not in chain:
        chain.append(here)
        here = parents.get(here)
    working = len({centre for cid, centre in queries.centre_pairs(db) if cid in chain})
    return _component(row, by_id.get(row["layer_id"], {}), top_layers(layers).get(row["layer_id"], {}), survey,
                      queries.integrator_count(db), working)


def chain_coverage(db, today: date | None = None) -> tuple[list[ComponentCoverage], list[LayerCoverage]]:
    today = today or date.today()
    layers = queries.layer_rows(db)
    by_id = {row["id"]: row for row in layers}
    tops = top_layers(layers)
    surveys = layer_surveys(layers, today)
    integrators_total = queries.integrator_count(db)
    rows = queries.coverage_rows(db)
    working = _centres_working(rows, queries.centre_pairs(db))
    components = [
        _component(row, by_id.get(row["layer_id"], {}), tops.get(row["layer_id"], {}),
                   survey_of(row, surveys.get(row["layer_id"]), today), integrators_total, working[row["id"]])
        for row in rows
    ]
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
            surveyed=sum(1 for c in members if c.surveyed),
            not_surveyed=sum(1 for c in members if NOT_SURVEYED in c.flags),
            no_local=sum(1 for c in members if NO_LOCAL in c.flags),
            facts_to_check=sum(c.facts_to_check for c in members),
            local_unchecked=sum(c.local_unchecked for c in members),
            survey=surveys.get(row["id"]),
        ))
    return components, layer_cov
