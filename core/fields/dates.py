"""Years, dates and dated periods as planners write them.

A year: 2025, 2025.0, '2025年', '二〇二五年', or a date (its year). A date: 2025-03-03, 2025/3/3, 2025.3.3,
2025年3月3日, or a date cell. A period (an observation's "as of"): also 2025年6月 (month), 2025Q2 / 2025年二季度
(quarter), 2025年上半年 / 2025H1 (half) and 2025 / 2025年底 (year), each stored as its last day with its
precision. A time of day is never a date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from calendar import monthrange

from core.errors import FieldRejected

_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+0{1,2}:00(?::00)?)?")
_TIME = re.compile(r"\d{1,2}:\d{2}(:\d{2})?")
_QUARTERS = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}


def _clean(raw) -> str:
    from core.fields.numbers import _strip_footnotes

    _strip_footnotes(str(raw))  # NFKC would read ② or ¹ as a digit of the date
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(raw))).strip()


def _month_end(raw, y: int, mo: int) -> str:
    if not 1 <= y <= 9999:  # Python's dates start at year 1
        raise FieldRejected("not_real_date", text=str(raw))
    return dt.date(y, mo, monthrange(y, mo)[1]).isoformat()


def _from_cell(raw):
    """A date from a spreadsheet's date cell, None when ``raw`` is not one; a time of day is refused."""
    if isinstance(raw, dt.datetime):
        if raw.hour or raw.minute or raw.second or raw.microsecond:
            if raw.date() <= dt.date(1900, 1, 1):  # Excel keeps times of day as dates of 1899/1900
                raise FieldRejected("time_not_date", text=raw.time().isoformat())
            raise FieldRejected("time_not_date", text=raw.isoformat(sep=" "))
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, (dt.time, dt.timedelta)):
        raise FieldRejected("time_not_date", text=str(raw))
    return None


def parse_date(raw) -> str | None:
    """A full date as ISO 'YYYY-MM-DD'; None when blank."""
    if raw is None:
        return None
    cell = _from_cell(raw)
    if cell is not None:
        return cell.isoformat()
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raise FieldRejected("not_date", text=str(raw))
    s = _clean(raw)
    if not s:
        return None
    m = _DATE.fullmatch(s)
    if not m:
        if _TIME.fullmatch(s):
            raise FieldRejected("time_not_date", text=s)
        raise FieldRejected("not_date", text=str(raw))
    y, mo, d = (int(g) for g in m.groups())
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        raise FieldRejected("not_real_date", text=str(raw)) from None


def parse_period(raw) -> tuple[str, str] | None:
    """(last day as ISO, precision) of a date or period; None when blank."""
    if raw is None:
        return None
    cell = _from_cell(raw)
    if cell is not None:
        return cell.isoformat(), "day"
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    s = _clean(raw).replace(" ", "")
    if not s:
        return None
    s = re.sub(r"^(截至|截止|至|到)", "", s)
    s = re.sub(r"(年底|年末|底|末|止|为止)$", "", s)
    try:
        return parse_date(s), "day"
    except FieldRejected as exc:
        if exc.code in ("not_real_date", "time_not_date"):
            raise FieldRejected(exc.code, text=str(raw)) from None
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})月?", s)
    if m and 1 <= int(m.group(2)) <= 12:
        return _month_end(raw, int(m.group(1)), int(m.group(2))), "month"
    m = re.fullmatch(r"(\d{4})年?(?:第?([一二三四1234])季度|q([1-4]))", s, re.IGNORECASE)
    if m:
        return _month_end(raw, int(m.group(1)), _QUARTERS[m.group(2) or m.group(3)]), "quarter"
    m = re.fullmatch(r"(\d{4})年?(上半年|下半年|h1|h2)", s, re.IGNORECASE)
    if m:
        first = m.group(2).lower() in ("上半年", "h1")
        _month_end(raw, int(m.group(1)), 12)
        return (f"{m.group(1)}-06-30" if first else f"{m.group(1)}-12-31"), "half"
    m = re.fullmatch(r"(\d{4})年?(?:全年|年度)?", s)
    if m:
        return _month_end(raw, int(m.group(1)), 12), "year"
    raise FieldRejected("not_period", text=str(raw))


def parse_year(raw) -> int | None:
    """A year; None when blank. Range checks are the column's (core.fields.parse)."""
    if raw is None:
        return None
    cell = _from_cell(raw)
    if cell is not None:
        return cell.year
    if isinstance(raw, bool):
        raise FieldRejected("not_year", text=str(raw))
    if isinstance(raw, float):
        if not raw.is_integer():
            raise FieldRejected("not_year", text=str(raw))
        raw = int(raw)
    if isinstance(raw, int):
        if 1000 <= raw <= 9999:
            return raw
        raise FieldRejected("not_year", text=str(raw))
    s = _clean(raw).replace(" ", "")
    if not s:
        return None
    s = re.sub(r"(年底|年末|年度|年)$", "", s)
    if re.fullmatch(r"\d{4}", s):
        return int(s)
    if re.fullmatch(r"[〇零一二三四五六七八九]{4}", s):
        return int("".join("0123456789"["〇一二三四五六七八九".index(c)] if c != "零" else "0" for c in s))
    m = re.match(r"(\d{4})\s*[-/.年]\s*\d{1,2}", s)
    if m:
        parse_date(raw)  # a date must be a real one to give its year
        return int(m.group(1))
    raise FieldRejected("not_year", text=str(raw))
