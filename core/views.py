"""What the overview, chain map and report pages ask for besides the analysis: the rows behind a number on
the dashboard, and the plans and layers a report can be limited to. Plain data; the pages word it."""

from __future__ import annotations

from dataclasses import dataclass

from core.analysis import drilldown
from db import views as db_views

MEASURES = drilldown.MEASURES


@dataclass(frozen=True)
class RowsBehind:
    """The rows a matrix cell counts: open ``ids`` of ``table``; ``component`` names (zh, en) say whose."""

    table: str
    ids: list[int]
    component: tuple[str, str | None]


def rows_behind_cell(db, component_id: int, measure: str) -> RowsBehind | None:
    """The rows behind one coverage-matrix cell (the analysis's own definitions: integrators through supply
    links, facts still to check among the local capability rows); None when the component no longer exists."""
    names = db_views.component_names(db, component_id)
    if names is None:
        return None
    table, ids, _name = drilldown.rows_behind(db, component_id, measure)
    return RowsBehind(table, ids, names)


def capabilities_to_check(db) -> list[int]:
    """Every local capability row still marked "needs check": the supplier facts the chain tile counts."""
    return db_views.capability_ids_to_check(db)


def plan_choices(db) -> list[dict]:
    """Plans a report can cover: code, title_zh, title_en, deadline_year."""
    return db_views.plan_rows(db)


def layer_choices(db) -> list[dict]:
    """Top layers a report can cover: key, name_zh, name_en."""
    return db_views.top_layer_rows(db)


def dataset_names(db) -> tuple[str | None, str | None]:
    """The dataset's names (zh, en) for the report's cover; (None, None) when it has none."""
    return db_views.dataset_names(db)


def stop_when(db, stop) -> None:
    """Queries on ``db`` stop (with an interruption error) as soon as ``stop()`` is true; None: never."""
    db_views.stop_when(db, stop)
