"""Colours shared by the charts (dashboard, saved files and the printed report use the same look)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from core.vocabulary.units import format_number

STATUS_COLOURS = {
    "met": "#1b7f3b", "on_track": "#2e9d57", "acceleration_needed": "#e0a100", "limited_progress": "#d35400",
    "deterioration": "#b71c1c", "no_data": "#9e9e9e", "not_comparable": "#6a4c93",
    "not_met": "#7f0000", "no_trend": "#78909c", "baseline_only": "#a1887f",
}
# Matrix cells: "unknown" (nobody has surveyed) is hatched in this grey, never the red of "empty" (surveyed,
# none found); "check" marks supplier facts still to be checked.
LEVEL_COLOURS = {"empty": "#e57373", "thin": "#ffcc80", "ok": "#a5d6a7", "none": "#eeeeee", "some": "#bbdefb",
                 "unknown": "#90a4ae", "check": "#fff176"}
TEXT = "#222222"
GRID = "#dddddd"

__all__ = ["GRID", "LEVEL_COLOURS", "STATUS_COLOURS", "TEXT", "colour", "configure_pyqtgraph", "format_number"]


def colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#9e9e9e"))


def configure_pyqtgraph() -> None:
    """White background and antialiasing, as printed reports look."""
    import pyqtgraph as pg

    pg.setConfigOptions(background="w", foreground=TEXT, antialias=True)
