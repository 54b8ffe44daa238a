"""What the workbook calls things: sheets, header rows, and the words of its own sheets.

Tables, columns, choices and yes/no come from core.vocabulary, so a column has the same Chinese header in the
app, the workbook and the report. Every sheet name carries both languages ('企业 Firms'), Chinese first; the
importer recognises our sheets by these names.
"""

from __future__ import annotations

from core import vocabulary
from core.fields.spec import TABLES, Column
from core.vocabulary.terms import T, Term

EXPORT_ORDER = ("firms", "components", "layers", "capabilities", "supply_links", "centres", "plans", "targets",
                "observations", "sources")

README = T("说明", "README")
# what a drop-down says when a typed value is not in its list (a warning: the importer checks the value)
NOT_IN_LIST = T("不在列表中", "Not in the list")
NOT_IN_LIST_TEXT = T("该值不在下拉列表中，导入时会检查。", "The value is not in the list; the import checks it.")
GAPS = T("缺口分析", "Gaps")
COVERAGE = T("链覆盖", "Coverage")


def _both(term: Term) -> str:
    return f"{term.zh} {term.en}"


README_SHEET = _both(README)
GAP_SHEET = _both(GAPS)
COVERAGE_SHEET = _both(COVERAGE)
LISTS_SHEET = "_lists"  # hidden: the drop-down lists
SHEET_NAMES = {table: vocabulary.sheet_name(table) for table in TABLES}

HEADER_ROWS = 2  # a Chinese header row, then an English one
KEY_ZH, KEY_EN = vocabulary.KEY_COLUMN.zh, vocabulary.KEY_COLUMN.en
REQUIRED_MARK = "*"

YES = vocabulary.choice_label("yes_no", "1")
NO = vocabulary.choice_label("yes_no", "0")


def header(table: str, col: Column, lang: str = "zh") -> str:
    """The column's header as the app shows it; a required column is marked with * in the Chinese row."""
    text = vocabulary.column_label(table, col.name, lang)
    return text + REQUIRED_MARK if lang == "zh" and col.required else text


def header_zh(table: str, col: Column) -> str:
    return header(table, col, "zh")


def header_en(table: str, col: Column) -> str:
    return header(table, col, "en")
