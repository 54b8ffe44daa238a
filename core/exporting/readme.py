"""The README sheet: what the workbook is, how to use it, and what every column takes — Chinese first, then
English, in the vocabulary's words (sheet names, column headers, kind help).

Four columns, Chinese on the left and English on the right: 项目/列名 · 说明 · Item/Column · Meaning; under
each table's own heading, one row per column.
"""

from __future__ import annotations

from datetime import date, datetime

from core import vocabulary
from core.exporting import layout
from core.exporting.formats import Formats
from core.exporting.names import (
    COVERAGE_SHEET,
    GAP_SHEET,
    KEY_EN,
    KEY_ZH,
    README_SHEET,
    SHEET_NAMES,
    header_en,
    header_zh,
)
from core.fields.spec import TABLES
from core.vocabulary.terms import T

WIDTHS = [20.0, 58.0, 20.0, 58.0]

TITLE = T("产业链图谱", "Chain Mapper")
EXPORT_KIND = {False: T("数据导出", "Data export"), True: T("导入模板", "Import template")}
EXPORTED = T("导出时间", "Exported")
DATASET = T("数据集", "Dataset")
DATABASE = T("数据库文件", "Database file")
AS_OF = T("分析日期", "Analysis as of")
MONEY = T("金额单位", "Money")
SOURCES = T("数据来源", "Sources")
SOURCES_TEXT = T("见「来源 Sources」表；每行的「来源」列注明出处", "See the Sources sheet; each row's Source column cites it")
HOW_TO_USE = T("使用说明", "How to use")
SHEETS = T("工作表", "Sheets")
ROWS = T("行数", "Rows")
COLUMNS = T("各列说明", "Columns")
COLUMN_HEADS = (T("列名", "Column"), T("填写说明", "How to fill it"))
SHEET_HEADS = (T("工作表", "Sheet"), T("说明", "What it holds"))
TABLE_SHEET = T("可编辑；导入时按「系统编号」对应到数据库中的行", "Editable; rows are matched to the database by ID on import")
COMPUTED_SHEET = T("根据数据计算的结果，导入时忽略", "Computed from the data; ignored on import")
KEY_HELP = T("系统编号：请勿修改；新增的行留空", "Row ID: do not edit; leave empty for new rows")

NOTES = [
    T("每张表第 1 行为中文表头，第 2 行为英文表头，导入时两种都能识别。列名后带 * 的为必填。",
      "Row 1 of each sheet holds the Chinese headers, row 2 the English ones; the importer reads either. * marks a "
      "required column."),
    T("「系统编号」用于导入时对应数据库中的行：请勿修改；新增的行请留空。",
      "The ID column matches rows to the database on import: leave it as it is, and empty for new rows."),
    T("引用（如供应能力表中的企业和部件）写的是名称，可从下拉列表中选择，导入时按名称找回对应的行。",
      "References (the firm and component of a capability, …) are written as names, with drop-down lists; the "
      "importer finds the rows by these names."),
    T("金额单位为亿元。以 = + - @ 开头的文本按文本保存，不会被当作公式计算。",
      "Money is in 100M CNY (亿元). Text starting with = + - @ is kept as text, never run as a formula."),
    T("在工作簿中删除一行不会删除数据库中的记录。导入前会先显示将新增和修改的内容，确认后才写入，并先备份数据库。",
      "Deleting a row here does not delete it from the database. Import shows what it will add and change first, "
      "and backs up the database before writing."),
    T("「缺口分析」和「链覆盖」是根据数据计算的结果，导入时忽略。",
      "The Gaps and Coverage sheets are computed from the data and ignored on import."),
    T("打印：每张表已设为 A4 纸、每页重复表头；较宽的表横向打印，并在每页重复编号和名称列。",
      "Printing: every sheet is set up for A4 with its headers on every page; wide sheets print landscape and "
      "repeat the ID and name columns on each page."),
]


def write_readme(ws, fmt: Formats, *, counts: dict[str, int], tables: list[str], template: bool,
                 description: dict[str, str], database: str, today: date | None) -> None:
    """Fill the README sheet (added first, so it is the sheet a workbook opens on); ``counts`` are the rows of
    every sheet written, ``today`` the analysis date (None: no analysis sheets)."""
    page = _Page(ws, fmt)
    kind = EXPORT_KIND[template]
    page.row([(f"{TITLE.zh} — {kind.zh}", fmt.title)], height=22)
    page.row([(f"{TITLE.en} — {kind.en}", fmt.subtitle)])
    page.skip()
    dataset_zh = description.get("dataset_name_zh") or description.get("dataset_name_en") or ""
    dataset_en = description.get("dataset_name_en") or ""
    facts = [
        (EXPORTED, datetime.now().strftime("%Y-%m-%d %H:%M"), ""),
        (DATASET, dataset_zh, dataset_en if dataset_en != dataset_zh else ""),
        (DATABASE, database, ""),
        *([(AS_OF, today.isoformat(), "")] if today else []),
        (MONEY, vocabulary.MONEY_UNIT.zh, vocabulary.MONEY_UNIT.en),
        (SOURCES, SOURCES_TEXT.zh, SOURCES_TEXT.en),
    ]
    for term, zh, en in facts:
        page.row([(term.zh, fmt.bold), (zh, fmt.text), (term.en, fmt.english), (en, fmt.english)])

    page.section(HOW_TO_USE)
    for n, note in enumerate(NOTES, start=1):
        page.row([(f"{n}.", fmt.text), (note.zh, fmt.text), (f"{n}.", fmt.english), (note.en, fmt.english)])

    page.section(SHEETS)
    page.row([(SHEET_HEADS[0].zh, fmt.head_zh), (SHEET_HEADS[1].zh, fmt.head_zh), (f"{ROWS.zh} {ROWS.en}", fmt.head_zh),
              (SHEET_HEADS[1].en, fmt.head_en)])
    for sheet, n in counts.items():
        what = COMPUTED_SHEET if sheet in (GAP_SHEET, COVERAGE_SHEET) else TABLE_SHEET
        page.row([(sheet, fmt.text), (what.zh, fmt.text), (n, fmt.number), (what.en, fmt.english)])

    page.section(COLUMNS)
    page.row([(COLUMN_HEADS[0].zh, fmt.head_zh), (COLUMN_HEADS[1].zh, fmt.head_zh),
              (COLUMN_HEADS[0].en, fmt.head_en), (COLUMN_HEADS[1].en, fmt.head_en)])
    for table in tables:
        page.row([(SHEET_NAMES[table], fmt.bold)], height=20)
        page.row([(KEY_ZH, fmt.text), (KEY_HELP.zh, fmt.text), (KEY_EN, fmt.english), (KEY_HELP.en, fmt.english)])
        for col in TABLES[table]:
            zh, en = (vocabulary.kind_help(table, col.name, col.kind, col.ref, col.required, lang)
                      for lang in ("zh", "en"))
            page.row([(header_zh(table, col), fmt.text), (zh, fmt.text), (header_en(table, col), fmt.english),
                      (en, fmt.english)])
    fmt.finish(ws, README_SHEET, WIDTHS, repeat_columns=0, header_rows=0, gridlines=False)


class _Page:
    """Rows written top to bottom (constant-memory mode), each as tall as its wrapped text needs."""

    def __init__(self, ws, fmt: Formats):
        self.ws, self.fmt, self.r = ws, fmt, 0

    def row(self, cells: list[tuple], *, height: float | None = None) -> None:
        lines = 1
        for c, (value, cell_fmt) in enumerate(cells):
            self.fmt.write_any(self.ws, self.r, c, value, cell_fmt)
            if isinstance(value, str) and value and cell_fmt not in (self.fmt.title, self.fmt.subtitle):
                lines = max(lines, layout.lines_in(WIDTHS[c], value))
        if height or lines > 1:
            self.ws.set_row(self.r, height or layout.row_height(lines))
        self.r += 1

    def skip(self) -> None:
        self.r += 1

    def section(self, term) -> None:
        self.skip()
        self.row([(term.zh, self.fmt.section), ("", self.fmt.section), (term.en, self.fmt.section),
                  ("", self.fmt.section)], height=20)
