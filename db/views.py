"""Reads for the overview, chain map and report pages beyond the analysis itself: the rows behind a figure on
the dashboard (so clicking a count opens exactly what was counted; the per-component rows come from
db.coverage through core.analysis.drilldown), a firm's components in a layer for the report, and the choices
of the report's scope."""

from __future__ import annotations


def _dicts(cursor) -> list[dict]:
    cols = [d[0] for d in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def component_names(db, component_id: int) -> tuple[str, str | None] | None:
    found = db.execute("SELECT name_zh, name_en FROM components WHERE id = ?", [component_id]).fetchone()
    return (found[0], found[1]) if found else None


def capability_ids_to_check(db) -> list[int]:
    """Local capability rows still marked "needs check" (read through the partial index on needs_check)."""
    return [r[0] for r in db.execute("SELECT id FROM capabilities WHERE needs_check = 1 AND local = 1 ORDER BY id")]


def firm_components_in_layer(db, key: str, firm_ids: list[int]) -> dict[int, list[int]]:
    """Firm id -> the components of the layer ``key`` (or a sub-layer) it has a capability for, in chain order."""
    if not firm_ids:
        return {}
    marks = ", ".join("?" for _ in firm_ids)
    out: dict[int, list[int]] = {}
    for firm_id, component_id in db.execute(f"""
        WITH RECURSIVE tree(id) AS (
            SELECT id FROM layers WHERE key = ?
            UNION ALL SELECT l.id FROM layers l JOIN tree ON l.parent_id = tree.id
        )
        SELECT DISTINCT ca.firm_id, co.id FROM capabilities ca JOIN components co ON co.id = ca.component_id
        JOIN layers l ON l.id = co.layer_id
        WHERE co.layer_id IN (SELECT id FROM tree) AND ca.firm_id IN ({marks})
        ORDER BY ca.firm_id, l.sort_order, co.id""", [key, *firm_ids]):
        out.setdefault(firm_id, []).append(component_id)
    return out


def plan_rows(db) -> list[dict]:
    """Every plan, by deadline then code: the report's plan choices."""
    return _dicts(db.execute(
        "SELECT code, title_zh, title_en, deadline_year FROM plans ORDER BY deadline_year, code"))


def top_layer_rows(db) -> list[dict]:
    """The top layers (机器脑 / 机器肢 / 机器体) in sort order: the report's layer choices."""
    return _dicts(db.execute(
        "SELECT key, name_zh, name_en FROM layers WHERE parent_id IS NULL AND key IS NOT NULL AND key != ''"
        " ORDER BY sort_order, id"))


def dataset_names(db) -> tuple[str | None, str | None]:
    """The dataset's Chinese and English names, as the loader recorded them."""
    meta = dict(db.execute(
        "SELECT key, value FROM meta WHERE key IN ('dataset_name_zh', 'dataset_name_en')").fetchall())
    return meta.get("dataset_name_zh"), meta.get("dataset_name_en")


def stop_when(db, stop, every: int = 10_000) -> None:
    """Abort whatever statement runs on this connection once ``stop()`` is true (asked every ``every``
    SQLite steps), so a cancelled background job stops at once, even in a statement that began after the
    cancel; None removes the check."""
    db.conn.set_progress_handler((lambda: 1 if stop() else 0) if stop else None, every)
