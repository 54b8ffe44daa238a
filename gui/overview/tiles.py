"""The overview's headline tiles: one per gap status that occurs, the targets marked "sources disagree" and
"data out of date", then the chain's counts (no local supplier among surveyed components, not yet surveyed,
single source, supplier facts to check). Tiles come from core.analysis.chart_data.status_tiles/chain_tiles and
are named with the vocabulary's words, so a tile, the chart's legend, the command line, the workbook and the
report call a status the same. A click on a tile shows what it counts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from core.analysis import coverage
from core.analysis.chart_data import Tile
from core.analysis.tables import HEADERS
from gui.overview.chart_style import STATUS_COLOURS
from gui.overview.target_words import MARK_SYMBOLS
from gui.overview.words import Words

TILE_STYLE = ("QLabel { border: 1px solid #ddd; border-radius: 4px; padding: 3px 4px; background: white; }"
              "QLabel:hover { border-color: #1e88e5; }")
FLAG_COLOURS = {"sources_disagree": "#6a1b9a", "stale_data": "#6d4c41", coverage.NO_LOCAL: "#b71c1c",
                coverage.NOT_SURVEYED: "#546e7a", coverage.SINGLE_SOURCE: "#d35400", coverage.TO_CHECK: "#9e7c00"}


def tile_caption(tile: Tile, w: Words) -> str:
    """A tile's words: the status or mark as the vocabulary names it; facts to check as the workbook does."""
    if tile.kind == "status":
        return w.status(tile.key)
    if tile.key == coverage.TO_CHECK:
        return w.term(HEADERS["to_check"])
    if tile.key in MARK_SYMBOLS:
        return f"{MARK_SYMBOLS[tile.key]} {w.flag(tile.key)}"
    return w.flag(tile.key)


def tile_tooltip(tile: Tile, w: Words) -> str:
    if tile.kind == "status":
        what = QCoreApplication.translate("Tiles", "Targets with the status “{status}”. Click to show them in the chart.")
    elif tile.key in MARK_SYMBOLS:
        what = QCoreApplication.translate("Tiles", "Targets marked “{status}”. Click to show them in the chart.")
    elif tile.key == coverage.NO_LOCAL:
        what = QCoreApplication.translate("Tiles", "Components whose suppliers were surveyed and no local supplier was found. Click to "
                           "open them.")
    elif tile.key == coverage.NOT_SURVEYED:
        what = QCoreApplication.translate("Tiles", "Components with no supplier recorded that nobody has surveyed yet: unknown, not "
                           "absent. Click to open them.")
    elif tile.key == coverage.SINGLE_SOURCE:
        what = QCoreApplication.translate("Tiles", "Components with a single local supplier. Click to open them.")
    else:
        what = QCoreApplication.translate("Tiles", "Supplier facts (capability rows) still to be checked. Click to open them.")
    return what.format(status=w.status(tile.key) if tile.kind == "status" else w.flag(tile.key))


class TileLabel(QLabel):
    """Signals:
        clicked(): the tile was clicked.
    """

    clicked = Signal()

    def mousePressEvent(self, event):  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class TileStrip(QWidget):
    """The row of tiles. ``tiles`` maps a status or flag key to its label (``count`` property: its number).

    Signals:
        tile_clicked(str, str): the tile's kind ("status", "flag" or "chain") and key.
    """

    tile_clicked = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tiles: dict[str, TileLabel] = {}
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        number = QFont(self.font())
        number.setPointSizeF(16)
        # Room for the number and two lines of caption, so a busy layout never squeezes the tiles.
        self.tile_height = QFontMetrics(number).height() + 2 * QFontMetrics(self.font()).height() + 12
        self.setFixedHeight(self.tile_height)

    def set_tiles(self, targets: list[Tile], chain: list[Tile], w: Words) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.tiles = {}
        for group, kind in ((targets, None), (chain, "chain")):
            if kind == "chain" and targets:
                line = QFrame(self)
                line.setFrameShape(QFrame.Shape.VLine)
                line.setStyleSheet("color: #c8c8c8;")
                self.layout_.addWidget(line)
            for tile in group:
                self.layout_.addWidget(self._tile(tile, kind or tile.kind, w), 1)

    def _tile(self, tile: Tile, kind: str, w: Words) -> TileLabel:
        label = TileLabel(self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet(TILE_STYLE)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        label.setFixedHeight(self.tile_height)
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        caption = tile_caption(tile, w)
        colour = STATUS_COLOURS.get(tile.key) if tile.kind == "status" else FLAG_COLOURS.get(tile.key, "#555555")
        safe = caption.replace("&", "&amp;").replace("<", "&lt;")
        label.setText(f"<span style='font-size:16pt;color:{colour}'><b>{tile.count}</b></span><br>"
                      f"<span style='color:#444'>{safe}</span>")
        label.setToolTip(f"{caption}{w.colon}{tile.count}\n{tile_tooltip(tile, w)}")
        label.setProperty("count", tile.count)
        label.setProperty("caption", caption)
        label.clicked.connect(lambda k=kind, key=tile.key: self.tile_clicked.emit(k, key))
        self.tiles[tile.key] = label
        return label
