"""Chain map (outline): layers, their components, local suppliers, whether they were surveyed, facts to check
and flags, as a tree that opens rows. The same counts and words as the picture, the command line and the
workbook: a component nobody has surveyed is "not yet surveyed" (grey, "—"), never "no local supplier"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout

from core.analysis.coverage import NO_LOCAL, NOT_SURVEYED, SINGLE_SOURCE, chain_coverage
from core.analysis.tables import HEADERS, SURVEY_WORDS
from gui import i18n, labels
from gui.chain_map import tips
from gui.overview.analysis_page import AnalysisPage

FLAG_COLOURS = {NO_LOCAL: "#b71c1c", NOT_SURVEYED: "#546e7a", SINGLE_SOURCE: "#d35400"}


def _term(key: str) -> str:
    return HEADERS[key].name(labels.lang())


class ChainPage(AnalysisPage):
    """Signals:
        open_component(int): the user activated a component.
    """

    open_component = Signal(int)

    def __init__(self, hub, parent=None):
        super().__init__(hub, parent)
        self.tree = QTreeWidget(self)
        # Columns: name, local suppliers, wanted, centres, integrators depending, flags, survey, facts to check.
        self.tree.setHeaderLabels([self.tr("Layer / component"), _term("local"), _term("wanted"), _term("centres"),
                                   _term("integrators"), _term("flags"), _term("survey"), _term("to_check")])
        self.tree.setColumnWidth(0, 300)
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
        sep = "、" if i18n.is_chinese() else ", "
        self.tree.clear()
        tops = {}
        for lay in layers:
            name = i18n.display_name(lay.name_zh, lay.name_en)
            survey = lay.survey.on.isoformat() if lay.survey else ""
            item = QTreeWidgetItem([name, f"{lay.covered}/{lay.components}", "", "", "", tips.layer_counts(lay), survey,
                                    str(lay.facts_to_check)])
            item.setToolTip(0, tips.layer_tip(lay, name))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            tops[lay.key] = item
        items = {}
        for c in components:
            unknown = NOT_SURVEYED in c.flags
            survey = (f"{SURVEY_WORDS['yes'].name(labels.lang())} {c.survey.on.isoformat()}" if c.survey
                      else SURVEY_WORDS["no"].name(labels.lang()))
            item = QTreeWidgetItem([i18n.display_name(c.name_zh, c.name_en), "—" if unknown else str(c.local_suppliers),
                                    str(c.wanted), str(c.centres), str(c.integrators),
                                    sep.join(labels.flag_name(f) for f in c.flags), survey,
                                    str(c.facts_to_check) if c.facts_to_check else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(0, "\n".join(n for n in (c.name_zh, c.name_en) if n))
            item.setToolTip(6, tips.survey_line(c.survey))
            colour = next((FLAG_COLOURS[f] for f in FLAG_COLOURS if f in c.flags), None)
            if colour:
                item.setForeground(5, QBrush(QColor(colour)))
            if unknown:
                for col in (1, 6):
                    item.setForeground(col, QBrush(QColor(FLAG_COLOURS[NOT_SURVEYED])))
            items[c.id] = (item, c)
        for item, c in items.values():
            parent = items.get(c.parent_id, (None,))[0] or tops.get(c.top_layer_key)
            if parent is not None:
                parent.addChild(item)
        self.tree.expandAll()
        for col in (1, 2, 3, 4, 6, 7):
            self.tree.resizeColumnToContents(col)
        self.tree.setColumnWidth(5, max(self.tree.columnWidth(5), 260))

    def _on_activated(self, item, _column) -> None:
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        if cid is not None:
            self.open_component.emit(int(cid))
