"""The chain map as a picture: 机器脑 / 机器肢 / 机器体 columns of component boxes, the supplier firms and centres
attached to each as chips, and the integrators on the right with lines to what they depend on.

The data comes from :func:`core.chain_map.chain_map_data`, already capped per component, so the scene holds a
few hundred items however large the map is. Each box or chip is one item that paints itself (no child items).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from core.analysis.chain_map import (
    ChainMap,
    MapComponent,
    MapLayer,
    chain_map_data,
    district_names,
    top_layer_rows,
)
from core.analysis.coverage import NO_LOCAL, SINGLE_SOURCE
from gui import i18n, labels
from gui.fonts import ui_font
from gui.overview.analysis_page import AnalysisPage

NO_LOCAL_COLOR = QColor("#c62828")
SINGLE_SOURCE_COLOR = QColor("#ef6c00")
PLAIN_BORDER = QColor("#90a4ae")
BOM_COLOR = QColor("#3949ab")
LOCAL_FILL, LOCAL_BORDER = QColor("#e8f5e9"), QColor("#43a047")
OTHER_FILL, OTHER_BORDER = QColor("#f5f5f5"), QColor("#9e9e9e")
CENTRE_FILL, CENTRE_BORDER = QColor("#f3e5f5"), QColor("#8e24aa")
INTEGRATOR_FILL, INTEGRATOR_BORDER = QColor("#e3f2fd"), QColor("#1565c0")
MORE_FILL = QColor("#eceff1")
HIT_COLOR = QColor("#fbc02d")
EMPHASIS_COLOR = QColor("#1e88e5")
TEXT_COLOR = QColor("#212121")
COLUMN_FILL = QColor(236, 239, 241, 110)
DIMMED = 0.18

# Geometry, in scene units (pixels at 100 %).
COMP_W, COMP_H, INDENT = 210.0, 40.0, 14.0
CHIP_H, CHIP_GAP, CHIP_MAX_W = 20.0, 4.0, 118.0
CHIP_AREA = 290.0
COLUMN_MIN_W = COMP_W + 10 + 130  # a column is as wide as its widest row of chips, at most COMP_W + 10 + CHIP_AREA
COLUMN_GAP, ROW_GAP, HEADER_H = 36.0, 8.0, 52.0
INT_W, INT_H, INT_GAP = 150.0, 26.0, 170.0
# Tables the picture is drawn from: an edit elsewhere (targets, observations ...) does not redraw it.
MAP_TABLES = {"layers", "components", "component_layers", "firms", "capabilities", "supply_links", "centres",
              "centre_serves"}
ACTIVATABLE = ("component", "firm", "centre", "integrator", "more", "header")


def _wrap(fm: QFontMetricsF, text: str, width: float, max_lines: int) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines of ``width``, the last one elided.

    Chinese breaks anywhere, Latin words stay whole where they can; text that fits on two lines is split
    near its middle, so no line holds a lone character.
    """
    lines: list[str] = []
    rest = text.strip()
    while rest and len(lines) < max_lines - 1 and fm.horizontalAdvance(rest) > width:
        full = fm.horizontalAdvance(rest)
        goal = full / 2 + fm.averageCharWidth() if full <= 2 * width and len(lines) == max_lines - 2 else width
        n = 1
        while n < len(rest) and fm.horizontalAdvance(rest[:n + 1]) <= min(goal, width):
            n += 1
        if rest[n - 1].isascii() and rest[n - 1].isalnum() and rest[n:n + 1].isascii() and rest[n:n + 1].isalnum():
            start = n - 1  # inside a Latin word: break before it, unless it is most of the line
            while start > 0 and rest[start - 1].isascii() and rest[start - 1].isalnum():
                start -= 1
            if start > n // 3:
                n = start
        lines.append(rest[:n].rstrip())
        rest = rest[n:].lstrip()
    if rest:
        lines.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


class MapNode(QGraphicsItem):
    """A box, chip or marker of the map, painted in one go.

    ``table``/``row_id`` name the row a click opens; ``search`` holds the casefolded names highlight() matches.
    """

    def __init__(self, kind: str, width: float, height: float, lines: list[str], font, *, fill: QColor,
                 border: QColor, border_width: float = 1.0, outline: str = "round", table: str | None = None,
                 row_id: int | None = None, search: tuple[str, ...] = (), badge: str | None = None,
                 badge_color: QColor | None = None, strip: QColor | None = None, bold: bool = False):
        super().__init__()
        self.kind, self.table, self.row_id = kind, table, row_id
        self.rect = QRectF(0, 0, width, height)
        self.lines, self.font, self.fill, self.border = lines, font, fill, border
        self.border_width, self.outline, self.badge, self.badge_color = border_width, outline, badge, badge_color
        self.strip, self.bold = strip, bold
        self.search = tuple(s.casefold() for s in search if s)
        self.hit = self.emphasised = self.selected = False
        self.hover_callback = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles clicks; drags pan
        if kind in ACTIVATABLE:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._path = self._make_path()

    def _make_path(self) -> QPainterPath:
        path = QPainterPath()
        r = self.rect
        if self.outline == "hex":  # centres: angled ends
            a = min(7.0, r.height() / 2)
            path.moveTo(r.left() + a, r.top())
            for x, y in ((r.right() - a, r.top()), (r.right(), r.center().y()), (r.right() - a, r.bottom()),
                         (r.left() + a, r.bottom()), (r.left(), r.center().y())):
                path.lineTo(x, y)
            path.closeSubpath()
        elif self.outline == "pill":
            path.addRoundedRect(r, r.height() / 2, r.height() / 2)
        else:
            path.addRoundedRect(r, 5, 5)
        return path

    def boundingRect(self) -> QRectF:  # noqa: N802 - overrides QGraphicsItem.boundingRect
        return self.rect.adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:  # overrides QGraphicsItem.shape
        return self._path

    def set_state(self, *, hit: bool | None = None, emphasised: bool | None = None,
                  selected: bool | None = None) -> None:
        if hit is not None:
            self.hit = hit
        if emphasised is not None:
            self.emphasised = emphasised
        if selected is not None:
            self.selected = selected
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:  # overrides QGraphicsItem.paint
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.selected or self.hit or self.emphasised:
            colour = EMPHASIS_COLOR if self.selected or self.emphasised else HIT_COLOR
            painter.setPen(QPen(colour, 5 if self.hit and not self.selected else 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        painter.setPen(QPen(self.border, self.border_width))
        painter.setBrush(self.fill)
        painter.drawPath(self._path)
        if self.strip is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.strip)
            painter.drawRoundedRect(QRectF(self.border_width + 1, 4, 4, self.rect.height() - 8), 2, 2)
        if lod < 0.3 and self.kind not in ("header", "bom"):
            return  # too small to read: shapes and colours only
        left = 12.0 if self.strip is not None else (9.0 if self.outline != "pill" else 8.0)
        text_rect = self.rect.adjusted(left, 0, -6, 0)
        painter.setFont(self.font)
        if self.badge:
            fm = QFontMetricsF(self.font)
            bw = fm.horizontalAdvance(self.badge) + 10
            bh = fm.height() + 2
            badge = QRectF(self.rect.right() - bw - 5, (self.rect.height() - bh) / 2, bw, bh)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.badge_color or PLAIN_BORDER)
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.badge)
            text_rect.setRight(badge.left() - 4)
        painter.setPen(TEXT_COLOR)
        if self.bold:
            font = QFont(self.font)
            font.setBold(True)
            painter.setFont(font)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         "\n".join(self.lines))

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - overrides QGraphicsItem.hoverEnterEvent
        if self.hover_callback:
            self.hover_callback(self, True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 - overrides QGraphicsItem.hoverLeaveEvent
        if self.hover_callback:
            self.hover_callback(self, False)
        super().hoverLeaveEvent(event)


class ChainMapView(QGraphicsView):
    """Draws a :class:`core.chain_map.ChainMap`. Wheel zooms under the mouse, dragging pans, a click opens.

    Signals:
        node_activated(str, int): a component ('components'), firm or integrator ('firms'), centre
            ('centres') or layer header ('layers') was clicked: the table and the row id.
    """

    node_activated = Signal(str, int)

    def __init__(self, parent=None, *, language: str | None = None):
        super().__init__(parent)
        self.language = language or i18n.preferred_language()
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(QColor("#fafafa"))
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.font_normal = ui_font(9)
        self.font_small = ui_font(8)
        self.font_header = ui_font(13)
        self.font_header.setBold(True)
        self.setFont(self.font_normal)
        self._fm = QFontMetricsF(self.font_normal)
        self._fm_small = QFontMetricsF(self.font_small)
        self._clear_registry()
        self._press = None
        self._auto: str | None = None  # "start" or "fit": redone on resize until the user zooms or pans
        self._highlight = ""
        self._hits: list[MapNode] = []
        self._hit_index = 0

    # ----- public ---------------------------------------------------------------------------------------------
    def set_map(self, data: ChainMap, *, keep_view: bool = False) -> None:
        """Draw ``data``, replacing what was there; ``keep_view`` keeps zoom and scroll (same filters)."""
        centre = self.mapToScene(self.viewport().rect().center()) if keep_view else None
        self.scene().clear()
        self._clear_registry()
        self.data = data
        top = self._add_legend(data) + 14
        x, bottom = 0.0, top
        for layer in data.layers:
            column_bottom, width = self._add_column(layer, x, top, data)
            bottom = max(bottom, column_bottom)
            x += width + COLUMN_GAP
        linked = any(i.component_ids for i in data.integrators)
        self._add_integrators(data, x - COLUMN_GAP + (INT_GAP if linked else 2 * COLUMN_GAP), top, bottom)
        self._draw_links()
        self.scene().setSceneRect(self.scene().itemsBoundingRect().adjusted(-30, -30, 30, 30))
        if self._highlight:
            self.highlight(self._highlight, centre_first=False)
        if centre is not None:
            self.centerOn(centre)
        else:
            self.show_start()

    def fit(self) -> None:
        """Zoom so the whole map is in view (and keep it so when the view is resized)."""
        self._auto = "fit"
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def show_start(self) -> None:
        """The start view: everything when it stays legible, else the top left at a readable size."""
        self._auto = "start"
        rect = self.scene().sceneRect()
        vp = self.viewport().rect()
        if rect.isEmpty() or vp.isEmpty():
            return
        whole = min(vp.width() / rect.width(), vp.height() / rect.height())
        if whole >= 0.8:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            return
        scale = max(whole, min(0.8, vp.width() / rect.width()))
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.left() + vp.width() / scale / 2, rect.top() + vp.height() / scale / 2)

    def zoom(self, factor: float) -> None:
        """Zoom by ``factor`` (under the mouse when it is over the view), between 5 % and 800 %."""
        self._auto = None
        current = self.transform().m11()
        factor = max(0.05 / current, min(8.0 / current, factor))
        self.scale(factor, factor)

    def highlight(self, text: str, *, centre_first: bool = True) -> int:
        """Dim everything whose names do not contain ``text`` and centre the first hit; returns the hits."""
        self._highlight = text.strip()
        needle = self._highlight.casefold()
        self._hits = [n for n in self.nodes if needle and any(needle in s for s in n.search)]
        hits = set(map(id, self._hits))
        for node in self.nodes:
            node.set_state(hit=id(node) in hits)
            node.setOpacity(1.0 if not needle or id(node) in hits else DIMMED)
        for item in self.decorations:
            item.setOpacity(DIMMED if needle else 1.0)
        self._hit_index = 0
        if self._hits and centre_first:
            self._auto = None
            self.centerOn(self._hits[0])
        return len(self._hits)

    def next_hit(self) -> None:
        if self._hits:
            self._hit_index = (self._hit_index + 1) % len(self._hits)
            self.centerOn(self._hits[self._hit_index])

    def select(self, node: MapNode | None) -> None:
        for n in self.nodes:
            if n.selected and n is not node:
                n.set_state(selected=False)
        if node is not None:
            node.set_state(selected=True)

    # ----- building ---------------------------------------------------------------------------------------------
    def _clear_registry(self) -> None:
        self.nodes: list[MapNode] = []  # every searchable node, in reading order
        self.component_items: dict[int, MapNode] = {}
        self.integrator_items: dict[int, MapNode] = {}
        self.chips: dict[int, list[MapNode]] = {}  # component id -> its chips
        self._hits = []
        self.links: list[QPainterPath] = []  # integrator -> component curves
        self.links_item: QGraphicsPathItem | None = None
        self._hover_items: list[QGraphicsPathItem] = []
        self.decorations: list[QGraphicsItem] = []  # lines, connectors, the BOM bracket: dimmed by highlight()
        self._links_of: dict[int, list[QPainterPath]] = {}  # id(node) -> lines touching it
        self.bom_item: MapNode | None = None
        self.data = None

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

    def _add_legend(self, data: ChainMap) -> float:
        entries = [
            (dict(fill=QColor("#fdecea"), border=NO_LOCAL_COLOR, border_width=2.5), labels.choice_name(NO_LOCAL)),
            (dict(fill=QColor("#fff3e0"), border=SINGLE_SOURCE_COLOR, border_width=2.5),
             labels.choice_name(SINGLE_SOURCE)),
            (dict(fill=QColor("white"), border=PLAIN_BORDER, strip=BOM_COLOR), self.tr("In the standard BOM")),
            (dict(fill=LOCAL_FILL, border=LOCAL_BORDER, outline="pill"), self.tr("Local supplier")),
            (dict(fill=OTHER_FILL, border=OTHER_BORDER, outline="pill"), self.tr("Supplier elsewhere")),
            (dict(fill=CENTRE_FILL, border=CENTRE_BORDER, outline="hex"), self.tr("Centre")),
            (dict(fill=INTEGRATOR_FILL, border=INTEGRATOR_BORDER), self.tr("Integrator")),
        ]
        x = 0.0
        for style, text in entries:
            self._add(MapNode("legend", 26, 16, [], self.font_small, **style), x, 2, searchable=False)
            label = QGraphicsSimpleTextItem(text)
            label.setFont(self.font_small)
            label.setPos(x + 32, 2 + (16 - self._fm_small.height()) / 2)
            self.scene().addItem(label)
            x += 32 + self._fm_small.horizontalAdvance(text) + 22
        note = self._caption(data)
        caption = QGraphicsSimpleTextItem(note)
        caption.setFont(self.font_small)
        caption.setBrush(QColor("#546e7a"))
        caption.setPos(0, 26)
        self.scene().addItem(caption)
        return 26 + self._fm_small.height()

    def _caption(self, data: ChainMap) -> str:
        parts = [self.tr("At most {n} suppliers per component are drawn; the rest are counted.").format(
            n=data.max_firms_per_component)]
        if data.district:
            parts.append(self.tr("Firms in {district} only.").format(district=data.district))
        parts.append(self.tr("Lines: explicit supply links; every integrator also depends on the standard BOM."))
        return " ".join(parts)

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
                         badge=self.tr("{covered}/{total} covered").format(covered=layer.covered,
                                                                            total=len(layer.components)),
                         badge_color=QColor("#607d8b"))
        tip = [self.tr("{name}: {total} components, {covered} with a local supplier").format(
            name=name, total=len(layer.components), covered=layer.covered)]
        if layer.centres_total:
            tip.append(self.tr("Centres serving the layer: {n}").format(n=layer.centres_total))
        self._add(header, x, top, "\n".join(tip), searchable=False)
        panel = QGraphicsRectItem(x - 8, top - 6, width + 16, y - top + 10)
        panel.setBrush(COLUMN_FILL)
        panel.setPen(Qt.PenStyle.NoPen)
        panel.setZValue(-3)
        self.scene().addItem(panel)
        return y, width

    def _component_node(self, comp: MapComponent, data: ChainMap) -> MapNode:
        width = COMP_W - comp.depth * INDENT
        badge = f"{comp.local_suppliers}/{comp.wanted}"
        if NO_LOCAL in comp.flags:
            fill, border, bw, badge_color = QColor("#fdecea"), NO_LOCAL_COLOR, 2.5, NO_LOCAL_COLOR
        elif SINGLE_SOURCE in comp.flags:
            fill, border, bw, badge_color = QColor("#fff3e0"), SINGLE_SOURCE_COLOR, 2.5, SINGLE_SOURCE_COLOR
        else:
            fill, border, bw = QColor("white"), PLAIN_BORDER, 1.0
            badge_color = LOCAL_BORDER if comp.local_suppliers >= comp.wanted else QColor("#8d6e63")
        badge_w = self._fm.horizontalAdvance(badge) + 20
        left = 12 if comp.in_standard_bom else 9
        lines = _wrap(self._fm, self._name(comp.name_zh, comp.name_en), width - left - badge_w - 6, 2)
        node = MapNode("component", width, COMP_H, lines, self.font_normal, fill=fill, border=border,
                       border_width=bw, table="components", row_id=comp.id, search=(comp.name_zh, comp.name_en),
                       badge=badge, badge_color=badge_color, strip=BOM_COLOR if comp.in_standard_bom else None,
                       bold=comp.depth == 0)
        node.setAcceptHoverEvents(True)
        node.hover_callback = self._on_hover
        return node

    def _component_tip(self, comp: MapComponent, data: ChainMap) -> str:
        lines = [comp.name_zh]
        if comp.name_en:
            lines.append(comp.name_en)
        lines.append(self.tr("Local suppliers: {n} (wanted {wanted}); in mass production: {mass}").format(
            n=comp.local_suppliers, wanted=comp.wanted, mass=comp.mass))
        if data.district:
            lines.append(self.tr("Suppliers in {district}: {n}").format(district=data.district, n=comp.suppliers_total))
        else:
            lines.append(self.tr("Suppliers (local or not): {n}").format(n=comp.suppliers_total))
        lines.append(self.tr("Centres serving it: {n}").format(n=comp.centres_total))
        if comp.in_standard_bom:
            lines.append(self.tr("In the standard BOM: every integrator depends on it ({n})").format(n=comp.integrators))
        else:
            lines.append(self.tr("Integrators with a supply link: {n}").format(n=comp.integrators))
        if comp.flags:
            lines.append(self.tr("Flags: {flags}").format(flags=", ".join(labels.choice_name(f) for f in comp.flags)))
        lines.append(self.tr("Click to open it in the Components table."))
        return "\n".join(lines)

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
            where = self.tr("local") if firm.local else self.tr("not local")
            tip = "\n".join(filter(None, [firm.name_zh, firm.name_en, self.tr("Supplies {component}: {where}, {stage}")
                                          .format(component=comp.name_zh, where=where,
                                                  stage=labels.choice_name(firm.stage) or self.tr("stage unknown")),
                                          self.tr("Click to open it in the Firms table.")]))
            chips.append((chip, tip))
        if comp.more_firms > 0:
            text = (self.tr("+{n} more").format(n=comp.more_firms) if comp.firms
                    else self.tr("{n} suppliers").format(n=comp.more_firms))
            chip = self._chip("more", text, fill=MORE_FILL, border=OTHER_BORDER, outline="pill",
                              table="components", row_id=comp.id)
            chips.append((chip, self.tr("{n} suppliers in all; the component's row lists every one.").format(
                n=comp.suppliers_total)))
        for centre in comp.centres:
            chip = self._chip("centre", self._name(centre.name_zh, centre.name_en), fill=CENTRE_FILL,
                              border=CENTRE_BORDER, outline="hex", table="centres", row_id=centre.id,
                              search=(centre.name_zh, centre.name_en))
            chips.append((chip, "\n".join(filter(None, [centre.name_zh, centre.name_en,
                                                        self.tr("Click to open it in the Centres table.")]))))
        if comp.more_centres > 0:
            chip = self._chip("more", self.tr("+{n} centres").format(n=comp.more_centres), fill=CENTRE_FILL,
                              border=CENTRE_BORDER, outline="hex", table="components", row_id=comp.id)
            chips.append((chip, self.tr("{n} centres serve it in all.").format(n=comp.centres_total)))
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
            self.bom_item = MapNode("bom", INT_W, 40, [self.tr("Standard BOM"), self.tr("{n} components").format(n=bom_n)],
                                    self.font_normal, fill=QColor("#e8eaf6"), border=BOM_COLOR, border_width=1.5)
            self.bom_item.setAcceptHoverEvents(True)
            self.bom_item.hover_callback = self._on_hover
            self._add(self.bom_item, x, y, self.tr(
                "Every integrator depends on the {n} components of the standard humanoid bill of materials"
                " (marked with a blue strip). Point at this box to see them.").format(n=bom_n), searchable=False)
            y += 40 + 24
        shown = len(data.integrators) + (1 if data.more_integrators > 0 else 0)
        step = INT_H + 8
        if shown > 1:
            step = max(step, min(INT_H + 40, (bottom - y - INT_H) / (shown - 1)))
        bracket = QPainterPath()
        last_mid = top + 20
        if self.bom_item is not None:
            bracket.moveTo(x, top + 20)
            bracket.lineTo(x - 12, top + 20)
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
            tip = [integ.name_zh, integ.name_en or "", integ.district or "",
                   self.tr("Supply links to {n} components on the map").format(n=len(integ.component_ids))]
            if bom_n:
                tip.append(self.tr("Depends on the {n} standard-BOM components").format(n=bom_n))
            tip.append(self.tr("Click to open it in the Firms table."))
            self._add(node, x, y, "\n".join(t for t in tip if t))
            self.integrator_items[integ.id] = node
            if self.bom_item is not None:
                bracket.moveTo(x - 12, y + INT_H / 2)
                bracket.lineTo(x, y + INT_H / 2)
            self._add_links(node, integ.component_ids)
            last_mid = y + INT_H / 2
            y += step
        if data.more_integrators > 0:
            more = MapNode("more_integrators", INT_W, INT_H, [self.tr("+{n} more integrators").format(
                n=data.more_integrators)], self.font_normal, fill=MORE_FILL, border=INTEGRATOR_BORDER)
            self._add(more, x, y, self.tr("{total} integrators in all; the {shown} with the most supply links are"
                                      " drawn.").format(total=data.integrators_total, shown=len(data.integrators)),
                      searchable=False)
            if self.bom_item is not None:
                bracket.moveTo(x - 12, y + INT_H / 2)
                bracket.lineTo(x, y + INT_H / 2)
            last_mid = y + INT_H / 2
        if self.bom_item is not None and data.integrators:
            bracket.moveTo(x - 12, top + 20)
            bracket.lineTo(x - 12, last_mid)
            item = self.scene().addPath(bracket, QPen(BOM_COLOR, 1.5))
            item.setZValue(-1)
            self.decorations.append(item)

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

    # ----- interaction ------------------------------------------------------------------------------------------
    def _on_hover(self, node: MapNode, entering: bool) -> None:
        for item in self._hover_items:
            self.scene().removeItem(item)
        self._hover_items = []
        paths = self._links_of.get(id(node), [])
        if entering and paths:
            path = QPainterPath()
            for p in paths:
                path.addPath(p)
            strong = QPen(QColor(21, 101, 192, 230), 2.0)
            strong.setCosmetic(True)
            item = self.scene().addPath(path, strong)
            item.setZValue(-1.5)
            self._hover_items.append(item)
        targets: list[MapNode] = []
        if node.kind == "bom":
            targets = [self.component_items[c] for c in self.data.bom_component_ids if c in self.component_items]
        elif node.kind == "integrator":
            integ = next((i for i in self.data.integrators if self.integrator_items.get(i.id) is node), None)
            if integ is not None:
                targets = [self.component_items[c] for c in integ.component_ids if c in self.component_items]
        for target in targets:
            target.set_state(emphasised=entering)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - overrides QGraphicsView.mousePressEvent
        self._press = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - overrides QGraphicsView.mouseReleaseEvent
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        pos = event.position().toPoint()
        if press is not None and (pos - press).manhattanLength() < QApplication.startDragDistance():
            self.activate_at(pos)
        elif press is not None:
            self._auto = None  # the user panned: keep their view
        event.accept()  # a click or the end of a pan: handled here either way

    def activate_at(self, pos) -> MapNode | None:
        """Select the node under the viewport point ``pos`` and emit node_activated for it."""
        node = next((i for i in self.items(pos) if isinstance(i, MapNode) and i.kind in ACTIVATABLE), None)
        self.select(node)
        if node is not None and node.table and node.row_id is not None:
            self.node_activated.emit(node.table, node.row_id)
        return node

    def wheelEvent(self, event) -> None:  # noqa: N802 - overrides QGraphicsView.wheelEvent
        steps = event.angleDelta().y() / 120
        if not steps or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)
            return
        self.zoom(1.15 ** steps)
        event.accept()

    def resizeEvent(self, event) -> None:  # noqa: N802 - overrides QGraphicsView.resizeEvent
        super().resizeEvent(event)
        if self._auto == "start":
            self.show_start()
        elif self._auto == "fit":
            self.fit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - overrides QGraphicsView.keyPressEvent
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif event.key() == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)


class ChainMapPage(AnalysisPage):
    """The chain map with its toolbar: search (highlight), layer and district filters, fit.

    Signals:
        node_activated(str, int): re-emitted from the view (table, row id).
    """

    node_activated = Signal(str, int)

    def __init__(self, hub, parent=None):
        super().__init__(hub, parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Highlight components, firms, centres…"))
        self.search.setClearButtonEnabled(True)
        self.hits = QLabel(self)
        self.layer_combo = QComboBox(self)
        self.district_combo = QComboBox(self)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.fit_button.setToolTip(self.tr("Show the whole map (key 0); + and - or the wheel zoom"))
        self.view = ChainMapView(self)
        self.view.node_activated.connect(self.node_activated)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Search:"), self))
        bar.addWidget(self.search, 2)
        bar.addWidget(self.hits)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Layer:"), self))
        bar.addWidget(self.layer_combo)
        bar.addWidget(QLabel(self.tr("District:"), self))
        bar.addWidget(self.district_combo)
        bar.addWidget(self.fit_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.busy)
        layout.addWidget(self.view, 1)
        self._params: tuple[str | None, str | None] = (None, None)
        self._drawn_params = None
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self.view.next_hit)
        self.fit_button.clicked.connect(self.view.fit)
        self.layer_combo.currentIndexChanged.connect(self._on_filter)
        self.district_combo.currentIndexChanged.connect(self._on_filter)

    def summary(self) -> str:
        return self.tr("Chain map")

    def refresh(self) -> None:  # overrides AnalysisPage.refresh: read the filters here, on the GUI thread
        self._fill_filters()
        self._params = (self.layer_combo.currentData(), self.district_combo.currentData())
        super().refresh()

    def compute(self, db, changed):  # worker thread: no widgets
        layer, district = self._params
        previous = self.view.data
        if (previous is not None and changed is not None and not changed & MAP_TABLES
                and (previous.layer_keys, previous.district) == ((layer,) if layer else None, district)):
            return previous  # only plans, targets or the like were edited: the picture stands
        return chain_map_data(db, layer_keys=[layer] if layer else None, district=district)

    def build(self, data: ChainMap) -> None:
        params = (data.layer_keys, data.district)
        if data is not self.view.data:
            self.view.set_map(data, keep_view=params == self._drawn_params)
        self._drawn_params = params
        self._show_hits(self.view.highlight(self.search.text(), centre_first=False))

    def _fill_filters(self) -> None:
        language = self.view.language
        layers = [(self.tr("All layers"), None)] + [
            (row["name_zh"] if language.startswith("zh") or not row["name_en"] else row["name_en"], row["key"])
            for row in top_layer_rows(self.hub.db)]
        districts = [(self.tr("All districts"), None)] + [(d, d) for d in district_names(self.hub.db)]
        for combo, entries in ((self.layer_combo, layers), (self.district_combo, districts)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in entries:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def _on_filter(self, _index) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_search(self, text: str) -> None:
        self._show_hits(self.view.highlight(text))

    def _show_hits(self, n: int) -> None:
        if not self.search.text().strip():
            self.hits.clear()
        elif n:
            self.hits.setText(self.tr("{n} found").format(n=n))
        else:
            self.hits.setText(self.tr("not on the map"))
