"""Sheet headers: the labels we export, the synonyms planners use, and finding the header row of a list.

Our workbook writes a Chinese header row and an English one; a colleague's list has its own words
(企业名称 / 企业全称 / 公司名称 / Company …), perhaps below a title row, perhaps in two rows under a merged
group label, often with the unit in the header (营收（万元）). :func:`find_header` finds the row and maps
each column to a field; :func:`parse_map_option` reads the user's corrections (``"源列=field,…"``).
Qt-free; the GUI remembers corrections itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from core import vocabulary
from core.fields.spec import TABLES, Column

KEY_FIELD = "id"
KEY_ZH = vocabulary.KEY_COLUMN.zh
KEY_EN = vocabulary.KEY_COLUMN.en
PLAN_FIELD = vocabulary.PLAN_FIELD  # observations lists: a plan code that picks the target among plans

SHEET_NAMES = {table: vocabulary.sheet_name(table) for table in TABLES}
TABLE_ZH = {t: vocabulary.table_label(t, "zh") for t in TABLES}
TABLE_EN = {t: vocabulary.table_label(t, "en") for t in TABLES}
LIST_TABLES = ("firms", "centres", "observations")  # what a colleague's one-sheet list may hold
SYNONYMS = vocabulary.HEADER_SYNONYMS
IGNORED_HEADERS = set(vocabulary.IGNORED_HEADERS)
TOTAL_WORDS = vocabulary.TOTAL_WORDS

# Units a header or cell may carry: unit text -> (stored unit family, factor to that unit).
UNITS: dict[str, tuple[str | None, float]] = {
    "亿元": ("元", 1e8), "万元": ("元", 1e4), "千元": ("元", 1e3), "百万元": ("元", 1e6), "元": ("元", 1.0),
    "亿": (None, 1e8), "万": (None, 1e4), "%": ("%", 1.0), "百分比": ("%", 1.0),
    "亿台": ("台", 1e8), "万台": ("台", 1e4), "台": ("台", 1.0), "万家": ("家", 1e4), "家": ("家", 1.0),
    "万个": ("个", 1e4), "个": ("个", 1.0), "万人": ("人", 1e4), "人": ("人", 1.0), "套": ("套", 1.0),
    "万套": ("套", 1e4), "项": ("项", 1.0), "件": ("件", 1.0), "万件": ("件", 1e4),
    "100mcny": ("元", 1e8), "10kcny": ("元", 1e4), "cny": ("元", 1.0), "rmb": ("元", 1.0), "yuan": ("元", 1.0),
    "cny100m": ("元", 1e8), "cny10k": ("元", 1e4), "rmb100m": ("元", 1e8), "rmb10k": ("元", 1e4),
}


def header_zh(table: str, column: Column) -> str:
    return vocabulary.column_label(table, column.name, "zh") + ("*" if column.required else "")


def header_en(table: str, column: Column) -> str:
    return vocabulary.column_label(table, column.name, "en")


_BRACKETS = re.compile(r"[(\[【{]\s*(?:单位\s*:?\s*)?([^)\]】}]*?)\s*[)\]】}]")
_UNIT_TAIL = re.compile(r"(?:/|单位:?|unit:?)\s*([^\s/]+)$")


def normalise_header(text) -> tuple[str, str | None]:
    """Header text folded for matching ('企业名称*' -> '企业名称'), and the unit it names, if any."""
    if text is None:
        return "", None
    s = unicodedata.normalize("NFKC", str(text)).strip().lower()
    s = s.replace("*", "").rstrip(":").strip()
    unit = None
    for m in list(_BRACKETS.finditer(s)):
        inner = m.group(1).replace(" ", "").replace(",", "")
        if inner in UNITS:
            unit = inner
            s = s[: m.start()] + s[m.end():]
    m = _UNIT_TAIL.search(s)
    if m and m.group(1).replace(" ", "") in UNITS:
        unit = unit or m.group(1).replace(" ", "")
        s = s[: m.start()]
    return re.sub(r"\s+", "", s), unit


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


VOCABULARY = {table: _table_vocabulary(table) for table in TABLES}


# Two-character words specific enough to be found inside a longer header ('2024年营收').
_SHORT_CONTAINED = {"营收", "收入", "估值", "市值", "简称", "别名", "官网", "口径", "截至", "原文"}


def field_for_header(table: str, text) -> tuple[str | None, str | None]:
    """(field, unit) for one header cell; containment is tried when no word matches exactly
    ('2024年营业收入（万元）' -> revenue_cny, 万元)."""
    key, unit = normalise_header(text)
    if not key or key in IGNORED_HEADERS:
        return None, unit
    vocab = VOCABULARY[table]
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
    unit: str | None = None  # unit named by the header (a key of UNITS)

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass
class HeaderMatch:
    table: str
    header_row: int  # 0-based index of the (last) header row
    columns: list[MappedColumn] = field(default_factory=list)
    score: int = 0

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
    return best


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


def is_total_row(row: list) -> bool:
    """A 合计/总计/Total row: its first text cell is one of those words."""
    for value in row:
        text = _cell_text(value)
        if text:
            key = re.sub(r"[\s:：]", "", unicodedata.normalize("NFKC", text)).lower()
            return key in TOTAL_WORDS or key.startswith(("合计", "总计"))
    return False


class MappingError(ValueError):
    """A ``--map`` correction names an unknown column or field."""


def parse_map_option(text: str | None) -> dict[str, str | None]:
    """'企业全称=name_zh, 联系人=' -> {'企业全称': 'name_zh', '联系人': None} (an empty field ignores the column)."""
    out: dict[str, str | None] = {}
    if not text:
        return out
    for part in re.split(r"[,，;；\n]", text):
        if not part.strip():
            continue
        if "=" not in part:
            raise MappingError(f"--map entry '{part.strip()}' is not 源列=field")
        source, target = part.split("=", 1)
        out[source.strip()] = target.strip() or None
    return out


def resolve_field_name(table: str, text: str | None) -> str | None:
    """A field named by the user: the field itself, our label or a synonym; '-' or '' ignores."""
    if text is None or text.strip() in ("", "-", "ignore", "忽略"):
        return None
    names = {c.name for c in TABLES[table]} | ({PLAN_FIELD} if table == "observations" else set())
    if text.strip() in names:
        return text.strip()
    fld, _ = field_for_header(table, text)
    if fld is None or fld == KEY_FIELD:
        raise MappingError(f"'{text}' is not a column of {table} (one of: {', '.join(sorted(names))})")
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
            raise MappingError(f"--map: no column '{source}' in the header ({known})")
        fld = resolve_field_name(match.table, target)
        for other in match.columns:
            if fld is not None and other is not col and other.field == fld:
                other.field = None
        col.field = fld
    return match


# ----- firm names ------------------------------------------------------------------------------------------

_PREFIXES = ("深圳市", "深圳", "广东省", "广东", "中国")
_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "股份公司", "集团公司", "集团", "公司", "coltd", "co", "ltd",
             "limited", "inc", "corporation", "corp", "company")
_PLACES_IN_BRACKETS = ("深圳", "广东", "中国", "香港", "北京", "上海")


def normalise_firm_name(name) -> str:
    """'深圳市优必选科技股份有限公司' and '优必选科技' compare equal, and so do '乐聚（深圳）机器人技术有限公司' and
    '乐聚机器人技术': full-width folded (NFKC), no spaces or punctuation, no place prefix, no bracketed place,
    no legal-form suffix."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", str(name)).lower()
    s = re.sub(r"[(\[]([^)\]]*)[)\]]",
               lambda m: "" if any(p in m.group(1) for p in _PLACES_IN_BRACKETS) else m.group(1), s)
    s = re.sub(r"[\s·.,、&'\"_\-—()\[\]]", "", s)
    changed = True
    while changed:
        changed = False
        for p in _PREFIXES:
            if s.startswith(p) and len(s) > len(p) + 1:
                s, changed = s[len(p):], True
        for suffix in _SUFFIXES:
            if s.endswith(suffix) and len(s) > len(suffix) + 1:
                s, changed = s[: -len(suffix)], True
    return s


def split_aliases(text) -> list[str]:
    return [a.strip() for a in re.split(r"[;；,，、/|\n]", str(text or "")) if a.strip()]


def merge_aliases(old, new) -> str | None:
    """Aliases of both, each once, old ones first ('; ' between)."""
    seen, out = set(), []
    for alias in [*split_aliases(old), *split_aliases(new)]:
        key = unicodedata.normalize("NFKC", alias).lower()
        if key not in seen:
            seen.add(key)
            out.append(alias)
    return "; ".join(out) or None




class FirmMatcher:
    """Existing firms by credit code, normalised name, and normalised short name / English name / aliases.

    ``match(row)`` answers ('match', [id], how) when one firm is certainly meant, ('duplicate', ids, why) when
    one or more are likely meant and the user should decide, and ('new', similar ids, ...) otherwise (similar
    firms, found through the bigram search index, are likely duplicates too).
    """

    def __init__(self, db):
        self.db = db
        self.by_code: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_alias: dict[str, list[int]] = {}
        self.codes: dict[int, str] = {}
        self.pending: dict[str, list[int]] = {}  # rows being added by this import, by normalised name
        for row_id, name, short, en, aliases, code in db.execute(
                "SELECT id, name_zh, short_name, name_en, aliases, credit_code FROM firms"):
            self._index(row_id, name, short, en, aliases, code)

    def _index(self, row_id, name, short, en, aliases, code) -> None:
        if code:
            self.by_code[code] = row_id
            self.codes[row_id] = code
        key = normalise_firm_name(name)
        if key:
            self.by_name.setdefault(key, []).append(row_id)
        for other in (short, en, *split_aliases(aliases)):
            k = normalise_firm_name(other)
            if k and k != key:
                self.by_alias.setdefault(k, []).append(row_id)

    def add(self, row_id: int, row: dict) -> None:
        self._index(row_id, row.get("name_zh"), row.get("short_name"), row.get("name_en"), row.get("aliases"),
                    row.get("credit_code"))
        self.pending.setdefault(normalise_firm_name(row.get("name_zh")), []).append(row_id)

    def match(self, row: dict) -> tuple[str, list[int], str]:
        code = row.get("credit_code")
        if code and code in self.by_code:
            return "match", [self.by_code[code]], "credit code"
        key = normalise_firm_name(row.get("name_zh"))
        ids, how = list(self.by_name.get(key, [])), "name"
        if not ids:
            for other in (row.get("short_name"), row.get("name_en"), *split_aliases(row.get("aliases"))):
                ids = list(self.by_name.get(normalise_firm_name(other), []))
                if ids:
                    how = "alias"
                    break
        if not ids:
            ids, how = list(self.by_alias.get(key, [])), "alias"
        ids = sorted(set(ids))
        if len(ids) == 1:
            known = self.codes.get(ids[0])
            if code and known and known != code:
                return "duplicate", ids, "same name, different credit code"
            return "match", ids, how
        if len(ids) > 1:
            return "duplicate", ids, "several firms have this name"
        return "new", self.similar(key), "similar name"

    def similar(self, key: str) -> list[int]:
        """Firms one of whose normalised names (full, short, English, aliases) contains this one or is contained
        in it. Candidates come from the bigram search index: the whole name, and its first two characters
        (the brand, usually), since a bracketed place in a stored name breaks the phrase."""
        if len(key) < 2:
            return []
        from db import search

        candidates: dict[int, tuple] = {}
        for text, limit in ((key, 50), (key[:2], 200)):
            where, params = search.filter_sql("firms", text)
            for row in self.db.execute(f"SELECT id, name_zh, short_name, name_en, aliases FROM firms WHERE {where} "
                                       f"LIMIT {limit}", params):
                candidates[row[0]] = row[1:]
        found = []
        for row_id, (name, short, en, aliases) in candidates.items():
            for other in (name, short, en, *split_aliases(aliases)):
                other = normalise_firm_name(other)
                if len(other) >= 2 and (key in other or other in key):
                    found.append(row_id)
                    break
        for other, ids in self.pending.items():
            if other and (key in other or other in key):
                found.extend(ids)
        return sorted(set(found))[:5]
