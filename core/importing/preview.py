"""A plan in words: English lines for the command line (the GUI builds its own preview through Qt), and stored
values as a planner reads them."""

from __future__ import annotations

from core import vocabulary
from core.fields.display import format_value
from core.importing import headers as im
from core.importing.context import COLUMNS
from core.importing.model import DROP, SKIP, ImportPlan, short

LIST_FIELD_NAMES = {
    "_chain_layer": "chain layer", "_chain_position": "chain position", "_chain_segment": "chain segment",
    "_address": "address (city, district)", "_region": "region (district or city)", "_local": "local",
    "_stage": "stage", "_note": "notes", im.PLAN_FIELD: "plan code",
}
VALUE_STATUS = {"confident": "→", "chosen": "→ (chosen)", "uncertain": "? one of", "layer": "= layer",
                "position": "= position", "unmatched": "✗ no component", "ignored": "✗ not a component"}


def display(plan: ImportPlan, table: str, fld: str, value, lang: str = "en") -> str:
    """A stored value as a planner reads it (references by name)."""
    if value is None or value == "":
        return "（空）" if lang == "zh" else "(empty)"
    col = COLUMNS.get(table, {}).get(fld)
    if col is None:
        return str(value)
    if col.kind == "money":
        return format_value(table, col, value, lang) + (" 亿元" if lang == "zh" else " 100M CNY")
    if col.kind == "ref":
        return plan.labels.get((col.ref, value), f"#{value}")
    return format_value(table, col, value, lang)


def header_of(table: str, fld: str, lang: str = "zh") -> str:
    if fld in COLUMNS.get(table, {}):
        return vocabulary.column_label(table, fld, lang)
    return LIST_FIELD_NAMES.get(fld, fld)


def row_label(plan: ImportPlan, table: str, row: dict, lang: str = "en") -> str:
    for key in ("name_zh", "title", "title_zh", "metric_zh", "code"):
        if row.get(key):
            return str(row[key])
    pairs = {"capabilities": ("firm_id", "component_id", " × "), "supply_links": ("supplier_id", "customer_id", " → ")}
    if table in pairs:
        a, b, sep = pairs[table]
        return sep.join(display(plan, table, c, row.get(c), lang) for c in (a, b))
    if table == "observations":
        return f"{display(plan, table, 'target_id', row.get('target_id'), lang)} {row.get('as_of') or ''}".strip()
    return ""


def summary_lines(plan: ImportPlan, *, detail: int = 20, component_name=None) -> list[str]:
    if component_name is None:
        def component_name(cid):
            return plan.labels.get(("components", cid), f"#{cid}")
    kind = {"workbook": "our workbook", "edges": "an edge list (firm → chain node)"}.get(plan.kind, "a list")
    lines = [f"{plan.path}: {kind}, {len(plan.sheets)} sheet(s) to import"]
    for sp in plan.sheets:
        what = f"chain links ({sp.table})" if sp.derived else sp.table
        lines.append(f"  {sp.sheet} → {what}: {len(sp.adds)} to add, "
                     f"{len(sp.changes)} to change, {sp.unchanged} unchanged, {sp.skipped} skipped"
                     + (f", {len(sp.rejected)} row(s) left out" if sp.rejected else "")
                     + (f", {sp.count(DROP)} cell(s) left out" if sp.count(DROP) else "")
                     + (f", {sp.error_count} error(s)" if sp.error_count else "")
                     + (f", {len(sp.conflicts)} conflict(s)" if sp.conflicts else "")
                     + (f", {len(sp.duplicates)} likely duplicate(s)" if sp.duplicates else "")
                     + (f", {len(sp.deletes)} to delete" if sp.deletes else "")
                     + (f", {sp.formulas} formula cell(s) read as their saved values" if sp.formulas else ""))
        if not sp.own and not sp.derived:
            lines.append(f"    header row {sp.header_row}; columns: "
                         + ", ".join(f"{c.header} → {header_of(sp.table, c.field, 'en')}" for c in sp.match.mapped()))
            ignored = [c.header for c in sp.match.ignored()]
            if ignored:
                lines.append(f"    ignored columns: {', '.join(ignored)}")
        for row, vals in sp.adds[:detail]:
            lines.append(f"    + row {row}: {row_label(plan, sp.table, sp.added_row(vals))}")
        if len(sp.adds) > detail:
            lines.append(f"    + … and {len(sp.adds) - detail} more")
        for ch in sp.changes[:detail]:
            cells = "; ".join(f"{header_of(sp.table, f)} {short(display(plan, sp.table, f, o, 'zh'))} → "
                              f"{short(display(plan, sp.table, f, n, 'zh'))}" for f, o, n in ch.cells)
            lines.append(f"    ~ row {ch.row} (#{ch.row_id} {short(ch.label)}): {cells}")
        if len(sp.changes) > detail:
            lines.append(f"    ~ … and {len(sp.changes) - detail} more")
        for c in sp.conflicts[:detail]:
            source = f"row {c.other_row}" if c.other_row else "the map"
            lines.append(f"    ! row {c.row} ({short(c.label)}): {header_of(sp.table, c.field)} — {source} says "
                         f"{short(display(plan, sp.table, c.field, c.old, 'zh'))}, this row says "
                         f"{short(display(plan, sp.table, c.field, c.new, 'zh'))}: "
                         f"{'take the new value' if c.decision == 'take' else 'kept'}")
        if len(sp.conflicts) > detail:
            lines.append(f"    ! … and {len(sp.conflicts) - detail} more conflict(s)")
        for dup in sp.duplicates:
            lines.append(f"    ? row {dup.row}: {dup.label} may be {dup.candidate_label} ({dup.reason}): "
                         f"{'held' if dup.decision == 'skip' else dup.decision}")
        for rej in sp.rejected[:detail]:
            lines.append(f"    - row {rej.row} left out: " + "; ".join(
                f"{i.column + ': ' if i.column else ''}{i.reason}" for i in rej.issues if i.severity == SKIP))
        if len(sp.rejected) > detail:
            lines.append(f"    - … and {len(sp.rejected) - detail} more row(s) left out")
    if plan.values:
        lines.append(_values_line(plan))
        for v in plan.values[:detail]:
            target = ""
            if v.status in ("confident", "chosen") and component_name:
                target = component_name(v.component_id)
            elif v.status == "uncertain" and component_name:
                target = " / ".join(component_name(c) for c in v.candidates)
            lines.append(f"    {v.column}: {v.text} ×{v.count} {VALUE_STATUS.get(v.status, v.status)} {target}".rstrip())
        if len(plan.values) > detail:
            lines.append(f"    … and {len(plan.values) - detail} more value(s)")
    for issue in plan.warnings()[:detail]:
        if issue.severity not in (SKIP,):
            lines.append(f"  note: {issue}")
    return lines


def _values_line(plan: ImportPlan) -> str:
    counts: dict[str, int] = {}
    for v in plan.values:
        counts[v.status] = counts.get(v.status, 0) + 1
    parts = [f"{n} {status}" for status, n in sorted(counts.items())]
    return f"  chain values: {len(plan.values)} distinct ({', '.join(parts)})"
