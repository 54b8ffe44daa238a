"""Overview (dashboard): headline tiles, the target progress chart, the trajectory of the selected target and
the coverage matrix; a table view of the same numbers in a second tab. Every bar, point and cell has a tooltip,
and clicking through opens the rows behind it."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
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

from core.analysis import chart_data
from core.analysis.database import analyse_database
from gui import labels
from gui.overview.analysis_page import AnalysisPage
from gui.overview.chart_style import STATUS_COLOURS

# self.tr() calls inside f-strings are invisible to lupdate; these marks list their texts.
_LUPDATE_MARKS = (
    QT_TRANSLATE_NOOP("OverviewPage", "qualitative"),
    QT_TRANSLATE_NOOP("OverviewPage", "yr"),
    QT_TRANSLATE_NOOP("OverviewPage", "Plan"),
    QT_TRANSLATE_NOOP("OverviewPage", "Code"),
    QT_TRANSLATE_NOOP("OverviewPage", "Target"),
    QT_TRANSLATE_NOOP("OverviewPage", "Goal"),
    QT_TRANSLATE_NOOP("OverviewPage", "Deadline"),
    QT_TRANSLATE_NOOP("OverviewPage", "Actual"),
    QT_TRANSLATE_NOOP("OverviewPage", "As of"),
    QT_TRANSLATE_NOOP("OverviewPage", "Required per year"),
    QT_TRANSLATE_NOOP("OverviewPage", "Status"),
    QT_TRANSLATE_NOOP("OverviewPage", "Targets and chain coverage"),
    QT_TRANSLATE_NOOP("OverviewPage", "Components with a local supplier"),
)

TARGET_TABLES = {"targets", "observations", "plans", "sources"}
TILES = (
    ("met", ("met",)), ("on_track", ("on_track",)), ("acceleration_needed", ("acceleration_needed",)),
    ("off_track", ("limited_progress", "deterioration", "not_met")),
    ("no_data", ("no_data", "not_comparable", "no_trend", "baseline_only")),
)


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _num(value) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


class OverviewPage(AnalysisPage):
    """Signals:
        open_rows(str, object, str): show these rows of a table (table, ids, description).
    """

    open_rows = Signal(str, object, str)

    def __init__(self, hub, parent=None):
        super().__init__(hub, parent)
        from gui.overview.coverage_matrix import CoverageMatrix
        from gui.overview.progress_chart import ProgressChart
        from gui.overview.trajectory_chart import TrajectoryChart

        self.analysis = None
        self.tiles: dict[str, QLabel] = {}
        tiles = QGridLayout()
        tile_names = {
            "met": self.tr("Met"), "on_track": self.tr("On track"), "acceleration_needed": self.tr("Need acceleration"),
            "off_track": self.tr("Off track"), "no_data": self.tr("No data"),
            "no_local": self.tr("Components without a local supplier"), "single": self.tr("Single-source components"),
        }
        for k, key in enumerate((*[t[0] for t in TILES], "no_local", "single")):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("QLabel { border: 1px solid #ddd; border-radius: 4px; padding: 4px 10px;"
                                " background: white; }")
            label.setProperty("caption", tile_names[key])
            tiles.addWidget(label, 0, k)
            self.tiles[key] = label

        self.plan_filter = QComboBox(self)
        self.deadline_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        for combo in (self.plan_filter, self.deadline_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._render)
        self.save_button = QPushButton(self.tr("Save charts…"), self)
        self.save_button.clicked.connect(self.save_charts)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Plan:"), self.plan_filter), (self.tr("Deadline:"), self.deadline_filter),
                             (self.tr("Status:"), self.status_filter)):
            filters.addWidget(QLabel(text, self))
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.save_button)

        self.progress = ProgressChart(self)
        self.trajectory = TrajectoryChart(self)
        self.matrix = CoverageMatrix(self)
        self.progress.bar_clicked.connect(self.select_target)
        self.matrix.cell_clicked.connect(self._on_cell_clicked)
        self.open_observations = QPushButton(self.tr("Open the observations of this target"), self)
        self.open_observations.setEnabled(False)
        self.open_observations.clicked.connect(self._open_selected_observations)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self._scroll(self.progress))
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.trajectory)
        bottom_layout.addWidget(self.open_observations)
        left.addWidget(bottom)
        left.setSizes([540, 280])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._scroll(self.matrix))
        self.splitter.setSizes([720, 480])

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

    def _scroll(self, widget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def summary(self) -> str:
        return self.tr("Overview")

    # ----- computing and drawing ------------------------------------------------------------------------------
    def compute(self, db, changed):
        # An edit to targets or observations cannot change chain coverage: reuse it (coverage is the slow half).
        previous = self.analysis
        if previous is not None and changed is not None and changed <= TARGET_TABLES:
            from core.analysis.database import Analysis, analyse_targets

            return Analysis(date.today(), analyse_targets(db, date.today()), previous.components, previous.layers)
        return analyse_database(db, date.today())

    def build(self, analysis) -> None:
        self.analysis = analysis
        self._fill_filters(analysis)
        counts = analysis.status_counts()
        for key, statuses in TILES:
            colour = STATUS_COLOURS.get(statuses[0], "#555")
            self._tile(key, sum(counts.get(s, 0) for s in statuses), colour)
        self._tile("no_local", sum(1 for c in analysis.components if "no_local_supplier" in c.flags), "#b71c1c")
        self._tile("single", sum(1 for c in analysis.components if "single_source" in c.flags), "#d35400")
        self._render()
        self._render_table(analysis)

    def _tile(self, key: str, value: int, colour: str) -> None:
        label = self.tiles[key]
        label.setText(f"<span style='font-size:17pt;color:{colour}'><b>{value}</b></span><br>"
                      f"<span style='color:#444'>{_e(label.property('caption'))}</span>")
        label.setProperty("count", value)

    def _fill_filters(self, analysis) -> None:
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
        refill(self.plan_filter, [(p, p) for p in plans])
        refill(self.deadline_filter, [(str(d), d) for d in deadlines])
        refill(self.status_filter, [(labels.choice_name(s), s) for s in STATUS_COLOURS])

    def _render(self, *_args) -> None:
        if self.analysis is None:
            return
        plan = self.plan_filter.currentData()
        status = self.status_filter.currentData()
        bars = chart_data.progress_bars(self.analysis, plans={plan} if plan else None,
                                        deadline=self.deadline_filter.currentData(),
                                        statuses={status} if status else None)
        self.progress.set_bars(bars)
        if self._matrix_drawn_for is not self.analysis.components:  # unchanged after a target-only edit
            self.matrix.set_rows(chart_data.coverage_matrix(self.analysis))
            self._matrix_drawn_for = self.analysis.components
        ids = {b.target_id for b in bars}
        if self._selected_target not in ids:
            self._selected_target = next((b.target_id for b in bars if b.look == "bar"), None)
        self.select_target(self._selected_target)

    def select_target(self, target_id) -> None:
        self._selected_target = target_id
        result = next((t for t in self.analysis.targets if t.row["id"] == target_id), None) if self.analysis else None
        self.trajectory.set_trajectory(chart_data.trajectory(result) if result else None)
        self.open_observations.setEnabled(bool(result and result.observations))

    def _open_selected_observations(self) -> None:
        result = next((t for t in self.analysis.targets if t.row["id"] == self._selected_target), None)
        if result:
            self.open_rows.emit("observations", [o["id"] for o in result.observations],
                                self.tr("Observations of {code}").format(code=result.row["code"]))

    def _on_cell_clicked(self, component_id: int, measure: str) -> None:
        from db import queries

        db = self.hub.db
        name = db.execute("SELECT name_zh FROM components WHERE id = ?", [component_id]).fetchone()[0]
        if measure in ("local_suppliers", "mass"):
            sql = "SELECT id FROM capabilities WHERE component_id = ? AND local = 1"
            if measure == "mass":
                sql += " AND stage = 'mass'"
            ids = [r[0] for r in db.execute(sql, [component_id])]
            self.open_rows.emit("capabilities", ids, self.tr("Local suppliers of {name}").format(name=name))
        elif measure == "centres":
            ids = [r[0] for r in db.execute("SELECT centre_id FROM centre_serves WHERE component_id = ?",
                                            [component_id])]
            self.open_rows.emit("centres", ids, self.tr("Centres serving {name}").format(name=name))
        else:
            ids = [f["id"] for f in queries.integrators_for_components(db, [component_id]).get(component_id, [])]
            self.open_rows.emit("firms", ids, self.tr("Integrators depending on {name}").format(name=name))

    def save_charts(self, directory: str | None = None) -> list[str]:
        """Save both charts as PNG and SVG (into ``directory``, or one the user picks)."""
        from gui.overview.chart_export import export_plot

        if directory is None:
            directory = QFileDialog.getExistingDirectory(self, self.tr("Save charts to folder"))
            if not directory:
                return []
        saved = []
        for name, chart in (("target-progress", self.progress), ("coverage-matrix", self.matrix),
                            ("trajectory", self.trajectory)):
            saved += export_plot(chart, f"{directory}/{name}")
        return saved

    def _render_table(self, a) -> None:
        rows = []
        for t in a.targets:
            r, g = t.row, t.gap
            goal = self.tr("qualitative") if r["kind"] == "qualitative" else f"{_e(r['op'])} {_num(r['value'])} {_e(r['unit'])}"
            pace = "—" if g.required_per_year is None else f"{_num(g.required_per_year)} {_e(r['unit'])}/{_e(self.tr('yr'))}"
            rows.append(
                f"<tr><td>{_e(r['plan_code'])}</td><td>{_e(r['code'])}</td><td>{_e(r['name_zh'])}</td><td>{goal}</td>"
                f"<td>{_e(r['deadline_year'])}</td><td align='right'>{_num(g.actual)}</td><td>{_e(g.actual_as_of)}</td>"
                f"<td>{pace}</td><td style='color:{STATUS_COLOURS[g.status]}'><b>{_e(labels.choice_name(g.status))}</b></td></tr>"
            )
        head = "".join(f"<th align='left'>{_e(h)}</th>" for h in (
            self.tr("Plan"), self.tr("Code"), self.tr("Target"), self.tr("Goal"), self.tr("Deadline"),
            self.tr("Actual"), self.tr("As of"), self.tr("Required per year"), self.tr("Status")))
        layers = " · ".join(f"{_e(lay.name_zh)} {lay.covered}/{lay.components}" for lay in a.layers)
        self.browser.setHtml(
            f"<h3>{_e(self.tr('Targets and chain coverage'))}</h3>"
            f"<p>{_e(self.tr('Components with a local supplier'))}: {layers}</p>"
            f"<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse;border-color:#ccc'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>"
        )
