"""Charts to files: PNG (at print resolution) and SVG, also offscreen (the report issue renders them)."""

from __future__ import annotations


def export_plot(widget, stem: str, *, png_width: int = 2400) -> list[str]:
    """Write ``stem``.png and ``stem``.svg of a pyqtgraph PlotWidget; returns the paths written."""
    from pyqtgraph import exporters

    png = exporters.ImageExporter(widget.getPlotItem())
    png.parameters()["width"] = png_width
    png.export(f"{stem}.png")
    export_svg(widget, f"{stem}.svg")
    return [f"{stem}.png", f"{stem}.svg"]


def export_svg(widget, path: str) -> None:
    """Vector SVG through Qt's own SVG painter (pyqtgraph's SVGExporter fails on Qt 6.11's path syntax)."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    size = widget.size() if widget.width() > 10 else QSize(900, max(widget.minimumHeight(), 400))
    if widget.size() != size:
        widget.resize(size)
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(widget.windowTitle() or "Chain Mapper chart")
    painter = QPainter(generator)
    try:
        widget.render(painter)
    finally:
        painter.end()
