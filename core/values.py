"""Typed cell values: parse what a planner types (or pastes) and format what is stored.

Parsing raises :class:`ValueRejected` with a short reason a user can act on; nothing invalid reaches the
database. Money is stored in 元 and typed or shown in 亿元 ("12.5亿", "1,250,000,000", "3000万" all parse).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

YI = 100_000_000
UNIT_FACTORS = {"亿元": YI, "亿": YI, "万元": 10_000, "万": 10_000, "千万": 10_000_000, "百万": 1_000_000,
                "元": 1, "rmb": 1, "cny": 1, "yuan": 1}
QUALIFIERS = ("约", "超过", "超", "近", "逾", "突破", "不少于", "以上", "余", "多", "左右", "上下")
TRUE_WORDS = {"1", "true", "yes", "y", "是", "对", "有", "√", "✓", "x"}
FALSE_WORDS = {"0", "false", "no", "n", "否", "不", "无", "×", "✗"}


class ValueRejected(ValueError):
    """The typed text is not a valid value for the column; ``str()`` says why."""


@dataclass(frozen=True)
class Number:
    value: float
    qualifier: str | None = None


def clean_text(text: str) -> str:
    """NFKC (full-width digits and letters to half-width), trimmed, inner whitespace folded."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


_NUMBER = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$", re.IGNORECASE)


def parse_number(text, *, default_factor: float = 1, allow_negative: bool = True) -> Number | None:
    """Parse '1,250', '１２.５亿', '约3000万元', '超2800', '35%'. Returns None for blank text."""
    if text is None:
        return None
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        value = float(text) * default_factor
        if not allow_negative and value < 0:
            raise ValueRejected("must not be negative")
        return Number(value)
    s = clean_text(str(text)).lower()
    if not s:
        return None
    qualifier = None
    for q in QUALIFIERS:
        if s.startswith(q):
            qualifier, s = q, s[len(q):].strip()
            break
    else:
        for q in QUALIFIERS:
            if s.endswith(q):
                qualifier, s = q, s[: -len(q)].strip()
                break
    factor = default_factor
    for unit in sorted(UNIT_FACTORS, key=len, reverse=True):
        if s.endswith(unit):
            factor, s = UNIT_FACTORS[unit], s[: -len(unit)].strip()
            break
    if s.endswith("%"):
        s = s[:-1].strip()
    # A trailing qualifier may sit between the number and its unit ("2200余家" was handled by the caller).
    for q in QUALIFIERS:
        if s.endswith(q):
            qualifier, s = qualifier or q, s[: -len(q)].strip()
    s = s.replace(",", "").replace(" ", "")
    if not _NUMBER.match(s):
        raise ValueRejected(f"'{text}' is not a number")
    value = float(s) * factor
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueRejected(f"'{text}' is not a finite number")
    if not allow_negative and value < 0:
        raise ValueRejected("must not be negative")
    return Number(value, qualifier)


def parse_money(text) -> float | None:
    """Money typed by a planner. A bare number means 亿元 if small (< 100,000), else 元:
    '12.5' -> 12.5亿 = 1,250,000,000 元; '1,250,000,000' -> 元. An explicit unit always wins."""
    if text is None:
        return None
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        if text < 0:
            raise ValueRejected("must not be negative")
        return float(text)
    raw = clean_text(str(text))
    if not raw:
        return None
    has_unit = any(raw.lower().rstrip("以上余左右").endswith(u) for u in UNIT_FACTORS)
    number = parse_number(raw, allow_negative=False)
    if number is None:
        return None
    if not has_unit and abs(number.value) < 100_000:
        return number.value * YI
    return number.value


def format_money_yi(value: float | None) -> str:
    """元 shown in 亿元 with up to 2 decimals: 1250000000 -> '12.5'."""
    if value is None:
        return ""
    yi = value / YI
    text = f"{yi:,.2f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


def parse_int(text, *, minimum: int | None = None, maximum: int | None = None) -> int | None:
    number = parse_number(text)
    if number is None:
        return None
    if number.value != int(number.value):
        raise ValueRejected(f"'{text}' is not a whole number")
    value = int(number.value)
    if minimum is not None and value < minimum:
        raise ValueRejected(f"must be at least {minimum}")
    if maximum is not None and value > maximum:
        raise ValueRejected(f"must be at most {maximum}")
    return value


def parse_year(text) -> int | None:
    if text is None:
        return None
    s = clean_text(str(text)).rstrip("年")
    if not s:
        return None
    if isinstance(text, float) and text.is_integer():
        s = str(int(text))
    if not re.fullmatch(r"\d{4}", s):
        raise ValueRejected(f"'{text}' is not a year like 2025")
    year = int(s)
    if not 1800 <= year <= 2100:
        raise ValueRejected("must be a year between 1800 and 2100")
    return year


def parse_bool(text) -> int | None:
    if text is None:
        return None
    if isinstance(text, bool):
        return int(text)
    s = clean_text(str(text)).lower()
    if not s:
        return None
    if s in TRUE_WORDS:
        return 1
    if s in FALSE_WORDS:
        return 0
    raise ValueRejected(f"'{text}' is not yes/no (是/否)")


def parse_date(text) -> str | None:
    """ISO date 'YYYY-MM-DD'; also accepts 2025/3/3, 2025.3.3, 2025年3月3日."""
    if text is None:
        return None
    if hasattr(text, "isoformat"):
        return text.isoformat()[:10]
    s = clean_text(str(text))
    if not s:
        return None
    m = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", s)
    if not m:
        raise ValueRejected(f"'{text}' is not a date like 2025-03-03")
    y, mo, d = (int(g) for g in m.groups())
    from datetime import date

    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        raise ValueRejected(f"'{text}' is not a real date") from None


def parse_credit_code(text) -> str | None:
    """Unified social credit code: 18 characters of digits and capitals (I, O, S, V, Z never occur)."""
    if text is None:
        return None
    s = clean_text(str(text)).upper().replace(" ", "")
    if not s:
        return None
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", s):
        raise ValueRejected(f"'{text}' is not an 18-character unified social credit code")
    return s


def parse_choice(text, choices: dict[str, str]) -> str | None:
    """``choices`` maps stored value -> label(s). Accepts the stored value or any label, case-insensitively."""
    if text is None:
        return None
    s = clean_text(str(text))
    if not s:
        return None
    lowered = s.lower()
    for value, labels in choices.items():
        names = [value, *(labels if isinstance(labels, (list, tuple)) else [labels])]
        if any(lowered == str(n).lower() for n in names):
            return value
    raise ValueRejected(f"'{text}' is not one of: {', '.join(choices)}")
