"""The gap analysis as two tables (headers in one language, rows of plain values): the workbook's gap and
coverage sheets, and anything else that lays the analysis out in rows."""

from __future__ import annotations

from core import vocabulary
from core.analysis import facts as F
from core.analysis.database import Analysis
from core.vocabulary.terms import T
from core.vocabulary.units import QUALIFIERS_EN, with_qualifier_zh

HEADERS = {
    "plan": vocabulary.column_term("targets", "plan_id"),
    "code": vocabulary.column_term("targets", "code"),
    "target": T("目标名称", "Target"),
    "goal": T("目标", "Goal"),
    "deadline": vocabulary.column_term("targets", "deadline_year"),
    "period": T("计划期", "Plan period"),
    "each_year": vocabulary.column_term("targets", "per_year"),
    "status": T("状态", "Status"),
    "marks": T("标记", "Marks"),
    "actual": T("实际值", "Actual"),
    "as_of": T("截至", "As of"),
    "source": T("来源", "Source"),
    "values": T("各来源数值", "Values by source"),
    "range": T("数值范围", "Range"),
    "rule": T("取值规则", "Headline rule"),
    "baseline": T("基期值", "Baseline"),
    "baseline_as_of": T("基期日期", "Baseline date"),
    "gap": T("缺口", "Gap"),
    "progress": T("进度（%）", "Progress (%)"),
    "required": T("自今日起每年需", "Needed per year from today"),
    "implied": T("按最新数据每年需", "Needed per year from the latest figure"),
    "age": T("数据时长（月）", "Age of data (months)"),
    "years": T("逐年情况", "Year by year"),
    "reason": T("说明", "Reason"),
    "notes": T("备注", "Notes"),
    # coverage
    "layer": vocabulary.column_term("components", "layer_id"),
    "component": T("部件", "Component"),
    "criticality": vocabulary.column_term("components", "criticality"),
    "bom": vocabulary.column_term("components", "in_standard_bom"),
    "survey": T("供应商摸排", "Supplier survey"),
    "local": T("本地供应商", "Local suppliers"),
    "wanted": vocabulary.column_term("components", "wanted_suppliers"),
    "mass": vocabulary.choice_term("stage", "mass"),
    "pilot": vocabulary.choice_term("stage", "pilot"),
    "prototype": vocabulary.choice_term("stage", "prototype"),
    "rd": vocabulary.choice_term("stage", "rd"),
    "to_check": T("待核实的供应记录", "Supplier facts to check"),
    "centres": T("服务载体", "Centres serving it"),
    "integrators": T("依赖的整机企业（有供应关系）", "Integrators depending (supply links)"),
    "flags": T("标记", "Flags"),
    "gap_rank": T("缺口排序", "Gap rank"),
}
SURVEY_WORDS = {"yes": T("已摸排", "Surveyed"), "no": T("尚未摸排", "Not yet surveyed")}
YES_NO = {True: T("是", "Yes"), False: T("否", "No")}


def _h(keys, lang: str) -> list[str]:
    return [HEADERS[k].name(lang) for k in keys]


def _sep(lang: str) -> str:
    return "、" if lang == "zh" else ", "


def _goal(t: dict, lang: str) -> str:
    if t["kind"] == "qualitative":
        return vocabulary.choice_label("target_kind", "qualitative", lang)
    op = vocabulary.choice_label("op", t["op"], "zh") if t["op"] else ""
    per_year = ("每年" if lang == "zh" else " a year") if t["per_year"] else ""
    text = f"{op}{F.r(t['value'], 6):g}{t['unit'] or ''}" if t["value"] is not None else op
    return f"{per_year}{text}" if lang == "zh" else f"{text}{per_year}"


def _source(src: dict | None) -> str | None:
    if not src:
        return None
    return " ".join(x for x in (src.get("ref"), src.get("title")) if x) or None


def _values(t: dict, lang: str) -> str | None:
    h = t["headline"]
    if not h or len(h["values"]) < 2:
        return None
    parts = []
    for v in h["values"]:
        src = v["source"] or {}
        who = src.get("publisher") or src.get("ref") or "?"
        if lang == "zh":
            parts.append(f"{with_qualifier_zh(format(v['value'], ',g'), '', v['qualifier'])}（{who}）")
        else:
            word = QUALIFIERS_EN.get(v["qualifier"], v["qualifier"]) if v["qualifier"] else ""
            parts.append(f"{word + ' ' if word else ''}{v['value']:,g} ({who})")
    return "；".join(parts) if lang == "zh" else "; ".join(parts)


def _years(t: dict, lang: str) -> str | None:
    if not t["years"]:
        return None
    key = "status_zh" if lang == "zh" else "status_en"
    parts = [f"{y['year']}: {'—' if y['value'] is None else format(y['value'], 'g')} {y[key]}" for y in t["years"]]
    return "；".join(parts) if lang == "zh" else "; ".join(parts)


GAP_COLUMNS = ("plan", "code", "target", "goal", "deadline", "period", "status", "marks", "actual", "as_of",
               "source", "values", "range", "rule", "baseline", "baseline_as_of", "gap", "progress", "required",
               "implied", "age", "years", "reason", "notes")


def gap_table(analysis: Analysis, lang: str = "zh") -> tuple[list[str], list[list]]:
    """One row per target: goal, status and marks, the headline with every source's value and the rule
    used, baseline, gap, progress (in percent), paces, age of data, years, and why — in ``lang``."""
    rows = []
    for result in analysis.targets:
        t = F.target_dict(result)
        h = t["headline"] or {}
        period = t["period"]
        rows.append([
            t["plan"], t["code"], t["name_zh"] if lang == "zh" else (t["name_en"] or t["name_zh"]),
            _goal(t, lang), t["deadline_year"],
            f"{period['start'][:4]}–{period['end'][:4]}" if period["start"] and period["end"] else None,
            t[f"status_{lang}"], _sep(lang).join(t[f"flags_{lang}"]) or None, t["actual"], t["actual_as_of"],
            _source(t["actual_source"] or (t["baseline_source"] if t["actual"] is None else None)),
            _values(t, lang), f"{h['low']:g}–{h['high']:g}" if h.get("sources_disagree") else None,
            h.get(f"rule_{lang}") or None, t["baseline"], t["baseline_as_of"], t["gap"],
            None if t["progress"] is None else round(t["progress"] * 100, 1),
            t["required_per_year"], t["implied_per_year"], t["age_months"], _years(t, lang),
            t["reason_zh"] if lang == "zh" else t["reason"],
            "；".join(n["zh"] for n in t["notes"]) if lang == "zh" else "; ".join(n["en"] for n in t["notes"]),
        ])
    return _h(GAP_COLUMNS, lang), rows


COVERAGE_COLUMNS = ("layer", "component", "criticality", "bom", "survey", "local", "wanted", "mass", "pilot",
                    "prototype", "rd", "to_check", "centres", "integrators", "flags", "gap_rank")


def coverage_table(analysis: Analysis, lang: str = "zh") -> tuple[list[str], list[list]]:
    """One row per component (chain order): survey, local suppliers by stage, supplier facts to check,
    centres, integrators with supply links, flags and its place in the ranked gap list — in ``lang``."""
    names = {layer.key: layer.name_zh if lang == "zh" else (layer.name_en or layer.name_zh) for layer in analysis.layers}
    ranks = {g.component.id: g.rank for g in analysis.ranked_gaps}
    rows = []
    for c in analysis.components:
        if c.survey:
            who = "，".join(x for x in (c.survey.by, c.survey.list) if x)
            survey = f"{SURVEY_WORDS['yes'].name(lang)} {c.survey.on.isoformat()}" + (f"（{who}）" if who else "")
        else:
            survey = SURVEY_WORDS["no"].name(lang)
        rows.append([
            names.get(c.top_layer_key), c.name_zh if lang == "zh" else (c.name_en or c.name_zh),
            vocabulary.choice_label("criticality", c.criticality, lang) or None,
            YES_NO[c.in_standard_bom].name(lang), survey, c.local_suppliers, c.wanted, c.by_stage["mass"],
            c.by_stage["pilot"], c.by_stage["prototype"], c.by_stage["rd"], c.facts_to_check, c.centres,
            c.integrators, _sep(lang).join(vocabulary.flag_label(f, lang) for f in c.flags) or None,
            ranks.get(c.id),
        ])
    return _h(COVERAGE_COLUMNS, lang), rows
