"""The rows behind a figure of the coverage matrix (click-through): which table, which ids, and a title."""

from __future__ import annotations

from db import coverage as queries

MEASURES = ("local_suppliers", "mass", "centres", "integrators", "to_check")


def rows_behind(db, component_id: int, measure: str) -> tuple[str, list[int], str | None]:
    """(table, row ids, the component's name) behind ``measure`` of one component.

    local_suppliers / mass / to_check: its local capability rows (all, in mass production, still to check);
    centres: the centres serving it; integrators: integrators naming it in a supply link.
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}")
    name = queries.component_name(db, component_id)
    if measure in ("local_suppliers", "mass", "to_check"):
        ids = queries.local_capability_ids(db, component_id, mass_only=measure == "mass",
                                           to_check_only=measure == "to_check")
        return "capabilities", ids, name
    if measure == "centres":
        return "centres", queries.centre_ids_serving(db, component_id), name
    found = queries.integrators_for_components(db, [component_id]).get(component_id, [])
    return "firms", [f["id"] for f in found], name
