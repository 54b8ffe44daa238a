"""The bundled CJK font, so Chinese renders on a machine with no CJK font installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from assets import FONTS_DIR

APP_FAMILY = "Chain Mapper Sans SC"
# Only for characters outside the bundled subset; all Simplified-Chinese fonts, so a rare hanzi never falls
# back to a Japanese face.
CJK_FALLBACKS = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"]
_families: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Register every font file in assets/fonts once; returns the family names Qt reports."""
    if _families:
        return _families
    for path in sorted(FONTS_DIR.glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _families:
                    _families.append(family)
    return _families


def ui_font(point_size: float | None = None) -> QFont:
    """The app font: the bundled Simplified-Chinese family first, so Qt never picks Japanese glyph variants."""
    load_bundled_fonts()
    font = QFont()
    font.setFamilies([APP_FAMILY, *CJK_FALLBACKS])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def report_font(point_size: float = 9.0, *, bold: bool = False) -> QFont:
    """The app font at a print size (the report, its charts)."""
    font = ui_font(point_size)
    font.setBold(bold)
    return font
