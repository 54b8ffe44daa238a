"""Text (or a spreadsheet cell) to the value stored in a column: one function for the cell editor, paste,
fill-down, the importer and the dataset loader, so the same input gives the same value or the same refusal.

:func:`parse_value` returns a :class:`Parsed` (the value, and what the text said besides: a qualifier such
as 约, the unit it was written in, the precision of a period) or raises :class:`core.errors.FieldRejected`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass

from core import vocabulary
from core.errors import FieldRejected
from core.fields import dates, numbers
from core.fields.spec import TEXT_LIMIT, Column, column

DEFAULT_MONEY_UNIT = "亿元"  # a bare number in a money column means 亿元, as the column's header says
MAX_BARE_CNY = 1e14  # 100 万亿元: a bare number that comes to more was surely written in another unit


@dataclass(frozen=True)
class Parsed:
    value: object
    qualifier: str | None = None  # 约, 超, 余 … as written
    unit: str | None = None  # the base unit the text named (numbers: 家, 台, %)
    precision: str | None = None  # periods: day, month, quarter, half, year
    scaled: bool = False  # numbers: a magnitude word (万, 亿) was written


BLANK = Parsed(None)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_STOCK_CODE = re.compile(r"(?:\d{6}(?:\.(?:sh|sz|bj))?|\d{4,5}\.hk|0\d{4})")


def parse_value(table: str, col: Column | str, raw, *, unit: str | None = None, refs=None) -> Parsed:
    """Parse ``raw`` for ``table.col``.

    Args:
        unit: the unit the source gives for a bare number (a list's header '营收（万元）'); money defaults to
            亿元, the unit the app and workbook show.
        refs: a :class:`core.fields.references.Resolver` for reference columns.
    """
    col = column(table, col) if isinstance(col, str) else col
    try:
        parsed = _parse(table, col, raw, unit, refs)
    except FieldRejected as exc:
        raise exc.at(table, col.name, _shown(raw)) from None
    if parsed.value is None and col.required:
        raise FieldRejected("required", table=table, column=col.name, text=_shown(raw))
    return parsed


def _shown(raw) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        return str(int(raw))
    return str(raw)


def is_blank(raw) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _parse(table: str, col: Column, raw, unit, refs) -> Parsed:
    if is_blank(raw):
        return BLANK
    kind = col.kind
    if kind in ("text", "longtext", "rule"):
        text = parse_text(raw, multiline=kind == "longtext")
        if kind == "rule":
            from core.analysis import rules

            if text not in rules.RULES:
                raise FieldRejected("rule_unknown", rule=text, known=", ".join(rules.RULES))
        return Parsed(text)
    if kind == "money":
        return _money(raw, unit)
    if kind in ("int", "number"):
        return _number(col, raw, unit)
    if kind == "year":
        return Parsed(_in_range(col, dates.parse_year(raw)))
    if kind == "date":
        return Parsed(dates.parse_date(raw))
    if kind == "period":
        value, precision = dates.parse_period(raw)
        return Parsed(value, precision=precision)
    if kind == "bool":
        return Parsed(parse_bool(table, col.name, raw))
    if kind == "choice":
        return Parsed(parse_choice(col, raw))
    if kind == "ref":
        if refs is None:
            raise ValueError(f"{table}.{col.name}: a reference needs a resolver")
        return Parsed(refs.resolve(col.ref, raw))
    if kind == "credit_code":
        return Parsed(parse_credit_code(raw))
    if kind == "json":
        return Parsed(_json(raw))
    raise ValueError(f"unknown column kind {kind!r}")


def cell_text(raw) -> str:
    """A cell as text: whole numbers without '.0', dates as ISO, booleans as 是/否."""
    if isinstance(raw, bool):
        return "是" if raw else "否"
    if isinstance(raw, float):
        return str(int(raw)) if raw.is_integer() and abs(raw) < 1e15 else repr(raw)
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat() if not (raw.hour or raw.minute or raw.second) else raw.isoformat(sep=" ")
    if isinstance(raw, (dt.date, dt.time)):
        return raw.isoformat()
    return str(raw)


def parse_text(raw, *, multiline: bool = False) -> str | None:
    """Text as written, trimmed: never folded or converted (an official name keeps its full-width brackets).
    One-line text gets its line breaks as spaces; control characters and text over Excel's cell limit are
    refused."""
    text = cell_text(raw)
    if multiline:
        text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    else:
        text = re.sub(r"[\r\n\t]+", " ", text)
    text = text.strip()
    if _CONTROL.search(text):
        raise FieldRejected("control_characters")
    if len(text) > TEXT_LIMIT:
        raise FieldRejected("too_long", length=f"{len(text):,}", limit=f"{TEXT_LIMIT:,}")
    return text or None


def _money(raw, unit) -> Parsed:
    q = numbers.parse_quantity(raw)
    if q is None:
        return BLANK
    if q.unit == "%":
        raise FieldRejected("percent_not_allowed", unit="元")
    if q.unit not in (None, numbers.MONEY):
        raise FieldRejected("wrong_unit", found=q.unit, unit="元")
    value = q.value
    if q.unit is None and not q.scaled:  # a bare number is in the column's (or the list header's) unit
        base, factor = numbers.magnitude_of(unit or DEFAULT_MONEY_UNIT)
        if base not in (None, numbers.MONEY):
            raise FieldRejected("wrong_unit", found=unit, unit="元")
        value = numbers.exact(value, factor)
        if abs(value) >= MAX_BARE_CNY:
            raise FieldRejected("money_needs_unit", unit=unit or DEFAULT_MONEY_UNIT)
    if value < 0:
        raise FieldRejected("negative")
    return Parsed(value, q.qualifier, numbers.MONEY)


def _number(col: Column, raw, unit) -> Parsed:
    q = numbers.parse_quantity(raw)
    if q is None:
        return BLANK
    value, found = q.value, q.unit
    if "ratio" in col.units and found == "%":
        value, found = numbers.exact(value, "0.01"), None
    elif col.kind == "int":
        if found == "%":
            raise FieldRejected("percent_not_allowed", unit="/".join(col.units) or "#")
        if found is not None and found not in col.units:
            raise FieldRejected("wrong_unit", found=found, unit="/".join(col.units) or "#")
    if col.kind == "int":
        if value != int(value):
            raise FieldRejected("not_whole")
        value = int(value)
    elif unit and not q.scaled and found is None:
        _base, factor = numbers.magnitude_of(unit)
        value = numbers.exact(value, factor)
    return Parsed(_in_range(col, value), q.qualifier, found, scaled=q.scaled)


def _in_range(col: Column, value):
    if value is None:
        return None
    if col.minimum is not None and value < col.minimum:
        if col.minimum == 0:
            raise FieldRejected("negative")
        raise FieldRejected("too_small", minimum=_num(col.minimum))
    if col.maximum is not None and value > col.maximum:
        raise FieldRejected("too_large", maximum=_num(col.maximum))
    return value


def _num(x) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def parse_bool(table: str, column_name: str, raw) -> int | None:
    if isinstance(raw, bool):
        return int(raw)
    if isinstance(raw, (int, float)):
        if raw in (0, 1):
            return int(raw)
        raise FieldRejected("not_yes_no")
    key = vocabulary.fold(raw)
    if not key:
        return None
    words = vocabulary.bool_words(table, column_name)
    if key in words:
        return words[key]
    if (table, column_name) in vocabulary.choices.BOOL_SYNONYMS:
        if _STOCK_CODE.fullmatch(key):
            return 1
        # '港交所：09880', '深交所主板（300750）': a column's own word at the start decides
        for word, flag in sorted(words.items(), key=lambda kv: -len(kv[0])):
            if len(word) >= 2 and not word.isascii() and key.startswith(word):
                return flag
    raise FieldRejected("not_yes_no")


def parse_choice(col: Column, raw) -> str | None:
    key = vocabulary.fold(cell_text(raw))
    if not key:
        return None
    found = vocabulary.choice_lookup(col.choice_set).get(key) if col.choice_set else None
    if found is None and cell_text(raw).strip() in col.choices:
        found = cell_text(raw).strip()
    if found is None or found not in col.choices:
        raise FieldRejected("not_choice", choices=list(col.choices), choice_set=col.choice_set)
    return found


def credit_check_digit(first17: str) -> str:
    """The 18th character of a unified social credit code (GB 32100-2015)."""
    total = sum(_CREDIT_CHARS.index(ch) * w for ch, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return _CREDIT_CHARS[(31 - total % 31) % 31]


def parse_credit_code(raw) -> str | None:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raise FieldRejected("not_credit_code")  # Excel turned it into a number: digits are already lost
    s = unicodedata.normalize("NFKC", str(raw)).upper()
    s = re.sub(r"[\s\-]", "", s)
    if not s:
        return None
    if not re.fullmatch(f"[{_CREDIT_CHARS}]{{18}}", s):
        raise FieldRejected("not_credit_code")
    expected = credit_check_digit(s[:17])
    if s[17] != expected:
        raise FieldRejected("bad_check_digit", expected=expected)
    return s


def _json(raw):
    try:
        value = json.loads(cell_text(raw))
    except json.JSONDecodeError as exc:
        raise FieldRejected("not_json", reason=exc.msg) from None
    return json.dumps(value, ensure_ascii=False)
