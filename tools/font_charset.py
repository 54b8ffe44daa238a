"""Which characters the bundled font keeps: GB2312, the common Traditional hanzi of Big5 level 1, the hanzi of
the project's source texts, and the symbol blocks a planning report needs (see make_font_subset.py)."""

from __future__ import annotations

from pathlib import Path

# Hanzi outside GB2312 that occur in /work/shared/DOMAIN.md and seeds/*.txt
# (mostly Traditional forms from the Hong Kong sources).  Kept here so the
# build does not depend on files outside the repository; add more with --text.
EXTRA_HANZI = (
    "並亞佔來個們偉側備傳僅價億優內兩別刪創劃劉勁動務勝勢勵匯區協參吳員問啟單國園圓圖"
    "團堅報場塊壯夠奧奮學實寧審寬寶將專對導層屬帶幣幫廈廠廣廳強從復徹恆態憂應戰戶掃採"
    "揮搶摿撐擁據擴攝數斷昇時暢曉書會東桿條棧業極構樂標樣機檢權氣決況測湧準滿漸潔潛濟"
    "灣為無熱營爭牽獨獸獻現環產畢當療發盧眾矚碩確礎種積穩競筆範築籌粵約紐級紮細紹終組"
    "結絡給統經綜維網線練總繼續習聞聯聽腦膽臺與興舉華萬蓋藝藥號術衛裏補裝製見規視覺覽"
    "觀觸計訊訓記訪設詢試話詳認語說説調談請諮謀講識譜議護讀讓豐負財貢貨貫責費貿資賈賣"
    "賦質賽躍車軍軟較載輔輛輪輯轉辦這進運過達選還邏醫釋銀鋒鍵鎮鏈長門開間關陣隊階際隨"
    "險難雲電靈鞏響項順領頭頻題顏顛類顯風養餘館馬駐駕駛騰驅驗體鵬麼黃點龍"
)

# Whole blocks to keep (only code points the source font actually has are kept).
KEEP_RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x0100, 0x024F),  # Latin Extended-A/B (pinyin ā ǎ ǚ …)
    (0x02B0, 0x02FF),  # spacing modifiers (ˇ ˉ ˊ ˋ)
    (0x0370, 0x03FF),  # Greek (α β μ Ω …)
    (0x0400, 0x045F),  # basic Cyrillic (GB2312 has it)
    (0x2000, 0x206F),  # general punctuation (– — ‘ ’ “ ” … ‰ ※ …)
    (0x2070, 0x209F),  # super/subscripts
    (0x20A0, 0x20CF),  # currency (€)
    (0x2100, 0x214F),  # letterlike (℃ № ™ ℉)
    (0x2150, 0x218F),  # number forms (Ⅰ Ⅱ ⅰ ½)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (≥ ≤ ≠ ± ∑ √ ≈)
    (0x2300, 0x23FF),  # miscellaneous technical (⌀ …)
    (0x2460, 0x24FF),  # enclosed alphanumerics (① … ⑳, ⑴, ⒈)
    (0x2500, 0x257F),  # box drawing
    (0x2580, 0x259F),  # block elements
    (0x25A0, 0x25FF),  # geometric shapes (● ○ ■ □ ▲ △ ◆ ◇ ▶ ◀)
    (0x2600, 0x26FF),  # miscellaneous symbols (★ ☆ ☐ ☑)
    (0x2700, 0x27BF),  # dingbats (✓ ❶ …; ✔ ✗ ✘ ✕ ✖ come from Symbols2)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3380, 0x33DF),  # CJK compatibility: units (㎎ ㎏ ㎜ ㎝ ㎞ ㎡ ㏄)
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFE50, 0xFE6F),  # small form variants (﹢)
    (0xFF00, 0xFFEF),  # half-width and full-width forms
    (0xFFFD, 0xFFFD),  # replacement character
]

# Never map these (see point 3 in the module docstring).
EXCLUDE_RANGES = [
    (0x2E80, 0x2FDF),  # CJK radicals supplement + Kangxi radicals
    (0x31C0, 0x31EF),  # CJK strokes (also share glyphs with ideographs)
]

def gb2312_chars() -> set[int]:
    """Every character of GB2312 (6763 hanzi + 682 symbols)."""
    out = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                ch = bytes([hi, lo]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            out.add(ord(ch))
    return out


def big5_level1_hanzi() -> set[int]:
    """The 5401 frequently used hanzi of Big5 (0xA440-0xC67E), i.e. common
    Traditional characters, so Hong Kong / Taiwan source text also renders.
    About 1760 of them are not already in GB2312."""
    out = set()
    for hi in range(0xA4, 0xC7):
        for lo in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                ch = bytes([hi, lo]).decode("big5")
            except UnicodeDecodeError:
                continue
            if 0x4E00 <= ord(ch) <= 0x9FFF:
                out.add(ord(ch))
    return out


def text_hanzi(paths: list[Path]) -> set[int]:
    """CJK ideographs (all CJK ideograph blocks) used in the given UTF-8 files."""
    out = set()
    for p in paths:
        for ch in p.read_text(encoding="utf-8"):
            u = ord(ch)
            if 0x3400 <= u <= 0x9FFF or 0xF900 <= u <= 0xFAFF or u >= 0x20000:
                out.add(u)
    return out


def excluded(u: int) -> bool:
    return any(a <= u <= b for a, b in EXCLUDE_RANGES)


def build_codepoints(extra_texts: list[Path], big5: bool = True) -> set[int]:
    cps = gb2312_chars()
    if big5:
        cps |= big5_level1_hanzi()
    cps |= {ord(c) for c in EXTRA_HANZI}
    cps |= text_hanzi(extra_texts)
    for a, b in KEEP_RANGES:
        cps |= set(range(a, b + 1))
    return {u for u in cps if not excluded(u)}
