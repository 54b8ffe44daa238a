"""What the overview, chain map and report pages ask for besides the analysis: the rows behind a number on
the dashboard, and the plans and layers a report can be limited to. Plain data; the pages word it."""

from __future__ import annotations

from dataclasses import dataclass

from db import queries
from db import views as db_views

MEASURES = ("local_suppliers", "mass", "centres", "integrators")


@dataclass(frozen=True)
class RowsBehind:
    """The rows a matrix cell counts: open ``ids`` of ``table``; ``component`` names (zh, en) say whose."""

    table: str
    ids: list[int]
    component: tuple[str, str | None]


def rows_behind_cell(db, component_id: int, measure: str) -> RowsBehind | None:
    """The rows behind one coverage-matrix cell; None when the component no longer exists."""
    names = db_views.component_names(db, component_id)
    if names is None:
        return None
    if measure == "local_suppliers":
        return RowsBehind("capabilities", db_views.local_capability_ids(db, component_id), names)
    if measure == "mass":
        return RowsBehind("capabilities", db_views.local_capability_ids(db, component_id, stage="mass"), names)
    if measure == "centres":
        return RowsBehind("centres", db_views.centre_ids_serving(db, component_id), names)
    if measure == "integrators":
        # The analysis's own definition (supply links, or every integrator for a standard-BOM component).
        found = queries.integrators_for_components(db, [component_id]).get(component_id, [])
        return RowsBehind("firms", [f["id"] for f in found], names)
    raise ValueError(f"unknown measure {measure!r}")


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
