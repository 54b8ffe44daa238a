"""Charts to files: PNG (at print resolution) and SVG (vector, text kept as text)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter

WIDTH_PT = 720.0  # 10 inches: a landscape page or a slide
PNG_DPI = 200


def export_drawing(make, stem: str, *, width_pt: float = WIDTH_PT, dpi: int = PNG_DPI) -> list[str]:
    """Write ``stem``.png and ``stem``.svg of a painted chart; ``make(device, width_px)`` lays it out for a
    device. Returns the paths written."""
    from PySide6.QtSvg import QSvgGenerator

    probe = QImage(1, 1, QImage.Format.Format_ARGB32)
    _set_dpi(probe, dpi)
    width = width_pt * dpi / 72
    height = make(probe, width).height
    image = QImage(int(width) + 1, int(height) + 1, QImage.Format.Format_ARGB32)
    _set_dpi(image, dpi)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        make(image, width).paint(painter, QPointF(0, 0))
    finally:
        painter.end()
    if not image.save(f"{stem}.png"):
        raise OSError(f"{stem}.png: cannot be written")
    generator = QSvgGenerator()
    generator.setFileName(f"{stem}.svg")
    generator.setResolution(96)
    svg_width = width_pt * 96 / 72
    drawing = make(generator, svg_width)
    generator.setSize(QSize(int(svg_width) + 1, int(drawing.height) + 1))
    generator.setViewBox(QRect(0, 0, int(svg_width) + 1, int(drawing.height) + 1))
    painter = QPainter(generator)
    try:
        drawing.paint(painter, QPointF(0, 0))
    finally:
        painter.end()
    return [f"{stem}.png", f"{stem}.svg"]


def _set_dpi(image: QImage, dpi: int) -> None:
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)


def export_plot(widget, stem: str, *, png_width: int = 2400) -> list[str]:
    """Write ``stem``.png and ``stem``.svg of a pyqtgraph PlotWidget (the trajectory); returns the paths."""
    from pyqtgraph import exporters

    png = exporters.ImageExporter(widget.getPlotItem())
    png.parameters()["width"] = png_width
    png.export(f"{stem}.png")
    export_svg(widget, f"{stem}.svg")
    return [f"{stem}.png", f"{stem}.svg"]


def export_svg(widget, path: str) -> None:
    """Vector SVG through Qt's own SVG painter (pyqtgraph's SVGExporter fails on Qt 6.11's path syntax)."""
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
