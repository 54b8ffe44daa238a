"""The gap analysis for the command line (JSON, CSV, a plain-text table) and as tables for the workbook
(:func:`gap_table`, :func:`coverage_table`, from core.analysis.tables)."""

from __future__ import annotations

import csv
import io
import unicodedata

from core import vocabulary
from core.analysis import wording
from core.analysis.database import Analysis
from core.analysis.facts import component_dict, r, target_dict
from core.analysis.tables import coverage_table, gap_table
from core.vocabulary.choices import HEADLINE_RULE_TERMS

__all__ = ["analysis_csv", "analysis_dict", "analysis_table", "coverage_table", "gap_table"]


def analysis_dict(a: Analysis) -> dict:
    layer_names = {layer.key: layer.name_zh for layer in a.layers}
    components = [component_dict(c, layer_names) for c in a.components]
    return {
        "as_of": a.today.isoformat(),
        "stale_after_months": a.stale_after_months,
        "status_counts": a.status_counts(),
        "flag_counts": a.flag_counts(),
        "chain_counts": {
            "components": len(a.components),
            "no_local_supplier": sum(1 for c in a.components if "no_local_supplier" in c.flags),
            "not_surveyed": sum(1 for c in a.components if "not_surveyed" in c.flags),
            "surveyed": sum(1 for c in a.components if c.surveyed),
            "with_local_supplier": sum(1 for c in a.components if c.local_suppliers > 0),
            "supplier_facts_to_check": sum(c.facts_to_check for c in a.components),
        },
        "headline_rules": {k: {"zh": t.zh, "en": t.en} for k, t in HEADLINE_RULE_TERMS.items()},
        "targets": [target_dict(t) for t in a.targets],
        "components": components,
        "ranked_gaps": [dict(g.as_dict(), gap_zh=wording.flag_text(g.gap, "zh"), gap_en=wording.flag_text(g.gap, "en"))
                        for g in a.ranked_gaps],
        "layers": [
            {"key": layer.key, "name_zh": layer.name_zh, "name_en": layer.name_en,
             "components": layer.components, "covered": layer.covered, "share": r(layer.share),
             "surveyed": layer.surveyed, "not_surveyed": layer.not_surveyed, "no_local_supplier": layer.no_local,
             "supplier_facts_to_check": layer.facts_to_check,
             "survey": layer.survey.as_dict() if layer.survey else None}
            for layer in a.layers
        ],
    }


TARGET_CSV_COLUMNS = ["plan", "code", "name_zh", "op", "value", "unit", "deadline_year", "per_year", "status",
                      "status_zh", "flags", "actual", "actual_as_of", "headline_rule", "low", "high", "baseline",
                      "baseline_as_of", "gap", "progress", "required_per_year", "implied_per_year", "age_months",
                      "reason", "reason_zh"]
COMPONENT_CSV_COLUMNS = ["name_zh", "name_en", "layer", "criticality", "in_standard_bom", "surveyed",
                         "wanted_suppliers", "local_suppliers", "facts_to_check", "centres", "integrators_depending",
                         "flags", "gap_rank"]


def analysis_csv(a: Analysis) -> str:
    """Two CSV tables separated by a blank line: targets, then components."""
    data = analysis_dict(a)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["section", *TARGET_CSV_COLUMNS])
    for t in data["targets"]:
        h = t["headline"] or {}
        extra = {"flags": ";".join(t["flags"]), "headline_rule": h.get("rule"), "low": h.get("low"),
                 "high": h.get("high")}
        w.writerow(["target", *[extra[c] if c in extra else t[c] for c in TARGET_CSV_COLUMNS]])
    w.writerow([])
    ranks = {g["id"]: g["rank"] for g in data["ranked_gaps"]}
    w.writerow(["section", *COMPONENT_CSV_COLUMNS])
    for c in data["components"]:
        extra = {"flags": ";".join(c["flags"]), "gap_rank": ranks.get(c["id"])}
        w.writerow(["component", *[extra[k] if k in extra else c[k] for k in COMPONENT_CSV_COLUMNS]])
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


def _figure(t: dict) -> str:
    """The headline figure with its qualifier; a range when sources disagree; a baseline marked 基期."""
    from core.vocabulary.units import with_qualifier_zh

    if t["actual"] is not None:
        text = with_qualifier_zh(_fmt(t["actual"]), "", t["actual_qualifier"])
    elif t["baseline"] is not None and t["headline"]:
        text = "基期 " + with_qualifier_zh(_fmt(t["baseline"]), "", t["baseline_qualifier"])
    else:
        return "-"
    h = t["headline"]
    if h and h["sources_disagree"]:
        text += f"（{_fmt(h['low'])}–{_fmt(h['high'])}，{h['rule_zh']}）"
    return text


def analysis_table(a: Analysis) -> str:
    data = analysis_dict(a)
    target_rows = []
    for t in data["targets"]:
        goal = "定性" if t["kind"] == "qualitative" else (
            f"{'每年' if t['per_year'] else ''}{t['op'] or ''}{_fmt(t['value'])}{t['unit'] or ''}")
        pace = "-" if t["required_per_year"] is None else f"{_fmt(t['required_per_year'])}{t['unit'] or ''}/年"
        when = t["actual_as_of"] or (t["baseline_as_of"] if t["actual"] is None and t["headline"] else None)
        target_rows.append([
            t["plan"], t["code"], t["name_zh"][:24], goal, str(t["deadline_year"] or "-"), _figure(t),
            when or "-", pace, t["status_zh"], "、".join(t["flags_zh"]) or "-",
        ])
    counts = ", ".join(f"{vocabulary.status_label(k)} {v}" for k, v in data["status_counts"].items() if v)
    ranks = {g["id"]: g["rank"] for g in data["ranked_gaps"]}
    comp_rows = [
        [c["layer_zh"] or "-", c["name_zh"][:20], "已摸排" if c["surveyed"] else "未摸排", str(c["local_suppliers"]),
         str(c["wanted_suppliers"]), str(c["facts_to_check"]), str(c["centres"]), "、".join(c["flags_zh"]) or "-",
         str(ranks.get(c["id"], "-"))]
        for c in data["components"]
    ]
    chain = data["chain_counts"]
    layers = "; ".join(
        f"{lay['name_zh']} {lay['covered']}/{lay['components']}（未摸排 {lay['not_surveyed']}）" for lay in data["layers"]
    )
    return "\n".join([
        f"目标缺口 Targets (as of {data['as_of']}): {counts}",
        _table(["规划", "编号", "指标", "目标", "期限", "实际（或基期）", "截至", "自今日起每年需", "状态", "标记"],
               target_rows),
        "",
        f"产业链覆盖 Chain coverage (components with a local supplier): {layers}",
        f"无本地供应商（已摸排）{chain['no_local_supplier']}，尚未摸排 {chain['not_surveyed']}，"
        f"待核实的供应记录 {chain['supplier_facts_to_check']}",
        _table(["层", "部件", "摸排", "本地供应商", "期望", "待核实", "服务载体", "标记", "缺口排序"], comp_rows),
    ])

