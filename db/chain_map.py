"""Read-only queries behind the chain-map picture.

Every count and every "first N per component" choice runs in SQL (window functions over the capability and
centre_serves indexes), so a 100,000-firm map hands the picture a few hundred rows, never a whole table.
``ids`` is the list of component ids on the map; ``district`` None means every district.
"""

from __future__ import annotations

import json

from db import stages
from db.analysis import dicts
from db.coverage import TO_CHECK_SQL


def component_rows(db) -> list[dict]:
    """Every component (tens of rows), to place them in their layer's tree."""
    return dicts(db.execute("SELECT id, name_zh, name_en, layer_id, parent_id, wanted_suppliers, criticality,"
                            " in_standard_bom, surveyed_on, surveyed_by, survey_list FROM components"))


LOCAL_SQL = f"""
WITH on_map(id) AS (SELECT value FROM json_each(:ids)),
local_best AS (
    SELECT component_id, firm_id, max({stages.rank_sql('stage')}) AS best
    FROM capabilities WHERE local = 1 AND component_id IN on_map
    GROUP BY component_id, firm_id
),
counts AS (
    SELECT component_id, count(*) AS local_suppliers, sum(best = {stages.MASS}) AS mass
    FROM local_best GROUP BY component_id
),{TO_CHECK_SQL.format(where='AND component_id IN on_map')}
SELECT c.component_id, c.local_suppliers, c.mass, coalesce(ch.local_unchecked, 0) AS local_unchecked,
       coalesce(ch.facts_to_check, 0) AS facts_to_check
FROM counts c LEFT JOIN checks ch ON ch.component_id = c.component_id
"""


def local_counts(db, ids) -> dict[int, dict]:
    """Component id -> local suppliers, those in mass production, those resting only on rows to check, and
    the supplier facts (capability rows) still to be checked; for the whole chain (no district filter)."""
    rows = dicts(db.execute(LOCAL_SQL, {"ids": json.dumps(list(ids))}))
    return {r.pop("component_id"): r for r in rows}


# Suppliers per component, best first (local, then the most advanced stage, then by name), at most :cap each.
# Sorting every (component, firm) pair by name is the slow part on a big map, so the pairs are first counted
# per (component, local, stage) group in the covering index, and only the groups that can reach the first
# :cap places are joined to firms and sorted (100,000 firms: 1.3 s -> 0.5 s). k = local * 8 + stage rank.
SUPPLIERS_SQL = f"""
WITH on_map(id) AS (SELECT value FROM json_each(:ids)),
per_firm AS MATERIALIZED (
    SELECT cap.component_id, cap.firm_id, max(cap.local) * 8 + max({stages.rank_sql('cap.stage')}) AS k
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


def supplier_chips(db, ids, *, district: str | None, cap: int) -> list[dict]:
    """The first ``cap`` suppliers of each component (best first), each row with the component's total."""
    rows = dicts(db.execute(SUPPLIERS_SQL, {"ids": json.dumps(list(ids)), "district": district, "cap": cap}))
    for r in rows:
        r["stage"] = stages.stage_of(r.pop("best"))
    return rows


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


def centre_chips(db, ids, *, cap: int) -> list[dict]:
    return dicts(db.execute(CENTRES_SQL, {"ids": json.dumps(list(ids)), "cap": cap}))


# :tops is a JSON object {layer id: top layer id} for the layers on the map.
LAYER_CENTRES_SQL = """
WITH tops AS (SELECT CAST(key AS INTEGER) AS layer_id, value AS top_id FROM json_each(:tops))
SELECT t.top_id, count(DISTINCT cs.centre_id) FROM centre_serves cs JOIN tops t ON t.layer_id = cs.layer_id
GROUP BY t.top_id
"""


def centres_per_top_layer(db, top_of: dict[int, int]) -> dict[int, int]:
    """Top layer id -> centres serving it or one of its sub-layers (``top_of``: layer id -> top layer id)."""
    tops = json.dumps({str(k): v for k, v in top_of.items()})
    return dict(db.execute(LAYER_CENTRES_SQL, {"tops": tops}).fetchall())


# Explicit links, per component: how many integrators (of the district) name it in a supply link.
LINKED_PER_COMPONENT_SQL = """
WITH on_map(id) AS (SELECT value FROM json_each(:ids))
SELECT sl.component_id, count(DISTINCT sl.customer_id)
FROM supply_links sl JOIN firms f ON f.id = sl.customer_id AND f.role = 'integrator'
WHERE sl.component_id IN on_map AND (:district IS NULL OR f.district = :district)
GROUP BY sl.component_id
"""


def linked_integrators(db, ids, *, district: str | None) -> dict[int, int]:
    return dict(db.execute(LINKED_PER_COMPONENT_SQL, {"ids": json.dumps(list(ids)), "district": district}))


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


def top_integrators(db, ids, *, district: str | None, cap: int) -> list[dict]:
    return dicts(db.execute(TOP_INTEGRATORS_SQL, {"ids": json.dumps(list(ids)), "district": district,
                                                  "cap": max(cap, 0)}))


INTEGRATOR_LINKS_SQL = """
WITH on_map(id) AS (SELECT value FROM json_each(:ids)),
chosen(id) AS (SELECT value FROM json_each(:integrators))
SELECT DISTINCT customer_id, component_id FROM supply_links
WHERE customer_id IN chosen AND component_id IN on_map
"""


def integrator_links(db, ids, integrator_ids) -> dict[int, set[int]]:
    """Integrator id -> the components on the map it names in supply links."""
    links: dict[int, set[int]] = {}
    for customer, cid in db.execute(INTEGRATOR_LINKS_SQL, {"ids": json.dumps(list(ids)),
                                                           "integrators": json.dumps(list(integrator_ids))}):
        links.setdefault(customer, set()).add(cid)
    return links


def district_names(db) -> list[str]:
    """Districts firms are in, for the filter (through the firms_district index)."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT district FROM firms WHERE district IS NOT NULL AND trim(district) != '' ORDER BY district")]
