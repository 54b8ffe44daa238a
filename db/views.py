"""Reads for the overview, chain map and report pages beyond the analysis itself: the rows behind a figure on
the dashboard (so clicking a count opens exactly what was counted) and the choices of the report's scope."""

from __future__ import annotations


def _dicts(cursor) -> list[dict]:
    cols = [d[0] for d in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def component_names(db, component_id: int) -> tuple[str, str | None] | None:
    found = db.execute("SELECT name_zh, name_en FROM components WHERE id = ?", [component_id]).fetchone()
    return (found[0], found[1]) if found else None


def local_capability_ids(db, component_id: int, *, stage: str | None = None) -> list[int]:
    """The local capability rows of a component (of one stage, or any): what its supplier counts count."""
    return [r[0] for r in db.execute(
        "SELECT id FROM capabilities WHERE component_id = ? AND local = 1 AND (? IS NULL OR stage = ?)"
        " ORDER BY id", [component_id, stage, stage])]


def centre_ids_serving(db, component_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT DISTINCT centre_id FROM centre_serves WHERE component_id = ? ORDER BY centre_id", [component_id])]


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
