"""A target's figures in words, the same on the dashboard (bar labels, tooltips, the note under the chart) and
in the printed report: the headline with its qualifier and the range when sources disagree, every source's
value, the marks (sources disagree, data out of date with its age), the pace needed from today beside the
pace the latest figure implied, per-year targets year by year, and the reason.

Works on anything shaped like a target's figures: chart_data.ProgressBar and report_content.TargetLine carry
the same fields. Names of statuses, marks and headline rules come from core.vocabulary; the column words the
workbook uses (core.analysis.tables.HEADERS) name the two paces, so the app, the workbook, the command line
and the report say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.analysis.tables import HEADERS
from core.vocabulary import units
from core.vocabulary.choices import HEADLINE_RULE_TERMS
from gui.overview.words import Words

CONTEXT = "TargetWords"
# Marks drawn beside a figure; the legend and every tooltip say them in words.
MARK_SYMBOLS = {"sources_disagree": "⇆", "stale_data": "△", "year_missed": "⊘"}
YEAR_SYMBOLS = {"met": "✓", "not_met": "✗"}
OPS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "="}  # as a planner writes them
T = {
    "baseline": QT_TRANSLATE_NOOP("TargetWords", "baseline {value}"),
    "needs": QT_TRANSLATE_NOOP("TargetWords", "needs {n}/yr"),
    "needs_both": QT_TRANSLATE_NOOP("TargetWords", "needs {n}/yr ({m} from the latest figure)"),
    "months_one": QT_TRANSLATE_NOOP("TargetWords", "{n} month"),
    "months": QT_TRANSLATE_NOOP("TargetWords", "{n} months"),
    "values": QT_TRANSLATE_NOOP("TargetWords", "Values of {date} by source:"),
    "rule": QT_TRANSLATE_NOOP("TargetWords", "headline: {rule}"),
    "year": QT_TRANSLATE_NOOP("TargetWords", "{year}: {value}"),
    "year_pace": QT_TRANSLATE_NOOP("TargetWords", "{year}: {value} to {date}, {pace} a year at this pace"),
    "year_needs": QT_TRANSLATE_NOOP("TargetWords", "{n} still needed this year"),
    "year_none": QT_TRANSLATE_NOOP("TargetWords", "{year}: no figure"),
    "per_year": QT_TRANSLATE_NOOP("TargetWords", "{n}/yr"),
    "each_year": QT_TRANSLATE_NOOP("TargetWords", "{goal} a year"),
    "qualitative": QT_TRANSLATE_NOOP("TargetWords", "qualitative: {status}"),
}


def t(w: Words, key: str) -> str:
    return w(T[key], CONTEXT)


def months(w: Words, age: float | None) -> str:
    n = round(age or 0)
    return w.plural(n, T["months_one"], T["months"], CONTEXT)


def goal(x, w: Words, ops: dict | None = None) -> str:
    """The target: "> 3,000家", "每年 ≥ 100个" (per-year), "定性" (qualitative)."""
    if x.kind == "qualitative":
        return w.choice("qualitative", "target_kind")
    if x.value is None:
        return "—"
    op = (ops or OPS).get(x.op or "", x.op or "")
    text = f"{op} {w.quantity(x.value, x.unit)}".strip()
    return t(w, "each_year").format(goal=text) if x.per_year else text


def figure(x, w: Words, *, with_range: bool = True) -> str:
    """The headline: "2,200余家", "baseline 2,200 firms" when only a figure from before the period exists,
    with the range ("2,200–2,800家") when sources disagree; "—" when there is none."""
    if x.actual is not None:
        text = w.quantity(x.actual, x.unit, qualifier=x.qualifier)
    elif getattr(x, "look", None) == "baseline" or (x.baseline is not None and x.values):
        text = t(w, "baseline").format(value=w.quantity(x.baseline, x.unit, qualifier=x.qualifier))
    else:
        return "—"
    if with_range and disagree(x):
        text += w.bracket(value_range(x, w))
    return text


def disagree(x) -> bool:
    return "sources_disagree" in x.flags and x.value_low is not None and x.value_high is not None


def value_range(x, w: Words) -> str:
    """"2,200–2,800家", "2,200–2,800 firms": the unit once, after the range (but "CNY 220 bn–CNY 280 bn",
    whose English unit is converted or comes first, in full on both sides)."""
    unit = units.UNITS.get((x.unit or "").strip())
    if w.lang == "zh" or unit is None or (unit.scale == 1 and not unit.prefix):
        return f"{w.number(x.value_low)}–{w.quantity(x.value_high, x.unit)}"
    return f"{w.quantity(x.value_low, x.unit)}–{w.quantity(x.value_high, x.unit)}"


def marks(x) -> str:
    """The mark symbols of a target ("⇆△"): sources disagree, data out of date, a year missed."""
    return "".join(MARK_SYMBOLS[f] for f in MARK_SYMBOLS if f in x.flags)


def mark_words(x, w: Words) -> list[str]:
    """Each mark in words, the age with "data out of date"."""
    out = []
    for flag in MARK_SYMBOLS:
        if flag not in x.flags:
            continue
        text = f"{MARK_SYMBOLS[flag]} {w.flag(flag)}"
        if flag == "stale_data" and x.age_months is not None:
            text += w.bracket(months(w, x.age_months))
        out.append(text)
    return out


def per_year(value, unit, w: Words) -> str:
    """A pace: whole numbers from 10 up (92.97 a year is 93 for a planner), decimals below."""
    return w.quantity(round(value) if abs(value) >= 10 else value, unit)


def pace(x, w: Words) -> str:
    """"needs 266 firms/yr" from today, with the pace the latest figure implied beside it when it differs."""
    if x.required_per_year is None or x.status == "met":
        return ""
    n = per_year(x.required_per_year, x.unit, w)
    implied = x.implied_per_year
    if implied is None or per_year(implied, x.unit, w) == n:
        return t(w, "needs").format(n=n)
    return t(w, "needs_both").format(n=n, m=per_year(implied, x.unit, w))


def pace_lines(x, w: Words) -> list[str]:
    """The two paces on lines of their own, named as in the workbook."""
    out = []
    if x.required_per_year is not None and x.status != "met":
        out.append(f"{w.term(HEADERS['required'])}{w.colon}{per_year(x.required_per_year, x.unit, w)}")
    if x.implied_per_year is not None and x.status != "met":
        out.append(f"{w.term(HEADERS['implied'])}{w.colon}{per_year(x.implied_per_year, x.unit, w)}")
    return out


def year_text(y, x, w: Words, *, symbol: bool = True) -> str:
    """One year of a per-year or rate target: its figure, its pace while under way, its status."""
    if y.value is None:
        return t(w, "year_none").format(year=y.year)
    value = w.quantity(y.value, x.unit)
    if not y.complete and y.pace is not None and y.as_of is not None:
        text = t(w, "year_pace").format(year=y.year, value=value, date=y.as_of.isoformat()[5:],
                                        pace=w.quantity(y.pace, x.unit))
    else:
        text = t(w, "year").format(year=y.year, value=value)
    mark = YEAR_SYMBOLS.get(y.status, "") if symbol else ""
    return f"{text} {mark or w.status(y.status)}".strip()


def has_years(x) -> bool:
    """Whether any year of a per-year or rate target has a figure (else "no figure" each year says nothing)."""
    return any(y.value is not None for y in x.years)


def years_line(x, w: Words) -> str:
    return w.list_sep.join(year_text(y, x, w) for y in x.years)


def label(x, w: Words, *, compact: bool = False) -> str:
    """The text after a bar of the progress chart: status, headline (range), marks and pace; per-year
    targets their years. ``compact`` leaves out the range and the pace (a printed chart beside the table)."""
    status = w.status(x.status)
    if x.kind == "qualitative":
        return t(w, "qualitative").format(status=status)
    parts = [status]
    if x.per_year and has_years(x):
        parts.append(years_line(x, w))
    elif x.actual is not None or getattr(x, "look", None) == "baseline":
        if compact and x.actual is None:  # the status already says "baseline only"
            parts.append(w.quantity(x.baseline, x.unit, qualifier=x.qualifier))
        else:
            parts.append(figure(x, w, with_range=not compact))
    symbols = marks(x)
    if "stale_data" in x.flags and x.age_months is not None and not compact:  # in print the table gives the age
        symbols = symbols.replace(MARK_SYMBOLS["stale_data"], MARK_SYMBOLS["stale_data"] + months(w, x.age_months))
    if symbols:
        parts[-1] += " " + symbols
    needed = "" if compact else pace(x, w)
    if needed:
        parts.append(needed)
    return " · ".join(p for p in parts if p)


def source_values(x, w: Words, source_of) -> list[str]:
    """Every source's value for the headline's date: "2,200余家 [S1] 深圳新闻网", the headline first;
    ``source_of(value)`` says where it came from (a title, or a footnote mark in the report)."""
    return [f"{w.quantity(v.value, x.unit, qualifier=v.qualifier)} {source_of(v)}".strip() for v in x.values]


def rule_text(x, w: Words) -> str:
    term = HEADLINE_RULE_TERMS.get(x.headline_rule or "")
    return term.name(w.lang) if term else ""


def details(x, w: Words, source_of) -> list[str]:
    """Lines for a tooltip or a note: status, headline, every source's value and the rule that chose the
    headline, marks, the paces, the years, the reason and the notes beside it (the range, the age)."""
    lines = [f"{w.term(HEADERS['status'])}{w.colon}{w.status(x.status)}"]
    if x.actual is not None:
        lines.append(f"{w.term(HEADERS['actual'])}{w.colon}{figure(x, w, with_range=False)}")
    elif x.values:
        lines.append(f"{w.term(HEADERS['baseline'])}{w.colon}{w.quantity(x.baseline, x.unit, qualifier=x.qualifier)}")
    if len(x.values) > 1:
        date = (x.actual_as_of if x.actual is not None else getattr(x, "baseline_as_of", None)
                or getattr(x, "baseline_date", None))
        lines.append(t(w, "values").format(date=date.isoformat() if date else "—"))
        lines += [f"  {v}" for v in source_values(x, w, source_of)]
        if disagree(x):
            lines.append("  " + t(w, "rule").format(rule=rule_text(x, w)))
    lines += mark_words(x, w)
    lines += pace_lines(x, w)
    if has_years(x):
        lines.append(f"{w.term(HEADERS['years'])}{w.colon}")
        lines += [f"  {year_text(y, x, w, symbol=False)}" for y in x.years]
    if x.reason is not None:
        lines.append(f"{w.term(HEADERS['reason'])}{w.colon}{w.reason(x.reason)}")
    lines += [f"  {w.reason(n)}" for n in x.notes]
    return lines
