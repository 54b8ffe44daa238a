"""Numbers as planners write them: '1,250', '１２.５亿', '约3000万元', '两千余家', '超2800', '35%'.

:func:`parse_quantity` splits a text into its value, the unit it names (its base: 元, 家, 台, %) and the
qualifier (约, 超, 余, 以上 …, kept as written). A magnitude word (万, 亿, 千万 …) multiplies the value exactly
(decimal arithmetic: 12.5亿 is exactly 1,250,000,000). Chinese numerals go through cn2an. What could be read
two ways is refused, never guessed: footnote marks (12.5¹), a decimal comma (12,5), infinity and NaN.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from core.errors import FieldRejected

# Qualifiers, longest first so 超过 is taken before 超.
PREFIX_QUALIFIERS = ("大约", "将近", "接近", "超过", "超出", "不少于", "不低于", "不足", "不到", "多于", "高于",
                     "达到", "突破", "约合", "约", "近", "超", "逾", "达", "≈", "~")
SUFFIX_QUALIFIERS = ("以上", "以下", "以内", "有余", "左右", "上下", "余", "多")
MAGNITUDES = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10,
              "十亿": Decimal(10) ** 9, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
              "十万": Decimal(10) ** 5, "万": Decimal(10) ** 4, "千": Decimal(10) ** 3}
# Base units: what the unit text means once its magnitude is taken off.
BASE_UNITS = {"元": "元", "元人民币": "元", "人民币": "元", "rmb": "元", "cny": "元", "yuan": "元",
              "美元": "美元", "usd": "美元", "家": "家", "个": "个", "台": "台", "人": "人", "名": "人", "位": "人",
              "项": "项", "套": "套", "件": "件", "次": "次", "款": "款", "座": "座", "所": "所", "条": "条",
              "%": "%", "百分点": "百分点", "e": "E", "ef": "E", "eflops": "E", "p": "P", "pflops": "P"}
MONEY = "元"
COUNT_UNITS = ("家", "个", "台", "人", "项", "套", "件", "次", "款", "座", "所", "条")

_FOOTNOTES = re.compile("[\u00b9\u00b2\u00b3\u2070-\u209f\u2460-\u24ff\u2776-\u2793\u203b\u2020\u2021]")
_ARABIC = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)?|[-+]?\.\d+")
_SPACED = re.compile(r"\d{1,3}(?: \d{3})+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[-+]?\d+,(?:\d{1,2}|\d{4,})(?!\d)")
_CN_DIGITS = set("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点")


@dataclass(frozen=True)
class Quantity:
    value: float  # in the base unit (magnitudes applied)
    unit: str | None = None  # the base unit named (元, 家, %), None when bare
    qualifier: str | None = None
    scaled: bool = False  # a magnitude word (万, 亿) was written


def _strip_footnotes(text: str) -> None:
    if _FOOTNOTES.search(text) or text.rstrip().endswith(("*", "＊")):
        raise FieldRejected("footnote_mark", text=text)


def _split_qualifiers(s: str) -> tuple[str, str | None]:
    qualifier = None
    for q in PREFIX_QUALIFIERS:
        if s.startswith(q) and len(s) > len(q):
            qualifier, s = q, s[len(q):].strip()
            break
    for q in SUFFIX_QUALIFIERS:
        if s.endswith(q) and len(s) > len(q):
            return s[: -len(q)].strip(), qualifier or q
    return s, qualifier


def _split_unit(s: str) -> tuple[str, str | None]:
    for unit in sorted(BASE_UNITS, key=len, reverse=True):
        if s.endswith(unit) and len(s) > len(unit):
            head = s[: -len(unit)].strip()
            # a lone 'e' ends '1e5' too: only a unit when what is left is a plain number
            if unit in ("e", "p") and not re.fullmatch(r"[\d.,]+", head):
                continue
            return head, BASE_UNITS[unit]
    return s, None


def _arabic(text: str) -> Decimal | None:
    s = text.replace("\u00a0", " ").strip()
    if _SPACED.fullmatch(s):
        s = s.replace(" ", "")
    if _ARABIC.fullmatch(s):
        try:
            return Decimal(s.replace(",", ""))
        except InvalidOperation:
            return None
    return None


def _chinese(text: str) -> Decimal | None:
    if not text or not set(text) <= (_CN_DIGITS | set("0123456789.")):
        return None
    import cn2an  # lazy: 0.3 s to import, and most numbers are Arabic

    try:
        value = cn2an.cn2an(text, "smart")
    except Exception:  # noqa: BLE001 - cn2an raises plain ValueErrors with Chinese texts
        return None
    return Decimal(str(value))


def _number(core: str, original: str) -> tuple[Decimal, bool]:
    """(value, scaled) of the number part: Arabic, Arabic with a magnitude word, or Chinese numerals."""
    value = _arabic(core)
    if value is not None:
        return value, False
    for word in sorted(MAGNITUDES, key=len, reverse=True):
        if core.endswith(word) and len(core) > len(word):
            head = _arabic(core[: -len(word)].strip())
            if head is not None:
                return head * MAGNITUDES[word], True
    value = _chinese(core)
    if value is not None:
        return value, any(ch in core for ch in "万亿")
    if _DECIMAL_COMMA.fullmatch(core):
        raise FieldRejected("decimal_comma", text=original)
    raise FieldRejected("not_number", text=original)


def parse_quantity(raw) -> Quantity | None:
    """Parse one cell or typed text; None when blank. Raises :class:`FieldRejected` (code, text)."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise FieldRejected("not_number", text=str(raw))
    if isinstance(raw, (int, float)):
        if isinstance(raw, float) and not math.isfinite(raw):
            raise FieldRejected("not_finite", text=str(raw))
        return Quantity(float(raw))
    text = str(raw).strip()
    if not text:
        return None
    _strip_footnotes(text)
    s = unicodedata.normalize("NFKC", text).lower().strip()
    s, qualifier = _split_qualifiers(s)
    s, unit = _split_unit(s)
    s, later = _split_qualifiers(s)  # '2200余家': the qualifier sits between number and unit
    qualifier = qualifier or later
    if unit is None and s.endswith("%"):
        s, unit = s[:-1].strip(), "%"
    value, scaled = _number(s, text)
    result = float(value)
    if not math.isfinite(result):
        raise FieldRejected("not_finite", text=text)
    return Quantity(result, unit, qualifier, scaled)


def exact(value: float, factor) -> float:
    """value × factor on the decimal value as written (0.1 × 1e8 is exactly 10,000,000)."""
    if factor == 1:
        return float(value)
    return float(Decimal(repr(float(value))) * Decimal(str(factor)))


def magnitude_of(unit_text: str | None) -> tuple[str | None, Decimal]:
    """'万元' -> ('元', 10**4); '亿元' -> ('元', 10**8); '家' -> ('家', 1); None -> (None, 1)."""
    if not unit_text:
        return None, Decimal(1)
    s = unicodedata.normalize("NFKC", str(unit_text)).lower().strip()
    for word in sorted(MAGNITUDES, key=len, reverse=True):
        if s.startswith(word):
            rest = s[len(word):].strip()
            return (BASE_UNITS.get(rest, rest) if rest else None), MAGNITUDES[word]
    return BASE_UNITS.get(s, s), Decimal(1)
