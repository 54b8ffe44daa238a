"""What a firm, component or centre is connected to, for the detail pane beside its table.

A component's local suppliers are decided as the coverage analysis decides them (core.analysis.coverage):
distinct firms with a local capability, each at its best stage, and the same flags. Rows come from
db/detail.py; wording is the GUI's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.analysis.coverage import component_coverage
from core.fields.spec import column
from db import detail as queries

# The stages in the order of maturity the schema lists them (rd < prototype < pilot < mass).
_STAGE_ORDER = column("capabilities", "stage").choices


def _rank(stage) -> int:
    return _STAGE_ORDER.index(stage) + 1 if stage in _STAGE_ORDER else 0


def best_stage(stages) -> str | None:
    """The most advanced of these stages (None when none is known)."""
    best = max(stages, key=_rank, default=None)
    return best if _rank(best) else None


@dataclass
class Named:
    """A connected row: its id, both names and, where it helps, a stage and whether it is local."""

    id: int | None
    name_zh: str
    name_en: str | None = None
    stage: str | None = None
    local: bool | None = None
    via_zh: str | None = None  # the component a supply link is for
    via_en: str | None = None


@dataclass
class Detail:
    table: str
    row: dict
    source: dict | None
    sections: dict[str, list[Named]] = field(default_factory=dict)
    local_suppliers: int | None = None  # components: as the coverage analysis counts them
    flags: list[str] = field(default_factory=list)


def _named(rows: list[dict], **keys) -> list[Named]:
    out = []
    for r in rows:
        out.append(Named(r.get(keys.get("id", "id")), r.get(keys.get("zh", "name_zh")) or "",
                         r.get(keys.get("en", "name_en")), r.get("stage"),
                         None if r.get("local") is None else bool(r["local"]),
                         r.get("component_zh"), r.get("component_en")))
    return out


def firm(db, firm_id) -> Detail | None:
    row = queries.firm(db, firm_id)
    if row is None:
        return None
    out = Detail("firms", row, queries.source(db, row.get("source_id")))
    out.sections["capabilities"] = _named(queries.firm_capabilities(db, firm_id), id="component_id")
    out.sections["customers"] = _named(queries.firm_links(db, firm_id, as_supplier=True), id="firm_id", zh="name")
    out.sections["suppliers"] = _named(queries.firm_links(db, firm_id, as_supplier=False), id="firm_id", zh="name")
    out.sections["centres"] = _named(queries.firm_centres(db, firm_id))
    out.sections["targets"] = [Named(t["id"], f"{t['plan_code']} {t['code']} {t['name_zh']}",
                                     f"{t['plan_code']} {t['code']} {t['name_en'] or t['name_zh']}")
                               for t in queries.rule_targets(db, "firms")]
    return out


def component(db, component_id) -> Detail | None:
    row = queries.component(db, component_id)
    if row is None:
        return None
    out = Detail("components", row, queries.source(db, row.get("source_id")))
    # One line per firm (a firm with several capabilities for the component counts once), at its best stage:
    # among its local capabilities when it has any, as the coverage analysis ranks local suppliers.
    by_firm: dict[int, list[dict]] = {}
    for cap in queries.component_capabilities(db, component_id):
        by_firm.setdefault(cap["firm_id"], []).append(cap)
    suppliers = []
    for firm_id, caps in by_firm.items():
        local = [c for c in caps if c["local"]]
        suppliers.append(Named(firm_id, caps[0]["name"] or "", caps[0]["name_en"],
                               best_stage(c["stage"] for c in (local or caps)), bool(local)))
    suppliers.sort(key=lambda s: (not s.local, -_rank(s.stage)))
    local_firms = [s for s in suppliers if s.local]
    out.local_suppliers = len(local_firms)
    # The flags are the coverage analysis's own (surveyed or not, facts to check), never worked out a second way.
    coverage = component_coverage(db, component_id)
    out.flags = coverage.flags if coverage is not None else []
    out.sections["suppliers"] = suppliers
    out.sections["parts"] = _named(queries.children(db, "components", component_id))
    out.sections["centres"] = _named(queries.component_centres(db, component_id))
    return out


def centre(db, centre_id) -> Detail | None:
    row = queries.centre(db, centre_id)
    if row is None:
        return None
    out = Detail("centres", row, queries.source(db, row.get("source_id")))
    out.sections["serves"] = _named(queries.centre_serves(db, centre_id), id="kind")
    out.sections["sub_centres"] = _named(queries.children(db, "centres", centre_id))
    return out


def of(db, table: str, row_id) -> Detail | None:
    """The detail of a row of firms, components or centres (None when the row no longer exists)."""
    return {"firms": firm, "components": component, "centres": centre}[table](db, row_id)


def sources(db, limit: int = 30) -> list[dict]:
    """The sources behind the map, for the About box."""
    return queries.sources(db, limit)
