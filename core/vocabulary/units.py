"""Units of targets and observations in both languages, and quantities written with them.

Targets store their unit as the plan wrote it (家, 亿元, 个区 …). Chinese shows it as stored, right after the
number ("2,800家"); English needs a word that agrees with the number ("1 firm", "2,800 firms"), and the 亿
units read better converted exactly ("8,000亿元" is "CNY 800 bn"). Unknown units are shown as stored.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    one: str  # English after 1
    other: str  # English after any other number
    scale: float = 1.0  # English number = stored number × scale
    prefix: str = ""  # English written before the number (CNY)
    space: bool = True  # a space between number and unit in English


UNITS: dict[str, Unit] = {
    "家": Unit("firm", "firms"),
    "个": Unit("", ""),  # a bare counter: the target's name says what is counted
    "个区": Unit("district", "districts"),
    "款": Unit("product", "products"),
    "人": Unit("person", "people"),
    "场": Unit("event", "events"),
    "批": Unit("batch", "batches"),
    "项": Unit("item", "items"),
    "台": Unit("unit", "units"),
    "万台": Unit("units", "units", scale=10_000),
    "亿台": Unit("M units", "M units", scale=100, space=False),
    "亿条": Unit("M records", "M records", scale=100, space=False),
    "元": Unit("", "", prefix="CNY "),
    "万元": Unit("", "", scale=10_000, prefix="CNY "),
    "亿元": Unit("bn", "bn", scale=0.1, prefix="CNY "),
    "万亿元": Unit("tn", "tn", scale=1, prefix="CNY "),
    "%": Unit("%", "%", space=False),
    "个百分点": Unit("percentage point", "percentage points"),
}


def format_number(value) -> str:
    """Thousands separated; whole numbers and numbers of 100 or more without decimals, others with up to two."""
    if value is None:
        return "—"
    if abs(value) >= 100 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def unit_label(unit: str | None, lang: str = "zh", count=None) -> str:
    """The unit alone ("家" / "firms"), as after ``count`` (plural unless it is 1)."""
    if not unit:
        return ""
    found = UNITS.get(unit.strip())
    if lang != "en" or found is None:
        return unit
    word = found.one if count is not None and _is_one(count * found.scale) else found.other
    return f"{found.prefix.strip()} {word}".strip() if found.prefix else word


def quantity(value, unit: str | None, lang: str = "zh", *, qualifier: str | None = None) -> str:
    """A number with its unit: "约2,800家" / "about 2,800 firms", "35%", "CNY 800 bn"; "—" when unknown."""
    if value is None:
        return "—"
    unit = (unit or "").strip()
    found = UNITS.get(unit)
    if lang != "en":
        gap = " " if unit[:1].isascii() and unit[:1].isalpha() else ""  # 80 EFLOPS, but 2,800家 and 35%
        return with_qualifier_zh(format_number(value), f"{gap}{unit}", qualifier)
    word = QUALIFIERS_EN.get(qualifier, qualifier) if qualifier else ""
    lead = f"{word} " if word else ""
    if found is None:
        return f"{lead}{format_number(value)}{' ' + unit if unit else ''}"
    number = value * found.scale
    word = found.one if _is_one(number) else found.other
    text = f"{found.prefix}{format_number(number)}"
    if word:
        text += (" " if found.space else "") + word
    return lead + text


# Where a Chinese qualifier goes, as written: 约2,800家, 2,200余家, 100亿元以上.
BETWEEN_QUALIFIERS = ("余", "多", "有余")
AFTER_QUALIFIERS = ("以上", "以下", "以内", "左右", "上下")


def with_qualifier_zh(number: str, unit: str, qualifier: str | None) -> str:
    """A Chinese figure with its qualifier where a planner writes it."""
    if not qualifier:
        return f"{number}{unit}"
    if qualifier in BETWEEN_QUALIFIERS:
        return f"{number}{qualifier}{unit}"
    if qualifier in AFTER_QUALIFIERS:
        return f"{number}{unit}{qualifier}"
    return f"{qualifier}{number}{unit}"


# The qualifiers the field layer keeps (core.fields.numbers), in English.
QUALIFIERS_EN = {
    "大约": "about", "约": "about", "约合": "about", "≈": "about", "~": "about", "左右": "about", "上下": "about",
    "将近": "nearly", "接近": "nearly", "近": "nearly",
    "超过": "over", "超出": "over", "超": "over", "逾": "over", "多于": "over", "高于": "over", "余": "over",
    "有余": "over", "多": "over", "突破": "over",
    "不少于": "at least", "不低于": "at least", "以上": "at least", "达到": "", "达": "",
    "不足": "under", "不到": "under", "以下": "at most", "以内": "at most",
}


def _is_one(number) -> bool:
    return abs(float(number) - 1.0) < 1e-9
