"""Charts to files: PNG (at print resolution) and SVG, also offscreen (the report issue renders them)."""

from __future__ import annotations


def export_plot(widget, stem: str, *, png_width: int = 2400) -> list[str]:
    """Write ``stem``.png and ``stem``.svg of a pyqtgraph PlotWidget; returns the paths written."""
    from pyqtgraph import exporters

    item = widget.getPlotItem()
    png = exporters.ImageExporter(item)
    png.parameters()["width"] = png_width
    png.export(f"{stem}.png")
    svg = exporters.SVGExporter(item)
    svg.export(f"{stem}.svg")
    return [f"{stem}.png", f"{stem}.svg"]
