"""Colours, pens and small helpers shared by the charts (dashboard and report use the same look)."""

from __future__ import annotations

from PySide6.QtGui import QColor

STATUS_COLOURS = {
    "met": "#1b7f3b", "on_track": "#2e9d57", "acceleration_needed": "#e0a100", "limited_progress": "#d35400",
    "deterioration": "#b71c1c", "no_data": "#9e9e9e", "not_comparable": "#6a4c93",
    "not_met": "#7f0000", "no_trend": "#78909c", "baseline_only": "#a1887f",
}
LEVEL_COLOURS = {"empty": "#e57373", "thin": "#ffcc80", "ok": "#a5d6a7", "none": "#eeeeee", "some": "#bbdefb"}
TEXT = "#222222"
GRID = "#dddddd"


def colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#9e9e9e"))


def configure_pyqtgraph() -> None:
    """White background and antialiasing, as printed reports look."""
    import pyqtgraph as pg

    pg.setConfigOptions(background="w", foreground=TEXT, antialias=True)


def format_number(value) -> str:
    if value is None:
        return "—"
    if abs(value) >= 100 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def category_plot(widget, *, label_width: int, label_axis: str = "left", value_axis: str = "bottom"):
    """A white, fixed (no pan/zoom) plot with rows from the top and a category axis wide enough that
    pyqtgraph does not drop long Chinese labels. Returns the PlotItem."""
    from gui.fonts import ui_font

    plot = widget.getPlotItem()
    plot.invertY(True)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    for side in (label_axis, value_axis):
        plot.getAxis(side).setStyle(tickFont=ui_font(9), autoExpandTextSpace=False)
    plot.getAxis(label_axis).setWidth(label_width)
    return plot
