"""The map as one .xlsx planners are happy to work in, and back (the importer reads what is written here).

One sheet per table with a Chinese header row and an English one, the row id as a stable key in column A,
references written as names (a capability shows the firm's and the component's names) with drop-down lists
on a hidden ``_lists`` sheet, choices as Chinese labels with drop-downs, money in 亿元, frozen headers,
autofilter and widths; plus the gap analysis, chain coverage and a README. Text that a spreadsheet would run
as a formula is written as a string cell with Excel's quote prefix, never as a formula.

Written with xlsxwriter in constant-memory mode: 100,000 firms in a few seconds (openpyxl alone needs as long
as pandas' whole export budget). The file is written under a temporary name and moved into place at the end,
so a cancelled or failed export leaves nothing half-written.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from core import fields, vocabulary
from core.fields.spec import TABLES, Column
from core.importing.headers import (
    KEY_EN,
    KEY_ZH,
    SHEET_NAMES,
    header_en,
    header_zh,
)

YI = 100_000_000

EXPORT_ORDER = ("firms", "components", "layers", "capabilities", "supply_links", "centres", "plans", "targets",
                "observations", "sources")
README_SHEET = "说明 README"
GAP_SHEET = "缺口分析 Gaps"
COVERAGE_SHEET = "链覆盖 Coverage"
LISTS_SHEET = "_lists"
HEADER_ROWS = 2
EXCEL_MAX_ROWS = 1_048_576
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
YES, NO = "是", "否"
MONEY_FORMAT = "#,##0.00##"


class ExportError(Exception):
    """The workbook cannot be written (Excel's row limit, the target folder); ``str()`` is one line."""


class References:
    """Names for the ids of one referred table: each resolves back to exactly its row (core.fields.Resolver)."""

    def __init__(self, resolver: fields.Resolver, table: str):
        self.resolver, self.table = resolver, table

    def labels(self) -> dict[int, str]:
        return self.resolver.labels(self.table)


def formatter(col: Column, refs: References | None = None):
    """DB value -> the cell written for it (None: an empty cell). None means 'write as it is'."""
    kind = col.kind
    if kind == "money":
        return lambda v: v / YI
    if kind == "bool":
        return lambda v: YES if v else NO
    if kind == "choice":
        labels = {c: vocabulary.choice_label(col.choice_set, c) for c in col.choices}
        return lambda v: labels.get(v, v)
    if kind == "ref":
        labels = refs.labels() if refs is not None else {}
        return lambda v: labels.get(v) or f"#{v}"
    if kind in ("int", "year", "number"):
        return None
    return lambda v: v if v != "" else None


def is_number_column(col: Column) -> bool:
    return col.kind in ("int", "year", "number", "money")


@dataclass
class ExportResult:
    path: Path
    sheets: dict[str, int] = field(default_factory=dict)  # sheet name -> data rows


def _tables(tables) -> list[str]:
    if tables is None:
        return list(EXPORT_ORDER)
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise ExportError(f"unknown table(s): {', '.join(unknown)}")
    return [t for t in EXPORT_ORDER if t in tables]


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class _Writer:
    """Shared formats and the drop-down lists of one workbook."""

    def __init__(self, book):
        self.book = book
        self.head_zh = book.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True,
                                        "valign": "vcenter", "font_size": 11})
        self.head_en = book.add_format({"italic": True, "font_color": "#595959", "bg_color": "#F2F2F2",
                                        "border": 1, "text_wrap": True, "valign": "vcenter", "font_size": 9})
        self.key = book.add_format({"font_color": "#808080", "bg_color": "#F2F2F2"})
        self.money = book.add_format({"num_format": MONEY_FORMAT})
        self.percent = book.add_format({"num_format": "0.0%"})
        self.quoted = book.add_format({"quote_prefix": True})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.bold = book.add_format({"bold": True})
        self.english = book.add_format({"italic": True, "font_color": "#595959"})
        self.lists: dict[tuple, tuple[int, list[str]]] = {}  # list key -> (column on _lists, items)

    def list_range(self, key: tuple, items) -> str | None:
        if key not in self.lists:
            self.lists[key] = (len(self.lists), list(items))
        column, items = self.lists[key]
        if not items:
            return None
        from xlsxwriter.utility import xl_col_to_name

        letter = xl_col_to_name(column)
        return f"='{LISTS_SHEET}'!${letter}$2:${letter}${len(items) + 1}"

    def header(self, ws, zh: list[str], en: list[str], widths: list[float], *, fit_width: bool = False) -> None:
        """Both header rows, column widths, and a print layout: A4 landscape, headers on every page."""
        ws.set_landscape()
        ws.set_paper(9)
        ws.repeat_rows(0, HEADER_ROWS - 1)
        if fit_width:
            ws.fit_to_pages(1, 0)
        else:
            ws.repeat_columns(0, 1)
        for c, (z, w) in enumerate(zip(zh, widths, strict=True)):
            ws.set_column(c, c, max(w, min(40, _width(z) + 2), 6))
        # constant-memory mode writes a row out once the next one is started: row 0 first, then row 1
        ws.set_row(0, 33)
        for c, z in enumerate(zh):
            ws.write_string(0, c, z, self.head_zh)
        ws.set_row(1, 27)
        for c, e in enumerate(en):
            ws.write_string(1, c, e, self.head_en)


def _cell_writer(ws, w: _Writer):
    write_string, write_number = ws.write_string, ws.write_number
    quoted = w.quoted

    def write(r: int, c: int, v, number: bool, fmt) -> None:
        if number:
            write_number(r, c, v, fmt)
        elif v[0] in FORMULA_START:
            write_string(r, c, v, quoted)
        else:
            write_string(r, c, v, fmt)

    return write


def _table_sheet(db, w: _Writer, table: str, refs: dict, *, template: bool, progress) -> int:
    cols = TABLES[table]
    ws = w.book.add_worksheet(SHEET_NAMES[table])
    zh = [KEY_ZH, *(header_zh(table, c) for c in cols)]
    en = [KEY_EN, *(header_en(table, c) for c in cols)]
    widths = [9, *(max(6.0, c.width / 7) for c in cols)]
    for i, c in enumerate(cols, start=1):
        if c.kind == "money":
            widths[i] = max(widths[i], 13)
    w.header(ws, zh, en, widths)
    ws.freeze_panes(HEADER_ROWS, 2)
    for i, c in enumerate(cols, start=1):
        source = None
        if c.kind == "choice":
            source = w.list_range(("choice", c.choice_set), [vocabulary.choice_label(c.choice_set, v) for v in c.choices])
        elif c.kind == "bool":
            source = w.list_range(("bool",), [YES, NO])
        elif c.kind == "ref":
            source = w.list_range(("ref", c.ref), sorted(set(refs[c.ref].labels().values())))
        if source:
            ws.data_validation(HEADER_ROWS, i, EXCEL_MAX_ROWS - 1, i, {
                "validate": "list", "source": source, "error_type": "warning", "ignore_blank": True,
                "error_title": "不在列表中 Not in the list",
                "error_message": "该值不在下拉列表中，导入时会检查。The value is not in the list; the import checks it.",
            })
    count = 0
    if not template:
        count = db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
        if count > EXCEL_MAX_ROWS - HEADER_ROWS:
            raise ExportError(f"{table} has {count:,} rows; an Excel sheet holds at most "
                              f"{EXCEL_MAX_ROWS - HEADER_ROWS:,} — export fewer rows or use CSV")
        spec = []
        for i, c in enumerate(cols, start=1):
            fmt_fn = formatter(c, refs.get(c.ref) if c.kind == "ref" else None)
            cell_fmt = w.money if c.kind == "money" else None
            spec.append((i, fmt_fn, is_number_column(c), cell_fmt))
        write = _cell_writer(ws, w)
        write_number, key_fmt = ws.write_number, w.key
        names = ", ".join(f"[{c.name}]" for c in cols)
        cursor = db.execute(f"SELECT id, {names} FROM [{table}] ORDER BY id")
        r = HEADER_ROWS
        while True:
            batch = cursor.fetchmany(2000)
            if not batch:
                break
            for row in batch:
                write_number(r, 0, row[0], key_fmt)
                for i, fmt_fn, number, cell_fmt in spec:
                    v = row[i]
                    if v is None:
                        continue
                    if fmt_fn is not None:
                        v = fmt_fn(v)
                        if v is None:
                            continue
                    elif not number and v == "":
                        continue
                    write(r, i, v, number, cell_fmt)
                r += 1
            if progress:
                progress(table, r - HEADER_ROWS, count)
    ws.autofilter(1, 0, max(HEADER_ROWS - 1 + count, 1), len(cols))
    return count


def _gap_sheets(db, w: _Writer, today: date) -> tuple[int, int]:
    from core.analysis import output as gap_output
    from core.analysis.database import analyse_database

    data = gap_output.analysis_dict(analyse_database(db, today))
    ws = w.book.add_worksheet(GAP_SHEET)
    heads = [("规划", "Plan", 10), ("目标编号", "Code", 8), ("目标名称", "Target", 30), ("目标", "Goal", 16),
             ("期限", "Deadline", 7), ("实际值", "Actual", 11), ("截至", "As of", 11), ("来源", "Source", 24),
             ("缺口", "Gap", 11), ("进度", "Progress", 8), ("所需年增量", "Needed per year", 12),
             ("状态", "Status", 11), ("说明", "Reason", 60)]
    w.header(ws, [h[0] for h in heads], [h[1] for h in heads], [h[2] for h in heads], fit_width=True)
    ws.freeze_panes(HEADER_ROWS, 3)
    r = HEADER_ROWS
    for t in data["targets"]:
        goal = "定性" if t["kind"] == "qualitative" else (
            f"{vocabulary.choice_label('op', t['op']) if t['op'] else ''}{_num(t['value'])}{t['unit'] or ''}")
        src = t["actual_source"] or {}
        source = " ".join(x for x in (src.get("ref"), src.get("title")) if x)
        cells = [t["plan"], t["code"], t["name_zh"], goal, t["deadline_year"], t["actual"], t["actual_as_of"],
                 source, _round(t["gap"]), t["progress"], _round(t["required_per_year"]), t["status_zh"], t["reason"]]
        for c, v in enumerate(cells):
            _write_any(ws, w, r, c, v, w.percent if c == 9 else None)
        r += 1
    ws.autofilter(1, 0, max(r - 1, 1), len(heads) - 1)
    targets = r - HEADER_ROWS

    ws = w.book.add_worksheet(COVERAGE_SHEET)
    heads = [("层级", "Layer", 10), ("部件", "Component", 20), ("本地供应商", "Local suppliers", 10),
             ("期望", "Wanted", 7), ("量产", "Mass production", 8), ("小批量", "Pilot", 8), ("样机", "Prototype", 8),
             ("研发", "R&D", 8), ("服务载体", "Centres", 9), ("依赖的整机企业", "Integrators depending", 12),
             ("标记", "Flags", 30)]
    w.header(ws, [h[0] for h in heads], [h[1] for h in heads], [h[2] for h in heads], fit_width=True)
    ws.freeze_panes(HEADER_ROWS, 2)
    r = HEADER_ROWS
    for c in data["components"]:
        stage = c["by_stage"] or {}
        cells = [c["layer_zh"], c["name_zh"], c["local_suppliers"], c["wanted_suppliers"], stage.get("mass", 0),
                 stage.get("pilot", 0), stage.get("prototype", 0), stage.get("rd", 0), c["centres"],
                 c["integrators_depending"], "、".join(c["flags_zh"])]
        for i, v in enumerate(cells):
            _write_any(ws, w, r, i, v)
        r += 1
    ws.autofilter(1, 0, max(r - 1, 1), len(heads) - 1)
    return targets, r - HEADER_ROWS


def _round(value):
    return None if value is None else round(value, 2)


def _num(value) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _write_any(ws, w: _Writer, r: int, c: int, v, fmt=None) -> None:
    if v is None or v == "":
        return
    if isinstance(v, bool):
        ws.write_string(r, c, YES if v else NO, fmt)
    elif isinstance(v, (int, float)):
        ws.write_number(r, c, v, fmt)
    else:
        v = str(v)
        ws.write_string(r, c, v, w.quoted if v[0] in FORMULA_START else fmt)


_NOTES = [
    "每张表第1行为中文表头，第2行为英文表头；导入时两种表头都能识别。列名后带 * 的为必填。",
    "「系统编号」用于导入时对应数据库中的行：请勿修改；新增的行请留空。",
    "引用（如能力表中的企业和部件）写的是名称，可从下拉列表中选择，导入时按名称找回对应的行。",
    "金额单位为亿元。以 = + - @ 开头的文本按文本保存，不会被当作公式计算。",
    "在工作簿中删除一行不会删除数据库中的记录；导入前会先显示将新增和修改的内容，确认后才写入，并先备份数据库。",
    "「缺口分析」和「链覆盖」是根据数据计算的结果，导入时忽略。",
]
_NOTES_EN = [
    "Row 1 holds Chinese headers, row 2 English ones; the importer reads either. * marks a required column.",
    "'ID (do not edit)' matches rows to the database on import: leave it as it is, and empty for new rows.",
    "References (the firm and component of a capability, …) are written as names with drop-down lists.",
    "Money is in 100M CNY (亿元). Text starting with = + - @ is stored as text, never run as a formula.",
    "Deleting a row here does not delete it from the database. Import shows a preview first and backs up the "
    "database before writing.",
    "The Gaps and Coverage sheets are computed from the data and ignored on import.",
]


def _readme(db, w: _Writer, ws, counts: dict[str, int], tables: list[str], *, template: bool, today) -> None:
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 26)
    ws.set_column(2, 2, 26)
    ws.set_column(3, 3, 70)
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    dataset = meta.get("dataset_name_zh") or meta.get("dataset_name_en") or ""
    title = "Chain Mapper 产业链图谱 — " + ("导入模板 Import template" if template else "数据导出 Data export")
    ws.write_string(0, 0, title, w.title)
    rows = [
        ("导出时间 Exported", datetime.now().strftime("%Y-%m-%d %H:%M")),
        ("数据库 Database", Path(getattr(db, "path", "") or "").name),
        ("数据集 Dataset", dataset),
        ("分析日期 Analysis as of", today.isoformat()),
        ("金额单位 Money", "亿元 (100M CNY)"),
        ("数据来源 Sources", "见「来源 Sources」表；每行的「来源」列注明出处 (each row cites its source)"),
    ]
    r = 2
    for k, v in rows:
        ws.write_string(r, 0, k, w.bold)
        if v:
            ws.write_string(r, 1, v)
        r += 1
    r += 1
    ws.write_string(r, 0, "使用说明 How to use", w.bold)
    r += 1
    for zh, en in zip(_NOTES, _NOTES_EN, strict=True):  # each on its own row, free to run across the columns
        ws.write_string(r, 1, zh)
        ws.write_string(r + 1, 1, en, w.english)
        r += 2
    r += 1
    ws.write_string(r, 0, "工作表 Sheet", w.bold)
    ws.write_string(r, 1, "行数 Rows", w.bold)
    r += 1
    for sheet, n in counts.items():
        ws.write_string(r, 0, sheet)
        ws.write_number(r, 1, n)
        r += 1
    r += 1
    for c, text in enumerate(("工作表 Sheet", "列 Column", "Column", "说明 Meaning")):
        ws.write_string(r, c, text, w.head_zh)
    r += 1
    for table in tables:
        sheet = SHEET_NAMES[table]
        ws.write_string(r, 0, sheet)
        ws.write_string(r, 1, KEY_ZH)
        ws.write_string(r, 2, KEY_EN)
        ws.write_string(r, 3, "系统编号：请勿修改，新增行留空。Row id: do not edit; empty for new rows.")
        r += 1
        for col in TABLES[table]:
            zh, en = (vocabulary.kind_help(table, col.name, col.kind, col.ref, col.required, lang) for lang in ("zh", "en"))
            ws.write_string(r, 0, sheet)
            ws.write_string(r, 1, header_zh(table, col))
            ws.write_string(r, 2, header_en(table, col))
            ws.write_string(r, 3, f"{zh}。{en}")
            r += 1


def export_workbook(db, path, *, template: bool = False, tables=None, progress=None,
                    today: date | None = None, analysis: bool = True) -> ExportResult:
    """Write the map (or, with ``template``, the same workbook without rows) to ``path`` (.xlsx).

    ``progress(sheet_table, done, total)`` is called as rows are written; an exception it raises (Cancel)
    stops the export and leaves no file behind. ``tables`` limits the entity sheets.
    """
    import xlsxwriter

    path = Path(path)
    chosen = _tables(tables)
    today = today or date.today()
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".xlsx", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write in {path.parent} ({exc.strerror or exc})") from None
    os.close(fd)
    tmp = Path(tmp_name)
    result = ExportResult(path)
    try:
        book = xlsxwriter.Workbook(str(tmp), {
            "constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
            "strings_to_urls": False, "nan_inf_to_errors": True,
        })
        w = _Writer(book)
        readme = book.add_worksheet(README_SHEET)
        if not template and analysis:
            targets, components = _gap_sheets(db, w, today)
            result.sheets[GAP_SHEET], result.sheets[COVERAGE_SHEET] = targets, components
        wanted_refs = {c.ref for t in chosen for c in TABLES[t] if c.kind == "ref"}
        resolver = fields.Resolver(db, small=None)
        refs = {t: References(resolver, t) for t in sorted(wanted_refs)}
        for table in chosen:
            result.sheets[SHEET_NAMES[table]] = _table_sheet(db, w, table, refs, template=template,
                                                             progress=progress)
        lists = book.add_worksheet(LISTS_SHEET)
        ordered = sorted(w.lists.items(), key=lambda kv: kv[1][0])
        for key, (column, _items) in ordered:
            name = f"{key[0]}:{key[1] if key[0] == 'ref' else '|'.join(key[1]) if len(key) > 1 else ''}"
            lists.write_string(0, column, name)
        longest = max((len(items) for _key, (_c, items) in ordered), default=0)
        for i in range(longest):
            for _key, (column, items) in ordered:
                if i < len(items):
                    v = items[i]
                    lists.write_string(i + 1, column, v, w.quoted if v[:1] in FORMULA_START else None)
        lists.hide()
        _readme(db, w, readme, result.sheets, chosen, template=template, today=today)
        readme.activate()
        book.close()
        os.replace(tmp, path)
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(f"{path}: cannot write the workbook ({exc.strerror or exc})") from None
    finally:
        tmp.unlink(missing_ok=True)
    return result


def export_csv(db, table: str, path, *, progress=None) -> int:
    """One table as CSV in UTF-8 with a BOM (so Excel shows Chinese), the Chinese header and the key first.
    Text that would run as a formula gets a leading ' (the importer removes it)."""
    if table not in TABLES:
        raise ExportError(f"unknown table '{table}'")
    cols = TABLES[table]
    resolver = fields.Resolver(db, small=None)
    refs = {c.ref: References(resolver, c.ref) for c in cols if c.kind == "ref"}
    fns = [formatter(c, refs.get(c.ref)) for c in cols]
    path = Path(path)
    count = 0
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow([KEY_ZH, *(header_zh(table, c) for c in cols)])
            names = ", ".join(f"[{c.name}]" for c in cols)
            for row in db.execute(f"SELECT id, {names} FROM [{table}] ORDER BY id"):
                cells = [row[0]]
                for fn, v in zip(fns, row[1:], strict=True):
                    if v is not None and fn is not None:
                        v = fn(v)
                    if isinstance(v, float):
                        v = repr(v) if not v.is_integer() else str(int(v))
                    if isinstance(v, str) and v[:1] in FORMULA_START:
                        v = "'" + v
                    cells.append("" if v is None else v)
                out.writerow(cells)
                count += 1
                if progress and count % 5000 == 0:
                    progress(table, count, 0)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return count
