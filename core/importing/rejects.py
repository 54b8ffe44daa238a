"""The rows an import left out, as a workbook beside the input (like Excel's "errors" sheet): each row as it
was read, with its sheet row number and the reason, and the likely duplicates held for a decision, and every
chain value with what it was matched to. Written whole or not at all (core.atomic)."""

from __future__ import annotations

from pathlib import Path

from core import messages
from core.importing.model import DROP, SKIP, ImportPlan

SUFFIX = ".rejects.xlsx"
TEXTS = {
    "zh": {"rows": "未导入", "values": "值匹配", "row": "行号", "status": "状态", "reason": "原因",
           "left_out": "未导入", "held": "待确认（疑似重复）", "column": "列", "value": "值", "count": "次数",
           "match": "匹配结果", "dup": "疑似与“{other}”重复"},
    "en": {"rows": "Rejected", "values": "Values", "row": "Row", "status": "Status", "reason": "Reason",
           "left_out": "left out", "held": "held (likely duplicate)", "column": "Column", "value": "Value",
           "count": "Count", "match": "Matched to", "dup": "may be {other}"},
}


def rejects_path(source) -> Path:
    source = Path(source)
    return source.with_name(source.stem + SUFFIX)


def has_rejects(plan: ImportPlan) -> bool:
    return any(sp.rejected or sp.duplicates for sp in plan.sheets)


def write_rejects(plan: ImportPlan, target=None, *, lang: str = "en", translate=None, component_name=None,
                  status_name=None) -> Path:
    """Write the rejects workbook (beside the input unless ``target``); returns its path. Raises OSError."""
    import xlsxwriter

    from core.atomic import atomic_path

    target = Path(target) if target else rejects_path(plan.path)
    t = TEXTS.get(lang, TEXTS["en"])

    def reason(issue) -> str:
        text = messages.render(issue.problem, lang, translate, with_column=False)
        return f"{issue.column}: {text}" if issue.column else text

    with atomic_path(target) as tmp:
        book = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False})
        bold = book.add_format({"bold": True})
        ws = book.add_worksheet(t["rows"])
        width = max((len(sp.header_cells) for sp in plan.sheets), default=0)
        header = plan.sheets[0].header_cells if plan.sheets else []
        ws.write_row(0, 0, [t["row"], t["status"], t["reason"], *[_cell(h) for h in header]], bold)
        r = 1
        for sp in plan.sheets:
            if sp.derived:
                continue
            for rej in sp.rejected:
                reasons = "；".join(reason(i) for i in rej.issues if i.severity in (SKIP, DROP))
                ws.write_row(r, 0, [rej.row, t["left_out"], reasons, *[_cell(c) for c in rej.cells[:width]]])
                r += 1
            for dup in sp.duplicates:
                if dup.decision != "skip":
                    continue
                why = messages.render(dup.problem, lang, translate)
                ws.write_row(r, 0, [dup.row, t["held"], f"{t['dup'].format(other=dup.candidate_label)} ({why})",
                                    *[_cell(c) for c in dup.cells[:width]]])
                r += 1
        ws.freeze_panes(1, 0)
        ws.set_column(2, 2, 60)
        if plan.values:
            vs = book.add_worksheet(t["values"])
            vs.write_row(0, 0, [t["column"], t["value"], t["count"], t["status"], t["match"]], bold)
            for i, v in enumerate(plan.values, start=1):
                ids = [v.component_id] if v.component_id else v.candidates
                names = " / ".join(component_name(c) for c in ids) if component_name else ""
                shown = status_name(v.status) if status_name else v.status
                vs.write_row(i, 0, [v.column, v.text, v.count, shown, names])
            vs.set_column(0, 1, 24)
            vs.set_column(4, 4, 40)
        book.close()
    return target


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, (int, float, str)):
        return value
    return str(value)
