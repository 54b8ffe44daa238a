"""The dataset loader's writes that are not rows of an edited table: the dataset's description (meta) and
a component's other layers (a link table without an id)."""

from __future__ import annotations


def set_meta(db, key: str, value) -> None:
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, None if value is None else str(value)])


def add_component_layer(db, component_id: int, layer_id: int) -> None:
    db.execute("INSERT OR IGNORE INTO component_layers (component_id, layer_id) VALUES (?, ?)",
               [component_id, layer_id])
