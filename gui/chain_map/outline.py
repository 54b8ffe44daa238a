"""Chain map (outline): layers, their components, local suppliers and flags, as a tree that opens rows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout

from core.analysis.coverage import chain_coverage
from gui import i18n, labels
from gui.overview.analysis_page import AnalysisPage


class ChainPage(AnalysisPage):
    """Signals:
        open_component(int): the user activated a component.
    """

    open_component = Signal(int)

    def __init__(self, hub, parent=None):
        super().__init__(hub, parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Layer / component"), self.tr("Local suppliers"), self.tr("Wanted"),
                                   self.tr("Centres"), self.tr("Integrators depending"), self.tr("Flags")])
        self.tree.setColumnWidth(0, 320)
        self.tree.itemActivated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.busy)
        layout.addWidget(self.tree)

    def summary(self) -> str:
        return self.tr("Chain map")

    def compute(self, db, changed, check):
        return chain_coverage(db)

    def build(self, data) -> None:
        components, layers = data
        self.tree.clear()
        tops = {}
        for lay in layers:
            item = QTreeWidgetItem([i18n.display_name(lay.name_zh, lay.name_en), f"{lay.covered}/{lay.components}"])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            tops[lay.key] = item
        items = {}
        for c in components:
            flags = ("、" if i18n.is_chinese() else ", ").join(labels.flag_name(f) for f in c.flags)
            item = QTreeWidgetItem([i18n.display_name(c.name_zh, c.name_en), str(c.local_suppliers), str(c.wanted), str(c.centres),
                                    str(c.integrators), flags])
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(0, "\n".join(n for n in (c.name_zh, c.name_en) if n))
            if "no_local_supplier" in c.flags:
                item.setForeground(5, QBrush(QColor("#b71c1c")))
            elif "single_source" in c.flags:
                item.setForeground(5, QBrush(QColor("#d35400")))
            items[c.id] = (item, c)
        for item, c in items.values():
            parent = items.get(c.parent_id, (None,))[0] or tops.get(c.top_layer_key)
            if parent is not None:
                parent.addChild(item)
        self.tree.expandAll()

    def _on_activated(self, item, _column) -> None:
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        if cid is not None:
            self.open_component.emit(int(cid))
