"""Laying the chain map out in the scene: the legend and caption (gui.chain_map.legend), one column per top
layer (a header with its covered / not yet surveyed / no local supplier / to-check counts, component boxes
with their supplier and centre chips), the integrators on the right and the supply links to the components
they depend on. A component nobody has surveyed has its own dashed grey look ("—/2"), never the red of "no
local supplier"; one with supplier facts still to check a corner mark. Tooltips come from gui.chain_map.tips.

A mixin of :class:`gui.chain_map.view.ChainMapView`, which holds the registries these methods fill.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from core.analysis.chain_map import ChainMap, MapComponent, MapLayer
from core.analysis.coverage import NO_LOCAL, NOT_SURVEYED, SINGLE_SOURCE
from gui import labels
from gui.chain_map import tips
from gui.chain_map.legend import MapLegend, component_look
from gui.chain_map.nodes import (
    BOM_COLOR,
    CENTRE_BORDER,
    CENTRE_FILL,
    CHIP_AREA,
    CHIP_GAP,
    CHIP_H,
    CHIP_MAX_W,
    COLUMN_FILL,
    COLUMN_GAP,
    COLUMN_MIN_W,
    COMP_H,
    COMP_W,
    HEADER_H,
    INDENT,
    INT_GAP,
    INT_H,
    INT_W,
    INTEGRATOR_BORDER,
    INTEGRATOR_FILL,
    LOCAL_BORDER,
    LOCAL_FILL,
    MORE_FILL,
    NO_LOCAL_COLOR,
    NOT_SURVEYED_COLOR,
    OTHER_BORDER,
    OTHER_FILL,
    ROW_GAP,
    SINGLE_SOURCE_COLOR,
    TO_CHECK_COLOR,
    MapNode,
    _wrap,
)

UNKNOWN = "—"  # a supplier count nobody has surveyed


class MapBuilder(MapLegend):
    """Fills the scene of a ChainMapView from a :class:`core.analysis.chain_map.ChainMap`."""

    def _lay_out(self, data: ChainMap) -> None:
        top = self._add_legend(data) + 14
        x, bottom = 0.0, top
        for layer in data.layers:
            column_bottom, width = self._add_column(layer, x, top, data)
            bottom = max(bottom, column_bottom)
            x += width + COLUMN_GAP
        linked = any(i.component_ids for i in data.integrators)
        self._add_integrators(data, x - COLUMN_GAP + (INT_GAP if linked else 2 * COLUMN_GAP), top, bottom)
        self._draw_links()

    def _name(self, zh: str, en: str | None) -> str:
        return zh if self.language.startswith("zh") or not en else en

    def _firm_name(self, display: str, en: str | None, width: float) -> str:
        """A firm's label: its short name, or in English its English name when that fits (a brand like
        "UBTech", not a legal name like "Shenzhen ... Co., Ltd.")."""
        if en and not self.language.startswith("zh") and self._fm_small.horizontalAdvance(en) <= width:
            return en
        return display

    def _add(self, node: MapNode, x: float, y: float, tooltip: str = "", *, searchable: bool = True) -> MapNode:
        node.setPos(x, y)
        if tooltip:
            node.setToolTip(tooltip)
        self.scene().addItem(node)
        if searchable:
            self.nodes.append(node)
        return node

    def _add_column(self, layer: MapLayer, x: float, top: float, data: ChainMap) -> tuple[float, float]:
        """Lay out one top layer from ``x``; returns its bottom and its width."""
        y = top + HEADER_H
        width = COLUMN_MIN_W
        boxes: dict[int, MapNode] = {}
        connectors = QPainterPath()
        for comp in layer.components:
            box = self._component_node(comp, data)
            bx = x + comp.depth * INDENT
            self._add(box, bx, y, self._component_tip(comp, data))
            self.component_items[comp.id] = box
            parent = boxes.get(comp.parent_id)
            if parent is not None and comp.depth > 0:
                px = parent.pos().x() + 6
                connectors.moveTo(px, parent.pos().y() + parent.rect.height())
                connectors.lineTo(px, y + COMP_H / 2)
                connectors.lineTo(bx, y + COMP_H / 2)
            boxes[comp.id] = box
            height, used = self._add_chips(comp, x + COMP_W + 10, y)
            width = max(width, COMP_W + 10 + used)
            y += max(COMP_H, height) + ROW_GAP
        if not connectors.isEmpty():
            item = self.scene().addPath(connectors, QPen(QColor("#b0bec5"), 1.2))
            item.setZValue(-1)
            self.decorations.append(item)
        name = self._name(layer.name_zh, layer.name_en)
        header = MapNode("header", width, HEADER_H - 8, [name], self.font_header, fill=QColor("#cfd8dc"),
                         border=QColor("#b0bec5"), table="layers", row_id=layer.id,
                         badge=QCoreApplication.translate("ChainMapView", "{covered}/{total} covered").format(
                             covered=layer.covered, total=len(layer.components)),
                         badge_color=QColor("#607d8b"), note=tips.layer_counts(layer), note_font=self.font_small)
        self._add(header, x, top, tips.layer_tip(layer, name), searchable=False)
        panel = QGraphicsRectItem(x - 8, top - 6, width + 16, y - top + 10)
        panel.setBrush(COLUMN_FILL)
        panel.setPen(Qt.PenStyle.NoPen)
        panel.setZValue(-3)
        self.scene().addItem(panel)
        return y, width

    def _component_node(self, comp: MapComponent, data: ChainMap) -> MapNode:
        width = COMP_W - comp.depth * INDENT
        look = component_look(comp.flags)
        if NOT_SURVEYED in comp.flags:  # unknown, not zero
            badge, badge_color = f"{UNKNOWN}/{comp.wanted}", NOT_SURVEYED_COLOR
        else:
            badge = f"{comp.local_suppliers}/{comp.wanted}"
            badge_color = (NO_LOCAL_COLOR if NO_LOCAL in comp.flags else SINGLE_SOURCE_COLOR if SINGLE_SOURCE in comp.flags
                           else LOCAL_BORDER if comp.local_suppliers >= comp.wanted else QColor("#8d6e63"))
        badge_w = self._fm.horizontalAdvance(badge) + 20
        left = 12 if comp.in_standard_bom else 9
        lines = _wrap(self._fm, self._name(comp.name_zh, comp.name_en), width - left - badge_w - 6, 2)
        node = MapNode("component", width, COMP_H, lines, self.font_normal, **look, table="components",
                       row_id=comp.id, search=(comp.name_zh, comp.name_en), badge=badge, badge_color=badge_color,
                       strip=BOM_COLOR if comp.in_standard_bom else None, bold=comp.depth == 0,
                       corner=TO_CHECK_COLOR if comp.facts_to_check else None)
        node.setAcceptHoverEvents(True)
        node.hover_callback = self._on_hover
        return node

    def _component_tip(self, comp: MapComponent, data: ChainMap) -> str:
        return tips.component_tip(comp, data, self._name)

    def _chip(self, kind: str, text: str, **style) -> MapNode:
        widest = CHIP_MAX_W * (1.3 if kind == "centre" else 1.0)  # centre names are long and few
        width = min(widest, self._fm_small.horizontalAdvance(text) + 18)
        lines = [self._fm_small.elidedText(text, Qt.TextElideMode.ElideRight, width - 16)]
        return MapNode(kind, width, CHIP_H, lines, self.font_small, **style)

    def _add_chips(self, comp: MapComponent, x: float, y: float) -> tuple[float, float]:
        """Flow the component's chips from ``x``; returns their height and the width they take."""
        chips: list[tuple[MapNode, str]] = []
        for firm in comp.firms:
            fill, border = (LOCAL_FILL, LOCAL_BORDER) if firm.local else (OTHER_FILL, OTHER_BORDER)
            chip = self._chip("firm", self._firm_name(firm.name, firm.name_en, CHIP_MAX_W - 18), fill=fill, border=border, outline="pill", table="firms",
                              row_id=firm.id, search=(firm.name, firm.name_zh, firm.name_en))
            where = QCoreApplication.translate("ChainMapView", "local") if firm.local else QCoreApplication.translate("ChainMapView", "not local")
            tip = "\n".join(filter(None, [firm.name_zh, firm.name_en, QCoreApplication.translate("ChainMapView", "Supplies {component}: {where}, {stage}")
                                          .format(component=self._name(comp.name_zh, comp.name_en), where=where,
                                                  stage=labels.choice_name(firm.stage, "stage") or QCoreApplication.translate("ChainMapView", "stage unknown")),
                                          QCoreApplication.translate("ChainMapView", "Click to open it in the Firms table.")]))
            chips.append((chip, tip))
        if comp.more_firms > 0:
            text = (QCoreApplication.translate("ChainMapView", "+{n} more").format(n=comp.more_firms) if comp.firms
                    else QCoreApplication.translate("ChainMapView", "{n} suppliers").format(n=comp.more_firms))
            chip = self._chip("more", text, fill=MORE_FILL, border=OTHER_BORDER, outline="pill",
                              table="components", row_id=comp.id)
            chips.append((chip, QCoreApplication.translate("ChainMapView", "{n} suppliers in all; the component's row lists every one.").format(
                n=comp.suppliers_total)))
        for centre in comp.centres:
            chip = self._chip("centre", self._name(centre.name_zh, centre.name_en), fill=CENTRE_FILL,
                              border=CENTRE_BORDER, outline="hex", table="centres", row_id=centre.id,
                              search=(centre.name_zh, centre.name_en))
            chips.append((chip, "\n".join(filter(None, [centre.name_zh, centre.name_en,
                                                        QCoreApplication.translate("ChainMapView", "Click to open it in the Centres table.")]))))
        if comp.more_centres > 0:
            chip = self._chip("more", QCoreApplication.translate("ChainMapView", "+{n} centres").format(n=comp.more_centres), fill=CENTRE_FILL,
                              border=CENTRE_BORDER, outline="hex", table="components", row_id=comp.id)
            chips.append((chip, QCoreApplication.translate("ChainMapView", "{n} centres serve it in all.").format(n=comp.centres_total)))
        if not chips:
            return 0.0, 0.0
        rows: list[list[MapNode]] = [[]]
        used = 0.0
        for chip, _tip in chips:
            w = chip.rect.width()
            if rows[-1] and used + w > CHIP_AREA:
                rows.append([])
                used = 0.0
            rows[-1].append(chip)
            used += w + CHIP_GAP
        height = len(rows) * (CHIP_H + CHIP_GAP) - CHIP_GAP
        cy = y + max(0.0, (COMP_H - height) / 2)
        tips = {id(chip): tip for chip, tip in chips}
        used = 0.0
        for row in rows:
            cx = x
            for chip in row:
                self._add(chip, cx, cy, tips[id(chip)])
                cx += chip.rect.width() + CHIP_GAP
            used = max(used, cx - CHIP_GAP - x)
            cy += CHIP_H + CHIP_GAP
        self.chips[comp.id] = [chip for chip, _tip in chips]
        return height, used

    def _add_integrators(self, data: ChainMap, x: float, top: float, bottom: float) -> None:
        bom_n = len(data.bom_component_ids)
        y = top
        if data.integrators and bom_n:
            self.bom_item = MapNode("bom", INT_W, 40, [QCoreApplication.translate("ChainMapView", "Standard BOM"), QCoreApplication.translate("ChainMapView", "{n} components").format(n=bom_n)],
                                    self.font_normal, fill=QColor("#e8eaf6"), border=BOM_COLOR, border_width=1.5)
            self.bom_item.setAcceptHoverEvents(True)
            self.bom_item.hover_callback = self._on_hover
            self._add(self.bom_item, x, y, tips.bom_tip(bom_n), searchable=False)
            y += 40 + 24
        shown = len(data.integrators) + (1 if data.more_integrators > 0 else 0)
        step = INT_H + 8
        if shown > 1:
            step = max(step, min(INT_H + 40, (bottom - y - INT_H) / (shown - 1)))
        for integ in data.integrators:
            node = MapNode("integrator", INT_W, INT_H,
                           [self._fm.elidedText(self._firm_name(integ.name, integ.name_en, INT_W - 50),
                                                Qt.TextElideMode.ElideRight, INT_W - 50)],
                           self.font_normal, fill=INTEGRATOR_FILL, border=INTEGRATOR_BORDER, table="firms",
                           row_id=integ.id, search=(integ.name, integ.name_zh, integ.name_en),
                           badge=str(len(integ.component_ids)) if integ.component_ids else None,
                           badge_color=INTEGRATOR_BORDER, bold=True)
            node.setAcceptHoverEvents(True)
            node.hover_callback = self._on_hover
            self._add(node, x, y, tips.integrator_tip(integ))
            self.integrator_items[integ.id] = node
            self._add_links(node, integ.component_ids)
            y += step
        if data.more_integrators > 0:
            more = MapNode("more_integrators", INT_W, INT_H, [QCoreApplication.translate("ChainMapView", "+{n} more integrators").format(
                n=data.more_integrators)], self.font_normal, fill=MORE_FILL, border=INTEGRATOR_BORDER)
            self._add(more, x, y, QCoreApplication.translate("ChainMapView", "{total} integrators in all; the {shown} with the most supply links are"
                                      " drawn.").format(total=data.integrators_total, shown=len(data.integrators)),
                      searchable=False)

    def _add_links(self, node: MapNode, component_ids) -> None:
        """Curves from an integrator to the components it names in a supply link (kept as paths; drawn
        together by :meth:`_draw_links`)."""
        start = node.pos() + QPointF(0, INT_H / 2)
        for cid in sorted(component_ids):
            box = self.component_items.get(cid)
            if box is None:
                continue
            end = box.pos() + QPointF(box.rect.width(), COMP_H / 2)
            dx = (start.x() - end.x()) * 0.45
            path = QPainterPath(start)
            path.cubicTo(start - QPointF(dx, 0), end + QPointF(dx, 0), end)
            self.links.append(path)
            self._links_of.setdefault(id(node), []).append(path)
            self._links_of.setdefault(id(box), []).append(path)

    def _draw_links(self) -> None:
        """All lines as one path in one item, cached as a pixmap: a 100,000-firm map has 1,700 of them, and
        painting them one by one took 90 ms a frame; from the cache, panning repaints in about 15 ms."""
        if not self.links:
            return
        merged = QPainterPath()
        for path in self.links:
            merged.addPath(path)
        pen = QPen(QColor(21, 101, 192, 38 if len(self.links) > 60 else 120), 1.0)
        pen.setCosmetic(True)
        self.links_item = self.scene().addPath(merged, pen)
        self.links_item.setZValue(-4)  # under the column panels: faint inside a column, plain in the gaps
        self.links_item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.decorations.append(self.links_item)

