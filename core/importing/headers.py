"""Sheet headers: the labels we export, the synonyms planners use, and finding the header row of a list.

Our workbook writes a Chinese header row and an English one; a colleague's list has its own words
(企业名称 / 企业全称 / 公司名称 / Company …), perhaps below a title row and a unit line (单位：万元), perhaps in
two rows under a merged group label, often with the unit in the header (营收（万元）) and padded with spaces
(地      区). :func:`find_header` finds the row and maps each column to a field (or to one of the list-only
fields of core.vocabulary.headers: chain columns, addresses …); :func:`parse_map_option` reads the user's
corrections (``"源列=field,…"``), which core.importing.memory remembers for the GUI and the command line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from core import vocabulary
from core.fields import numbers
from core.fields.spec import TABLES, Column
from core.importing.messages import ImportProblem
from core.vocabulary.terms import simplified

KEY_FIELD = "id"
KEY_ZH = vocabulary.KEY_COLUMN.zh
KEY_EN = vocabulary.KEY_COLUMN.en
PLAN_FIELD = vocabulary.PLAN_FIELD  # observations lists: a plan code that picks the target among plans
LIST_FIELDS = vocabulary.LIST_FIELDS  # firm-list columns the importer reads itself (chain, address …)

SHEET_NAMES = {table: vocabulary.sheet_name(table) for table in TABLES}
TABLE_ZH = {t: vocabulary.table_label(t, "zh") for t in TABLES}
TABLE_EN = {t: vocabulary.table_label(t, "en") for t in TABLES}
LIST_TABLES = ("firms", "centres", "observations")  # what a colleague's one-sheet list may hold
SYNONYMS = vocabulary.HEADER_SYNONYMS
IGNORED_HEADERS = {vocabulary.fold(h) for h in vocabulary.IGNORED_HEADERS}
TOTAL_WORDS = vocabulary.TOTAL_WORDS

# English unit words of our workbook's second header row, as the field layer reads units (core.fields.numbers).
_ENGLISH_UNITS = {"100mcny": "亿元", "cny100m": "亿元", "rmb100m": "亿元", "10kcny": "万元", "cny10k": "万元",
                  "rmb10k": "万元", "百分比": "%"}


def unit_of(text: str) -> str | None:
    """The unit a header names ('万元', '亿元', '万台', '%'), as core.fields.numbers reads it; None if it is not one."""
    text = _ENGLISH_UNITS.get(text, text)
    if not text:
        return None
    base, magnitude = numbers.magnitude_of(text)
    if base in set(numbers.BASE_UNITS.values()) or (base is None and magnitude != 1):
        return text
    return None


def header_zh(table: str, column: Column) -> str:
    return vocabulary.column_label(table, column.name, "zh") + ("*" if column.required else "")


def header_en(table: str, column: Column) -> str:
    return vocabulary.column_label(table, column.name, "en")


_BRACKETS = re.compile(r"[(\[【{]\s*(?:单位\s*:?\s*)?([^)\]】}]*?)\s*[)\]】}]")
_UNIT_TAIL = re.compile(r"(?:/|单位:?|unit:?)\s*([^\s/]+)$")


def normalise_header(text) -> tuple[str, str | None]:
    """Header text folded for matching ('企业名称*' -> '企业名称', '企業名稱' -> '企业名称': full-width forms, traditional
    characters, case, spaces and punctuation do not matter), and the unit it names, if any. The header is
    shown as written; this key is only compared."""
    if text is None:
        return "", None
    s = simplified(unicodedata.normalize("NFKC", str(text)).strip().lower())
    s = s.replace("*", "").rstrip(":").strip()
    unit = None
    for m in list(_BRACKETS.finditer(s)):
        inner = unit_of(m.group(1).replace(" ", "").replace(",", ""))
        if inner:
            unit = inner
            s = s[: m.start()] + s[m.end():]
    m = _UNIT_TAIL.search(s)
    if m and unit_of(m.group(1).replace(" ", "")):
        unit = unit or unit_of(m.group(1).replace(" ", ""))
        s = s[: m.start()]
    return vocabulary.fold(s), unit


def _table_vocabulary(table: str) -> dict[str, str]:
    """Normalised header -> field, for one table: the vocabulary's names and synonyms, and our key column."""
    vocab: dict[str, str] = {}
    for word in vocabulary.KEY_COLUMN.words():
        vocab[normalise_header(word)[0]] = KEY_FIELD
    for fld, words in SYNONYMS.get(table, {}).items():
        for word in words:
            vocab.setdefault(normalise_header(word)[0], fld)
    for col in TABLES[table]:
        for word in (header_zh(table, col), header_en(table, col), col.name,
                     *(t.words() if (t := vocabulary.column_term(table, col.name)) else ())):
            key = normalise_header(word)[0]
            if key not in vocab or word in (header_zh(table, col), header_en(table, col), col.name):
                vocab[key] = col.name  # our own labels win over synonyms
    return vocab


_VOCABULARY: dict[str, dict[str, str]] = {}


def vocabulary_of(table: str) -> dict[str, str]:
    """:func:`_table_vocabulary`, made the first time a header of ``table`` is read (folding loads OpenCC)."""
    if table not in _VOCABULARY:
        _VOCABULARY[table] = _table_vocabulary(table)
    return _VOCABULARY[table]


# Two-character words specific enough to be found inside a longer header ('2024年营收').
_SHORT_CONTAINED = {"营收", "收入", "估值", "市值", "简称", "别名", "官网", "口径", "截至", "原文", "地址", "网址", "环节",
                    "领域", "行业"}


def field_for_header(table: str, text) -> tuple[str | None, str | None]:
    """(field, unit) for one header cell; containment is tried when no word matches exactly
    ('2024年营业收入（万元）' -> revenue_cny, 万元)."""
    key, unit = normalise_header(text)
    if not key or key in IGNORED_HEADERS:
        return None, unit
    vocab = vocabulary_of(table)
    if key in vocab:
        return vocab[key], unit
    best = None
    for word, fld in vocab.items():
        if (len(word) >= 3 or word in _SHORT_CONTAINED) and fld != KEY_FIELD and word in key and (
                best is None or len(word) > len(best[0])):
            best = (word, fld)
    return (best[1] if best else None), unit


@dataclass
class MappedColumn:
    index: int  # 0-based column in the sheet
    header: str  # the header text as written (both rows of a two-row header, joined)
    field: str | None  # None: ignored
    unit: str | None = None  # unit named by the header (see unit_of)

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass
class HeaderMatch:
    table: str
    header_row: int  # 0-based index of the (last) header row
    columns: list[MappedColumn] = field(default_factory=list)
    score: int = 0
    unit: str | None = None  # a unit line above the header ('单位：万元'): the unit of bare money cells

    @property
    def key_index(self) -> int | None:
        return next((c.index for c in self.columns if c.field == KEY_FIELD), None)

    @property
    def own(self) -> bool:
        """A sheet of our own workbook: it has the stable key column."""
        return self.key_index is not None

    def mapped(self) -> list[MappedColumn]:
        return [c for c in self.columns if c.field is not None and c.field != KEY_FIELD]

    def ignored(self) -> list[MappedColumn]:
        return [c for c in self.columns if c.field is None and c.header]


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _cell_text(value) -> str:
    if value is None or isinstance(value, (int, float, bool)) and not isinstance(value, str):
        return ""
    return str(value).strip()


def _map_row(table: str, texts: list[str]) -> tuple[int, list[MappedColumn]]:
    columns, seen, score = [], set(), 0
    for i, text in enumerate(texts):
        fld, unit = field_for_header(table, text) if text else (None, None)
        if fld is not None and fld in seen:
            fld = None  # a second column for the same field is ignored (the user may remap it)
        if fld is not None:
            seen.add(fld)
            score += 3 if fld == KEY_FIELD else 1
        columns.append(MappedColumn(i, text, fld, unit))
    return score, columns


def _two_row_texts(upper: list[str], lower: list[str]) -> list[str]:
    """A group label over sub-labels ('财务数据（万元）' over '营收', '估值'): the group label is carried right
    across the sub-labels and joined with each; a column with only an upper label (merged down) keeps it."""
    out, group = [], ""
    for i in range(max(len(upper), len(lower))):
        top = upper[i] if i < len(upper) else ""
        low = lower[i] if i < len(lower) else ""
        if top and low:
            group = top
            out.append(f"{top} {low}")
        elif low:
            out.append(f"{group} {low}".strip())
        else:
            group = ""
            out.append(top)
    return out


SCAN_ROWS = 30  # the header must be within the first rows


def find_header(rows: list[list], tables=None) -> HeaderMatch | None:
    """The best header row (or pair of rows) among the first rows, for the best of ``tables``."""
    tables = tuple(tables or LIST_TABLES)
    texts = [[_cell_text(v) for v in row] for row in rows[:SCAN_ROWS]]
    best: HeaderMatch | None = None
    for r, row in enumerate(texts):
        if sum(1 for t in row if t) < 1:
            continue
        candidates = [(r, row)]
        if r + 1 < len(texts) and any(texts[r + 1]):
            candidates.append((r + 1, _two_row_texts(row, texts[r + 1])))
        for last, cand in candidates:
            for table in tables:
                score, columns = _map_row(table, cand)
                if last != r:
                    score -= 1  # prefer a one-row header when both read the same
                if best is None or score > best.score:
                    best = HeaderMatch(table, last, columns, score)
    if best is None or best.score < 1:
        return None
    best.unit = _unit_line(texts[: best.header_row])
    return best


_UNIT_LINE = re.compile(r"单位\s*[:：]\s*([^\s,，;；、]+)")


def _unit_line(rows: list[list[str]]) -> str | None:
    """The money unit a line above the header names ('单位：万元', '金额单位：亿元、人')."""
    for row in rows:
        for text in row:
            m = _UNIT_LINE.search(simplified(unicodedata.normalize("NFKC", text))) if text else None
            unit = unit_of(m.group(1)) if m else None
            if unit and numbers.magnitude_of(unit)[0] == numbers.MONEY:
                return unit
    return None


def is_header_repeat(match: HeaderMatch, row: list) -> bool:
    """A row that repeats the header (our English second row, or a header repeated on every printed page)."""
    hits = total = 0
    for col in match.columns:
        if col.field is None or col.index >= len(row):
            continue
        text = _cell_text(row[col.index])
        if not text:
            continue
        total += 1
        if field_for_header(match.table, text)[0] == col.field:
            hits += 1
    return total > 0 and hits * 2 >= total and hits >= 1


_TOTAL_JUNK = re.compile(r"[\s:：]")


def is_total_row(row: list) -> bool:
    """A 合计/总计/小计/Total row: its first text cell is one of those words (checked before any cell is read,
    so a total's formula without a saved value is never a problem)."""
    for value in row:
        text = _cell_text(value)
        if text:
            if "\u4e00" <= text[0] <= "\u9fff" and text[0] not in "合总小汇":
                return False  # NFKC keeps an ideograph: the text starts with none of the total words
            key = _TOTAL_JUNK.sub("", unicodedata.normalize("NFKC", text)).lower()
            return key in TOTAL_WORDS or (key.startswith(("合计", "总计", "小计")) and "公司" not in key)
    return False


MappingError = ImportProblem  # a ``--map`` correction naming an unknown column or field


def parse_map_option(text: str | None) -> dict[str, str | None]:
    """'企业全称=name_zh, 联系人=' -> {'企业全称': 'name_zh', '联系人': None} (an empty field ignores the column)."""
    out: dict[str, str | None] = {}
    if not text:
        return out
    for part in re.split(r"[,，;；\n]", text):
        if not part.strip():
            continue
        if "=" not in part:
            raise ImportProblem("map_entry", text=part.strip())
        source, target = part.split("=", 1)
        out[source.strip()] = target.strip() or None
    return out


def resolve_field_name(table: str, text: str | None) -> str | None:
    """A field named by the user: the field itself, our label or a synonym; '-' or '' ignores."""
    if text is None or text.strip() in ("", "-", "ignore", "忽略"):
        return None
    names = {c.name for c in TABLES[table]} | ({PLAN_FIELD} if table == "observations" else set()) | (
        set(LIST_FIELDS) if table == "firms" else set())
    if text.strip() in names:
        return text.strip()
    fld, _ = field_for_header(table, text)
    if fld is None or fld == KEY_FIELD:
        raise ImportProblem("map_no_field", text=text, table=table, known=", ".join(sorted(names)))
    return fld


def apply_corrections(match: HeaderMatch, corrections: dict[str, str | None]) -> HeaderMatch:
    """Apply the user's mapping: source header (or column letter) -> field or None."""
    if not corrections:
        return match
    by_text = {}
    for col in match.columns:
        by_text.setdefault(col.header, col)
        by_text.setdefault(normalise_header(col.header)[0], col)
        by_text.setdefault(col.letter, col)
    for source, target in corrections.items():
        col = by_text.get(source) or by_text.get(normalise_header(source)[0])
        if col is None:
            known = ", ".join(c.header for c in match.columns if c.header)
            raise ImportProblem("map_no_column", text=source, known=known)
        fld = resolve_field_name(match.table, target)
        for other in match.columns:
            if fld is not None and other is not col and other.field == fld:
                other.field = None
        col.field = fld
    return match
