"""Read-only queries behind chain coverage: per component its local suppliers by best stage, the supplier
facts still to be checked, centres, integrators linked by supply; and the rows behind each figure.

"Integrators depending" counts integrators that name the component in a supply link; the standard bill of
materials is reported beside it (``in_standard_bom``), never added in.
"""

from __future__ import annotations

from db import stages
from db.analysis import dicts


def _marks(values) -> str:
    return ", ".join("?" for _ in values)


def layer_rows(db) -> list[dict]:
    return dicts(db.execute("SELECT * FROM layers ORDER BY sort_order, id"))


# Rows to check are read through the partial index capabilities_to_check; a supplier rests only on rows to
# check when all its local rows for the component are among them (counted in the covering index).
TO_CHECK_SQL = """
to_check AS (
    SELECT component_id, firm_id, count(*) AS n FROM capabilities
    WHERE needs_check = 1 AND local = 1 {where} GROUP BY component_id, firm_id
),
checks AS (
    SELECT t.component_id, sum(t.n) AS facts_to_check,
           sum(t.n = (SELECT count(*) FROM capabilities c
                      WHERE c.component_id = t.component_id AND c.firm_id = t.firm_id AND c.local = 1))
               AS local_unchecked
    FROM to_check t GROUP BY t.component_id
)"""

def _coverage_sql(one: bool) -> str:
    """The coverage query for every component, or (``one``) only for the component ``:id``."""
    only = "AND component_id = :id" if one else ""
    cs_only = "AND cs.component_id = :id" if one else ""
    sl_only = "AND sl.component_id = :id" if one else ""
    return f"""
WITH local_caps AS (
    SELECT component_id, firm_id, max({stages.rank_sql('stage')}) AS best
    FROM capabilities WHERE local = 1 {only} GROUP BY component_id, firm_id
),
per_component AS (
    SELECT component_id,
           count(*) AS local_suppliers,
           sum(best = {stages.RANK['mass']}) AS mass, sum(best = {stages.RANK['pilot']}) AS pilot,
           sum(best = {stages.RANK['prototype']}) AS prototype, sum(best = {stages.RANK['rd']}) AS rd,
           sum(best = 0) AS unknown_stage
    FROM local_caps GROUP BY component_id
),{TO_CHECK_SQL.format(where=only)},
all_caps AS (SELECT component_id, count(DISTINCT firm_id) AS n FROM capabilities WHERE 1 {only}
             GROUP BY component_id),
centres_per AS (
    SELECT cs.component_id, count(DISTINCT cs.centre_id) AS n FROM centre_serves cs
    WHERE cs.component_id IS NOT NULL {cs_only} GROUP BY cs.component_id
),
linked_integrators AS (
    SELECT sl.component_id, count(DISTINCT sl.customer_id) AS n FROM supply_links sl
    JOIN firms f ON f.id = sl.customer_id AND f.role = 'integrator'
    WHERE sl.component_id IS NOT NULL {sl_only} GROUP BY sl.component_id
)
SELECT c.id, c.name_zh, c.name_en, c.layer_id, c.parent_id, c.wanted_suppliers, c.criticality,
       c.in_standard_bom, c.needs_check, c.surveyed_on, c.surveyed_by, c.survey_list,
       coalesce(pc.local_suppliers, 0) AS local_suppliers, coalesce(pc.mass, 0) AS mass,
       coalesce(pc.pilot, 0) AS pilot, coalesce(pc.prototype, 0) AS prototype, coalesce(pc.rd, 0) AS rd,
       coalesce(pc.unknown_stage, 0) AS unknown_stage,
       coalesce(ch.local_unchecked, 0) AS local_unchecked, coalesce(ch.facts_to_check, 0) AS facts_to_check,
       coalesce(ac.n, 0) AS all_suppliers,
       coalesce(cp.n, 0) AS centres,
       coalesce(li.n, 0) AS integrators_linked
FROM components c
LEFT JOIN per_component pc ON pc.component_id = c.id
LEFT JOIN checks ch ON ch.component_id = c.id
LEFT JOIN all_caps ac ON ac.component_id = c.id
LEFT JOIN centres_per cp ON cp.component_id = c.id
LEFT JOIN linked_integrators li ON li.component_id = c.id
{"WHERE c.id = :id" if one else "ORDER BY c.layer_id, c.id"}
"""


COVERAGE_SQL = _coverage_sql(False)
COMPONENT_COVERAGE_SQL = _coverage_sql(True)


def coverage_rows(db, component_id: int | None = None) -> list[dict]:
    """One row per component with its counts; only ``component_id``'s when given."""
    if component_id is None:
        return dicts(db.execute(COVERAGE_SQL))
    return dicts(db.execute(COMPONENT_COVERAGE_SQL, {"id": component_id}))


def component_parents(db) -> list[dict]:
    return dicts(db.execute("SELECT id, parent_id FROM components"))


def integrator_count(db, district: str | None = None) -> int:
    return db.execute("SELECT count(*) FROM firms WHERE role = 'integrator' AND (:d IS NULL OR district = :d)",
                      {"d": district}).fetchone()[0]


def centre_pairs(db) -> list[tuple[int, int]]:
    """(component id, centre id) for every centre serving a component."""
    return db.execute("SELECT DISTINCT component_id, centre_id FROM centre_serves"
                      " WHERE component_id IS NOT NULL").fetchall()


def layer_centre_counts(db) -> dict[int, int]:
    """Layer id -> centres serving the layer itself."""
    return dict(db.execute("SELECT layer_id, count(DISTINCT centre_id) FROM centre_serves"
                           " WHERE layer_id IS NOT NULL GROUP BY layer_id").fetchall())


def _by_component(rows: list[dict]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for r in rows:
        out.setdefault(r.pop("component_id"), []).append(r)
    return out


def integrators_for_components(db, component_ids) -> dict[int, list[dict]]:
    """Integrators that name each component in a supply link (the standard BOM is not assumed)."""
    ids = list(component_ids)
    if not ids:
        return {}
    rows = dicts(db.execute(f"""
        SELECT DISTINCT sl.component_id, f.id, f.name_zh, f.short_name, f.name_en
        FROM supply_links sl JOIN firms f ON f.id = sl.customer_id AND f.role = 'integrator'
        WHERE sl.component_id IN ({_marks(ids)})
        ORDER BY 1, 2
    """, ids))
    return _by_component(rows)


def suppliers_for_components(db, component_ids) -> dict[int, list[dict]]:
    """Every capability row of each component with its firm (local first), and whether it needs checking."""
    ids = list(component_ids)
    if not ids:
        return {}
    rows = dicts(db.execute(f"""
        SELECT c.component_id, f.id, f.name_zh, f.short_name, f.name_en, c.stage, c.product, c.local,
               c.needs_check, c.source_id
        FROM capabilities c JOIN firms f ON f.id = c.firm_id
        WHERE c.component_id IN ({_marks(ids)})
        ORDER BY c.component_id, c.local DESC, f.name_zh
    """, ids))
    return _by_component(rows)


def centres_for_components(db, component_ids) -> dict[int, list[dict]]:
    ids = list(component_ids)
    if not ids:
        return {}
    rows = dicts(db.execute(f"""
        SELECT DISTINCT cs.component_id, ce.id, ce.name_zh, ce.name_en
        FROM centre_serves cs JOIN centres ce ON ce.id = cs.centre_id
        WHERE cs.component_id IN ({_marks(ids)})
        ORDER BY cs.component_id, ce.name_zh
    """, ids))
    return _by_component(rows)


# ----- the rows behind a figure (click-through) --------------------------------------------------------------

def component_name(db, component_id: int) -> str | None:
    found = db.execute("SELECT name_zh FROM components WHERE id = ?", [component_id]).fetchone()
    return found[0] if found else None


def local_capability_ids(db, component_id: int, *, mass_only: bool = False, to_check_only: bool = False) -> list[int]:
    sql = "SELECT id FROM capabilities WHERE component_id = ? AND local = 1"
    if mass_only:
        sql += " AND stage = 'mass'"
    if to_check_only:
        sql += " AND needs_check = 1"
    return [r[0] for r in db.execute(sql + " ORDER BY id", [component_id])]


def centre_ids_serving(db, component_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT DISTINCT centre_id FROM centre_serves WHERE component_id = ?"
                                     " ORDER BY centre_id", [component_id])]
