"""Overview (dashboard): headline tiles, the target progress chart, the trajectory of the selected target and
the coverage matrix; a table view of the same numbers in a second tab. Every bar, name and cell has a tooltip,
and clicking through opens the rows behind it.

Importing this module loads no chart library: the two main charts are painted with Qt, and the trajectory
(pyqtgraph) is built when the first analysis arrives, after the window has painted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.analysis import chart_data
from gui import i18n, settings
from gui.overview.analysis_page import AnalysisPage
from gui.overview.chart_style import STATUS_COLOURS
from gui.overview.coverage_matrix import CoverageMatrix
from gui.overview.progress_chart import ProgressChart
from gui.overview.summary_table import summary_html
from gui.overview.words import Words

TARGET_TABLES = {"targets", "observations", "plans", "sources"}
# Tiles: a key and the statuses it counts, worded from the status vocabulary.
TILES = (
    ("met", ("met",)), ("on_track", ("on_track",)), ("acceleration_needed", ("acceleration_needed",)),
    ("off_track", ("limited_progress", "deterioration", "not_met")),
    ("no_data", ("no_data", "not_comparable", "no_trend", "baseline_only")),
)
TILE_STYLE = "QLabel { border: 1px solid #ddd; border-radius: 4px; padding: 3px 6px; background: white; }"


class OverviewPage(AnalysisPage):
    """Signals:
        open_rows(str, object, str): show these rows of a table (table, ids, description).
    """

    open_rows = Signal(str, object, str)

    def __init__(self, hub, parent=None):
        super().__init__(hub, parent)
        self.analysis = None
        self.tiles: dict[str, QLabel] = {}
        tiles = QGridLayout()
        tiles.setSpacing(6)
        number = QFont(self.font())
        number.setPointSizeF(16)
        # Room for the number and two lines of caption, so a busy layout never squeezes the tiles.
        tile_height = QFontMetrics(number).height() + 2 * QFontMetrics(self.font()).height() + 12
        for k, key in enumerate((*[t[0] for t in TILES], "no_local", "single")):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setStyleSheet(TILE_STYLE)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            label.setFixedHeight(tile_height)
            tiles.addWidget(label, 0, k)
            tiles.setColumnStretch(k, 1)
            self.tiles[key] = label
        self._tile_captions()

        self.plan_filter = QComboBox(self)
        self.deadline_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        for combo in (self.plan_filter, self.deadline_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._render)
        self.save_button = QPushButton(self.tr("Save charts…"), self)
        self.save_button.clicked.connect(lambda: self.save_charts())
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Plan:"), self.plan_filter), (self.tr("Deadline:"), self.deadline_filter),
                             (self.tr("Status:"), self.status_filter)):
            filters.addWidget(QLabel(text, self))
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.save_button)

        self.progress = ProgressChart(self)
        self.matrix = CoverageMatrix(self)
        self.trajectory = None  # pyqtgraph: made when there is a target to show
        self.progress.bar_clicked.connect(self.select_target)
        self.matrix.cell_clicked.connect(self._on_cell_clicked)
        self.open_observations = QPushButton(self.tr("Open the observations of this target"), self)
        self.open_observations.setEnabled(False)
        self.open_observations.clicked.connect(self._open_selected_observations)

        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.addWidget(self._scroll(self.progress))
        self.bottom = QWidget(self)
        self.bottom_layout = QVBoxLayout(self.bottom)
        self.bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.bottom_layout.addStretch(1)
        self.bottom_layout.addWidget(self.open_observations)
        self.left.addWidget(self.bottom)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self._scroll(self.matrix))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.browser = QTextBrowser(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.splitter, self.tr("Charts"))
        self.tabs.addTab(self.browser, self.tr("Table"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.busy)
        layout.addLayout(tiles)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        self._selected_target: int | None = None
        self._matrix_drawn_for = None
        self._sized = False

    def _scroll(self, widget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def summary(self) -> str:
        return self.tr("Overview")

    def _tile_captions(self, counts: dict[str, int] | None = None) -> None:
        """Status tiles are named by the vocabulary's words for the statuses they count (those present)."""
        w = Words.ui()
        captions = {}
        for key, statuses in TILES:
            present = [s for s in statuses if (counts or {}).get(s)] or list(statuses[:1])
            captions[key] = " / ".join(w.status(s) for s in present)
        captions["no_local"] = self.tr("Components without a local supplier")
        captions["single"] = self.tr("Single-source components")
        for key, label in self.tiles.items():
            label.setProperty("caption", captions[key])
            label.setToolTip(captions[key])

    def showEvent(self, event):  # noqa: N802 - Qt override
        if not self._sized and self.width() > 0:  # first shown: charts 3 : 2 matrix
            self._sized = True
            self.splitter.setSizes([self.width() * 3 // 5, self.width() * 2 // 5])
        super().showEvent(event)

    # ----- computing and drawing ------------------------------------------------------------------------------
    def compute(self, db, changed, check):
        from core.analysis.coverage import chain_coverage
        from core.analysis.database import Analysis, analyse_targets

        today = date.today()
        # An edit to targets or observations cannot change chain coverage: reuse it (coverage is the slow half).
        previous = self.analysis
        if previous is not None and changed is not None and changed <= TARGET_TABLES:
            return Analysis(today, analyse_targets(db, today), previous.components, previous.layers)
        components, layers = chain_coverage(db)
        check()  # cancelled meanwhile: stop before the second half
        return Analysis(today, analyse_targets(db, today), components, layers)

    def build(self, analysis) -> None:
        self.analysis = analysis
        self._fill_filters(analysis)
        counts = analysis.status_counts()
        self._tile_captions(counts)
        for key, statuses in TILES:
            colour = STATUS_COLOURS.get(statuses[0], "#555")
            self._tile(key, sum(counts.get(s, 0) for s in statuses), colour)
        self._tile("no_local", sum(1 for c in analysis.components if "no_local_supplier" in c.flags), "#b71c1c")
        self._tile("single", sum(1 for c in analysis.components if "single_source" in c.flags), "#d35400")
        self._render()
        self.browser.setHtml(summary_html(analysis, Words.ui()))

    def _tile(self, key: str, value: int, colour: str) -> None:
        label = self.tiles[key]
        caption = str(label.property("caption")).replace("&", "&amp;").replace("<", "&lt;")
        label.setText(f"<span style='font-size:16pt;color:{colour}'><b>{value}</b></span><br>"
                      f"<span style='color:#444'>{caption}</span>")
        label.setProperty("count", value)

    def _fill_filters(self, analysis) -> None:
        w = Words.ui()

        def refill(combo, items):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for text, data in items:
                combo.addItem(text, data)
            pos = combo.findData(current)
            combo.setCurrentIndex(pos if pos >= 0 else 0)
            combo.blockSignals(False)

        plans = sorted({t.row["plan_code"] for t in analysis.targets})
        deadlines = sorted({t.row["deadline_year"] for t in analysis.targets if t.row["deadline_year"]})
        statuses = [s for s in STATUS_COLOURS if any(t.gap.status == s for t in analysis.targets)]
        refill(self.plan_filter, [(p, p) for p in plans])
        refill(self.deadline_filter, [(str(d), d) for d in deadlines])
        refill(self.status_filter, [(w.status(s), s) for s in statuses])
        titles = self._plan_titles(analysis)
        for i in range(1, self.plan_filter.count()):
            self.plan_filter.setItemData(i, titles.get(self.plan_filter.itemData(i), ""), Qt.ItemDataRole.ToolTipRole)

    @staticmethod
    def _plan_titles(analysis) -> dict[str, str]:
        return {t.row["plan_code"]: i18n.display_name(t.row.get("plan_title_zh"), t.row.get("plan_title_en"))
                for t in analysis.targets}

    def _render(self, *_args) -> None:
        if self.analysis is None:
            return
        plan = self.plan_filter.currentData()
        status = self.status_filter.currentData()
        bars = chart_data.progress_bars(self.analysis, plans={plan} if plan else None,
                                        deadline=self.deadline_filter.currentData(),
                                        statuses={status} if status else None)
        self.progress.set_bars(bars, self._plan_titles(self.analysis))
        if self._matrix_drawn_for is not self.analysis.components:  # unchanged after a target-only edit
            names = {lay.key: i18n.display_name(lay.name_zh, lay.name_en) for lay in self.analysis.layers}
            self.matrix.set_rows(chart_data.coverage_matrix(self.analysis), names)
            self._matrix_drawn_for = self.analysis.components
        ids = {b.target_id for b in bars}
        if self._selected_target not in ids:
            self._selected_target = next((b.target_id for b in bars if b.look == "bar"), None)
        self.select_target(self._selected_target)

    def select_target(self, target_id) -> None:
        self._selected_target = target_id
        result = next((t for t in self.analysis.targets if t.row["id"] == target_id), None) if self.analysis else None
        if result is not None and self.trajectory is None:
            from gui.overview.trajectory_chart import TrajectoryChart

            self.trajectory = TrajectoryChart(self.bottom)
            self.bottom_layout.insertWidget(0, self.trajectory, 1)
            self.bottom_layout.takeAt(1)  # the stretch that held the place
            self.left.setSizes([self.left.height() * 3 // 5, self.left.height() * 2 // 5])
        if self.trajectory is not None:
            self.trajectory.set_trajectory(chart_data.trajectory(result) if result else None)
        self.open_observations.setEnabled(bool(result and result.observations))

    def _open_selected_observations(self) -> None:
        result = next((t for t in self.analysis.targets if t.row["id"] == self._selected_target), None)
        if result:
            self.open_rows.emit("observations", [o["id"] for o in result.observations],
                                self.tr("Observations of {code}").format(code=result.row["code"]))

    def _on_cell_clicked(self, component_id: int, measure: str) -> None:
        from core.views import rows_behind_cell

        behind = rows_behind_cell(self.hub.db, component_id, measure)
        if behind is None:
            return
        name = i18n.display_name(*behind.component)
        texts = {"local_suppliers": self.tr("Local suppliers of {name}"),
                 "mass": self.tr("Local suppliers of {name} in mass production"),
                 "centres": self.tr("Centres serving {name}"),
                 "integrators": self.tr("Integrators depending on {name}")}
        self.open_rows.emit(behind.table, behind.ids, texts[measure].format(name=name))

    def save_charts(self, directory: str | None = None) -> list[str]:
        """Save the charts as PNG and SVG (into ``directory``, or one the user picks)."""
        if directory is None:
            directory = QFileDialog.getExistingDirectory(self, self.tr("Save charts to folder"),
                                                         settings.read_str("charts/folder", ""))
            if not directory:
                return []
            settings.write("charts/folder", directory)
        names = {"progress": self.tr("target-progress"), "matrix": self.tr("coverage-matrix"),
                 "trajectory": self.tr("trajectory")}  # file names in the UI's language
        saved = self.progress.export(str(Path(directory) / names["progress"]))
        saved += self.matrix.export(str(Path(directory) / names["matrix"]))
        if self.trajectory is not None:
            from gui.overview.chart_export import export_plot

            saved += export_plot(self.trajectory, str(Path(directory) / names["trajectory"]))
        return saved
