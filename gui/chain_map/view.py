"""The chain map as a picture: 机器脑 / 机器肢 / 机器体 columns of component boxes, the supplier firms and centres
attached to each as chips, and the integrators on the right with lines to what they depend on.

The data comes from :func:`core.analysis.chain_map.chain_map_data`, already capped per component, so the scene
holds a few hundred items however large the map is. Building the scene is in gui.chain_map.builder, the items
in gui.chain_map.nodes; this module is the view (zoom, pan, search, hover, click) and its page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from core.analysis.chain_map import ChainMap, chain_map_data, district_names, top_layer_rows
from gui import i18n
from gui.chain_map.builder import MapBuilder
from gui.chain_map.nodes import (  # noqa: F401 - colours re-exported for callers and tests
    ACTIVATABLE,
    DIMMED,
    MAP_TABLES,
    NO_LOCAL_COLOR,
    PLAIN_BORDER,
    SINGLE_SOURCE_COLOR,
    MapNode,
)
from gui.fonts import ui_font
from gui.overview.analysis_page import AnalysisPage


class ChainMapView(MapBuilder, QGraphicsView):
    """Draws a :class:`core.chain_map.ChainMap`. Wheel zooms under the mouse, dragging pans, a click opens.

    Signals:
        node_activated(str, int): a component ('components'), firm or integrator ('firms'), centre
            ('centres') or layer header ('layers') was clicked: the table and the row id.
    """

    node_activated = Signal(str, int)

    def __init__(self, parent=None, *, language: str | None = None):
        super().__init__(parent)
        self.language = language or ("zh_CN" if i18n.is_chinese() else "en")
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
        self._lay_out(data)
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

    def compute(self, db, changed, check):  # worker thread: no widgets
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
