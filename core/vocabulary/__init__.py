"""One vocabulary: what every table, column, choice value, status and flag is called, in Chinese and English,
and the other words planners use for them. Qt-free.

The GUI's headers and choice lists, the workbook's headers and README sheet, the importer's recognition of
headers and values, the report and the command line all read these functions, so a name is written once and a
value shown in the app can always be pasted or imported back. The Qt translation files keep only the UI's
own wording (menus, buttons, messages).
"""

from __future__ import annotations

from functools import cache

from core.vocabulary.choices import BOOL_SYNONYMS, CHOICE_SETS, FLAG_TERMS, STATUS_TERMS
from core.vocabulary.columns import (
    COLUMN_CHOICES,
    COLUMN_TERMS,
    KEY_COLUMN,
    KIND_TERMS,
    MONEY_UNIT,
    TABLE_COLUMN_TERMS,
    TABLE_TERMS,
)
from core.vocabulary.headers import HEADER_SYNONYMS, IGNORED_HEADERS, LIST_FIELDS, PLAN_FIELD, TOTAL_WORDS
from core.vocabulary.terms import LANGUAGES, Term, fold

__all__ = [
    "CHOICE_SETS", "FLAG_TERMS", "HEADER_SYNONYMS", "IGNORED_HEADERS", "KEY_COLUMN", "KIND_TERMS", "LANGUAGES", "LIST_FIELDS", "MONEY_UNIT",
    "PLAN_FIELD", "STATUS_TERMS", "TABLE_TERMS", "TOTAL_WORDS", "Term", "bool_words", "choice_label",
    "choice_lookup", "choice_set_of", "choice_term", "column_label", "column_term", "flag_label", "fold",
    "header_lookup", "kind_help", "sheet_name", "status_label", "table_label", "value_label",
]


def table_label(table: str, lang: str = "zh") -> str:
    term = TABLE_TERMS.get(table)
    return term.name(lang) if term else table


def column_term(table: str, column: str) -> Term | None:
    return TABLE_COLUMN_TERMS.get(table, {}).get(column) or COLUMN_TERMS.get(column)


def column_label(table: str, column: str, lang: str = "zh", *, unit: bool = True) -> str:
    """The column's name as a header: '估值（亿元）' / 'Valuation (100M CNY)' for money columns."""
    term = column_term(table, column)
    text = term.name(lang) if term else column
    if unit and _is_money(table, column):
        text += f"（{MONEY_UNIT.zh}）" if lang == "zh" else f" ({MONEY_UNIT.en})"
    return text


def _is_money(table: str, column: str) -> bool:
    return column.endswith("_cny")


def choice_set_of(table: str, column: str) -> str | None:
    return COLUMN_CHOICES.get((table, column))


def choice_term(choice_set: str, value) -> Term | None:
    return CHOICE_SETS.get(choice_set, {}).get(value)


def choice_label(choice_set: str, value, lang: str = "zh") -> str:
    """A stored choice value as shown ('policy' -> '政策文件' / 'Policy'); unknown values are shown as stored."""
    if value is None:
        return ""
    term = choice_term(choice_set, value)
    return term.name(lang) if term else str(value)


def value_label(table: str, column: str, value, lang: str = "zh") -> str:
    """A stored choice value of ``table.column`` as shown."""
    choice_set = choice_set_of(table, column)
    return choice_label(choice_set, value, lang) if choice_set else ("" if value is None else str(value))


@cache
def choice_lookup(choice_set: str) -> dict[str, str]:
    """Folded name -> stored value, for every name of every value of the set (value, zh, en, synonyms).
    A word that two values share is left out rather than guessed."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for value, term in CHOICE_SETS[choice_set].items():
        for word in (value, *term.words()):
            key = fold(word)
            if not key:
                continue
            if out.get(key, value) != value:
                shared.add(key)
            out.setdefault(key, value)
    for key in shared:
        out.pop(key, None)
    # The stored values and both names always resolve to themselves, even when a synonym elsewhere collides.
    for value, term in CHOICE_SETS[choice_set].items():
        for word in (value, term.zh, term.en):
            out[fold(word)] = value
    return out


@cache
def bool_words(table: str, column: str) -> dict[str, int]:
    """Folded word -> 1/0 for a yes/no column: the general yes/no words plus the column's own."""
    out = {key: int(value) for key, value in choice_lookup("yes_no").items()}
    for flag, words in BOOL_SYNONYMS.get((table, column), {}).items():
        for word in words:
            out[fold(word)] = flag
    return out


def status_label(status: str, lang: str = "zh") -> str:
    term = STATUS_TERMS.get(status)
    return term.name(lang) if term else status


def flag_label(flag: str, lang: str = "zh") -> str:
    term = FLAG_TERMS.get(flag)
    return term.name(lang) if term else flag


@cache
def header_lookup(table: str, columns: tuple[str, ...]) -> dict[str, str]:
    """Folded header word -> column for ``table``: the planners' words first, then our own names (in both
    languages, with and without the unit), which win over a synonym of another column."""
    out: dict[str, str] = {}
    for column, words in HEADER_SYNONYMS.get(table, {}).items():
        for word in words:
            out.setdefault(fold(word), column)
    for column in columns:
        term = column_term(table, column)
        for word in (column, *(term.words() if term else ())):
            out.setdefault(fold(word), column)
        for lang in LANGUAGES:
            out[fold(column_label(table, column, lang))] = column
            out[fold(column_label(table, column, lang, unit=False))] = column
    return out


def sheet_name(table: str) -> str:
    """The workbook's sheet for ``table``: both names, as planners and colleagues abroad read it."""
    term = TABLE_TERMS[table]
    return f"{term.zh} {term.en}"


def kind_help(table: str, column: str, kind: str, ref: str | None, required: bool, lang: str = "zh") -> str:
    """What a column takes, in words (README sheet, header tooltips)."""
    if kind == "choice":
        sep = "、" if lang == "zh" else ", "
        choice_set = choice_set_of(table, column)
        values = CHOICE_SETS.get(choice_set, {})
        text = KIND_TERMS["choice"].name(lang) + ("：" if lang == "zh" else ": ") + sep.join(
            term.name(lang) for term in values.values())
    elif kind == "ref":
        text = KIND_TERMS["ref"].name(lang).format(table=table_label(ref or "", lang))
    else:
        text = KIND_TERMS.get(kind, KIND_TERMS["text"]).name(lang)
    if required:
        text += ("；" if lang == "zh" else "; ") + KIND_TERMS["required"].name(lang)
    return text
