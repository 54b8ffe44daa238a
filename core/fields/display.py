"""Stored values as people read them — and can paste or import back to the same value.

Money is shown in 亿元 with every digit it has (1,234,567 元 is 0.01234567, not 0.01, so copying a cell
and pasting it elsewhere never rounds a sourced figure); choices and yes/no in the UI's language (both
languages parse back); numbers without a trailing '.0'.
"""

from __future__ import annotations

from decimal import Decimal

from core import vocabulary
from core.fields.spec import Column

YI = 100_000_000


def _grouped(d: Decimal) -> str:
    text = format(d.normalize(), "f")
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = f"{int(whole.lstrip('-') or 0):,}"
    return f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}"


def format_money_yi(value) -> str:
    """元 shown in 亿元, exactly: 1250000000 -> '12.5'; 1234567 -> '0.01234567'."""
    if value is None:
        return ""
    return _grouped(Decimal(repr(float(value))) / YI)


def format_number(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer() and abs(value) < 1e15):
        return f"{int(value):,}"
    return _grouped(Decimal(repr(float(value))))


def format_value(table: str, col: Column, value, lang: str = "zh") -> str:
    """The text shown for a stored value (references are named by the caller, which knows the rows)."""
    if value is None:
        return ""
    kind = col.kind
    if kind == "money":
        return format_money_yi(value)
    if kind == "choice":
        return vocabulary.choice_label(col.choice_set, value, lang)
    if kind == "bool":
        return vocabulary.choice_label("yes_no", "1" if value else "0", lang)
    if kind in ("number", "int"):
        return format_number(value) if kind == "number" else str(value)
    return str(value)
