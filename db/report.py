"""Read-only queries behind the printed report's listings: firms and centres of a layer and its sub-layers."""

from __future__ import annotations

from db import stages
from db.analysis import dicts

LAYER_TREE_SQL = """
WITH RECURSIVE tree(id) AS (
    SELECT id FROM layers WHERE key = :key
    UNION ALL SELECT l.id FROM layers l JOIN tree ON l.parent_id = tree.id
)
"""


def firms_in_layer(db, key: str, limit: int = 60) -> list[dict]:
    """Firms with a capability in the layer (or a sub-layer), most advanced first, then by name."""
    rows = dicts(db.execute(LAYER_TREE_SQL + f"""
        SELECT f.id, coalesce(f.short_name, f.name_zh) AS name, f.name_en, f.role, f.district,
               group_concat(DISTINCT co.name_zh) AS components, max({stages.rank_sql('ca.stage')}) AS best,
               max(ca.needs_check) AS needs_check, f.source_id
        FROM capabilities ca JOIN components co ON co.id = ca.component_id JOIN firms f ON f.id = ca.firm_id
        WHERE co.layer_id IN (SELECT id FROM tree)
        GROUP BY f.id ORDER BY best DESC, name LIMIT :limit
    """, {"key": key, "limit": limit}))
    for r in rows:
        r["stage"] = stages.stage_of(r.pop("best"))
    return rows


def centres_in_layer(db, key: str, limit: int = 60) -> list[dict]:
    """Centres serving the layer, a sub-layer or one of their components, by name."""
    return dicts(db.execute(LAYER_TREE_SQL + """
        SELECT DISTINCT ce.id, ce.name_zh AS name, ce.name_en, ce.type, ce.level, ce.status, ce.source_id
        FROM centre_serves cs JOIN centres ce ON ce.id = cs.centre_id
        LEFT JOIN components co ON co.id = cs.component_id
        WHERE cs.layer_id IN (SELECT id FROM tree) OR co.layer_id IN (SELECT id FROM tree)
        ORDER BY ce.name_zh LIMIT :limit
    """, {"key": key, "limit": limit}))
