"""The chain map's legend and caption (a mixin of gui.chain_map.builder.MapBuilder): a swatch for each look a
box or chip can have, in the vocabulary's words, and one sentence on what is drawn and counted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from core.analysis.chain_map import ChainMap
from core.analysis.coverage import NO_LOCAL, NOT_SURVEYED, SINGLE_SOURCE, TO_CHECK
from gui import labels
from gui.chain_map.nodes import (
    BOM_COLOR,
    CENTRE_BORDER,
    CENTRE_FILL,
    INTEGRATOR_BORDER,
    INTEGRATOR_FILL,
    LOCAL_BORDER,
    LOCAL_FILL,
    NO_LOCAL_COLOR,
    NO_LOCAL_FILL,
    NOT_SURVEYED_COLOR,
    NOT_SURVEYED_FILL,
    OTHER_BORDER,
    OTHER_FILL,
    PLAIN_BORDER,
    SINGLE_SOURCE_COLOR,
    SINGLE_SOURCE_FILL,
    TO_CHECK_COLOR,
    MapNode,
)

LEGEND_TOP, SWATCH_W, SWATCH_H = 2.0, 26.0, 16.0


def component_look(flags) -> dict:
    """How a component box looks for its flags: no local supplier red, not yet surveyed dashed grey, single
    source amber, otherwise plain. Shared by the boxes and the legend's swatches."""
    if NO_LOCAL in flags:
        return dict(fill=NO_LOCAL_FILL, border=NO_LOCAL_COLOR, border_width=2.5)
    if NOT_SURVEYED in flags:
        return dict(fill=NOT_SURVEYED_FILL, border=NOT_SURVEYED_COLOR, border_width=1.6, dashed=True)
    if SINGLE_SOURCE in flags:
        return dict(fill=SINGLE_SOURCE_FILL, border=SINGLE_SOURCE_COLOR, border_width=2.5)
    return dict(fill=QColor("white"), border=PLAIN_BORDER, border_width=1.0)


class MapLegend:
    """Adds the legend and the caption at the top of the scene."""

    def _add_legend(self, data: ChainMap) -> float:
        entries = [
            (component_look([NO_LOCAL]), labels.flag_name(NO_LOCAL)),
            (component_look([NOT_SURVEYED]), labels.flag_name(NOT_SURVEYED)),
            (component_look([SINGLE_SOURCE]), labels.flag_name(SINGLE_SOURCE)),
            (dict(fill=QColor("white"), border=PLAIN_BORDER, corner=TO_CHECK_COLOR), labels.flag_name(TO_CHECK)),
            (dict(fill=QColor("white"), border=PLAIN_BORDER, strip=BOM_COLOR), QCoreApplication.translate("ChainMapView", "In the standard BOM")),
            (dict(fill=LOCAL_FILL, border=LOCAL_BORDER, outline="pill"), QCoreApplication.translate("ChainMapView", "Local supplier")),
            (dict(fill=OTHER_FILL, border=OTHER_BORDER, outline="pill"), QCoreApplication.translate("ChainMapView", "Supplier elsewhere")),
            (dict(fill=CENTRE_FILL, border=CENTRE_BORDER, outline="hex"), QCoreApplication.translate("ChainMapView", "Centre")),
            (dict(fill=INTEGRATOR_FILL, border=INTEGRATOR_BORDER), QCoreApplication.translate("ChainMapView", "Integrator")),
        ]
        x = 0.0
        for style, text in entries:
            self._add(MapNode("legend", SWATCH_W, SWATCH_H, [], self.font_small, **style), x, LEGEND_TOP,
                      text, searchable=False)
            label = QGraphicsSimpleTextItem(text)
            label.setFont(self.font_small)
            label.setPos(x + SWATCH_W + 6, LEGEND_TOP + (SWATCH_H - self._fm_small.height()) / 2)
            self.scene().addItem(label)
            x += SWATCH_W + 6 + self._fm_small.horizontalAdvance(text) + 22
        caption = QGraphicsSimpleTextItem(self._caption(data))
        caption.setFont(self.font_small)
        caption.setBrush(QColor("#546e7a"))
        caption.setPos(0, 26)
        self.scene().addItem(caption)
        return 26 + self._fm_small.height()

    def _caption(self, data: ChainMap) -> str:
        parts = [QCoreApplication.translate("ChainMapView", "At most {n} suppliers per component are drawn; the rest are counted.").format(
            n=data.max_firms_per_component)]
        if data.district:
            parts.append(QCoreApplication.translate("ChainMapView", "Firms in {district} only.").format(district=data.district))
        parts.append(QCoreApplication.translate("ChainMapView", "Lines: supply links on record; an integrator depends on a component only "
                                        "through them (the standard BOM is shown for reference, not counted)."))
        return " ".join(parts)
