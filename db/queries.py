"""Read-only queries the analysis needs. Aggregates run in SQL; nothing loads a whole table into Python."""

from __future__ import annotations


def _dicts(cursor) -> list[dict]:
    cols = [d[0] for d in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def target_rows(db, *, plan_codes=None) -> list[dict]:
    sql = """
        SELECT t.*, p.code AS plan_code, p.title_zh AS plan_title_zh, p.title_en AS plan_title_en,
               p.start_year AS plan_start_year, p.deadline_year AS plan_deadline_year,
               s.ref AS source_ref, s.title AS source_title
        FROM targets t JOIN plans p ON p.id = t.plan_id
        LEFT JOIN sources s ON s.id = t.source_id
    """
    params: list = []
    if plan_codes:
        sql += f" WHERE p.code IN ({', '.join('?' for _ in plan_codes)})"
        params = list(plan_codes)
    sql += " ORDER BY p.deadline_year, p.code, t.id"
    return _dicts(db.execute(sql, params))


def observation_rows(db, target_ids=None) -> list[dict]:
    sql = """
        SELECT o.*, s.ref AS source_ref, s.title AS source_title, s.publisher AS source_publisher
        FROM observations o LEFT JOIN sources s ON s.id = o.source_id
        WHERE o.target_id IS NOT NULL
    """
    params: list = []
    if target_ids is not None:
        ids = list(target_ids)
        if not ids:
            return []
        sql += f" AND o.target_id IN ({', '.join('?' for _ in ids)})"
        params = ids
    return _dicts(db.execute(sql + " ORDER BY o.target_id, o.as_of, o.id", params))


def layer_rows(db) -> list[dict]:
    return _dicts(db.execute("SELECT * FROM layers ORDER BY sort_order, id"))


COVERAGE_SQL = """
WITH local_caps AS (
    SELECT component_id, firm_id,
           max(CASE stage WHEN 'mass' THEN 4 WHEN 'pilot' THEN 3 WHEN 'prototype' THEN 2 WHEN 'rd' THEN 1
                ELSE 0 END) AS best
    FROM capabilities WHERE local = 1 GROUP BY component_id, firm_id
),
per_component AS (
    SELECT component_id,
           count(*) AS local_suppliers,
           sum(best = 4) AS mass, sum(best = 3) AS pilot, sum(best = 2) AS prototype,
           sum(best = 1) AS rd, sum(best = 0) AS unknown_stage
    FROM local_caps GROUP BY component_id
),
all_caps AS (SELECT component_id, count(DISTINCT firm_id) AS n FROM capabilities GROUP BY component_id),
centres_per AS (
    SELECT cs.component_id, count(DISTINCT cs.centre_id) AS n FROM centre_serves cs
    WHERE cs.component_id IS NOT NULL GROUP BY cs.component_id
),
linked_integrators AS (
    SELECT sl.component_id, count(DISTINCT sl.customer_id) AS n FROM supply_links sl
    JOIN firms f ON f.id = sl.customer_id AND f.role = 'integrator'
    WHERE sl.component_id IS NOT NULL GROUP BY sl.component_id
)
SELECT c.id, c.name_zh, c.name_en, c.layer_id, c.parent_id, c.wanted_suppliers, c.criticality,
       c.in_standard_bom, c.needs_check,
       coalesce(pc.local_suppliers, 0) AS local_suppliers, coalesce(pc.mass, 0) AS mass,
       coalesce(pc.pilot, 0) AS pilot, coalesce(pc.prototype, 0) AS prototype, coalesce(pc.rd, 0) AS rd,
       coalesce(pc.unknown_stage, 0) AS unknown_stage,
       coalesce(ac.n, 0) AS all_suppliers,
       coalesce(cp.n, 0) AS centres,
       CASE WHEN c.in_standard_bom = 1 THEN :integrators ELSE coalesce(li.n, 0) END AS integrators
FROM components c
LEFT JOIN per_component pc ON pc.component_id = c.id
LEFT JOIN all_caps ac ON ac.component_id = c.id
LEFT JOIN centres_per cp ON cp.component_id = c.id
LEFT JOIN linked_integrators li ON li.component_id = c.id
ORDER BY c.layer_id, c.id
"""


def coverage_rows(db) -> list[dict]:
    integrators = db.execute("SELECT count(*) FROM firms WHERE role = 'integrator'").fetchone()[0]
    return _dicts(db.execute(COVERAGE_SQL, {"integrators": integrators}))


def _by_component(rows: list[dict]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for r in rows:
        out.setdefault(r.pop("component_id"), []).append(r)
    return out


def integrators_for_components(db, component_ids) -> dict[int, list[dict]]:
    """Integrators depending on each component: linked by a supply link, or all integrators when the
    component is in the standard humanoid bill of materials (every humanoid needs it)."""
    ids = list(component_ids)
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = _dicts(db.execute(f"""
        SELECT DISTINCT sl.component_id, f.id, f.name_zh, f.short_name, f.name_en
        FROM supply_links sl JOIN firms f ON f.id = sl.customer_id AND f.role = 'integrator'
        WHERE sl.component_id IN ({marks})
        UNION
        SELECT c.id, f.id, f.name_zh, f.short_name, f.name_en
        FROM components c JOIN firms f ON f.role = 'integrator'
        WHERE c.in_standard_bom = 1 AND c.id IN ({marks})
        ORDER BY 1, 2
    """, ids + ids))
    return _by_component(rows)


def local_suppliers_for_components(db, component_ids) -> dict[int, list[dict]]:
    ids = list(component_ids)
    if not ids:
        return {}
    rows = _dicts(db.execute(f"""
        SELECT c.component_id, f.id, f.name_zh, f.short_name, f.name_en, c.stage, c.product, c.local
        FROM capabilities c JOIN firms f ON f.id = c.firm_id
        WHERE c.component_id IN ({', '.join('?' for _ in ids)})
        ORDER BY c.component_id, c.local DESC, f.name_zh
    """, ids))
    return _by_component(rows)


def centres_for_components(db, component_ids) -> dict[int, list[dict]]:
    ids = list(component_ids)
    if not ids:
        return {}
    rows = _dicts(db.execute(f"""
        SELECT cs.component_id, ce.id, ce.name_zh, ce.name_en
        FROM centre_serves cs JOIN centres ce ON ce.id = cs.centre_id
        WHERE cs.component_id IN ({', '.join('?' for _ in ids)})
        ORDER BY cs.component_id, ce.name_zh
    """, ids))
    return _by_component(rows)


# Named, parameterised counts for computed actuals. The SQL is fixed here; a target only names a rule and
# gives parameters, so nothing from a database or an imported file is ever run as SQL.
RULE_SQL = {
    "firms_in_cluster": "SELECT count(*) FROM firms WHERE cluster_join_year IS NOT NULL"
                        " AND (:district IS NULL OR district = :district)"
                        " AND (:role IS NULL OR role = :role)",
    "firms_with_role": "SELECT count(*) FROM firms WHERE role = :role"
                       " AND (:district IS NULL OR district = :district)",
    "firms_valued_at_least": "SELECT count(*) FROM firms WHERE valuation_cny >= :min_cny"
                             " AND (:joined_since IS NULL OR cluster_join_year >= :joined_since)",
    "firms_revenue_at_least": "SELECT count(*) FROM firms WHERE revenue_cny >= :min_cny"
                              " AND (:joined_since IS NULL OR cluster_join_year >= :joined_since)",
    "sum_revenue": "SELECT coalesce(sum(revenue_cny), 0) / :unit_scale FROM firms"
                   " WHERE (:role IS NULL OR role = :role)",
}


def run_rule(db, name: str, params: dict) -> float:
    return db.execute(RULE_SQL[name], params).fetchone()[0]
