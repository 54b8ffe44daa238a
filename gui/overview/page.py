"""Overview (dashboard): headline tiles, the target progress chart, the selected target's story (status,
headline, marks, paces, reason) and trajectory, the coverage matrix and the ranked chain gaps; a table view of
the same numbers in a second tab. Every tile, bar, name and cell has a tooltip, and clicking through shows or
opens what it counts.

Importing this module loads no chart library: the two main charts are painted with Qt, and the trajectory
(pyqtgraph) is built when the first analysis arrives, after the window has painted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.analysis import chart_data, coverage
from core.vocabulary.choices import STATUS_TERMS
from gui import i18n, settings
from gui.overview import target_words
from gui.overview.analysis_page import AnalysisPage
from gui.overview.coverage_matrix import CoverageMatrix
from gui.overview.progress_chart import ProgressChart
from gui.overview.ranked_gaps import RankedGaps
from gui.overview.summary_table import summary_html
from gui.overview.tiles import TileStrip, tile_caption
from gui.overview.words import Words

TARGET_TABLES = {"targets", "observations", "plans", "sources"}
FLAG_FILTER = "flag:"  # status filter entries for a mark: "flag:sources_disagree"


class OverviewPage(AnalysisPage):
    """Signals:
        open_rows(str, object, str): show these rows of a table (table, ids, description).
    """

    open_rows = Signal(str, object, str)

    def __init__(self, hub, parent=None):
        super().__init__(hub, parent)
        self.analysis = None
        self.tile_strip = TileStrip(self)
        self.tile_strip.tile_clicked.connect(self._on_tile_clicked)

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
        self.ranked = RankedGaps(self)
        self.trajectory = None  # pyqtgraph: made when there is a target to show
        self.progress.bar_clicked.connect(self.select_target)
        self.matrix.cell_clicked.connect(self._on_cell_clicked)
        self.ranked.open_component.connect(
            lambda cid, name: self.open_rows.emit("components", [cid], name))
        self.open_observations = QPushButton(self.tr("Observations…"), self)
        self.open_observations.setToolTip(self.tr("Open the observations of this target"))
        self.open_observations.setEnabled(False)
        self.open_observations.clicked.connect(self._open_selected_observations)
        # The selected target in words: status, headline and range, marks, paces, reason (the bar's tooltip
        # says the same at more length).
        self.target_note = QTextBrowser(self)
        self.target_note.setOpenLinks(False)
        self.target_note.setMinimumWidth(160)
        self.target_note.setStyleSheet("QTextBrowser { background: #f7f9fb; border: 1px solid #e0e4e8; }")
        self.target_note.hide()

        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.addWidget(self._scroll(self.progress))
        # Under the chart: the selected target in words (with a button to its observations) beside its
        # trajectory, which is built when there is a target to show.
        self.bottom = QWidget(self)
        self.bottom_layout = QHBoxLayout(self.bottom)
        self.bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.bottom_layout.setSpacing(4)
        story = QVBoxLayout()
        story.addWidget(self.target_note, 1)
        story.addWidget(self.open_observations, 0, Qt.AlignmentFlag.AlignLeft)
        self.bottom_layout.addLayout(story, 2)
        self.bottom_layout.addStretch(3)
        self.left.addWidget(self.bottom)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 2)
        self.right = QTabWidget(self)
        self.right.addTab(self._scroll(self.matrix), self.tr("Coverage matrix"))
        self.right.addTab(self.ranked, self.tr("Ranked chain gaps"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 3)

        self.browser = QTextBrowser(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.splitter, self.tr("Charts"))
        self.tabs.addTab(self.browser, self.tr("Table"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.busy)
        layout.addWidget(self.tile_strip)
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

    def showEvent(self, event):  # noqa: N802 - Qt override
        if not self._sized and self.width() > 0:  # first shown: charts 4 : 3 matrix (five columns fit)
            self._sized = True
            self.splitter.setSizes([self.width() * 4 // 7, self.width() * 3 // 7])
            self.left.setSizes([self.height() * 3 // 5, self.height() * 2 // 5])
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
        components, layers = chain_coverage(db, today)
        check()  # cancelled meanwhile: stop before the second half
        return Analysis(today, analyse_targets(db, today), components, layers)

    @property
    def tiles(self) -> dict:
        """Status or flag key -> its tile (``count`` and ``caption`` properties)."""
        return self.tile_strip.tiles

    def build(self, analysis) -> None:
        self.analysis = analysis
        w = Words.ui()
        self._fill_filters(analysis)
        self.tile_strip.set_tiles(chart_data.status_tiles(analysis), chart_data.chain_tiles(analysis), w)
        self._render()
        self.browser.setHtml(summary_html(analysis, w))

    def _on_tile_clicked(self, kind: str, key: str) -> None:
        """A target tile shows its targets in the chart; a chain tile opens the rows it counts."""
        if kind in ("status", "flag"):
            pos = self.status_filter.findData(key if kind == "status" else FLAG_FILTER + key)
            if pos >= 0:
                self.status_filter.setCurrentIndex(pos)
            self.tabs.setCurrentIndex(0)
            return
        caption = tile_caption(next(t for t in chart_data.chain_tiles(self.analysis) if t.key == key), Words.ui())
        if key == coverage.TO_CHECK:
            from core.views import capabilities_to_check

            self.open_rows.emit("capabilities", capabilities_to_check(self.hub.db), caption)
        else:
            self.open_rows.emit("components", [c.id for c in self.analysis.components if key in c.flags], caption)

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
        statuses = [s for s in STATUS_TERMS if any(t.gap.status == s for t in analysis.targets)]
        marks = [f for f in target_words.MARK_SYMBOLS if any(f in t.gap.flags for t in analysis.targets)]
        refill(self.plan_filter, [(p, p) for p in plans])
        refill(self.deadline_filter, [(str(d), d) for d in deadlines])
        refill(self.status_filter, [(w.status(s), s) for s in statuses]
               + [(f"{target_words.MARK_SYMBOLS[f]} {w.flag(f)}", FLAG_FILTER + f) for f in marks])
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
        chosen = self.status_filter.currentData() or ""
        flag = chosen[len(FLAG_FILTER):] if chosen.startswith(FLAG_FILTER) else None
        status = None if flag else chosen or None
        bars = chart_data.progress_bars(self.analysis, plans={plan} if plan else None,
                                        deadline=self.deadline_filter.currentData(),
                                        statuses={status} if status else None, flags={flag} if flag else None)
        self.progress.set_bars(bars, self._plan_titles(self.analysis))
        if self._matrix_drawn_for is not self.analysis.components:  # unchanged after a target-only edit
            names = {lay.key: i18n.display_name(lay.name_zh, lay.name_en) for lay in self.analysis.layers}
            self.matrix.set_rows(chart_data.coverage_matrix(self.analysis), names)
            self.ranked.set_gaps(self.analysis.ranked_gaps, names)
            self._matrix_drawn_for = self.analysis.components
        ids = {b.target_id for b in bars}
        if self._selected_target not in ids:  # the first target with a figure, else the first one
            self._selected_target = next((b.target_id for b in bars if b.look in ("bar", "baseline")),
                                         bars[0].target_id if bars else None)
        self.select_target(self._selected_target)

    def select_target(self, target_id) -> None:
        self._selected_target = target_id
        result = next((t for t in self.analysis.targets if t.row["id"] == target_id), None) if self.analysis else None
        if result is not None and self.trajectory is None:
            from gui.overview.trajectory_chart import TrajectoryChart

            self.trajectory = TrajectoryChart(self.bottom)
            self.bottom_layout.takeAt(1)  # the stretch that held the place
            self.bottom_layout.addWidget(self.trajectory, 3)
            self.left.setSizes([self.left.height() * 3 // 5, self.left.height() * 2 // 5])
        if self.trajectory is not None:
            self.trajectory.set_trajectory(chart_data.trajectory(result) if result else None)
        self.target_note.setHtml(self._note(chart_data.progress_bar(result)) if result else "")
        self.target_note.setVisible(result is not None)
        self.open_observations.setEnabled(bool(result and result.observations))

    def _note(self, bar) -> str:
        """The selected target in two or three lines: name and label, the reason, the notes beside it."""
        import html

        w = Words.ui()
        head = f"<b>{html.escape(f'{bar.plan} {bar.code} {w.name(bar.name_zh, bar.name_en)}')}</b>"
        lines = [f"{head}{html.escape(w.colon + target_words.label(bar, w))}"]
        reasons = [r for r in (w.reason(bar.reason), *(w.reason(n) for n in bar.notes)) if r]
        text = ("；" if w.lang == "zh" else "; ").join(reasons)
        lines.append(f"<span style='color:#444'>{html.escape(text[:1].upper() + text[1:])}</span>")
        return "<br>".join(lines)

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
                 "integrators": self.tr("Integrators depending on {name}"),
                 "to_check": self.tr("Supplier facts of {name} still to be checked")}
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
