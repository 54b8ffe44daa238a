"""Stand-in for ``core.analysis.output.gap_table`` / ``coverage_table`` until the analysis side provides them.

Same interface — ``(analysis, lang) -> (headers, rows)`` — and the columns the workbook has always had. Once
core.analysis.output has both functions, core.exporting.analysis_sheets uses them instead and this module can
be deleted.
"""

from __future__ import annotations

import re

from core import vocabulary
from core.vocabulary.terms import T

# Words the vocabulary has no entry for (the analysis' own).
_ACTUAL = T("实际值", "Actual")
_GAP = T("缺口", "Gap")
_PROGRESS = T("进度（%）", "Progress (%)")
_NEEDED = T("所需年增量", "Needed per year")
_REASON = T("说明", "Reason")
_GOAL = T("目标", "Goal")
_TARGET = T("目标名称", "Target")
_QUALITATIVE = T("定性", "Qualitative")
_LOCAL = T("本地供应商", "Local suppliers")
_CENTRES = T("服务载体", "Centres")
_INTEGRATORS = T("依赖的整机企业", "Integrators depending")
_FLAGS = T("标记", "Flags")

# The analysis' reasons (English) in both languages; the numbered ones by pattern.
_REASONS = {
    "the target has no value": T("目标未设数值", "the target has no value"),
    "observations measure a different definition than the target": T(
        "观测值的统计口径与目标不同", "observations measure a different definition than the target"),
    "no observation": T("暂无观测值", "no observation"),
    "target met": T("已达成目标", "target met"),
    "one measurement and no baseline: no trend to judge": T(
        "仅有一次观测且无基期值，无法判断趋势", "one measurement and no baseline: no trend to judge"),
    "the baseline is not older than the latest measurement: no trend to judge": T(
        "基期不早于最新观测，无法判断趋势", "the baseline is not older than the latest measurement: no trend to judge"),
    "deadline passed without meeting the target": T("已过期限，目标未达成", "deadline passed without meeting the target"),
    "growth cannot be compared": T("增速无法比较", "growth cannot be compared"),
    "not assessed yet": T("尚未评估", "not assessed yet"),
}
_REASON_PATTERNS = [
    (re.compile(r"observed/required growth = (.+)"), T("实际增速为所需增速的 {0}", "observed/required growth = {0}")),
    (re.compile(r"measured rate is (.+) of the target rate"), T("实测速率为目标速率的 {0}",
                                                               "measured rate is {0} of the target rate")),
    (re.compile(r"assessed as (.+)"), T("评估为：{0}", "assessed as {0}")),
]


def reason_text(reason: str, lang: str) -> str:
    if not reason:
        return ""
    if reason in _REASONS:
        return _REASONS[reason].name(lang)
    for pattern, term in _REASON_PATTERNS:
        m = pattern.fullmatch(reason)
        if m:
            value = m.group(1)
            if pattern.pattern.startswith("assessed"):
                value = vocabulary.choice_label("qual_level", value, lang)
            return term.name(lang).format(value)
    return reason


def _number(value) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _round(value, digits: int = 2):
    return None if value is None else round(value, digits)


def gap_table(analysis, lang: str = "zh") -> tuple[list[str], list[list]]:
    """One row per target: where it stands, from what source, how far it is and what pace it needs."""
    from core.analysis.output import analysis_dict

    col = vocabulary.column_label
    headers = [vocabulary.table_label("plans", lang), col("targets", "code", lang), _TARGET.name(lang),
               _GOAL.name(lang), col("targets", "deadline_year", lang), _ACTUAL.name(lang),
               col("observations", "as_of", lang), col("targets", "source_id", lang), _GAP.name(lang),
               _PROGRESS.name(lang), _NEEDED.name(lang), col("targets", "status", lang), _REASON.name(lang)]
    rows = []
    for t in analysis_dict(analysis)["targets"]:
        if t["kind"] == "qualitative":
            goal = _QUALITATIVE.name(lang)
        else:
            op = vocabulary.choice_label("op", t["op"], lang) if t["op"] else ""
            goal = f"{op}{_number(t['value'])}{t['unit'] or ''}"
        src = t["actual_source"] or {}
        source = " ".join(x for x in (src.get("ref"), src.get("title")) if x)
        status = "no_trend" if t["status"] == "no_data" and t["actual"] is not None else t["status"]
        name = t["name_zh"] if lang == "zh" else (t["name_en"] or t["name_zh"])
        progress = None if t["progress"] is None else round(t["progress"] * 100, 1)
        rows.append([t["plan"], t["code"], name, goal, t["deadline_year"], t["actual"], t["actual_as_of"], source,
                     _round(t["gap"]), progress, _round(t["required_per_year"]),
                     vocabulary.status_label(status, lang), reason_text(t["reason"], lang)])
    return headers, rows


def coverage_table(analysis, lang: str = "zh") -> tuple[list[str], list[list]]:
    """One row per component: local suppliers by stage against those wanted, centres serving it, flags."""
    from core.analysis.output import analysis_dict

    stages = ("mass", "pilot", "prototype", "rd")
    headers = [vocabulary.column_label("components", "layer_id", lang), vocabulary.table_label("components", lang),
               _LOCAL.name(lang), vocabulary.column_label("components", "wanted_suppliers", lang),
               *(vocabulary.choice_label("stage", s, lang) for s in stages), _CENTRES.name(lang),
               _INTEGRATORS.name(lang), _FLAGS.name(lang)]
    sep = "、" if lang == "zh" else ", "
    layer_names = {layer.key: layer.name_zh if lang == "zh" else (layer.name_en or layer.name_zh)
                   for layer in analysis.layers}
    rows = []
    for c in analysis_dict(analysis)["components"]:
        by_stage = c["by_stage"] or {}
        name = c["name_zh"] if lang == "zh" else (c["name_en"] or c["name_zh"])
        rows.append([layer_names.get(c["layer"], c["layer_zh"]), name, c["local_suppliers"], c["wanted_suppliers"],
                     *(by_stage.get(s, 0) for s in stages), c["centres"], c["integrators_depending"],
                     sep.join(vocabulary.flag_label(f, lang) for f in c["flags"])])
    return headers, rows
