"""The gap analysis as JSON-ready dicts, CSV and a plain-text table (for the command line)."""

from __future__ import annotations

import csv
import io
import unicodedata

from core.analysis.database import Analysis, TargetResult

STATUS_ZH = {
    "met": "已达成", "on_track": "进度正常", "acceleration_needed": "需加速", "limited_progress": "进展有限",
    "deterioration": "倒退", "no_data": "无数据", "not_comparable": "口径不可比",
}
FLAG_ZH = {
    "no_local_supplier": "无本地供应商", "single_source": "单一来源", "below_wanted": "低于期望数量",
    "none_in_mass_production": "无量产",
}


def status_label_zh(gap) -> str:
    """The status in Chinese; "no data" with a measured value means there is no trend to judge yet."""
    if gap.status == "no_data" and gap.actual is not None:
        return "缺趋势数据"
    return STATUS_ZH[gap.status]


def _r(value, digits: int = 4):
    return None if value is None else round(value, digits)


def target_dict(t: TargetResult) -> dict:
    row, gap = t.row, t.gap
    obs = gap.actual_observation
    source = None
    if obs is not None:
        src = next((o for o in t.observations if o["id"] == obs.id), None)
        if src:
            source = {"ref": src["source_ref"], "title": src["source_title"], "quote": src["quote"],
                      "qualifier": src["qualifier"]}
    elif gap.actual_from_rule:
        source = {"ref": None, "title": f"rule {row['rule']}", "quote": None, "qualifier": None}
    return {
        "plan": row["plan_code"], "code": row["code"], "name_zh": row["name_zh"], "name_en": row["name_en"],
        "kind": row["kind"], "op": row["op"], "value": row["value"], "unit": row["unit"],
        "deadline_year": row["deadline_year"], "wording_zh": row["wording_zh"],
        "actual": gap.actual, "actual_as_of": gap.actual_as_of.isoformat() if gap.actual_as_of else None,
        "actual_source": source, "baseline": gap.start_value,
        "baseline_date": gap.start_date.isoformat() if gap.start_date else None,
        "gap": _r(gap.gap), "gap_share": _r(gap.gap_share), "progress": _r(gap.progress),
        "years_left": _r(gap.years_left, 2), "required_growth": _r(gap.required_growth),
        "required_per_year": _r(gap.required_per_year), "observed_growth": _r(gap.observed_growth),
        "growth_ratio": _r(gap.growth_ratio), "projected": _r(gap.projected, 2),
        "deadline_passed": gap.deadline_passed, "status": gap.status, "status_zh": status_label_zh(gap),
        "reason": gap.reason, "observations": len(t.observations),
        "not_comparable_observations": len(gap.not_comparable),
    }


def component_dict(c, layer_names: dict) -> dict:
    return {
        "id": c.id, "name_zh": c.name_zh, "name_en": c.name_en, "layer": c.top_layer_key,
        "sub_layer": c.layer_key if c.layer_key != c.top_layer_key else None,
        "layer_zh": layer_names.get(c.top_layer_key), "wanted_suppliers": c.wanted,
        "local_suppliers": c.local_suppliers, "by_stage": c.by_stage, "all_suppliers": c.all_suppliers,
        "centres": c.centres, "integrators_depending": c.integrators, "criticality": c.criticality,
        "flags": c.flags, "flags_zh": [FLAG_ZH[f] for f in c.flags],
    }


def analysis_dict(a: Analysis) -> dict:
    layer_names = {layer.key: layer.name_zh for layer in a.layers}
    return {
        "as_of": a.today.isoformat(),
        "status_counts": a.status_counts(),
        "targets": [target_dict(t) for t in a.targets],
        "components": [component_dict(c, layer_names) for c in a.components],
        "layers": [
            {"key": layer.key, "name_zh": layer.name_zh, "name_en": layer.name_en,
             "components": layer.components, "covered": layer.covered, "share": _r(layer.share)}
            for layer in a.layers
        ],
    }


TARGET_CSV_COLUMNS = ["plan", "code", "name_zh", "op", "value", "unit", "deadline_year", "actual", "actual_as_of",
                      "gap", "progress", "required_per_year", "required_growth", "status", "status_zh", "reason"]


def analysis_csv(a: Analysis) -> str:
    """Two CSV tables separated by a blank line: targets, then components."""
    data = analysis_dict(a)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["section", *TARGET_CSV_COLUMNS])
    for t in data["targets"]:
        w.writerow(["target", *[t[c] for c in TARGET_CSV_COLUMNS]])
    w.writerow([])
    cols = ["name_zh", "name_en", "layer", "wanted_suppliers", "local_suppliers", "centres",
            "integrators_depending", "flags"]
    w.writerow(["section", *cols])
    for c in data["components"]:
        w.writerow(["component", *[";".join(c[k]) if k == "flags" else c[k] for k in cols]])
    return out.getvalue()


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _fmt(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.2f}"
    return str(value)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(_width(h), *(_width(r[i]) for r in rows)) if rows else _width(h) for i, h in enumerate(headers)]
    lines = ["  ".join(_pad(h, widths[i]) for i, h in enumerate(headers)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(cell, widths[i]) for i, cell in enumerate(r)) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def analysis_table(a: Analysis) -> str:
    data = analysis_dict(a)
    target_rows = []
    for t in data["targets"]:
        goal = f"{t['op'] or ''}{_fmt(t['value'])}{t['unit'] or ''}" if t["kind"] != "qualitative" else "定性"
        pace = "-" if t["required_per_year"] is None else f"{_fmt(t['required_per_year'])}/年"
        target_rows.append([
            t["plan"], t["code"], t["name_zh"][:24], goal, str(t["deadline_year"] or "-"), _fmt(t["actual"]),
            t["actual_as_of"] or "-", pace, t["status_zh"],
        ])
    counts = ", ".join(f"{STATUS_ZH[k]} {v}" for k, v in data["status_counts"].items() if v)
    comp_rows = [
        [c["layer_zh"] or "-", c["name_zh"][:20], str(c["local_suppliers"]), str(c["wanted_suppliers"]),
         str(c["centres"]), "、".join(c["flags_zh"]) or "-"]
        for c in data["components"]
    ]
    layers = "; ".join(
        f"{lay['name_zh']} {lay['covered']}/{lay['components']}" for lay in data["layers"]
    )
    return "\n".join([
        f"目标缺口 Targets (as of {data['as_of']}): {counts}",
        _table(["规划", "编号", "指标", "目标", "期限", "实际", "截至", "所需年增量", "状态"], target_rows),
        "",
        f"产业链覆盖 Chain coverage (components with a local supplier): {layers}",
        _table(["层", "部件", "本地供应商", "期望", "服务机构", "标记"], comp_rows),
    ])
