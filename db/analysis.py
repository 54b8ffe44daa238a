"""Read-only queries behind the gap analysis: targets with their plans, observations with their sources,
plans, the dataset's description, and the counting rules. Aggregates run in SQL."""

from __future__ import annotations


def dicts(cursor) -> list[dict]:
    cols = [d[0] for d in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def _marks(values) -> str:
    return ", ".join("?" for _ in values)


def target_rows(db, *, plan_codes=None) -> list[dict]:
    """Targets joined with their plan's code, titles and period, and their source."""
    sql = """
        SELECT t.*, p.code AS plan_code, p.title_zh AS plan_title_zh, p.title_en AS plan_title_en,
               p.start_year AS plan_start_year, p.deadline_year AS plan_deadline_year,
               s.ref AS source_ref, s.title AS source_title,
               ps.ref AS preferred_source_ref, ps.title AS preferred_source_title
        FROM targets t JOIN plans p ON p.id = t.plan_id
        LEFT JOIN sources s ON s.id = t.source_id
        LEFT JOIN sources ps ON ps.id = t.preferred_source_id
    """
    params: list = []
    if plan_codes:
        sql += f" WHERE p.code IN ({_marks(plan_codes)})"
        params = list(plan_codes)
    sql += " ORDER BY p.deadline_year, p.code, t.id"
    return dicts(db.execute(sql, params))


def observation_rows(db, target_ids=None) -> list[dict]:
    """Observations of targets with their source (its ref, title, publisher and publication date)."""
    sql = """
        SELECT o.*, s.ref AS source_ref, s.title AS source_title, s.publisher AS source_publisher,
               s.date AS source_date, s.url AS source_url
        FROM observations o LEFT JOIN sources s ON s.id = o.source_id
        WHERE o.target_id IS NOT NULL
    """
    params: list = []
    if target_ids is not None:
        ids = list(target_ids)
        if not ids:
            return []
        sql += f" AND o.target_id IN ({_marks(ids)})"
        params = ids
    return dicts(db.execute(sql + " ORDER BY o.target_id, o.as_of, o.id", params))


def plan_codes(db) -> list[str]:
    return [r[0] for r in db.execute("SELECT code FROM plans ORDER BY code")]


def plan_rows(db, codes=None) -> list[dict]:
    """Plans by deadline, then code (only ``codes`` when given)."""
    sql = "SELECT id, code, title_zh, title_en, issuer, issue_date, start_year, deadline_year, source_id FROM plans"
    params: list = []
    if codes:
        sql += f" WHERE code IN ({_marks(codes)})"
        params = list(codes)
    return dicts(db.execute(sql + " ORDER BY deadline_year, code", params))


def meta_values(db) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM meta").fetchall())


def source_rows(db, ids) -> dict[int, dict]:
    ids = [i for i in dict.fromkeys(ids) if i is not None]
    if not ids:
        return {}
    rows = dicts(db.execute(
        f"SELECT id, ref, title, publisher, date, url, file, kind FROM sources WHERE id IN ({_marks(ids)})", ids))
    return {r["id"]: r for r in rows}


# Named, parameterised counts for computed actuals. The SQL is fixed here; a target only names a rule and
# gives parameters (checked in core.analysis.rules), so nothing from a database or a file is ever run as SQL.
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
