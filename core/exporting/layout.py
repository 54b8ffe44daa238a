"""Column widths and the printed page: a sheet that prints readably from Excel, WPS or LibreOffice.

Widths follow what is in the column (the first rows are measured), between a floor the two header rows need
(each may wrap onto two lines) and a cap above which long text wraps in its cell. The print plan then picks
portrait or landscape A4 and how many pages wide the sheet is printed, so that it is scaled down no further
than :data:`MIN_SCALE` (11 pt text prints at 7.7 pt or more); a sheet printed several pages wide repeats the
key and name columns on each page and prints those pages side by side (across, then down).
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from core.fields.spec import Column

PX_PER_UNIT = 7  # a column width unit is one digit of Excel's default font (Calibri 11): 7 px at 96 dpi
PX_PADDING = 5
DPI = 96
A4_INCHES = (8.27, 11.69)
MARGIN_SIDE = 0.4  # inches, left and right
MARGIN_TOP = MARGIN_BOTTOM = 0.6
MARGIN_HEADER_FOOTER = 0.3
MIN_SCALE = 0.7
MEASURED_ROWS = 1000  # rows measured per sheet for its widths (the rest follow the same lists)
EN_HEADER_RATIO = 0.9  # the English header row is 10 pt italic: narrower per character than the 11 pt cells

WRAP_CAP = 30.0  # long text wraps above this width
NAME_CAP = 28.0  # names and titles
MIN_WIDTH = 5.0
LONGTEXT_MIN = 16.0  # room to type a note in an empty notes column
NUMBER_WIDTHS = {"year": 6.0, "int": 8.0, "number": 10.0, "money": 12.0}
WIDE_CHAR = 2.1  # a Chinese character at 11 pt (14.7 px) in column units (7 px digits of Calibri 11)
WRAP_SLACK = 1.15  # words wrap whole (and mixed Chinese-English text early): err on the tall side
LINE_POINTS = 15.5  # one line of 11 pt text (CJK fonts are taller than Calibri's 15 pt rows)
MAX_LINES = 26  # 409 pt, Excel's tallest row
STRETCH_CAP = 60.0  # a long-text column may widen to this on a page with room to spare
STRETCH_SCALE = 0.8  # a sheet printed several pages wide: long text may widen as far as 80 % scale allows


def text_width(text: str, limit: int = 80) -> float:
    """Width in column units: a Chinese character takes about two. Only the first ``limit`` characters of each
    line are looked at (wider text wraps anyway)."""
    widest = 0.0
    for line in str(text).split("\n"):
        line = line[:limit]
        widest = max(widest, sum(WIDE_CHAR if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line))
    return widest


def number_width(value) -> float:
    if isinstance(value, float) and not value.is_integer():
        return len(f"{value:,.4f}".rstrip("0").rstrip("."))
    return len(f"{int(value):,}")


def header_floor(zh: str, en: str) -> float:
    """The narrowest column whose two header rows each fit on two lines."""
    half = math.ceil(len(zh) / 2)  # Chinese breaks between any two characters
    zh_need = max(text_width(zh[:half]), text_width(zh[half:])) + 2  # bold
    words = en.split() or [""]
    en_need = max(max(len(w) for w in words), math.ceil(len(en) / 2)) * EN_HEADER_RATIO + 1
    return max(zh_need, en_need, MIN_WIDTH)


def cap_for(col: Column | None) -> float:
    if col is None:
        return WRAP_CAP
    if col.kind == "longtext":
        return WRAP_CAP
    if col.name in ("name_zh", "title_zh", "title", "title_en", "metric_zh") or col.kind == "ref":
        return NAME_CAP
    return min(WRAP_CAP, max(col.width / PX_PER_UNIT, 10.0))


def default_width(col: Column) -> float:
    """The width of a column with nothing measured (a template, an empty table): as the app shows it."""
    if col.kind in NUMBER_WIDTHS:
        return NUMBER_WIDTHS[col.kind]
    width = min(col.width / PX_PER_UNIT, cap_for(col))
    return max(width, LONGTEXT_MIN) if col.kind == "longtext" else width


class Widths:
    """Column widths from what is in the columns, then how many lines a text needs at those widths.

    ``measure`` the first rows, ``fix`` the widths, then ``lines`` says how tall a row must be: Excel fits a
    row's height to wrapped text itself, LibreOffice does not on import, so rows of wrapped text get a height.
    """

    def __init__(self, floors: list[float], caps: list[float], defaults: list[float],
                 stretch: list[bool] | None = None, repeat: int = 2):
        self.floors, self.caps, self.defaults = floors, caps, defaults
        self.stretch = stretch or [False] * len(floors)  # long text that may take the page's spare width
        self.repeat = repeat
        self.measured = [0.0] * len(floors)
        self.widths: list[float] = list(defaults)
        self.fits: list[int] = []  # per column: characters that surely fit on one line

    def measure(self, c: int, value) -> None:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            w = number_width(value)
        else:
            w = text_width(value)
        if w > self.measured[c]:
            self.measured[c] = w

    def fix(self, *, measured: bool) -> list[float]:
        """The final widths: what was measured (or the defaults), between each column's floor and cap."""
        out = []
        for floor, cap, default, seen in zip(self.floors, self.caps, self.defaults, self.measured, strict=True):
            want = (seen + 1.5 if seen else 0) if measured else default
            out.append(round(max(floor, min(cap, want)), 1))
        if measured:
            out = _stretch(out, [seen + 1.5 if on else 0.0 for seen, on in zip(self.measured, self.stretch,
                                                                                 strict=True)], self.repeat)
        self.widths = out
        self.fits = [int((w - 1) // WIDE_CHAR) for w in out]
        return out

    def lines(self, c: int, text: str) -> int:
        """Lines ``text`` takes in column ``c`` when wrapped."""
        if len(text) <= self.fits[c] and "\n" not in text:
            return 1
        return lines_in(self.widths[c], text)


def lines_in(width: float, text: str) -> int:
    """Lines ``text`` takes wrapped in a column (or merged cells) ``width`` wide: an estimate that errs on the
    tall side, so that nothing is cut off when the row is printed."""
    usable = max(width - 1, 1.0)
    total = 0
    for line in str(text).split("\n"):
        # a wide (CJK) character is 3 bytes in UTF-8 and about WIDE_CHAR digits wide: counted without a loop
        approx = len(line) + (len(line.encode("utf-8")) - len(line)) * (WIDE_CHAR - 1) / 2
        total += 1 if approx <= usable else math.ceil(approx * WRAP_SLACK / usable)
        if total >= MAX_LINES:
            return MAX_LINES
    return total


def _stretch(widths: list[float], wants: list[float], repeat: int) -> list[float]:
    """Give the printed page's spare width to long-text columns that wrap, so their rows are less tall: up to
    the width their text wants or :data:`STRETCH_CAP`. The spare width is what the page holds at the scale
    the sheet prints at anyway — 100 % when it fits one page wide, :data:`STRETCH_SCALE` when it is printed
    several pages wide."""
    plan = plan_print(widths, repeat=repeat)
    page = printable_px(plan.landscape)
    if plan.pages_wide == 1:
        if plan.scale < 1.0:
            return widths
        budget = page
    else:
        budget = plan.pages_wide * page / STRETCH_SCALE - (plan.pages_wide - 1) * sum(
            column_px(w) for w in widths[:plan.repeat_columns])
    spare = (budget - sum(column_px(w) for w in widths)) / PX_PER_UNIT
    out = list(widths)
    hungry = [c for c, want in enumerate(wants) if want > out[c]]
    while spare > 0.5 and hungry:
        share = spare / len(hungry)
        for c in list(hungry):
            grow = min(share, min(wants[c], STRETCH_CAP) - out[c])
            out[c] = round(out[c] + grow, 1)
            spare -= grow
            if out[c] >= min(wants[c], STRETCH_CAP) - 0.05:
                hungry.remove(c)
    return out


def row_height(lines: int) -> float:
    """Points for a row of ``lines`` wrapped lines (Excel's limit is 409)."""
    return min(lines, MAX_LINES) * LINE_POINTS + 1


def column_px(width: float) -> int:
    return int(width * PX_PER_UNIT + PX_PADDING)


def printable_px(landscape: bool) -> float:
    page = A4_INCHES[1] if landscape else A4_INCHES[0]
    return (page - 2 * MARGIN_SIDE) * DPI


@dataclass(frozen=True)
class PrintPlan:
    landscape: bool
    pages_wide: int
    scale: float  # about what the sheet prints at (Excel and LibreOffice pick the exact scale)
    repeat_columns: int  # leading columns printed on every page across (0: one page wide)


def plan_print(widths: list[float], *, repeat: int = 2) -> PrintPlan:
    """Portrait when the sheet fits a portrait page; else landscape, as few pages wide as keep the scale at
    :data:`MIN_SCALE` or more."""
    total = sum(column_px(w) for w in widths)
    portrait, landscape = printable_px(False), printable_px(True)
    if total <= portrait:
        return PrintPlan(False, 1, 1.0, 0)
    if total * MIN_SCALE <= landscape:
        return PrintPlan(True, 1, min(1.0, landscape / total), 0)
    repeated = sum(column_px(w) for w in widths[:repeat])
    pages = 2
    while (total + (pages - 1) * repeated) * MIN_SCALE > pages * landscape and pages < len(widths):
        pages += 1
    scale = min(1.0, pages * landscape / (total + (pages - 1) * repeated))
    return PrintPlan(True, pages, round(scale, 2), repeat)


def footer_text(left: str, right: str) -> str:
    """A page footer: ``left`` (the sheet), the page number of the count, ``right``, in 10 pt. '&' is doubled
    as Excel wants, and a text starting with a digit is kept apart from the font size code."""
    def esc(s: str) -> str:
        s = s.replace("&", "&&")
        return " " + s if s[:1].isdigit() else s

    return f"&L&10{esc(left)}&C&10&P / &N&R&10{esc(right)}"
