"""What the printed gap report says, as plain data (no Qt, no wording): the renderer adds the words.

Everything in it comes from the analysis and the database: the summary paragraph is built from these numbers,
never canned, so it cannot disagree with the tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.analysis import chart_data
from core.analysis.coverage import NO_LOCAL, SINGLE_SOURCE
from core.analysis.database import Analysis, analyse_database
from db import queries

LAYER_KEYS = ("brain", "limbs", "body")
OFF_TRACK = ("limited_progress", "deterioration")
NO_DATA = ("no_data", "not_comparable")


@dataclass
class SourceIndex:
    """Sources numbered in order of first citation; tables carry the numbers as footnote marks."""

    numbers: dict[int, int] = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)

    def cite(self, db, source_id) -> int | None:
        if source_id is None:
            return None
        if source_id not in self.numbers:
            found = db.execute("SELECT id, ref, title, publisher, date, url, file FROM sources WHERE id = ?",
                               [source_id]).fetchone()
            if not found:
                return None
            keys = ("id", "ref", "title", "publisher", "date", "url", "file")
            self.rows.append(dict(zip(keys, found, strict=True)))
            self.numbers[source_id] = len(self.rows)
        return self.numbers[source_id]


@dataclass
class TargetLine:
    plan: str
    code: str
    name_zh: str
    name_en: str | None
    op: str | None
    value: float | None
    unit: str | None
    deadline_year: int | None
    kind: str
    baseline: float | None
    baseline_date: date | None
    actual: float | None
    actual_as_of: date | None
    qualifier: str | None
    gap: float | None
    gap_share: float | None
    progress: float | None
    required_per_year: float | None
    status: str
    source_marks: list[int]


@dataclass
class ComponentGap:
    name_zh: str
    name_en: str | None
    layer_key: str
    flags: list[str]
    suppliers: list[dict]
    integrators: list[dict]
    centres: list[dict]


@dataclass
class ReportContent:
    title_date: date
    dataset_name: str | None
    plans: list[dict]
    layer_names: dict[str, tuple[str, str | None]]
    selected_layers: tuple[str, ...]
    status_counts: dict[str, int]
    targets: list[TargetLine]
    largest_gaps: list[TargetLine]
    flagged: list[ComponentGap]
    components_total: int
    no_local: int
    single_source: int
    weakest_layer: str | None
    firms_by_layer: dict[str, list[dict]]
    centres_by_layer: dict[str, list[dict]]
    sources: list[dict]
    analysis: Analysis


def build_report(db, *, today: date | None = None, plan_codes=None, layer_keys=None) -> ReportContent:
    today = today or date.today()
    analysis = analyse_database(db, today, plan_codes=plan_codes or None)
    layers = tuple(layer_keys) if layer_keys else LAYER_KEYS
    cites = SourceIndex()
    targets = []
    for t in analysis.targets:
        r, g = t.row, t.gap
        marks = []
        if g.actual_observation is not None:
            obs = next((o for o in t.observations if o["id"] == g.actual_observation.id), None)
            if obs:
                marks.append(cites.cite(db, obs["source_id"]))
        marks.append(cites.cite(db, r["source_id"]))
        qualifier = None
        if g.actual_observation is not None:
            qualifier = next((o["qualifier"] for o in t.observations if o["id"] == g.actual_observation.id), None)
        targets.append(TargetLine(
            plan=r["plan_code"], code=r["code"], name_zh=r["name_zh"], name_en=r["name_en"], op=r["op"],
            value=r["value"], unit=r["unit"], deadline_year=r["deadline_year"], kind=r["kind"],
            baseline=g.start_value, baseline_date=g.start_date, actual=g.actual, actual_as_of=g.actual_as_of,
            qualifier=qualifier, gap=g.gap, gap_share=g.gap_share, progress=g.progress,
            required_per_year=g.required_per_year, status=g.status,
            source_marks=sorted({m for m in marks if m is not None}),
        ))
    largest = sorted((t for t in targets if t.gap_share is not None and t.gap_share > 0 and t.status != "met"),
                     key=lambda t: -t.gap_share)[:5]

    components = [c for c in analysis.components if c.top_layer_key in layers]
    flagged_cov = [c for c in components if NO_LOCAL in c.flags or SINGLE_SOURCE in c.flags]
    ids = [c.id for c in flagged_cov]
    suppliers = queries.local_suppliers_for_components(db, ids)
    integrators = queries.integrators_for_components(db, ids)
    centres = queries.centres_for_components(db, ids)
    flagged = [ComponentGap(c.name_zh, c.name_en, c.top_layer_key, c.flags, suppliers.get(c.id, []),
                            integrators.get(c.id, []), centres.get(c.id, [])) for c in flagged_cov]
    per_layer_missing = {}
    for c in flagged_cov:
        per_layer_missing[c.top_layer_key] = per_layer_missing.get(c.top_layer_key, 0) + 1
    weakest = max(per_layer_missing, key=per_layer_missing.get) if per_layer_missing else None

    layer_rows = {row["key"]: row for row in queries.layer_rows(db)}
    firms_by_layer = {key: _firms_in_layer(db, key, cites) for key in layers}
    centres_by_layer = {key: _centres_in_layer(db, key, cites) for key in layers}
    plans = [dict(zip(("code", "title_zh", "title_en", "issuer", "issue_date", "deadline_year"), r, strict=True))
             for r in db.execute("SELECT code, title_zh, title_en, issuer, issue_date, deadline_year FROM plans "
                                 "ORDER BY deadline_year, code")
             if not plan_codes or r[0] in plan_codes]
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    return ReportContent(
        title_date=today, dataset_name=meta.get("dataset_name_zh"), plans=plans,
        layer_names={k: (v["name_zh"], v["name_en"]) for k, v in layer_rows.items()}, selected_layers=layers,
        status_counts=analysis.status_counts(), targets=targets, largest_gaps=largest, flagged=flagged,
        components_total=len(components), no_local=sum(1 for c in components if NO_LOCAL in c.flags),
        single_source=sum(1 for c in components if SINGLE_SOURCE in c.flags), weakest_layer=weakest,
        firms_by_layer=firms_by_layer, centres_by_layer=centres_by_layer, sources=cites.rows, analysis=analysis,
    )


LAYER_TREE_SQL = """
WITH RECURSIVE tree(id) AS (
    SELECT id FROM layers WHERE key = ?
    UNION ALL SELECT l.id FROM layers l JOIN tree ON l.parent_id = tree.id
)
"""


def _firms_in_layer(db, key: str, cites: SourceIndex, limit: int = 60) -> list[dict]:
    rows = db.execute(LAYER_TREE_SQL + """
        SELECT f.id, coalesce(f.short_name, f.name_zh), f.name_en, f.role, f.district,
               group_concat(DISTINCT co.name_zh), max(CASE ca.stage WHEN 'mass' THEN 4 WHEN 'pilot' THEN 3
               WHEN 'prototype' THEN 2 WHEN 'rd' THEN 1 ELSE 0 END), f.source_id
        FROM capabilities ca JOIN components co ON co.id = ca.component_id JOIN firms f ON f.id = ca.firm_id
        WHERE co.layer_id IN (SELECT id FROM tree)
        GROUP BY f.id ORDER BY 7 DESC, 2 LIMIT ?
    """, [key, limit]).fetchall()
    stages = {4: "mass", 3: "pilot", 2: "prototype", 1: "rd", 0: None}
    return [{"name": r[1], "name_en": r[2], "role": r[3], "district": r[4], "components": r[5],
             "stage": stages[r[6]], "mark": cites.cite(db, r[7])} for r in rows]


def _centres_in_layer(db, key: str, cites: SourceIndex, limit: int = 60) -> list[dict]:
    rows = db.execute(LAYER_TREE_SQL + """
        SELECT DISTINCT ce.id, ce.name_zh, ce.name_en, ce.type, ce.level, ce.status, ce.source_id
        FROM centre_serves cs JOIN centres ce ON ce.id = cs.centre_id
        LEFT JOIN components co ON co.id = cs.component_id
        WHERE cs.layer_id IN (SELECT id FROM tree) OR co.layer_id IN (SELECT id FROM tree)
        ORDER BY ce.name_zh LIMIT ?
    """, [key, limit]).fetchall()
    return [{"name": r[1], "name_en": r[2], "type": r[3], "level": r[4], "status": r[5],
             "mark": cites.cite(db, r[6])} for r in rows]


def progress_bars(content: ReportContent):
    return chart_data.progress_bars(content.analysis)
