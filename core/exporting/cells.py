"""Stored values as the workbook and the CSV file write them, so that they import back unchanged.

Money is stored in 元 and written in 亿元 (a number cell in the workbook; exact decimal text in CSV); choices
and yes/no as their Chinese names (core.vocabulary, the words the app shows); references as names that resolve
back to exactly their row (core.fields.Resolver). Text a spreadsheet would run as a formula is kept as text.
"""

from __future__ import annotations

from decimal import Decimal

from core import vocabulary
from core.exporting.names import NO, YES
from core.fields.spec import TEXT_LIMIT, Column

YI = 100_000_000
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CELL_LIMIT = TEXT_LIMIT  # Excel's cell limit (32,767 characters)
NUMBER_KINDS = ("int", "year", "number", "money")


def is_number_column(col: Column) -> bool:
    return col.kind in NUMBER_KINDS


def looks_like_formula(text: str) -> bool:
    return text[:1] in FORMULA_START


def converter(col: Column, labels: dict[int, str] | None = None):
    """A function turning a stored value (never None) into the cell written for it (None: an empty cell), or
    None when the value is written as it is (numbers)."""
    kind = col.kind
    if kind == "money":
        return lambda v: v / YI
    if kind == "bool":
        return lambda v: YES if v else NO
    if kind == "choice":
        names = {c: vocabulary.choice_label(col.choice_set, c) for c in col.choices}
        return lambda v: names.get(v, v)
    if kind == "ref":
        labels = labels or {}
        return lambda v: labels.get(v) or f"#{v}"
    if is_number_column(col):
        return None
    return lambda v: v if v != "" else None


def money_text(value) -> str:
    """元 as exact 亿元 text for CSV: 1234567 -> '0.01234567' (no float rounding, no thousands separators)."""
    text = format((Decimal(repr(float(value))) / YI).normalize(), "f")
    return text


def number_text(value) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def csv_converter(col: Column, labels: dict[int, str] | None = None):
    """Like :func:`converter`, for a CSV field: always text, formula-like text behind a leading '."""
    if col.kind == "money":
        return money_text
    if is_number_column(col):
        return number_text
    base = converter(col, labels)

    def text(v):
        v = base(v)
        if v is None:
            return ""
        v = str(v)
        return "'" + v if looks_like_formula(v) else v

    return text
